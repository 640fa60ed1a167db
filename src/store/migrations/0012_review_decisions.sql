-- certphoto schema 12: the review screen's decisions (issue 10). Reason codes that name what a check found
-- (eyes.closed, face.shine; "eyes" reworded for what is left of it); one SQL function that checks a
-- decision's reasons and note and renders its SMS, used by decide() and by the history import alike; and
-- undo: the SMS row is written with the decision but due only after a grace period (undo_grace_seconds),
-- during which the auditor may take the decision back. Only adds columns, a table and functions; the
-- results of decide() gain a column (undo_until), which older clients do not ask for.
-- certphoto:oldest-client 11
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- ------------------------------------------------------------------------------------------ reason codes
-- The applicant reads sms_text: each code says what was found, no more. "eyes" was the eye-line check's code
-- ("眼睛未睁开" to someone whose eyes sat low in the frame); that check now reports head.position, open eyes
-- have their own code, and "eyes" stays for the auditor's eye: a gaze off the camera or eyes not level.
UPDATE reason_codes SET label_zh = '视线未正视镜头或双眼不在同一水平',
                        label_en = 'Not looking at the camera, or eyes not level',
                        sms_text = '视线未正视镜头', detectable = false
WHERE code = 'eyes';
INSERT INTO reason_codes (code, label_zh, label_en, sms_text, detectable, needs_note, sort_order) VALUES
('eyes.closed', '双眼未自然睁开', 'Eyes not open', '双眼未自然睁开', true, false, 55),
('face.shine',  '面部反光',       'Shine on the face', '面部反光', true, false, 75)
ON CONFLICT (code) DO NOTHING;
-- glasses.glare is no longer what a check reports (glare.spots finds shine on skin and lenses alike and now
-- reports face.shine); the auditor still picks it for a reflection on the lenses.
UPDATE reason_codes SET detectable = false WHERE code = 'glasses.glare';
-- clothing.contrast reports clothing: the core does detect it.
UPDATE reason_codes SET detectable = true WHERE code = 'clothing';

-- ------------------------------------------------------------------------------- one SMS for a decision
-- A decision's reasons and note, checked, and the SMS it sends: the rules of decide() (schema 10) in one
-- place. p_note is cleaned here (clean_note). Returns the reasons without repeats in the order given, the
-- cleaned note, the SMS text and its parts. Raises the decision.* errors of docs/store.md.
CREATE FUNCTION decision_sms(p_name text, p_verdict text, p_reasons text[], p_note text)
RETURNS TABLE (reasons text[], note text, sms_text text, sms_parts integer)
LANGUAGE plpgsql STABLE SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_rc reason_codes%ROWTYPE;
    v_code text;
    v_reasons text[] := '{}';
    v_texts text[] := '{}';
    v_needs_note boolean := false;
    v_note text := clean_note(p_note);
    v_text text;
    v_parts integer;
BEGIN
    IF p_verdict IS NULL OR p_verdict NOT IN ('approve', 'reject') THEN
        RAISE EXCEPTION 'certphoto:decision.bad_verdict: the verdict must be approve or reject';
    END IF;
    IF p_verdict = 'approve' AND coalesce(cardinality(p_reasons), 0) > 0 THEN
        RAISE EXCEPTION 'certphoto:decision.reasons_with_approval: an approval carries no reason codes';
    END IF;
    IF note_has_bad_character(v_note) THEN
        RAISE EXCEPTION 'certphoto:decision.note_bad_character: the note holds control, direction or invisible characters';
    END IF;
    IF length(v_note) > guard_setting('note_max_chars', 140) THEN
        RAISE EXCEPTION 'certphoto:decision.note_too_long: the note is % characters, at most % are allowed',
            length(v_note), guard_setting('note_max_chars', 140);
    END IF;
    IF note_has_url(v_note) THEN
        RAISE EXCEPTION 'certphoto:decision.note_url: the note holds a web address, which an SMS to the applicant may not carry';
    END IF;
    IF p_verdict = 'reject' THEN
        FOREACH v_code IN ARRAY coalesce(p_reasons, '{}'::text[]) LOOP
            CONTINUE WHEN v_code = ANY (v_reasons);
            SELECT * INTO v_rc FROM reason_codes r WHERE r.code = v_code;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'certphoto:decision.unknown_reason: unknown reason code %', left(v_code, 64);
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
    v_text := render_sms(p_name, p_verdict, v_texts);
    v_parts := certphoto.sms_parts(v_text);
    IF v_parts > guard_setting('sms_max_parts', 3) THEN
        RAISE EXCEPTION 'certphoto:decision.sms_too_long: the SMS would go out in % parts, at most % are allowed: shorten the note',
            v_parts, guard_setting('sms_max_parts', 3);
    END IF;
    RETURN QUERY SELECT v_reasons, v_note, v_text, v_parts;
