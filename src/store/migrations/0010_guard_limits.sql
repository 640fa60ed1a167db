-- certphoto schema 10: the server as the guard under abuse (issue 12). Limits on what a role MAY do:
-- live leases per login, a cap on renewing one claim, picking a submission only near the front of the
-- queue; the note of a decision bounded and cleaned; a concurrent retry finds the first outcome; lease
-- expiry read from the clock; seconds spent bounded; create_user takes a SCRAM verifier, never a password;
-- timeouts and a connection limit on every login; a migration lock no plain login can hold; the schema
-- records the checksum of each applied migration file and the oldest client that can use it.
-- Tables other migrations extend (decisions, sms_outbox) are written by column name only.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- ------------------------------------------------------------------------------------ schema bookkeeping
-- Filled by the migration runner (src/store/migrations.cpp): SHA-256 of the applied file, and the oldest
-- client schema version that still works on a database with this migration applied.
ALTER TABLE schema_version ADD COLUMN checksum text, ADD COLUMN oldest_client integer;

-- The upgrade lock: a table nobody but its owner (and superusers) may lock, where an advisory lock can be
-- taken by any login. No grants on purpose.
CREATE TABLE migration_lock (held boolean PRIMARY KEY DEFAULT true);
REVOKE ALL ON migration_lock FROM PUBLIC, certphoto_auditor, certphoto_supervisor, certphoto_admin;

-- --------------------------------------------------------------------------------------------- settings
INSERT INTO settings (key, value) VALUES
    ('max_leases_per_login', '3'),  -- the window holds the current submission and one preload
    ('lease_max_seconds', '3600'),  -- one claim, renewed, lasts at most this long
    ('claim_pick_window', '50'),    -- a picked submission must be among this many free ones by deadline
    ('note_max_chars', '140'),      -- a decision's note, after cleaning
    ('sms_max_parts', '3')          -- the rendered SMS, in parts of 67 characters
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION guard_setting(p_key text, p_default integer) RETURNS integer
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    SELECT coalesce((SELECT value::integer FROM certphoto.settings WHERE key = p_key), p_default)
$$;

