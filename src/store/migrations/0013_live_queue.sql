-- certphoto schema 13: the live queue of the review screen (issue 10). The queue read as pages by keyset
-- with filters, holder, urgency and counts (a lazy model over a million pending submissions); the server
-- NOTIFYs channel certphoto_queue when a submission arrives, is claimed, released, decided, undone or
-- replaced (compact payloads, no personal data); the applicant's earlier attempts for the review window.
-- Only adds: clients of schema 12 work with it unchanged.
-- certphoto:oldest-client 12
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- --------------------------------------------------------------------------------- the core's reasons
-- The reason codes of a report's failing and warning checks, kept beside the report so that the queue's
-- reason filter reads an array, not a JSON document per row.
CREATE FUNCTION report_reasons(p_report jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = certphoto, pg_temp AS $$
    SELECT coalesce(array_agg(DISTINCT e ->> 'reason' ORDER BY e ->> 'reason'), '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_report -> 'checks') = 'array' THEN p_report -> 'checks'
                                   ELSE '[]'::jsonb END) e
    WHERE jsonb_typeof(e) = 'object' AND e ->> 'status' IN ('fail', 'warn') AND coalesce(e ->> 'reason', '') <> ''
$$;
ALTER TABLE compliance_reports ADD COLUMN core_reasons text[] GENERATED ALWAYS AS (report_reasons(report)) STORED;

-- ------------------------------------------------------------------------------------------- the page
-- One page of pending submissions in queue order (deadline, id), found by keyset: after (p_backward false)
-- or before (true) the key (p_after_deadline, p_after_id; NULL: from the start / from the end), or at a
-- position (p_offset, for a scroll-bar jump). Filters (NULL or '': none): school name, level, core verdict
-- ('none': no report), a reason code among the core's reasons, overdue only. One row more than p_limit is
-- read, so "more" says whether the queue goes on past the page in the direction read. Dynamic SQL: each
-- call is planned for the filters it has, so the unfiltered page walks the (deadline, id) index alone.
CREATE FUNCTION queue_page(p_school text, p_level text, p_verdict text, p_reason text, p_overdue boolean,
                           p_after_deadline timestamptz, p_after_id bigint, p_backward boolean,
                           p_offset bigint, p_limit integer)
RETURNS TABLE (submission_id bigint, applicant_name text, exam_number text, school text, level text,
               arrived_at timestamptz, deadline timestamptz, attempt integer, core_verdict text, claimed_by text,
               lease_expires_at timestamptz, urgency text, core_reasons text[], more boolean,
               server_now timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_now timestamptz := clock_timestamp();
    v_school bigint;
    v_where text := 's.status = ''pending''';
    v_dir text := CASE WHEN p_backward THEN 'DESC' ELSE 'ASC' END;
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 1000 THEN
        RAISE EXCEPTION 'certphoto:queue.bad_limit: a page is 1 to 1000 rows';
    END IF;
    IF coalesce(p_offset, 0) < 0 THEN
        RAISE EXCEPTION 'certphoto:queue.bad_limit: a position is 0 or more';
    END IF;
    IF coalesce(p_verdict, '') NOT IN ('', 'none', 'pass', 'review', 'fail') THEN
        RAISE EXCEPTION 'certphoto:queue.bad_filter: the core verdict is pass, review, fail or none';
    END IF;
    IF coalesce(p_school, '') <> '' THEN
        SELECT sc.id INTO v_school FROM schools sc WHERE sc.name = p_school;
        IF NOT FOUND THEN
            RETURN;
        END IF;
        v_where := v_where || ' AND a.school_id = $1';
    END IF;
    IF coalesce(p_level, '') <> '' THEN
        v_where := v_where || ' AND a.level = $2';
    END IF;
    IF p_verdict = 'none' THEN
        v_where := v_where || ' AND coalesce(r.verdict, '''') = ''''';
    ELSIF coalesce(p_verdict, '') <> '' THEN
        v_where := v_where || ' AND r.verdict = $3';
    END IF;
    IF coalesce(p_reason, '') <> '' THEN
        v_where := v_where || ' AND r.core_reasons @> ARRAY[$4]';
    END IF;
    IF p_overdue THEN
        v_where := v_where || ' AND s.deadline <= $5';
    END IF;
    IF p_after_id IS NOT NULL AND p_after_deadline IS NOT NULL THEN
        v_where := v_where || CASE WHEN p_backward THEN ' AND (s.deadline, s.id) < ($6, $7)'
                                   ELSE ' AND (s.deadline, s.id) > ($6, $7)' END;
    END IF;
    RETURN QUERY EXECUTE format($q$
        WITH page AS (
            SELECT s.id, a.name, a.exam_number, sc.name AS school, a.level, s.arrived_at, s.deadline, s.attempt,
                   coalesce(r.verdict, '') AS verdict,
                   CASE WHEN s.lease_expires_at > $5 THEN s.lease_holder ELSE '' END AS holder,
                   CASE WHEN s.lease_expires_at > $5 THEN s.lease_expires_at END AS lease_until,
                   CASE WHEN s.deadline <= $5 THEN 'overdue'
                        WHEN s.deadline - $5 < (s.deadline - s.arrived_at) / 4 THEN 'soon'
                        ELSE 'normal' END AS urgency,
                   coalesce(r.core_reasons, '{}') AS reasons
            FROM submissions s
            JOIN applicants a ON a.id = s.applicant_id
            JOIN schools sc ON sc.id = a.school_id
            LEFT JOIN compliance_reports r ON r.submission_id = s.id
            WHERE %s
            ORDER BY s.deadline %s, s.id %s
            OFFSET $8 LIMIT $9 + 1),
        numbered AS (SELECT page.*, row_number() OVER (ORDER BY page.deadline %s, page.id %s) AS n FROM page)
        SELECT p.id, p.name, p.exam_number, p.school, p.level, p.arrived_at, p.deadline, p.attempt, p.verdict,
               p.holder, p.lease_until, p.urgency, p.reasons, (SELECT count(*) FROM page) > $9, $5
        FROM numbered p WHERE p.n <= $9
        ORDER BY p.deadline, p.id
    $q$, v_where, v_dir, v_dir, v_dir, v_dir)
    USING v_school, p_level, p_verdict, p_reason, v_now, p_after_deadline, p_after_id, coalesce(p_offset, 0),
          p_limit;
END
$$;

-- The status bar's counts and the model's row count: every pending submission, those overdue, and the
-- same for the filter (equal to the first two without one), and the caller's live leases.
CREATE FUNCTION queue_counts(p_school text, p_level text, p_verdict text, p_reason text, p_overdue boolean)
RETURNS TABLE (pending bigint, overdue bigint, matching bigint, matching_overdue bigint, held_by_me bigint,
               server_now timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_now timestamptz := clock_timestamp();
    v_pending bigint;
    v_overdue bigint;
    v_matching bigint;
    v_matching_overdue bigint;
    v_mine bigint;
    v_school bigint;
    v_where text := 's.status = ''pending''';
    v_filtered boolean := false;
BEGIN
    IF coalesce(p_verdict, '') NOT IN ('', 'none', 'pass', 'review', 'fail') THEN
        RAISE EXCEPTION 'certphoto:queue.bad_filter: the core verdict is pass, review, fail or none';
    END IF;
    SELECT count(*) INTO v_pending FROM submissions s WHERE s.status = 'pending';
    SELECT count(*) INTO v_overdue FROM submissions s WHERE s.status = 'pending' AND s.deadline <= v_now;
    SELECT count(*) INTO v_mine FROM submissions s
    WHERE s.status = 'pending' AND s.lease_holder = session_user AND s.lease_expires_at > v_now;
    IF coalesce(p_school, '') <> '' THEN
        SELECT sc.id INTO v_school FROM schools sc WHERE sc.name = p_school;
        v_where := v_where || ' AND a.school_id = $1';
        v_filtered := true;
    END IF;
    IF coalesce(p_level, '') <> '' THEN
        v_where := v_where || ' AND a.level = $2';
        v_filtered := true;
    END IF;
    IF p_verdict = 'none' THEN
        v_where := v_where || ' AND coalesce(r.verdict, '''') = ''''';
        v_filtered := true;
    ELSIF coalesce(p_verdict, '') <> '' THEN
        v_where := v_where || ' AND r.verdict = $3';
        v_filtered := true;
    END IF;
    IF coalesce(p_reason, '') <> '' THEN
        v_where := v_where || ' AND r.core_reasons @> ARRAY[$4]';
        v_filtered := true;
    END IF;
    IF NOT v_filtered THEN
        v_matching := CASE WHEN p_overdue THEN v_overdue ELSE v_pending END;
        v_matching_overdue := v_overdue;
    ELSE
        EXECUTE format($q$
            SELECT count(*) FILTER (WHERE NOT $6 OR s.deadline <= $5), count(*) FILTER (WHERE s.deadline <= $5)
            FROM submissions s
            JOIN applicants a ON a.id = s.applicant_id
            LEFT JOIN compliance_reports r ON r.submission_id = s.id
            WHERE %s $q$, v_where)
        INTO v_matching, v_matching_overdue
        USING v_school, p_level, p_verdict, p_reason, v_now, coalesce(p_overdue, false);
    END IF;
    RETURN QUERY SELECT v_pending, v_overdue, v_matching, v_matching_overdue, v_mine, v_now;
END
$$;

-- ------------------------------------------------------------------------------------- notifications
-- Channel certphoto_queue; payloads are JSON with the event ("e"), the submission id ("s") and, for a
-- claim or an undo, the login now holding it ("by"). Never a name, number or phone. A transaction that adds
-- more than 50 pending submissions (a big import) sends one "bulk" event instead of the 51st and later
-- ones ("n": how many it had added then).
CREATE FUNCTION queue_notify_arrivals() RETURNS trigger
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_before bigint := coalesce(nullif(current_setting('certphoto.queue_arrivals', true), ''), '0')::bigint;
    v_n bigint;
    v_id bigint;
BEGIN
    SELECT count(*) INTO v_n FROM added WHERE status = 'pending';
    IF v_n = 0 THEN
        RETURN NULL;
    END IF;
    -- Counted per transaction (an import calls intake once per entry, each its own statement).
    PERFORM set_config('certphoto.queue_arrivals', (v_before + v_n)::text, true);
    IF v_before > 50 THEN
        RETURN NULL; -- the bulk event of this transaction went out already
    ELSIF v_before + v_n > 50 THEN
        PERFORM pg_notify('certphoto_queue', json_build_object('e', 'bulk', 'n', v_before + v_n)::text);
    ELSE
        FOR v_id IN SELECT id FROM added WHERE status = 'pending' ORDER BY id LOOP
            PERFORM pg_notify('certphoto_queue', json_build_object('e', 'new', 's', v_id)::text);
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER submissions_queue_arrivals AFTER INSERT ON submissions
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION queue_notify_arrivals();

-- Status changes, a new holder, a fresh claim (claimed_at changes; a renewal keeps it: no heartbeat events).
CREATE FUNCTION queue_notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_event text;
BEGIN
    IF OLD.status = 'pending' AND NEW.status IN ('approved', 'rejected') THEN
        v_event := 'decide';
    ELSIF NEW.status = 'replaced' AND OLD.status <> 'replaced' THEN
        v_event := 'replace';
    ELSIF OLD.status <> 'pending' AND NEW.status = 'pending' THEN
        v_event := 'undo';
    ELSIF NEW.status = 'pending' AND NEW.lease_holder IS NULL THEN
        v_event := 'release';
    ELSIF NEW.status = 'pending' THEN
        v_event := 'claim';
    ELSE
        RETURN NULL;
    END IF;
    IF v_event IN ('claim', 'undo') THEN
        PERFORM pg_notify('certphoto_queue', json_build_object('e', v_event, 's', NEW.id, 'by', NEW.lease_holder)::text);
    ELSE
        PERFORM pg_notify('certphoto_queue', json_build_object('e', v_event, 's', NEW.id)::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER submissions_queue_changes AFTER UPDATE OF status, lease_holder, claimed_at ON submissions
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.lease_holder IS DISTINCT FROM NEW.lease_holder
          OR OLD.claimed_at IS DISTINCT FROM NEW.claimed_at)
    EXECUTE FUNCTION queue_notify_change();

-- ------------------------------------------------------------------------------------ earlier attempts
-- Every other submission of the applicant of p_submission, newest first, with the decision in force (if
-- any), its reasons, note, SMS and the photo (p_with_photos). Auditors: only for a submission they hold a
-- live lease on (the applicant under review), so nobody browses applicants; supervisors and admins: any.
CREATE FUNCTION earlier_attempts(p_submission bigint, p_with_photos boolean)
RETURNS TABLE (submission_id bigint, attempt integer, arrived_at timestamptz, status text, core_verdict text,
               verdict text, reason_codes text[], note text, decided_by text, decided_at timestamptz,
               sms_text text, photo bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_s submissions%ROWTYPE;
BEGIN
    SELECT * INTO v_s FROM submissions s WHERE s.id = p_submission;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:submission.not_found: no such submission';
    END IF;
    IF NOT (pg_has_role(session_user, 'certphoto_supervisor', 'MEMBER')
            OR pg_has_role(session_user, 'certphoto_admin', 'MEMBER'))
       AND NOT coalesce(v_s.lease_holder = session_user AND v_s.lease_expires_at > clock_timestamp(), false) THEN
        RAISE EXCEPTION 'certphoto:lease.lost: earlier attempts are shown for a submission you hold: claim it first';
    END IF;
    RETURN QUERY
    SELECT s.id, s.attempt, s.arrived_at, s.status, coalesce(r.verdict, ''), d.verdict, d.reason_codes, d.note,
           d.actor, d.decided_at, o.text, CASE WHEN p_with_photos THEN p.bytes END
    FROM submissions s
    JOIN photos p ON p.id = s.photo_id
    LEFT JOIN compliance_reports r ON r.submission_id = s.id
    LEFT JOIN decisions d ON d.submission_id = s.id
    LEFT JOIN sms_outbox o ON o.decision_id = d.id
    WHERE s.applicant_id = v_s.applicant_id AND s.id <> p_submission
    ORDER BY s.arrived_at DESC, s.id DESC;
END
$$;

-- ------------------------------------------------------------------------------------------------ grants
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_page(text, text, text, text, boolean, timestamptz, bigint, boolean, bigint, integer),
    queue_counts(text, text, text, text, boolean), earlier_attempts(bigint, boolean)
    TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