END
$$;

-- ------------------------------------------------------------------------------------------------ undo
INSERT INTO settings (key, value) VALUES ('undo_grace_seconds', '30') ON CONFLICT (key) DO NOTHING;

-- Decisions taken back. The decisions table keeps only decisions in force (exports, statistics and the
-- supervisors' reads stay right without a filter); a withdrawn one moves here whole, with who took it back
-- and when. The audit trail keeps both the 'decide' and the 'undo' row.
CREATE TABLE withdrawn_decisions (
    id            uuid PRIMARY KEY,
    submission_id bigint NOT NULL REFERENCES submissions (id),
    actor         text NOT NULL,
    verdict       text NOT NULL,
    reason_codes  text[] NOT NULL,
    note          text NOT NULL,
    seconds_spent integer NOT NULL,
    decided_at    timestamptz NOT NULL,
    withdrawn_at  timestamptz NOT NULL,
    withdrawn_by  text NOT NULL
);
CREATE INDEX withdrawn_decisions_by_submission ON withdrawn_decisions (submission_id);
GRANT SELECT ON withdrawn_decisions TO certphoto_supervisor, certphoto_admin;

-- A withdrawn SMS row stays (status 'withdrawn', never offered to a relay) and keeps its decision id, which
-- now names a row of withdrawn_decisions: the foreign key to decisions goes.
ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_decision_id_fkey;
ALTER TABLE sms_outbox DROP CONSTRAINT sms_outbox_status_check;
ALTER TABLE sms_outbox ADD CONSTRAINT sms_outbox_status_check
    CHECK (status IN ('pending', 'sent', 'failed', 'withdrawn'));
ALTER TABLE sms_outbox ADD COLUMN withdrawn_at timestamptz;

-- Takes one decision out of every summary of schema 7 (the mirror of stats_add_decision); rows left at
-- zero go, so a withdrawn decision leaves no trace in the figures.
CREATE FUNCTION stats_remove_decision(f decision_facts) RETURNS void
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
BEGIN
    UPDATE throughput_hourly t SET approved = t.approved - f.approved::int, rejected = t.rejected - (NOT f.approved)::int
    WHERE t.day = f.day AND t.hour = f.hour AND t.actor = f.actor;
    DELETE FROM throughput_hourly t WHERE t.day = f.day AND t.hour = f.hour AND t.actor = f.actor
        AND t.approved = 0 AND t.rejected = 0;

    UPDATE auditor_daily t
    SET approved = t.approved - f.approved::int, rejected = t.rejected - (NOT f.approved)::int,
        approved_core_fail = t.approved_core_fail - (f.approved AND f.core_verdict = 'fail')::int,
        rejected_core_pass = t.rejected_core_pass - (NOT f.approved AND f.core_verdict = 'pass')::int
    WHERE t.day = f.day AND t.actor = f.actor;
    DELETE FROM auditor_daily t WHERE t.day = f.day AND t.actor = f.actor AND t.approved = 0 AND t.rejected = 0;

    UPDATE handling_histogram t SET n = t.n - 1
    WHERE t.actor = f.actor AND t.seconds = f.seconds
      AND ((t.period = 'd' AND t.period_start = f.day)
           OR (t.period = 'm' AND t.period_start = date_trunc('month', f.day)::date)
           OR (t.period = 'w' AND t.period_start = date_trunc('week', f.day)::date));
    DELETE FROM handling_histogram t WHERE t.actor = f.actor AND t.seconds = f.seconds AND t.n <= 0;

    IF NOT f.approved THEN
        UPDATE reason_daily t SET n = t.n - 1
        WHERE t.day = f.day AND t.code IN (SELECT DISTINCT unnest(f.reason_codes));
        DELETE FROM reason_daily t WHERE t.day = f.day AND t.n <= 0;
    END IF;

    UPDATE check_daily t
    SET core_failed = t.core_failed - (t.check_id = ANY (f.failed_checks))::int,
        failed_approved = t.failed_approved - (t.check_id = ANY (f.failed_checks) AND f.approved)::int,
        core_passed = t.core_passed - (t.check_id = ANY (f.passed_checks))::int,
        passed_rejected = t.passed_rejected - (t.check_id = ANY (f.missed_checks))::int
    WHERE t.day = f.day AND (t.check_id = ANY (f.failed_checks) OR t.check_id = ANY (f.passed_checks));
    DELETE FROM check_daily t WHERE t.day = f.day AND t.core_failed = 0 AND t.failed_approved = 0
        AND t.core_passed = 0 AND t.passed_rejected = 0;

    IF cardinality(f.missed_checks) > 0 THEN
        UPDATE check_reason_daily t SET n = t.n - 1
        WHERE t.day = f.day AND t.check_id = ANY (f.missed_checks)
          AND t.code IN (SELECT DISTINCT unnest(f.reason_codes));
        DELETE FROM check_reason_daily t WHERE t.day = f.day AND t.n <= 0;
    END IF;

    DELETE FROM check_disagreements t WHERE t.day = f.day AND t.decision_id = f.decision_id;

    IF f.day < (clock_timestamp() AT TIME ZONE stats_zone())::date THEN
        DELETE FROM handling_range_cache c WHERE f.day BETWEEN c.range_from AND c.range_to;
    END IF;

    UPDATE promise_daily t SET decided = t.decided - 1, within_promise = t.within_promise - f.within_promise::int,
        fresh = false
    WHERE t.day = f.day;
    DELETE FROM decision_facts WHERE decision_id = f.decision_id;
END
$$;

CREATE FUNCTION undo_grace_seconds() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
    SELECT guard_setting('undo_grace_seconds', 30)
$$;

CREATE FUNCTION set_undo_grace_seconds(p_seconds integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_seconds IS NULL OR p_seconds < 0 OR p_seconds > 3600 THEN
        RAISE EXCEPTION 'certphoto:settings.bad_value: undo_grace_seconds must be 0 to 3600';
    END IF;
    INSERT INTO settings (key, value) VALUES ('undo_grace_seconds', p_seconds::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    INSERT INTO audit_trail (action, detail)
    VALUES ('set_undo_grace_seconds', jsonb_build_object('seconds', p_seconds));
END
$$;

-- Takes back one's own decision while its SMS is not yet due (send_after, decided + grace, read from the
-- clock after the outbox row is locked: a relay that took the row had to wait for send_after first, so an
-- undo either finds the row untaken before send_after or is refused). The submission is pending again and
-- claimed by the caller with a fresh lease. A second undo of the same decision (a retry) answers
-- already_undone = true.
CREATE FUNCTION undo_decision(p_decision uuid)
RETURNS TABLE (submission_id bigint, expires_at timestamptz, outbox_id bigint, already_undone boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET lock_timeout = '5s' AS $$
#variable_conflict use_column
DECLARE
    v_d decisions%ROWTYPE;
    v_w withdrawn_decisions%ROWTYPE;
    v_o sms_outbox%ROWTYPE;
    v_s record;
    v_now timestamptz;
    v_f decision_facts%ROWTYPE;
BEGIN
    SELECT * INTO v_d FROM decisions d WHERE d.id = p_decision;
    IF NOT FOUND THEN
        SELECT * INTO v_w FROM withdrawn_decisions w WHERE w.id = p_decision;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'certphoto:undo.not_found: no such decision';
        END IF;
        IF v_w.actor <> session_user THEN
            RAISE EXCEPTION 'certphoto:undo.not_yours: only the auditor who decided can take a decision back';
        END IF;
        RETURN QUERY SELECT s.id, s.lease_expires_at, o.id, true
        FROM submissions s, sms_outbox o WHERE s.id = v_w.submission_id AND o.decision_id = p_decision;
        RETURN;
    END IF;
    IF v_d.actor <> session_user THEN
        RAISE EXCEPTION 'certphoto:undo.not_yours: only the auditor who decided can take a decision back';
    END IF;
    -- The same lock order as decide(): the submission first, then its outbox row.
    SELECT s.id, s.status, s.applicant_id INTO v_s FROM submissions s WHERE s.id = v_d.submission_id FOR UPDATE;
    SELECT * INTO v_o FROM sms_outbox o WHERE o.decision_id = p_decision FOR UPDATE;
    v_now := clock_timestamp();
    IF v_o.status = 'sent' THEN
        RAISE EXCEPTION 'certphoto:undo.sent: the SMS of this decision has been sent already';
    END IF;
    IF v_o.id IS NULL OR v_now >= v_o.send_after OR v_o.status <> 'pending' THEN
        RAISE EXCEPTION 'certphoto:undo.expired: the grace period for taking this decision back is over';
    END IF;
    IF EXISTS (SELECT 1 FROM submissions s WHERE s.applicant_id = v_s.applicant_id AND s.id > v_s.id) THEN
        RAISE EXCEPTION 'certphoto:undo.superseded: the applicant has submitted a newer photo since';
    END IF;
    IF EXISTS (SELECT 1 FROM export_items i WHERE i.submission_id = v_s.id AND i.live) THEN
        RAISE EXCEPTION 'certphoto:undo.exported: the approved photo is in an export batch already';
    END IF;

    SELECT * INTO v_f FROM decision_facts f WHERE f.decision_id = p_decision FOR UPDATE;
    IF FOUND THEN
        PERFORM stats_remove_decision(v_f);
    END IF;
    UPDATE sms_outbox o SET status = 'withdrawn', withdrawn_at = v_now WHERE o.id = v_o.id;
    INSERT INTO withdrawn_decisions (id, submission_id, actor, verdict, reason_codes, note, seconds_spent, decided_at,
                                     withdrawn_at, withdrawn_by)
    VALUES (v_d.id, v_d.submission_id, v_d.actor, v_d.verdict, v_d.reason_codes, v_d.note, v_d.seconds_spent,
            v_d.decided_at, v_now, session_user);
    DELETE FROM decisions d WHERE d.id = p_decision;
    UPDATE submissions s
    SET status = 'pending', lease_holder = session_user, claimed_at = v_now,
        lease_expires_at = v_now + make_interval(secs => guard_setting('lease_seconds', 300))
    WHERE s.id = v_d.submission_id;
    INSERT INTO audit_trail (action, submission_id, detail)
    VALUES ('undo', v_d.submission_id,
            jsonb_build_object('decision', p_decision, 'verdict', v_d.verdict, 'reasons', to_jsonb(v_d.reason_codes),
                               'outbox', v_o.id));
    RETURN QUERY SELECT s.id, s.lease_expires_at, v_o.id, false FROM submissions s WHERE s.id = v_d.submission_id;
END
$$;

-- ------------------------------------------------------------------------------------------ decisions
-- decide() of schema 10 with the shared decision_sms(), the SMS due after the grace period, and a decision id
-- that was taken back refused (decision.undone) instead of deciding again under the same id.
DROP FUNCTION decide(uuid, bigint, text, text[], text, integer);
CREATE FUNCTION decide(p_decision uuid, p_submission bigint, p_verdict text, p_reasons text[], p_note text,
                       p_seconds integer)
RETURNS TABLE (decision_id uuid, already_recorded boolean, outbox_id bigint, sms_text text, sms_parts integer,
               undo_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET lock_timeout = '5s' AS $$
#variable_conflict use_column
DECLARE
    v_first record;
    v_sub record;
    v_sms record;
    v_now timestamptz;
    v_lease_max integer := guard_setting('lease_max_seconds', 3600);
    v_seconds integer;
    v_outbox bigint;
    v_until timestamptz;
BEGIN
    IF p_decision IS NULL THEN
        RAISE EXCEPTION 'certphoto:decision.id_required: a decision needs an id made by the client';
    END IF;
    SELECT d.submission_id, d.actor INTO v_first FROM decisions d WHERE d.id = p_decision;
    IF NOT FOUND THEN
        SELECT s.status, s.lease_holder, s.lease_expires_at, a.name, a.phone INTO v_sub
        FROM submissions s JOIN applicants a ON a.id = s.applicant_id
        WHERE s.id = p_submission FOR UPDATE OF s;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
        END IF;
        -- Holding the row now: an attempt (or an undo) that committed while we waited is visible.
        IF EXISTS (SELECT 1 FROM withdrawn_decisions w WHERE w.id = p_decision) THEN
            RAISE EXCEPTION 'certphoto:decision.undone: this decision was taken back; a new decision needs a new id';
        END IF;
        SELECT d.id, d.submission_id, d.actor INTO v_first FROM decisions d WHERE d.submission_id = p_submission;
        IF FOUND AND v_first.id <> p_decision THEN
            RAISE EXCEPTION 'certphoto:decision.exists: this submission has been decided already';
        END IF;
    END IF;
    IF v_first.submission_id IS NOT NULL THEN
        IF v_first.submission_id <> p_submission OR v_first.actor <> session_user THEN
            RAISE EXCEPTION 'certphoto:decision.id_reused: this decision id belongs to another decision';
        END IF;
        RETURN QUERY SELECT o.decision_id, true, o.id, o.text, o.parts, o.send_after
        FROM sms_outbox o WHERE o.decision_id = p_decision;
        RETURN;
    END IF;

    v_now := clock_timestamp();
    IF v_sub.status <> 'pending' THEN
        RAISE EXCEPTION 'certphoto:submission.not_pending: the submission is % and cannot be decided', v_sub.status;
    END IF;
    IF v_sub.lease_holder IS DISTINCT FROM session_user OR v_sub.lease_expires_at <= v_now THEN
        IF v_sub.lease_holder <> session_user AND v_sub.lease_expires_at > v_now THEN
            RAISE EXCEPTION 'certphoto:lease.held_by_other: another auditor (%) holds this submission', v_sub.lease_holder;
        END IF;
        RAISE EXCEPTION 'certphoto:lease.lost: no live lease on this submission: claim it again';
    END IF;

    SELECT * INTO v_sms FROM decision_sms(v_sub.name, p_verdict, p_reasons, p_note);
    -- Time spent, as the client measured it, but never more than one claim may last: nobody looked longer.
    v_seconds := least(greatest(coalesce(p_seconds, 0), 0), v_lease_max);
    v_until := v_now + make_interval(secs => guard_setting('undo_grace_seconds', 30));

    INSERT INTO decisions (id, submission_id, actor, verdict, reason_codes, note, seconds_spent, decided_at)
    VALUES (p_decision, p_submission, session_user, p_verdict, v_sms.reasons, v_sms.note, v_seconds, v_now);
    UPDATE submissions s
    SET status = CASE WHEN p_verdict = 'approve' THEN 'approved' ELSE 'rejected' END,
        lease_holder = NULL, lease_expires_at = NULL
    WHERE s.id = p_submission;

    INSERT INTO sms_outbox (decision_id, submission_id, recipient, template, params, text, parts, send_after)
    VALUES (p_decision, p_submission, v_sub.phone,
            CASE WHEN p_verdict = 'approve' THEN 'photo.approved' ELSE 'photo.rejected' END,
            jsonb_build_object('name', v_sub.name, 'reasons', to_jsonb(v_sms.reasons), 'note', v_sms.note),
            v_sms.sms_text, v_sms.sms_parts, v_until)
    RETURNING id INTO v_outbox;
    INSERT INTO audit_trail (action, submission_id, detail)
    VALUES ('decide', p_submission,
            jsonb_build_object('decision', p_decision, 'verdict', p_verdict, 'reasons', to_jsonb(v_sms.reasons)));

    RETURN QUERY SELECT p_decision, false, v_outbox, v_sms.sms_text, v_sms.sms_parts, v_until;
END
$$;

-- ---------------------------------------------------------------------------------------- history import
-- import_decided_history of schema 7 with the shared decision_sms() (its own copy of the rules had fallen
-- behind decide's: no note cleaning, no note limits). An approval's reasons in an entry are ignored, as before.
CREATE OR REPLACE FUNCTION import_decided_history(p_entries jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    e jsonb;
    v_like record;
    v_in record;
    v_sms record;
    v_arrived timestamptz;
    v_decided timestamptz;
    v_auditor text;
    v_verdict text;
    v_reasons text[];
    v_decision uuid;
    v_name text;
    v_phone text;
    v_done integer := 0;
BEGIN
    IF jsonb_typeof(p_entries) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'certphoto:history.bad_entries: the history is a JSON array of entries';
    END IF;
    -- Until this commits (and its decisions have deleted the cached ranges they fall into), no range is
    -- cached from a snapshot without them.
    LOCK TABLE handling_range_cache IN SHARE ROW EXCLUSIVE MODE;
    FOR e IN SELECT x FROM jsonb_array_elements(p_entries) x LOOP
        v_arrived := (e ->> 'arrived_at')::timestamptz;
        v_decided := (e ->> 'decided_at')::timestamptz;
        v_auditor := e ->> 'auditor';
        v_verdict := e ->> 'verdict';
        IF v_arrived IS NULL OR v_decided IS NULL OR v_decided < v_arrived OR v_decided > now() THEN
            RAISE EXCEPTION 'certphoto:history.bad_time: a history decision lies between its arrival and now';
        END IF;
        IF v_auditor IS NULL OR NOT EXISTS (
                SELECT 1 FROM pg_roles r WHERE r.rolname = v_auditor AND r.rolcanlogin
                AND (pg_has_role(r.oid, 'certphoto_auditor', 'MEMBER')
                     OR pg_has_role(r.oid, 'certphoto_supervisor', 'MEMBER')
                     OR pg_has_role(r.oid, 'certphoto_admin', 'MEMBER'))) THEN
            RAISE EXCEPTION 'certphoto:history.unknown_auditor: the auditor % is not a certphoto login', v_auditor;
        END IF;
        v_reasons := '{}';
        IF v_verdict = 'reject' THEN
            SELECT coalesce(array_agg(x), '{}') INTO v_reasons
            FROM jsonb_array_elements_text(coalesce(e -> 'reasons', '[]'::jsonb)) x;
        END IF;
        -- The applicant's name is not known yet: check the rules first, render with the name below.
        PERFORM decision_sms(e ->> 'name', v_verdict, v_reasons, e ->> 'note');

        CONTINUE WHEN EXISTS (
            SELECT 1 FROM applicants a JOIN schools sc ON sc.id = a.school_id
            WHERE sc.name = btrim(e ->> 'school') AND a.exam_number = btrim(e ->> 'exam_number'));
        SELECT p.bytes, r.report, r.mask_png, r.verdict, r.core_version, r.profile INTO v_like
        FROM submissions s JOIN photos p ON p.id = s.photo_id
        LEFT JOIN compliance_reports r ON r.submission_id = s.id
        WHERE s.id = (e ->> 'like')::bigint;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'certphoto:submission.not_found: the submission to copy the photo from is missing';
        END IF;
        SELECT i.outcome, i.submission_id INTO v_in
        FROM intake_submission(e ->> 'school', e ->> 'exam_number', e ->> 'name', e ->> 'id_number',
                               e ->> 'level', e ->> 'phone', v_arrived, v_like.bytes, v_like.report,
                               v_like.mask_png, v_like.verdict, v_like.core_version, v_like.profile) i;
        CONTINUE WHEN v_in.outcome <> 'created';

        SELECT a.name, a.phone INTO v_name, v_phone
        FROM submissions s JOIN applicants a ON a.id = s.applicant_id WHERE s.id = v_in.submission_id;
        SELECT * INTO v_sms FROM decision_sms(v_name, v_verdict, v_reasons, e ->> 'note');
        v_decision := gen_random_uuid();
        INSERT INTO decisions (id, submission_id, actor, verdict, reason_codes, note, seconds_spent, decided_at)
        VALUES (v_decision, v_in.submission_id, v_auditor, v_verdict, v_sms.reasons, v_sms.note,
                greatest(coalesce((e ->> 'seconds')::integer, 0), 0), v_decided);
        UPDATE submissions s SET status = CASE WHEN v_verdict = 'approve' THEN 'approved' ELSE 'rejected' END
        WHERE s.id = v_in.submission_id;
        INSERT INTO sms_outbox (decision_id, submission_id, recipient, template, params, text, parts, status,
                                created_at, sent_at, send_after)
        VALUES (v_decision, v_in.submission_id, v_phone,
                CASE WHEN v_verdict = 'approve' THEN 'photo.approved' ELSE 'photo.rejected' END,
                jsonb_build_object('name', v_name, 'reasons', to_jsonb(v_sms.reasons), 'note', v_sms.note),
                v_sms.sms_text, v_sms.sms_parts, 'sent', v_decided, v_decided, v_decided);
        INSERT INTO audit_trail (action, submission_id, detail)
        VALUES ('decide', v_in.submission_id,
                jsonb_build_object('decision', v_decision, 'verdict', v_verdict, 'reasons', to_jsonb(v_sms.reasons),
                                   'auditor', v_auditor, 'decided_at', v_decided, 'history', true));
        v_done := v_done + 1;
    END LOOP;
    RETURN v_done;
END
$$;

-- ------------------------------------------------------------------------------------------------ grants
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION decide(uuid, bigint, text, text[], text, integer), undo_decision(uuid),
    undo_grace_seconds()
    TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT EXECUTE ON FUNCTION set_undo_grace_seconds(integer) TO certphoto_admin;
