-- certphoto schema 9: the SMS relay. decide() writes one sms_outbox row per decision (schema 3); these
-- functions let a relay (certphoto-sms, admin group) take due rows under a lease, hand them to the gateway
-- and mark each sent or failed, exactly once. Admins see the outbox's state and retry failed rows.
--
-- States: status 'pending' (waiting for send_after, or for its next attempt, or due, or taken by a relay
-- under a lease), 'sent', 'failed' (permanent answer, or too many temporary ones). A row is offered to a
-- relay only while pending, due and not under a live lease, so a row marked sent is never offered again.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- send_after: the relay never sends before it (now by default; a later issue adds a grace period for
-- undo). decide() inserts without naming these columns, so every default keeps it working unchanged.
ALTER TABLE sms_outbox
    ADD COLUMN send_after       timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    ADD COLUMN next_attempt_at  timestamptz,
    ADD COLUMN lease_holder     text,
    ADD COLUMN lease_token      uuid,
    ADD COLUMN lease_expires_at timestamptz,
    ADD COLUMN last_answer      text NOT NULL DEFAULT '',
    ADD COLUMN failed_at        timestamptz;
-- The relay's scan: only pending rows, oldest first.
CREATE INDEX sms_outbox_pending ON sms_outbox (id) WHERE status = 'pending';
CREATE INDEX sms_outbox_failed ON sms_outbox (id) WHERE status = 'failed';

-- The relay's knobs, server-side so tests can use seconds (and every relay of a team agrees).
INSERT INTO settings (key, value) VALUES
    ('sms_lease_seconds', '120'),      -- how long a taken row stays with its relay
    ('sms_retry_base_seconds', '30'),  -- first wait after a temporary failure; doubles per attempt
    ('sms_retry_max_seconds', '3600'), -- the longest wait
    ('sms_max_attempts', '8')          -- after that many temporary failures the row is failed
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION outbox_setting(p_key text, p_default integer) RETURNS integer
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    SELECT coalesce((SELECT value::integer FROM certphoto.settings WHERE key = p_key), p_default)
$$;