-- Admins change the limits (each key with its own sane range).
CREATE FUNCTION set_guard_setting(p_key text, p_value integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_range int4range := CASE p_key
        WHEN 'max_leases_per_login' THEN int4range(1, 100, '[]')
        WHEN 'lease_max_seconds' THEN int4range(60, 86400, '[]')
        WHEN 'claim_pick_window' THEN int4range(1, 100000, '[]')
        WHEN 'note_max_chars' THEN int4range(10, 1000, '[]')
        WHEN 'sms_max_parts' THEN int4range(1, 10, '[]')
    END;
BEGIN
    IF v_range IS NULL THEN
        RAISE EXCEPTION 'certphoto:settings.unknown_key: no such limit: %', p_key;
    END IF;
    IF p_value IS NULL OR NOT v_range @> p_value THEN
        RAISE EXCEPTION 'certphoto:settings.bad_value: % must be % to %', p_key, lower(v_range), upper(v_range) - 1;
    END IF;
    INSERT INTO settings (key, value) VALUES (p_key, p_value::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    INSERT INTO audit_trail (action, detail) VALUES ('set_guard_setting', jsonb_build_object('key', p_key, 'value', p_value));
END
$$;

-- -------------------------------------------------------------------------------------------- leases
ALTER TABLE submissions ADD COLUMN claimed_at timestamptz; -- when the current claim began (renewals keep it)
CREATE INDEX submissions_leases_by_holder ON submissions (lease_holder)
    WHERE status = 'pending' AND lease_holder IS NOT NULL;

-- One row per login that ever claimed: its claims are serialised on that row, so two connections of one
-- login cannot both slip under the limit. No grants: a plain login cannot lock these rows itself.
CREATE TABLE lease_holders (login text PRIMARY KEY);
REVOKE ALL ON lease_holders FROM PUBLIC, certphoto_auditor, certphoto_supervisor, certphoto_admin;

CREATE FUNCTION lock_lease_slot() RETURNS void
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
BEGIN
    PERFORM 1 FROM lease_holders h WHERE h.login = session_user FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO lease_holders (login) VALUES (session_user) ON CONFLICT DO NOTHING;
        PERFORM 1 FROM lease_holders h WHERE h.login = session_user FOR UPDATE;
    END IF;
END
$$;

-- Refuses one more live lease when the login holds the maximum already (p_except: the one being taken).
CREATE FUNCTION check_lease_limit(p_now timestamptz, p_except bigint) RETURNS void
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_max integer := guard_setting('max_leases_per_login', 3);
    v_held integer;
BEGIN
    SELECT count(*) INTO v_held FROM submissions s
    WHERE s.lease_holder = session_user AND s.status = 'pending' AND s.lease_expires_at > p_now
      AND s.id IS DISTINCT FROM p_except;
    IF v_held >= v_max THEN
        RAISE EXCEPTION 'certphoto:lease.limit: you hold % live claims already (at most %): decide or give one back first',
            v_held, v_max;
    END IF;
END
$$;

-- Expiry is read from the clock (clock_timestamp), not from the start of the transaction (now()): a lease
-- that ran out while a transaction was open is expired. lock_timeout is pinned here too, as a login may
-- SET its own session timeouts to 0.
CREATE OR REPLACE FUNCTION claim_next() RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET lock_timeout = '5s' AS $$
#variable_conflict use_column
DECLARE
    v_now timestamptz;
BEGIN
    PERFORM lock_lease_slot();
    v_now := clock_timestamp();
    PERFORM check_lease_limit(v_now, NULL);
    RETURN QUERY
    WITH next AS (
        SELECT s.id FROM submissions s
        WHERE s.status = 'pending' AND (s.lease_expires_at IS NULL OR s.lease_expires_at <= v_now)
        ORDER BY s.deadline, s.id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
    )
    UPDATE submissions s
    SET lease_holder = session_user, claimed_at = v_now,
        lease_expires_at = v_now + make_interval(secs => guard_setting('lease_seconds', 300))
    FROM next WHERE s.id = next.id
    RETURNING s.id, s.lease_expires_at;
END
$$;

-- Extends a lease the caller holds (or held, if nobody claimed it meanwhile), never past the claim's cap.
CREATE FUNCTION extend_own_lease(p_submission bigint, p_claimed_at timestamptz, p_now timestamptz)
RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_began timestamptz := coalesce(p_claimed_at, p_now); -- claims from before schema 10 start now
    v_cap timestamptz := v_began + make_interval(secs => guard_setting('lease_max_seconds', 3600));
BEGIN
    IF p_now >= v_cap THEN
        RAISE EXCEPTION 'certphoto:lease.renew_limit: this claim has lasted % s, the most one claim may last: it goes back to the queue',
            guard_setting('lease_max_seconds', 3600);
    END IF;
    RETURN QUERY
    UPDATE submissions s
    SET claimed_at = v_began,
        lease_expires_at = least(p_now + make_interval(secs => guard_setting('lease_seconds', 300)), v_cap)
    WHERE s.id = p_submission
    RETURNING s.id, s.lease_expires_at;
END
$$;

-- A chosen submission: only one near the front of the queue (among the first claim_pick_window free ones
-- by deadline), so nobody can look an applicant up by name and take exactly that photo. The caller's own
-- live lease is renewed instead (within its cap).
CREATE OR REPLACE FUNCTION claim_submission(p_submission bigint) RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET lock_timeout = '5s' AS $$
#variable_conflict use_column
DECLARE
    v record;
    v_now timestamptz;
    v_window integer := guard_setting('claim_pick_window', 50);
    v_ahead integer;
BEGIN
    PERFORM lock_lease_slot();
    SELECT s.status, s.lease_holder, s.lease_expires_at, s.claimed_at, s.deadline INTO v
    FROM submissions s WHERE s.id = p_submission FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
    END IF;
    v_now := clock_timestamp();
    IF v.status <> 'pending' THEN
        RAISE EXCEPTION 'certphoto:submission.not_pending: the submission is % already', v.status;
    END IF;
    IF v.lease_expires_at > v_now AND v.lease_holder <> session_user THEN
        RAISE EXCEPTION 'certphoto:lease.held_by_other: another auditor (%) holds this submission', v.lease_holder;
    END IF;
    IF v.lease_holder = session_user AND v.lease_expires_at > v_now THEN
        RETURN QUERY SELECT * FROM extend_own_lease(p_submission, v.claimed_at, v_now);
        RETURN;
    END IF;
    SELECT count(*) INTO v_ahead FROM (
        SELECT 1 FROM submissions s
        WHERE s.status = 'pending' AND (s.deadline, s.id) < (v.deadline, p_submission)
          AND (s.lease_expires_at IS NULL OR s.lease_expires_at <= v_now)
        LIMIT v_window) ahead;
    IF v_ahead >= v_window THEN
        RAISE EXCEPTION 'certphoto:lease.pick_too_far: only the first % free submissions by deadline can be picked; take the next one instead',
            v_window;
    END IF;
    PERFORM check_lease_limit(v_now, p_submission);
    RETURN QUERY
    UPDATE submissions s
    SET lease_holder = session_user, claimed_at = v_now,
        lease_expires_at = v_now + make_interval(secs => guard_setting('lease_seconds', 300))
    WHERE s.id = p_submission
    RETURNING s.id, s.lease_expires_at;
END
$$;

-- Heartbeat. Still ours if nobody else claimed it, even when the heartbeat came a little late; but one
-- claim ends lease_max_seconds after it began, however often it is renewed.
CREATE OR REPLACE FUNCTION renew_lease(p_submission bigint) RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET lock_timeout = '5s' AS $$
#variable_conflict use_column
DECLARE
    v record;
    v_now timestamptz;
BEGIN
    SELECT s.status, s.lease_holder, s.lease_expires_at, s.claimed_at INTO v
    FROM submissions s WHERE s.id = p_submission FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
    END IF;
    v_now := clock_timestamp();
    IF v.lease_holder IS DISTINCT FROM session_user OR v.status <> 'pending' THEN
        IF v.status = 'pending' AND v.lease_expires_at > v_now THEN
            RAISE EXCEPTION 'certphoto:lease.held_by_other: another auditor (%) holds this submission now', v.lease_holder;
        END IF;
        RAISE EXCEPTION 'certphoto:lease.lost: the lease on this submission was lost';
    END IF;
    RETURN QUERY SELECT * FROM extend_own_lease(p_submission, v.claimed_at, v_now);
END
$$;

-- ------------------------------------------------------------------------------------------------ notes
-- A note as it is stored and sent: every kind of white space (tab, newline, NBSP, ideographic space, line
-- separators) becomes one space; a note of nothing but white space and invisible characters (U+200B and
-- friends, fillers) is empty. Control and format characters (C0/C1 controls, bidirectional overrides such
-- as U+202E, zero-width characters inside text) are refused by decide(), not silently dropped: nobody types
-- them, and the auditor should see that the pasted text was not what it looked like.
CREATE FUNCTION clean_note(p text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v text := btrim(regexp_replace(coalesce(p, ''),
        '[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'));
BEGIN
    IF regexp_replace(v, '[ \u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]', '', 'g') = '' THEN
        RETURN '';
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION note_has_bad_character(p text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p ~ '[\u0001-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\U000E0001-\U000E007F]'
$$;

-- A web address in any spelling a phone would still open (full-width letters and dots fold under NFKC).
CREATE FUNCTION note_has_url(p text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v text := lower(p);
BEGIN
    IF current_setting('server_encoding') = 'UTF8' THEN
        v := lower(normalize(p, NFKC));
    END IF;
    RETURN v ~ '[a-z][a-z0-9+.-]*://'
        OR v ~ 'www[.。]'
        OR v ~ '[a-z0-9-]+[.。](com|cn|net|org|top|xyz|info|cc|io|me|vip|shop|site|online|app|link|ly|tk|ru|co|biz|tv|club|wang|ink|ltd|fun|icu|pub|live|gl)([^a-z0-9]|$)';
END
$$;

-- ------------------------------------------------------------------------------------------ decisions
-- Only the holder of a live lease decides. One transaction: decision, status, one outbox row, audit row.
-- A retry with the same client-made id returns the first outcome (already_recorded = true), also when the
-- first attempt was still in flight: the second waits for the submission's row lock and then looks again.
CREATE OR REPLACE FUNCTION decide(p_decision uuid, p_submission bigint, p_verdict text, p_reasons text[], p_note text,
                                  p_seconds integer)
RETURNS TABLE (decision_id uuid, already_recorded boolean, outbox_id bigint, sms_text text, sms_parts integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET lock_timeout = '5s' AS $$
#variable_conflict use_column
DECLARE
    v_first record;
    v_sub record;
    v_rc reason_codes%ROWTYPE;
    v_code text;
    v_reasons text[] := '{}';
    v_texts text[] := '{}';
    v_needs_note boolean := false;
    v_note text := clean_note(p_note);
    v_now timestamptz;
    v_lease_max integer := guard_setting('lease_max_seconds', 3600);
    v_seconds integer;
    v_text text;
    v_parts integer;
    v_outbox bigint;
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
        -- Holding the row now: an attempt that committed while we waited is visible to this statement.
        SELECT d.id, d.submission_id, d.actor INTO v_first FROM decisions d WHERE d.submission_id = p_submission;
        IF FOUND AND v_first.id <> p_decision THEN
            RAISE EXCEPTION 'certphoto:decision.exists: this submission has been decided already';
        END IF;
    END IF;
    IF v_first.submission_id IS NOT NULL THEN
        IF v_first.submission_id <> p_submission OR v_first.actor <> session_user THEN
            RAISE EXCEPTION 'certphoto:decision.id_reused: this decision id belongs to another decision';
        END IF;
        RETURN QUERY SELECT o.decision_id, true, o.id, o.text, o.parts FROM sms_outbox o WHERE o.decision_id = p_decision;
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

    v_text := render_sms(v_sub.name, p_verdict, v_texts);
    v_parts := certphoto.sms_parts(v_text);
    IF v_parts > guard_setting('sms_max_parts', 3) THEN
        RAISE EXCEPTION 'certphoto:decision.sms_too_long: the SMS would go out in % parts, at most % are allowed: shorten the note',
            v_parts, guard_setting('sms_max_parts', 3);
    END IF;
    -- Time spent, as the client measured it, but never more than one claim may last: nobody looked longer.
    v_seconds := least(greatest(coalesce(p_seconds, 0), 0), v_lease_max);

    INSERT INTO decisions (id, submission_id, actor, verdict, reason_codes, note, seconds_spent, decided_at)
    VALUES (p_decision, p_submission, session_user, p_verdict, v_reasons, v_note, v_seconds, v_now);
    UPDATE submissions s
    SET status = CASE WHEN p_verdict = 'approve' THEN 'approved' ELSE 'rejected' END,
        lease_holder = NULL, lease_expires_at = NULL
    WHERE s.id = p_submission;

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

-- ------------------------------------------------------------------------------- timeouts and limits
-- Per group. ALTER ROLE ... SET on a group role does not reach its members (PostgreSQL applies only the
-- settings of the role that logs in), so apply_login_limits sets them on each login: create_user does it
-- for new logins, this migration for the existing ones. A login can still SET its own session values:
-- the definer functions pin lock_timeout themselves, and the connection limit cannot be changed by it.
CREATE TABLE group_limits (
    group_role           text PRIMARY KEY
                         CHECK (group_role IN ('certphoto_auditor', 'certphoto_supervisor', 'certphoto_admin')),
    statement_timeout    interval NOT NULL,
    lock_timeout         interval NOT NULL,
    idle_in_transaction  interval NOT NULL,
    connection_limit     integer NOT NULL CHECK (connection_limit BETWEEN 1 AND 1000)
);
INSERT INTO group_limits VALUES
    ('certphoto_auditor',    '30 s',   '5 s', '60 s',  10),
    ('certphoto_supervisor', '5 min', '10 s', '5 min', 10),
    ('certphoto_admin',      '15 min', '30 s', '10 min', 20);
GRANT SELECT ON group_limits TO certphoto_admin;

-- The limits of the login's group (the most powerful one it is in) on that login, in this database.
-- Only certphoto logins: never a superuser or a role outside the three groups.
CREATE FUNCTION apply_login_limits(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_role pg_roles%ROWTYPE;
    v_limits group_limits%ROWTYPE;
BEGIN
    SELECT * INTO v_role FROM pg_roles r WHERE r.rolname = p_login;
    IF NOT FOUND OR v_role.rolsuper OR NOT v_role.rolcanlogin OR p_login LIKE 'certphoto%' THEN
        RETURN;
    END IF;
    SELECT g.* INTO v_limits FROM group_limits g
    WHERE pg_has_role(v_role.oid, g.group_role, 'MEMBER')
    ORDER BY CASE g.group_role WHEN 'certphoto_admin' THEN 1 WHEN 'certphoto_supervisor' THEN 2 ELSE 3 END
    LIMIT 1;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET statement_timeout = %L', p_login, current_database(),
                   (extract(epoch FROM v_limits.statement_timeout) * 1000)::bigint || 'ms');
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET lock_timeout = %L', p_login, current_database(),
                   (extract(epoch FROM v_limits.lock_timeout) * 1000)::bigint || 'ms');
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = %L', p_login,
                   current_database(), (extract(epoch FROM v_limits.idle_in_transaction) * 1000)::bigint || 'ms');
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_login, v_limits.connection_limit);
END
$$;

SELECT apply_login_limits(r.rolname) FROM pg_roles r
WHERE r.rolcanlogin AND NOT r.rolsuper
  AND (pg_has_role(r.oid, 'certphoto_auditor', 'MEMBER') OR pg_has_role(r.oid, 'certphoto_supervisor', 'MEMBER')
       OR pg_has_role(r.oid, 'certphoto_admin', 'MEMBER'));

-- --------------------------------------------------------------------------------------------- users
-- The password arrives as a SCRAM-SHA-256 verifier computed by the client (as psql's \password does), so no
-- statement the server could log holds the password. Anything else is refused without being echoed.
-- CREATE ROLE's own failures (two admins creating one login at once) are caught here, so the server never
-- logs the statement.
DROP FUNCTION create_user(text, text, text);
CREATE FUNCTION create_user(p_login text, p_password_verifier text, p_group text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('certphoto_auditor', 'certphoto_supervisor', 'certphoto_admin') THEN
        RAISE EXCEPTION 'certphoto:user.bad_group: users may only join certphoto_auditor, certphoto_supervisor or certphoto_admin'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_.-]{0,62}$' OR p_login LIKE 'certphoto%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'certphoto:user.bad_login: a login is lower-case letters, digits, "_", "." or "-" and may not start with certphoto or pg_';
    END IF;
    IF coalesce(p_password_verifier, '') <> ''
       AND p_password_verifier !~ '^SCRAM-SHA-256\$[1-9][0-9]{3,6}:[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$' THEN
        RAISE EXCEPTION 'certphoto:user.password_not_hashed: the password must arrive as a SCRAM-SHA-256 verifier made by the client';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'certphoto:user.exists: the login % exists already', p_login;
    END IF;
    BEGIN
        IF coalesce(p_password_verifier, '') = '' THEN
            EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', p_login, p_group);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_password_verifier, p_group);
        END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        RAISE EXCEPTION 'certphoto:user.exists: the login % exists already', p_login;
    END;
    PERFORM apply_login_limits(p_login);
    INSERT INTO audit_trail (action, detail) VALUES ('create_user', jsonb_build_object('login', p_login, 'group', p_group));
END
$$;

-- ------------------------------------------------------------------------------------------------ grants
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION guard_setting(text, integer), clean_note(text), note_has_bad_character(text),
    note_has_url(text)
    TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT EXECUTE ON FUNCTION create_user(text, text, text), set_guard_setting(text, integer) TO certphoto_admin;
