-- certphoto schema 3: the functions every write goes through, and the views every read goes through.
-- Writes: SECURITY DEFINER functions owned by certphoto_owner, search_path pinned, EXECUTE granted per
-- group. The actor is always session_user (inside a definer function current_user is the owner).
-- Errors raised here start with "certphoto:<code>:" so the client can map them to stable codes.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- Personal data masks, the same as certphoto::privacy (110105********1234, 138****1234).
CREATE FUNCTION mask_id_number(p text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = certphoto, pg_temp AS $$
    SELECT CASE
        WHEN p IS NULL OR p = '' THEN p
        WHEN length(p) = 18 THEN left(p, 6) || '********' || right(p, 4)
        ELSE repeat('*', greatest(length(p) - 4, 0)) || right(p, 4)
    END
$$;

CREATE FUNCTION mask_phone(p text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = certphoto, pg_temp AS $$
    SELECT CASE
        WHEN p IS NULL OR p = '' THEN p
        WHEN length(p) = 11 THEN left(p, 3) || '****' || right(p, 4)
        ELSE repeat('*', greatest(length(p) - 4, 0)) || right(p, 4)
    END
$$;

-- Only admins see ID numbers and phone numbers in clear (they export and send the SMS).
CREATE FUNCTION sees_personal_data() RETURNS boolean
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    SELECT pg_has_role(current_user, 'certphoto_admin', 'MEMBER')
$$;

CREATE FUNCTION lease_seconds() RETURNS integer
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    SELECT coalesce((SELECT value::integer FROM certphoto.settings WHERE key = 'lease_seconds'), 300)
$$;

-- ---------------------------------------------------------------------------------------------- reads
CREATE VIEW submission_overview AS
SELECT s.id AS submission_id, a.name AS applicant_name, a.exam_number, sc.name AS school,
       s.arrived_at, s.deadline, s.attempt, s.status, coalesce(r.verdict, '') AS core_verdict,
       CASE WHEN s.lease_expires_at > now() THEN s.lease_holder ELSE '' END AS claimed_by
FROM submissions s
JOIN applicants a ON a.id = s.applicant_id
JOIN schools sc ON sc.id = a.school_id
LEFT JOIN compliance_reports r ON r.submission_id = s.id;

CREATE VIEW submission_details AS
SELECT s.id AS submission_id, a.name AS applicant_name,
       CASE WHEN sees_personal_data() THEN a.id_number ELSE mask_id_number(a.id_number) END AS id_number,
       CASE WHEN sees_personal_data() THEN a.phone ELSE mask_phone(a.phone) END AS phone,
       a.exam_number, sc.name AS school, a.level, s.arrived_at, s.deadline, s.attempt, s.status,
       p.bytes AS photo, r.report::text AS report_json, r.mask_png
FROM submissions s
JOIN applicants a ON a.id = s.applicant_id
JOIN schools sc ON sc.id = a.school_id
JOIN photos p ON p.id = s.photo_id
LEFT JOIN compliance_reports r ON r.submission_id = s.id;

-- The outbox with the recipient masked unless the role sees personal data.
CREATE VIEW outbox_entries AS
SELECT o.id AS outbox_id, o.decision_id, o.submission_id,
       CASE WHEN sees_personal_data() THEN o.recipient ELSE mask_phone(o.recipient) END AS recipient,
       o.template, o.params, o.text, o.parts, o.status, o.created_at, o.sent_at
FROM sms_outbox o;

-- --------------------------------------------------------------------------------------------- leases
-- The next pending submission by earliest deadline whose lease is free or expired. SKIP LOCKED: two
-- auditors claiming at once get two different submissions. No transaction outlives this call.
CREATE FUNCTION claim_next() RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE sql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
    WITH next AS (
        SELECT s.id FROM submissions s
        WHERE s.status = 'pending' AND (s.lease_expires_at IS NULL OR s.lease_expires_at <= now())
        ORDER BY s.deadline, s.id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
    )
    UPDATE submissions s
    SET lease_holder = session_user, lease_expires_at = now() + make_interval(secs => lease_seconds())
    FROM next WHERE s.id = next.id
    RETURNING s.id, s.lease_expires_at
$$;

CREATE FUNCTION claim_submission(p_submission bigint) RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v record;
BEGIN
    SELECT s.status, s.lease_holder, s.lease_expires_at INTO v FROM submissions s WHERE s.id = p_submission FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
    END IF;
    IF v.status <> 'pending' THEN
        RAISE EXCEPTION 'certphoto:submission.not_pending: the submission is % already', v.status;
    END IF;
    IF v.lease_expires_at > now() AND v.lease_holder <> session_user THEN
        RAISE EXCEPTION 'certphoto:lease.held_by_other: another auditor (%) holds this submission', v.lease_holder;
    END IF;
    RETURN QUERY
    UPDATE submissions s SET lease_holder = session_user, lease_expires_at = now() + make_interval(secs => lease_seconds())
    WHERE s.id = p_submission
    RETURNING s.id, s.lease_expires_at;
END
$$;

-- Heartbeat. Still ours if nobody else claimed it, even when the heartbeat came a little late.
CREATE FUNCTION renew_lease(p_submission bigint) RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v record;
BEGIN
    SELECT s.status, s.lease_holder, s.lease_expires_at INTO v FROM submissions s WHERE s.id = p_submission FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
    END IF;
    IF v.lease_holder IS DISTINCT FROM session_user OR v.status <> 'pending' THEN
        IF v.status = 'pending' AND v.lease_expires_at > now() THEN
            RAISE EXCEPTION 'certphoto:lease.held_by_other: another auditor (%) holds this submission now', v.lease_holder;
        END IF;
        RAISE EXCEPTION 'certphoto:lease.lost: the lease on this submission was lost';
    END IF;
    RETURN QUERY
    UPDATE submissions s SET lease_expires_at = now() + make_interval(secs => lease_seconds())
    WHERE s.id = p_submission
    RETURNING s.id, s.lease_expires_at;
END
$$;

CREATE FUNCTION release_lease(p_submission bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
    UPDATE submissions SET lease_holder = NULL, lease_expires_at = NULL
    WHERE id = p_submission AND lease_holder = session_user
$$;

-- ------------------------------------------------------------------------------------------------ SMS
-- Chinese SMS: the signature counts; up to 70 characters is one message, longer ones go in parts of 67.
CREATE FUNCTION sms_parts(p text) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = certphoto, pg_temp AS $$
    SELECT CASE WHEN length(p) <= 70 THEN 1 ELSE ceil(length(p) / 67.0)::integer END
$$;

-- Names every reason if the text fits in 70 characters, else the first ones and how many in all.
CREATE FUNCTION render_sms(p_name text, p_verdict text, p_reasons text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_head text := '【证照审核】' || coalesce(nullif(btrim(p_name), ''), '考生') || '，';
    v_tail constant text := '。请按要求重新拍摄后提交。';
    v_n integer := coalesce(cardinality(p_reasons), 0);
    v_text text;
BEGIN
    IF p_verdict = 'approve' THEN
        RETURN v_head || '您提交的证件照片审核成功，无需再次提交。';
    END IF;
    v_text := v_head || '您的照片未通过审核：' || array_to_string(p_reasons, '、') || v_tail;
    IF length(v_text) <= 70 OR v_n <= 1 THEN
        RETURN v_text;
    END IF;
    FOR k IN REVERSE v_n - 1 .. 1 LOOP
        v_text := v_head || '您的照片未通过审核：' || array_to_string(p_reasons[1:k], '、') || '等' || v_n || '项' || v_tail;
        IF length(v_text) <= 70 THEN
            RETURN v_text;
        END IF;
    END LOOP;
    RETURN v_text; -- even one reason does not fit: sent in parts
END
$$;

-- ------------------------------------------------------------------------------------------ decisions
-- Only the holder of a live lease decides. One transaction: decision, status, one outbox row, audit row.
-- A retry with the same client-made id returns the first outcome (already_recorded = true).
CREATE FUNCTION decide(p_decision uuid, p_submission bigint, p_verdict text, p_reasons text[], p_note text,
                       p_seconds integer)
RETURNS TABLE (decision_id uuid, already_recorded boolean, outbox_id bigint, sms_text text, sms_parts integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_first decisions%ROWTYPE;
    v_sub record;
    v_rc reason_codes%ROWTYPE;
    v_code text;
    v_reasons text[] := '{}';
    v_texts text[] := '{}';
    v_needs_note boolean := false;
    v_note text := btrim(coalesce(p_note, ''));
    v_text text;
    v_parts integer;
    v_outbox bigint;
BEGIN
    SELECT * INTO v_first FROM decisions d WHERE d.id = p_decision;
    IF FOUND THEN
        IF v_first.submission_id <> p_submission OR v_first.actor <> session_user THEN
            RAISE EXCEPTION 'certphoto:decision.id_reused: this decision id belongs to another decision';
        END IF;
        RETURN QUERY SELECT o.decision_id, true, o.id, o.text, o.parts FROM sms_outbox o WHERE o.decision_id = p_decision;
        RETURN;
    END IF;

    SELECT s.status, s.lease_holder, s.lease_expires_at, a.name, a.phone INTO v_sub
    FROM submissions s JOIN applicants a ON a.id = s.applicant_id
    WHERE s.id = p_submission FOR UPDATE OF s;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
    END IF;
    IF EXISTS (SELECT 1 FROM decisions d WHERE d.submission_id = p_submission) THEN
        RAISE EXCEPTION 'certphoto:decision.exists: this submission has been decided already';
    END IF;
    IF v_sub.status <> 'pending' THEN
        RAISE EXCEPTION 'certphoto:submission.not_pending: the submission is % and cannot be decided', v_sub.status;
    END IF;
    IF v_sub.lease_holder IS DISTINCT FROM session_user OR v_sub.lease_expires_at <= now() THEN
        IF v_sub.lease_holder <> session_user AND v_sub.lease_expires_at > now() THEN
            RAISE EXCEPTION 'certphoto:lease.held_by_other: another auditor (%) holds this submission', v_sub.lease_holder;
        END IF;
        RAISE EXCEPTION 'certphoto:lease.lost: no live lease on this submission: claim it again';
    END IF;

    IF p_verdict IS NULL OR p_verdict NOT IN ('approve', 'reject') THEN
        RAISE EXCEPTION 'certphoto:decision.bad_verdict: the verdict must be approve or reject';
    END IF;
    IF p_verdict = 'reject' THEN
        FOREACH v_code IN ARRAY coalesce(p_reasons, '{}'::text[]) LOOP
            CONTINUE WHEN v_code = ANY (v_reasons);
            SELECT * INTO v_rc FROM reason_codes r WHERE r.code = v_code;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'certphoto:decision.unknown_reason: unknown reason code %', v_code;
            END IF;
            v_reasons := v_reasons || v_code;
            IF v_rc.needs_note THEN
                v_needs_note := true;
                v_texts := v_texts || (v_rc.sms_text || '：' || v_note);
            ELSE
                v_texts := v_texts || v_rc.sms_text;
            END IF;
        END LOOP;
        IF cardinality(v_reasons) = 0 THEN
            RAISE EXCEPTION 'certphoto:decision.reason_required: a rejection needs at least one reason code';
        END IF;
        IF v_needs_note AND v_note = '' THEN
            RAISE EXCEPTION 'certphoto:decision.note_required: the reason "other" needs a note';
        END IF;
    END IF;

    INSERT INTO decisions (id, submission_id, actor, verdict, reason_codes, note, seconds_spent)
    VALUES (p_decision, p_submission, session_user, p_verdict, v_reasons, v_note, greatest(coalesce(p_seconds, 0), 0));
    UPDATE submissions s
    SET status = CASE WHEN p_verdict = 'approve' THEN 'approved' ELSE 'rejected' END,
        lease_holder = NULL, lease_expires_at = NULL
    WHERE s.id = p_submission;

    v_text := render_sms(v_sub.name, p_verdict, v_texts);
    v_parts := certphoto.sms_parts(v_text);
    INSERT INTO sms_outbox (decision_id, submission_id, recipient, template, params, text, parts)
    VALUES (p_decision, p_submission, v_sub.phone,
            CASE WHEN p_verdict = 'approve' THEN 'photo.approved' ELSE 'photo.rejected' END,
            jsonb_build_object('name', v_sub.name, 'reasons', to_jsonb(v_reasons), 'note', v_note),
            v_text, v_parts)
    RETURNING id INTO v_outbox;
    INSERT INTO audit_trail (action, submission_id, detail)
    VALUES ('decide', p_submission,
            jsonb_build_object('decision', p_decision, 'verdict', p_verdict, 'reasons', to_jsonb(v_reasons)));

    RETURN QUERY SELECT p_decision, false, v_outbox, v_text, v_parts;
END
$$;

-- --------------------------------------------------------------------------------------------- intake
-- One arriving submission (the import tool calls this once per row, all rows in one transaction).
-- outcome: created, replaced (a pending photo was replaced), next_attempt (after a rejection),
-- duplicate (this applicant sent this very photo before). After an approval: refused.
CREATE FUNCTION intake_submission(p_school text, p_exam_number text, p_name text, p_id_number text,
                                  p_level text, p_phone text, p_arrived_at timestamptz, p_photo bytea,
                                  p_report jsonb, p_mask bytea, p_verdict text, p_core_version text,
                                  p_profile text)
RETURNS TABLE (outcome text, submission_id bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_school schools%ROWTYPE;
    v_applicant bigint;
    v_hash bytea;
    v_photo bigint;
    v_prev record;
    v_sub bigint;
    v_attempt integer := 1;
    v_outcome text := 'created';
BEGIN
    IF coalesce(btrim(p_exam_number), '') = '' THEN
        RAISE EXCEPTION 'certphoto:intake.exam_number_required: the exam/student number is missing';
    END IF;
    IF coalesce(btrim(p_school), '') = '' THEN
        RAISE EXCEPTION 'certphoto:intake.school_required: the school is missing';
    END IF;
    IF p_photo IS NULL OR length(p_photo) = 0 THEN
        RAISE EXCEPTION 'certphoto:intake.photo_required: the photo is missing';
    END IF;
    IF p_arrived_at IS NULL THEN
        RAISE EXCEPTION 'certphoto:intake.arrival_required: the arrival time is missing';
    END IF;

    INSERT INTO schools (name, profile) VALUES (btrim(p_school), coalesce(nullif(p_profile, ''), 'chsi-graduation'))
    ON CONFLICT (name) DO NOTHING;
    SELECT * INTO v_school FROM schools sc WHERE sc.name = btrim(p_school);

    INSERT INTO applicants AS a (school_id, exam_number, name, id_number, level, phone)
    VALUES (v_school.id, btrim(p_exam_number), coalesce(p_name, ''), nullif(btrim(p_id_number), ''),
            coalesce(p_level, ''), coalesce(p_phone, ''))
    ON CONFLICT (school_id, exam_number) DO UPDATE
        SET name = EXCLUDED.name, id_number = coalesce(EXCLUDED.id_number, a.id_number),
            level = EXCLUDED.level, phone = EXCLUDED.phone
    RETURNING a.id INTO v_applicant;

    v_hash := sha256(p_photo);
    INSERT INTO photos (sha256, bytes) VALUES (v_hash, p_photo) ON CONFLICT (sha256) DO NOTHING;
    SELECT ph.id INTO v_photo FROM photos ph WHERE ph.sha256 = v_hash;

    -- Latest live submission of this applicant, locked so a decision cannot slip in between.
    SELECT s.id, s.status, s.attempt, s.photo_id INTO v_prev FROM submissions s
    WHERE s.applicant_id = v_applicant AND s.status <> 'replaced'
    ORDER BY s.id DESC LIMIT 1 FOR UPDATE;

    SELECT s.id INTO v_sub FROM submissions s
    WHERE s.applicant_id = v_applicant AND s.photo_id = v_photo ORDER BY s.id DESC LIMIT 1;
    IF FOUND THEN
        RETURN QUERY SELECT 'duplicate'::text, v_sub;
        RETURN;
    END IF;

    IF v_prev.id IS NOT NULL THEN
        IF v_prev.status = 'approved' THEN
            RAISE EXCEPTION 'certphoto:intake.approved_final: this applicant''s photo is approved already; an approved photo is final';
        ELSIF v_prev.status = 'pending' THEN
            UPDATE submissions s SET status = 'replaced', lease_holder = NULL, lease_expires_at = NULL
            WHERE s.id = v_prev.id;
            v_attempt := v_prev.attempt;
            v_outcome := 'replaced';
        ELSE
            v_attempt := v_prev.attempt + 1;
            v_outcome := 'next_attempt';
        END IF;
    END IF;

    INSERT INTO submissions (applicant_id, photo_id, arrived_at, deadline, attempt)
    VALUES (v_applicant, v_photo, p_arrived_at, p_arrived_at + make_interval(hours => v_school.deadline_hours), v_attempt)
    RETURNING id INTO v_sub;
    IF p_report IS NOT NULL OR p_mask IS NOT NULL OR coalesce(p_verdict, '') <> '' THEN
        INSERT INTO compliance_reports (submission_id, report, mask_png, verdict, core_version, profile)
        VALUES (v_sub, p_report, p_mask, coalesce(p_verdict, ''), coalesce(p_core_version, ''),
                coalesce(nullif(p_profile, ''), v_school.profile));
    END IF;
    INSERT INTO audit_trail (action, submission_id, detail)
    VALUES ('intake', v_sub, jsonb_build_object('outcome', v_outcome, 'attempt', v_attempt,
                                                 'replaced', v_prev.id));
    RETURN QUERY SELECT v_outcome, v_sub;
END
$$;

-- ---------------------------------------------------------------------------------------- administration
-- Users: only into the three product groups. A bare CREATEROLE (PG 15) could join the owner role.
CREATE FUNCTION create_user(p_login text, p_password text, p_group text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('certphoto_auditor', 'certphoto_supervisor', 'certphoto_admin') THEN
        RAISE EXCEPTION 'certphoto:user.bad_group: users may only join certphoto_auditor, certphoto_supervisor or certphoto_admin'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR p_login LIKE 'certphoto%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'certphoto:user.bad_login: a login is lower-case letters, digits, "_", "." or "-" and may not start with certphoto or pg_';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'certphoto:user.exists: the login % exists already', p_login;
    END IF;
    IF coalesce(p_password, '') = '' THEN
        EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', p_login, p_group);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_password, p_group);
    END IF;
    INSERT INTO audit_trail (action, detail) VALUES ('create_user', jsonb_build_object('login', p_login, 'group', p_group));
END
$$;

CREATE FUNCTION set_lease_seconds(p_seconds integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_seconds IS NULL OR p_seconds < 1 OR p_seconds > 86400 THEN
        RAISE EXCEPTION 'certphoto:settings.bad_value: the lease length must be 1 to 86400 seconds';
    END IF;
    INSERT INTO settings (key, value) VALUES ('lease_seconds', p_seconds::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    INSERT INTO audit_trail (action, detail) VALUES ('set_lease_seconds', jsonb_build_object('seconds', p_seconds));
END
$$;

CREATE FUNCTION upsert_school(p_name text, p_profile text, p_deadline_hours integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    IF coalesce(btrim(p_name), '') = '' THEN
        RAISE EXCEPTION 'certphoto:school.name_required: the school needs a name';
    END IF;
    IF p_deadline_hours IS NULL OR p_deadline_hours < 1 THEN
        RAISE EXCEPTION 'certphoto:school.bad_deadline: the deadline is at least one hour';
    END IF;
    INSERT INTO schools AS sc (name, profile, deadline_hours)
    VALUES (btrim(p_name), coalesce(nullif(p_profile, ''), 'chsi-graduation'), p_deadline_hours)
    ON CONFLICT (name) DO UPDATE SET profile = EXCLUDED.profile, deadline_hours = EXCLUDED.deadline_hours
    RETURNING sc.id INTO v_id;
    INSERT INTO audit_trail (action, detail)
    VALUES ('upsert_school', jsonb_build_object('school', btrim(p_name), 'deadline_hours', p_deadline_hours));
    RETURN v_id;
END
$$;

-- ------------------------------------------------------------------------------------------------ grants
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mask_id_number(text), mask_phone(text), sees_personal_data(), lease_seconds(),
    sms_parts(text), render_sms(text, text, text[])
    TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT EXECUTE ON FUNCTION claim_next(), claim_submission(bigint), renew_lease(bigint), release_lease(bigint),
    decide(uuid, bigint, text, text[], text, integer)
    TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT EXECUTE ON FUNCTION intake_submission(text, text, text, text, text, text, timestamptz, bytea, jsonb, bytea,
    text, text, text), create_user(text, text, text), set_lease_seconds(integer), upsert_school(text, text, integer)
    TO certphoto_admin;
GRANT SELECT ON submission_overview, submission_details TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT SELECT ON outbox_entries TO certphoto_supervisor, certphoto_admin;
-- Admins read every table (views created in this file included).
GRANT SELECT ON ALL TABLES IN SCHEMA certphoto TO certphoto_admin;
