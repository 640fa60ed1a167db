-- certphoto schema 4: the claim as PL/pgSQL (a SQL-language SECURITY DEFINER function is planned again on
-- every call; PL/pgSQL keeps its plan for the session), and the SMS helpers without a SET clause (they
-- name no table, and a SET clause costs a configuration save/restore per call). Measured with bench-queue.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

CREATE OR REPLACE FUNCTION claim_next() RETURNS TABLE (submission_id bigint, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH next AS (
        SELECT s.id FROM submissions s
        WHERE s.status = 'pending' AND (s.lease_expires_at IS NULL OR s.lease_expires_at <= now())
        ORDER BY s.deadline, s.id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
    )
    UPDATE submissions s
    SET lease_holder = session_user,
        lease_expires_at = now() + make_interval(secs => coalesce(
            (SELECT value::integer FROM settings WHERE key = 'lease_seconds'), 300))
    FROM next WHERE s.id = next.id
    RETURNING s.id, s.lease_expires_at;
END
$$;

CREATE OR REPLACE FUNCTION sms_parts(p text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(p) <= 70 THEN 1 ELSE ceil(length(p) / 67.0)::integer END
$$;

CREATE OR REPLACE FUNCTION render_sms(p_name text, p_verdict text, p_reasons text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
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