-- A gateway's answer as stored: the recipient's number masked wherever it appears, at most 500 characters
-- (the client has scrubbed every phone-like and ID-like number already).
CREATE FUNCTION outbox_answer(p_answer text, p_recipient text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = certphoto, pg_temp AS $$
    SELECT left(CASE WHEN coalesce(p_recipient, '') = '' THEN coalesce(p_answer, '')
                     ELSE replace(coalesce(p_answer, ''), p_recipient, mask_phone(p_recipient)) END, 500)
$$;

-- Takes up to p_limit due rows (pending, send_after passed, next attempt due, no live lease), oldest
-- first, FOR UPDATE SKIP LOCKED: two relays taking at once get different rows. They are leased to this
-- session under one token until now + p_lease_seconds (NULL: the sms_lease_seconds setting); a relay
-- that dies leaves them to come back when the lease runs out. Each take counts as an attempt. The
-- recipient comes back in clear: the relay needs it to send (admins see it in clear anyway).
CREATE FUNCTION outbox_take(p_limit integer, p_lease_seconds integer)
RETURNS TABLE (outbox_id bigint, recipient text, text text, parts integer, template text, params jsonb,
               attempt integer, lease_token uuid, lease_expires_at timestamptz, lease_seconds integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_token uuid := gen_random_uuid();
    v_now timestamptz := clock_timestamp();
    v_lease integer := coalesce(p_lease_seconds, outbox_setting('sms_lease_seconds', 120));
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 1000 THEN
        RAISE EXCEPTION 'certphoto:outbox.bad_batch: a batch is 1 to 1000 messages';
    END IF;
    IF v_lease < 1 OR v_lease > 86400 THEN
        RAISE EXCEPTION 'certphoto:outbox.bad_lease: the lease is 1 to 86400 seconds';
    END IF;
    RETURN QUERY
    WITH due AS (
        SELECT o.id FROM sms_outbox o
        WHERE o.status = 'pending' AND o.send_after <= v_now
          AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= v_now)
          AND (o.lease_expires_at IS NULL OR o.lease_expires_at <= v_now)
        ORDER BY o.id
        LIMIT p_limit
        FOR UPDATE SKIP LOCKED
    )
    UPDATE sms_outbox o
    SET lease_holder = session_user, lease_token = v_token,
        lease_expires_at = v_now + make_interval(secs => v_lease), attempts = o.attempts + 1
    FROM due WHERE o.id = due.id
    RETURNING o.id, o.recipient, o.text, o.parts, o.template, o.params, o.attempts, o.lease_token,
              o.lease_expires_at, v_lease;
END
$$;

-- The gateway accepted the message. true: marked now; false: it was marked sent before (by this relay's
-- retry after a lost acknowledgement, or by another relay that was offered the row after this one's lease
-- ran out): nothing changes, the first mark stands. Any relay's mark counts, lease or not: the gateway
-- has the message, and a row marked sent is never offered again.
CREATE FUNCTION outbox_mark_sent(p_outbox bigint, p_token uuid, p_answer text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v sms_outbox%ROWTYPE;
BEGIN
    SELECT * INTO v FROM sms_outbox o WHERE o.id = p_outbox FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:outbox.not_found: no such outbox message';
    END IF;
    IF v.status = 'sent' THEN
        RETURN false;
    END IF;
    UPDATE sms_outbox o
    SET status = 'sent', sent_at = clock_timestamp(), failed_at = NULL, next_attempt_at = NULL,
        last_answer = outbox_answer(p_answer, v.recipient),
        lease_holder = NULL, lease_token = NULL, lease_expires_at = NULL
    WHERE o.id = p_outbox;
    RETURN true;
END
$$;

-- The gateway refused or could not be reached. Only under this relay's own lease (p_token): a relay
-- whose lease ran out and whose row another relay took changes nothing ('lost'). A temporary failure
-- waits base * 2^(attempts-1) seconds (capped) before the row is due again ('pending'); a permanent one,
-- or the last allowed attempt, ends it ('failed'). Returns the row's status afterwards, or 'lost'.
CREATE FUNCTION outbox_mark_failed(p_outbox bigint, p_token uuid, p_permanent boolean, p_answer text)
RETURNS TABLE (status text, next_attempt_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v sms_outbox%ROWTYPE;
    v_now timestamptz := clock_timestamp();
    v_wait double precision;
BEGIN
    SELECT * INTO v FROM sms_outbox o WHERE o.id = p_outbox FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:outbox.not_found: no such outbox message';
    END IF;
    IF v.status <> 'pending' OR v.lease_token IS DISTINCT FROM p_token THEN
        RETURN QUERY SELECT CASE WHEN v.status = 'pending' THEN 'lost' ELSE v.status END, v.next_attempt_at;
        RETURN;
    END IF;
    IF coalesce(p_permanent, true) OR v.attempts >= outbox_setting('sms_max_attempts', 8) THEN
        RETURN QUERY
        UPDATE sms_outbox o
        SET status = 'failed', failed_at = v_now, next_attempt_at = NULL,
            last_answer = outbox_answer(p_answer, v.recipient),
            lease_holder = NULL, lease_token = NULL, lease_expires_at = NULL
        WHERE o.id = p_outbox
        RETURNING o.status, o.next_attempt_at;
        RETURN;
    END IF;
    v_wait := least(outbox_setting('sms_retry_base_seconds', 30)::double precision
                        * power(2, greatest(v.attempts - 1, 0)),
                    outbox_setting('sms_retry_max_seconds', 3600)::double precision);
    RETURN QUERY
    UPDATE sms_outbox o
    SET next_attempt_at = v_now + make_interval(secs => v_wait),
        last_answer = outbox_answer(p_answer, v.recipient),
        lease_holder = NULL, lease_token = NULL, lease_expires_at = NULL
    WHERE o.id = p_outbox
    RETURNING o.status, o.next_attempt_at;
END
$$;

-- A relay stopping (SIGTERM) gives back the rows of its batch it did not hand to the gateway: due again
-- at once, and the take that did not lead to a send is not counted as an attempt.
CREATE FUNCTION outbox_release(p_token uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE sms_outbox o
    SET lease_holder = NULL, lease_token = NULL, lease_expires_at = NULL, attempts = greatest(o.attempts - 1, 0)
    WHERE o.status = 'pending' AND o.lease_token = p_token;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- Admins put failed rows back (NULL or empty: every failed row): pending, due now, attempts from zero.
-- The audit trail says who and how many.
CREATE FUNCTION outbox_retry_failed(p_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE sms_outbox o
    SET status = 'pending', attempts = 0, next_attempt_at = NULL, failed_at = NULL,
        lease_holder = NULL, lease_token = NULL, lease_expires_at = NULL
    WHERE o.status = 'failed' AND (coalesce(cardinality(p_ids), 0) = 0 OR o.id = ANY (p_ids));
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count > 0 THEN
        INSERT INTO audit_trail (action, detail)
        VALUES ('outbox_retry', jsonb_build_object('rows', v_count,
                                                    'ids', CASE WHEN coalesce(cardinality(p_ids), 0) = 0
                                                                THEN 'all failed'::text ELSE 'chosen' END));
    END IF;
    RETURN v_count;
END
$$;

-- Counts by state and the oldest pending row, for the admin's outbox view and the relay's log.
-- waiting: send_after still ahead; retrying: waiting for its next attempt; sending: under a live lease;
-- due: the rest of pending (a relay would take it now).
CREATE FUNCTION outbox_overview()
RETURNS TABLE (pending bigint, due bigint, waiting bigint, retrying bigint, sending bigint, sent bigint,
               failed bigint, oldest_pending timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
    SELECT count(*) FILTER (WHERE status = 'pending'),
           count(*) FILTER (WHERE status = 'pending' AND send_after <= clock_timestamp()
                            AND (next_attempt_at IS NULL OR next_attempt_at <= clock_timestamp())
                            AND (lease_expires_at IS NULL OR lease_expires_at <= clock_timestamp())),
           count(*) FILTER (WHERE status = 'pending' AND send_after > clock_timestamp()),
           count(*) FILTER (WHERE status = 'pending' AND send_after <= clock_timestamp()
                            AND next_attempt_at > clock_timestamp()
                            AND (lease_expires_at IS NULL OR lease_expires_at <= clock_timestamp())),
           count(*) FILTER (WHERE status = 'pending' AND lease_expires_at > clock_timestamp()),
           count(*) FILTER (WHERE status = 'sent'),
           count(*) FILTER (WHERE status = 'failed'),
           min(created_at) FILTER (WHERE status = 'pending')
    FROM sms_outbox
$$;

-- The rows for the admin's table, newest first; p_filter 'all', 'pending', 'sent' or 'failed'. The
-- recipient is masked here: the view does not need the number, and a screen is not a log but is seen.
CREATE FUNCTION outbox_list(p_filter text, p_limit integer)
RETURNS TABLE (outbox_id bigint, submission_id bigint, recipient text, template text, text text,
               parts integer, status text, attempts integer, created_at timestamptz, send_after timestamptz,
               next_attempt_at timestamptz, sending boolean, sent_at timestamptz, failed_at timestamptz,
               last_answer text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 10000 THEN
        RAISE EXCEPTION 'certphoto:outbox.bad_batch: a list is 1 to 10000 rows';
    END IF;
    IF coalesce(p_filter, 'all') NOT IN ('all', 'pending', 'sent', 'failed') THEN
        RAISE EXCEPTION 'certphoto:outbox.bad_filter: the filter is all, pending, sent or failed';
    END IF;
    RETURN QUERY
    SELECT o.id, o.submission_id, mask_phone(o.recipient), o.template, o.text, o.parts, o.status, o.attempts,
           o.created_at, o.send_after, o.next_attempt_at, coalesce(o.lease_expires_at > clock_timestamp(), false),
           o.sent_at, o.failed_at, o.last_answer
    FROM sms_outbox o
    WHERE coalesce(p_filter, 'all') = 'all' OR o.status = p_filter
    ORDER BY o.id DESC
    LIMIT p_limit;
END
$$;

-- Admins tune the retry policy (the relay reads it at every failure).
CREATE FUNCTION set_outbox_retry(p_base_seconds integer, p_max_seconds integer, p_max_attempts integer,
                                 p_lease_seconds integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_base_seconds IS NULL OR p_base_seconds < 1 OR p_max_seconds IS NULL OR p_max_seconds < p_base_seconds
       OR p_max_seconds > 604800 OR p_max_attempts IS NULL OR p_max_attempts < 1 OR p_max_attempts > 100
       OR p_lease_seconds IS NULL OR p_lease_seconds < 1 OR p_lease_seconds > 86400 THEN
        RAISE EXCEPTION 'certphoto:outbox.bad_policy: retry wait 1 s up to a maximum of at most 7 days, 1 to 100 attempts, lease 1 to 86400 s';
    END IF;
    INSERT INTO settings (key, value) VALUES
        ('sms_retry_base_seconds', p_base_seconds::text), ('sms_retry_max_seconds', p_max_seconds::text),
        ('sms_max_attempts', p_max_attempts::text), ('sms_lease_seconds', p_lease_seconds::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    INSERT INTO audit_trail (action, detail)
    VALUES ('set_outbox_retry', jsonb_build_object('base_seconds', p_base_seconds, 'max_seconds', p_max_seconds,
                                                    'max_attempts', p_max_attempts, 'lease_seconds', p_lease_seconds));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION outbox_setting(text, integer), outbox_answer(text, text) TO certphoto_admin;
GRANT EXECUTE ON FUNCTION outbox_take(integer, integer), outbox_mark_sent(bigint, uuid, text),
    outbox_mark_failed(bigint, uuid, boolean, text), outbox_release(uuid), outbox_retry_failed(bigint[]),
    outbox_overview(), outbox_list(text, integer), set_outbox_retry(integer, integer, integer, integer)
    TO certphoto_admin;
