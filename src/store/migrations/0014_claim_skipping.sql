-- certphoto schema 14: claiming the next submission while passing over the ones this auditor just skipped
-- (issue 10). Skip gives a submission back; claim_next would hand the same one straight back (it is the
-- earliest deadline), so "skip" did nothing. claim_next_skipping takes the ids to pass over; when only those
-- are left it claims nothing and the client falls back to claim_next. Only adds.
-- certphoto:oldest-client 12
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

CREATE FUNCTION claim_next_skipping(p_skip bigint[]) RETURNS TABLE (submission_id bigint, expires_at timestamptz)
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
          AND NOT (s.id = ANY (coalesce(p_skip[1:1000], '{}'))) -- a bounded list
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

REVOKE EXECUTE ON FUNCTION claim_next_skipping(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION claim_next_skipping(bigint[]) TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
