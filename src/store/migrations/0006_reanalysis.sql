-- certphoto schema 6: recomputing compliance reports after the core improved (certphoto-admin reanalyze).
-- Only undecided (pending) submissions: a decided one keeps the report its decision was made on, and a
-- replaced one is never reviewed. The client analyses; these functions only list and swap, admins only.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- Pending submissions whose report was made by another core than p_core_version, or that have none.
CREATE FUNCTION count_stale_reports(p_core_version text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    RETURN (SELECT count(*) FROM submissions s
            LEFT JOIN compliance_reports r ON r.submission_id = s.id
            WHERE s.status = 'pending' AND (r.submission_id IS NULL OR r.core_version <> p_core_version));
END
$$;

-- One batch of them in id order after p_after (keyset paging: the caller passes the last id it got).
-- profile: the one the report was made with, else the school's. old_core_version is NULL when there is no
-- report; replace_report takes it back so a report changed meanwhile is not overwritten.
CREATE FUNCTION list_stale_reports(p_core_version text, p_after bigint, p_limit integer)
RETURNS TABLE (submission_id bigint, profile text, old_core_version text, photo bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 10000 THEN
        RAISE EXCEPTION 'certphoto:reanalysis.bad_batch: a batch is 1 to 10000 submissions';
    END IF;
    RETURN QUERY
    SELECT s.id, coalesce(nullif(r.profile, ''), sc.profile), r.core_version, p.bytes
    FROM submissions s
    JOIN applicants a ON a.id = s.applicant_id
    JOIN schools sc ON sc.id = a.school_id
    JOIN photos p ON p.id = s.photo_id
    LEFT JOIN compliance_reports r ON r.submission_id = s.id
    WHERE s.id > coalesce(p_after, 0) AND s.status = 'pending'
      AND (r.submission_id IS NULL OR r.core_version <> p_core_version)
    ORDER BY s.id
    LIMIT p_limit;
END
$$;

-- Swaps in a recomputed report, only if the submission is still pending and its report is still the one
-- that was listed (same core_version; p_old_core_version NULL = still no report). Otherwise false: a
-- decision or another reanalysis got there first and wins. The submission row is locked as decide() locks
-- it, so the two never interleave. A live lease does not stop it: the auditor's window loads the report
-- again with the next photo it opens. One audit row per swap (versions and verdicts, no personal data).
CREATE FUNCTION replace_report(p_submission bigint, p_old_core_version text, p_report jsonb, p_mask bytea,
                               p_verdict text, p_core_version text, p_profile text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_status text;
    v_old record;
BEGIN
    IF coalesce(p_core_version, '') = '' THEN
        RAISE EXCEPTION 'certphoto:reanalysis.version_required: the new report needs its core version';
    END IF;
    SELECT s.status INTO v_status FROM submissions s WHERE s.id = p_submission FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
    END IF;
    IF v_status <> 'pending' THEN
        RETURN false;
    END IF;
    SELECT r.core_version, r.verdict, r.profile INTO v_old
    FROM compliance_reports r WHERE r.submission_id = p_submission FOR UPDATE;
    IF FOUND THEN
        IF p_old_core_version IS NULL OR v_old.core_version <> p_old_core_version THEN
            RETURN false;
        END IF;
        UPDATE compliance_reports r
        SET report = p_report, mask_png = p_mask, verdict = coalesce(p_verdict, ''),
            core_version = p_core_version, profile = coalesce(nullif(p_profile, ''), r.profile)
        WHERE r.submission_id = p_submission;
    ELSE
        IF p_old_core_version IS NOT NULL THEN
            RETURN false;
        END IF;
        INSERT INTO compliance_reports (submission_id, report, mask_png, verdict, core_version, profile)
        VALUES (p_submission, p_report, p_mask, coalesce(p_verdict, ''), p_core_version, coalesce(p_profile, ''));
    END IF;
    INSERT INTO audit_trail (action, submission_id, detail)
    VALUES ('reanalyze', p_submission,
            jsonb_build_object('from_core_version', v_old.core_version, 'to_core_version', p_core_version,
                               'from_verdict', v_old.verdict, 'to_verdict', coalesce(p_verdict, ''),
                               'profile', coalesce(nullif(p_profile, ''), v_old.profile)));
    RETURN true;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION count_stale_reports(text), list_stale_reports(text, bigint, integer),
    replace_report(bigint, text, jsonb, bytea, text, text, text)
    TO certphoto_admin;
