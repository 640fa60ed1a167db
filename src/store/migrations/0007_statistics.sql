-- certphoto schema 7: the supervisors' statistics (issue 8). Summary tables kept in PostgreSQL and maintained
-- in the deciding transaction, so the screen's questions over 90 days read thousands of rows, not a million;
-- SECURITY DEFINER functions behind every figure, granted to supervisors and admins (stats_my_day also to
-- auditors: only the caller's own day). No applicant's name, ID number or phone leaves these functions.
-- docs/statistics.md defines every figure.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- Days are calendar days in this zone: a decision at 23:59:59 and one at 00:00:00 land on two days.
INSERT INTO settings (key, value) VALUES ('stats_time_zone', 'Asia/Shanghai') ON CONFLICT (key) DO NOTHING;

-- No SET clause (it would cost a configuration save/restore per call); every name is qualified.
CREATE FUNCTION stats_zone() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT value FROM certphoto.settings WHERE key = 'stats_time_zone'), 'Asia/Shanghai')
$$;

CREATE FUNCTION stats_today() RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT (now() AT TIME ZONE certphoto.stats_zone())::date
$$;

-- ------------------------------------------------------------------------------------------- the tables
-- One row per decision with what every figure needs, computed once when the decision commits: its day and
-- hour in the statistics zone, arrival-to-decision seconds, whether the school's promise was kept, and the
-- core's checks on the report the decision was made on (failed, passed, and "missed": passed, yet the
-- auditor rejected naming the reason code that check reports).
CREATE TABLE decision_facts (
    decision_id        uuid PRIMARY KEY REFERENCES decisions (id),
    submission_id      bigint NOT NULL,
    decided_at         timestamptz NOT NULL,
    day                date NOT NULL,
    hour               smallint NOT NULL,
    actor              text NOT NULL,
    school_id          bigint NOT NULL,
    approved           boolean NOT NULL,
    reason_codes       text[] NOT NULL,
    seconds            integer NOT NULL,
    turnaround_seconds integer NOT NULL,
    within_promise     boolean NOT NULL,
    core_verdict       text NOT NULL,
    failed_checks      text[] NOT NULL,
    passed_checks      text[] NOT NULL,
    missed_checks      text[] NOT NULL
);
CREATE INDEX decision_facts_by_day ON decision_facts (day, actor);

-- Decisions per hour of a day per auditor (the hourly chart), and per day per auditor with the
-- against-the-core counts at the report level (the daily chart, the auditors' table).
CREATE TABLE throughput_hourly (
    day      date NOT NULL,
    hour     smallint NOT NULL,
    actor    text NOT NULL,
    approved integer NOT NULL,
    rejected integer NOT NULL,
    PRIMARY KEY (day, hour, actor)
);
CREATE TABLE auditor_daily (
    day                date NOT NULL,
    actor              text NOT NULL,
    approved           integer NOT NULL,
    rejected           integer NOT NULL,
    approved_core_fail integer NOT NULL, -- approved although the core's verdict was fail
    rejected_core_pass integer NOT NULL, -- rejected although the core's verdict was pass
    PRIMARY KEY (day, actor)
);
-- Handling seconds per auditor as exact histograms per day ('d'), ISO week ('w', from Monday) and month
-- ('m'): a range reads whole months, then whole weeks, then single days, so 90 days read about 13 blocks
-- per auditor instead of 90, and the percentiles stay exact.
CREATE TABLE handling_histogram (
    period       "char" NOT NULL CHECK (period IN ('d', 'w', 'm')),
    period_start date NOT NULL,
    actor        text NOT NULL,
    seconds      integer NOT NULL,
    n            integer NOT NULL,
    PRIMARY KEY (period, period_start, actor, seconds)
);
-- The merged histogram of a range's closed days (before today), built by the first stats_auditors() call
-- for that range and read by the next ones, which add only today's day rows: the merge over about 13
-- blocks is the costliest read of the screen (100,000 rows at a million decisions), the cached one 12,000.
-- A decision landing on a closed day (a history import) deletes the ranges that cover it.
CREATE TABLE handling_range_cache (
    range_from date NOT NULL,
    range_to   date NOT NULL,
    built_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (range_from, range_to)
);
CREATE TABLE handling_range_histogram (
    range_from date NOT NULL,
    range_to   date NOT NULL,
    actor      text NOT NULL,
    seconds    integer NOT NULL,
    n          integer NOT NULL,
    PRIMARY KEY (range_from, range_to, actor, seconds),
    FOREIGN KEY (range_from, range_to) REFERENCES handling_range_cache ON DELETE CASCADE
);
CREATE TABLE reason_daily (
    day  date NOT NULL,
    code text NOT NULL,
    n    integer NOT NULL,
    PRIMARY KEY (day, code)
);
CREATE TABLE check_daily (
    day             date NOT NULL,
    check_id        text NOT NULL,
    core_failed     integer NOT NULL,
    failed_approved integer NOT NULL,
    core_passed     integer NOT NULL,
    passed_rejected integer NOT NULL,
    PRIMARY KEY (day, check_id)
);
-- The reason codes picked when a check passed and the auditor rejected for that check's reason.
CREATE TABLE check_reason_daily (
    day      date NOT NULL,
    check_id text NOT NULL,
    code     text NOT NULL,
    n        integer NOT NULL,
    PRIMARY KEY (day, check_id, code)
);
-- The decisions behind a row of the core-against-auditors table ('a': the check failed, the auditor
-- approved; 'r': the check passed, the auditor rejected for its reason).
CREATE TABLE check_disagreements (
    check_id    text NOT NULL,
    kind        "char" NOT NULL CHECK (kind IN ('a', 'r')),
    day         date NOT NULL,
    decided_at  timestamptz NOT NULL,
    decision_id uuid NOT NULL,
    PRIMARY KEY (check_id, kind, day, decision_id)
);
-- Per day: decided, kept within the promise, and the arrival-to-decision percentiles. The counts are kept
-- by the trigger; the percentiles are computed from decision_facts when asked and cached for days before
-- today (fresh = false again when a decision lands on that day later, e.g. a history import).
CREATE TABLE promise_daily (
    day            date PRIMARY KEY,
    decided        integer NOT NULL,
    within_promise integer NOT NULL,
    median_hours   double precision,
    p95_hours      double precision,
    fresh          boolean NOT NULL DEFAULT false
);
CREATE TABLE arrivals_daily (
    day date PRIMARY KEY,
    n   integer NOT NULL
);
-- The pending submissions with their school and deadline (deadline risk without joining a million
-- applicants): a row while the submission is pending.
CREATE TABLE pending_deadlines (
    submission_id bigint PRIMARY KEY,
    school_id     bigint NOT NULL,
    arrived_at    timestamptz NOT NULL,
    deadline      timestamptz NOT NULL
);
CREATE INDEX pending_deadlines_by_arrival ON pending_deadlines (arrived_at, submission_id);

-- ------------------------------------------------------------------------------- facts of one decision
-- Statuses: a check counts as failed on 'fail', as passed on 'pass'; 'warn' is neither. A check's reason is
-- the finding's "reason" (the reason code it reports), else its id.
CREATE VIEW decision_facts_source AS
SELECT d.id AS decision_id, d.submission_id, d.decided_at,
       (d.decided_at AT TIME ZONE z.tz)::date AS day,
       extract(hour FROM d.decided_at AT TIME ZONE z.tz)::smallint AS hour,
       d.actor, a.school_id, d.verdict = 'approve' AS approved, d.reason_codes, d.seconds_spent AS seconds,
       greatest(0, floor(extract(epoch FROM d.decided_at - s.arrived_at)))::integer AS turnaround_seconds,
       d.decided_at <= s.deadline AS within_promise,
       coalesce(r.verdict, '') AS core_verdict,
       coalesce(c.failed, '{}') AS failed_checks,
       coalesce(c.passed, '{}') AS passed_checks,
       coalesce(c.missed, '{}') AS missed_checks
FROM decisions d
JOIN submissions s ON s.id = d.submission_id
JOIN applicants a ON a.id = s.applicant_id
LEFT JOIN compliance_reports r ON r.submission_id = d.submission_id
CROSS JOIN (SELECT certphoto.stats_zone() AS tz) z
LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT e ->> 'id' ORDER BY e ->> 'id') FILTER (WHERE e ->> 'status' = 'fail') AS failed,
           array_agg(DISTINCT e ->> 'id' ORDER BY e ->> 'id') FILTER (WHERE e ->> 'status' = 'pass') AS passed,
           array_agg(DISTINCT e ->> 'id' ORDER BY e ->> 'id') FILTER (
               WHERE e ->> 'status' = 'pass' AND d.verdict = 'reject'
                 AND coalesce(nullif(e ->> 'reason', ''), e ->> 'id') = ANY (d.reason_codes)) AS missed
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.report -> 'checks') = 'array' THEN r.report -> 'checks'
                                   ELSE '[]'::jsonb END) e
    WHERE jsonb_typeof(e) = 'object' AND coalesce(e ->> 'id', '') <> ''
) c ON true;

-- Adds one decision to every summary. Multi-row upserts go in key order, so two deciding transactions never
-- lock the same rows in opposite orders.
CREATE FUNCTION stats_add_decision(f decision_facts) RETURNS void
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
BEGIN
    INSERT INTO throughput_hourly AS t (day, hour, actor, approved, rejected)
    VALUES (f.day, f.hour, f.actor, f.approved::int, (NOT f.approved)::int)
    ON CONFLICT (day, hour, actor) DO UPDATE
        SET approved = t.approved + EXCLUDED.approved, rejected = t.rejected + EXCLUDED.rejected;

    INSERT INTO auditor_daily AS t (day, actor, approved, rejected, approved_core_fail, rejected_core_pass)
    VALUES (f.day, f.actor, f.approved::int, (NOT f.approved)::int,
            (f.approved AND f.core_verdict = 'fail')::int, (NOT f.approved AND f.core_verdict = 'pass')::int)
    ON CONFLICT (day, actor) DO UPDATE
        SET approved = t.approved + EXCLUDED.approved, rejected = t.rejected + EXCLUDED.rejected,
            approved_core_fail = t.approved_core_fail + EXCLUDED.approved_core_fail,
            rejected_core_pass = t.rejected_core_pass + EXCLUDED.rejected_core_pass;

    INSERT INTO handling_histogram AS t (period, period_start, actor, seconds, n)
    VALUES ('d', f.day, f.actor, f.seconds, 1),
           ('m', date_trunc('month', f.day)::date, f.actor, f.seconds, 1),
           ('w', date_trunc('week', f.day)::date, f.actor, f.seconds, 1)
    ON CONFLICT (period, period_start, actor, seconds) DO UPDATE SET n = t.n + 1;

    IF NOT f.approved THEN
        INSERT INTO reason_daily AS t (day, code, n)
        SELECT f.day, code, 1 FROM (SELECT DISTINCT unnest(f.reason_codes) AS code) x ORDER BY code
        ON CONFLICT (day, code) DO UPDATE SET n = t.n + 1;
    END IF;

    INSERT INTO check_daily AS t (day, check_id, core_failed, failed_approved, core_passed, passed_rejected)
    SELECT f.day, x.c, (x.c = ANY (f.failed_checks))::int, (x.c = ANY (f.failed_checks) AND f.approved)::int,
           (x.c = ANY (f.passed_checks))::int, (x.c = ANY (f.missed_checks))::int
    FROM (SELECT unnest(f.failed_checks) UNION SELECT unnest(f.passed_checks)) x(c)
    ORDER BY x.c
    ON CONFLICT (day, check_id) DO UPDATE
        SET core_failed = t.core_failed + EXCLUDED.core_failed,
            failed_approved = t.failed_approved + EXCLUDED.failed_approved,
            core_passed = t.core_passed + EXCLUDED.core_passed,
            passed_rejected = t.passed_rejected + EXCLUDED.passed_rejected;

    IF cardinality(f.missed_checks) > 0 THEN
        INSERT INTO check_reason_daily AS t (day, check_id, code, n)
        SELECT f.day, c, code, 1
        FROM unnest(f.missed_checks) c, (SELECT DISTINCT unnest(f.reason_codes) AS code) r
        ORDER BY c, code
        ON CONFLICT (day, check_id, code) DO UPDATE SET n = t.n + 1;
    END IF;

    INSERT INTO check_disagreements (check_id, kind, day, decided_at, decision_id)
    SELECT c, 'a', f.day, f.decided_at, f.decision_id FROM unnest(f.failed_checks) c WHERE f.approved
    UNION ALL
    SELECT c, 'r', f.day, f.decided_at, f.decision_id FROM unnest(f.missed_checks) c;

    -- clock_timestamp(): a decision begun before midnight and committed after it counts on the closed day.
    IF f.day < (clock_timestamp() AT TIME ZONE stats_zone())::date THEN
        DELETE FROM handling_range_cache c WHERE f.day BETWEEN c.range_from AND c.range_to;
    END IF;

    INSERT INTO promise_daily AS t (day, decided, within_promise, fresh)
    VALUES (f.day, 1, f.within_promise::int, false)
    ON CONFLICT (day) DO UPDATE
        SET decided = t.decided + 1, within_promise = t.within_promise + EXCLUDED.within_promise, fresh = false;
END
$$;

-- On decisions, deferred to the commit: the summary rows every decider shares (today's check and reason
-- rows) are locked only while the transaction commits, not while decide() writes the SMS and the audit row.
-- Still the decision's own transaction: a decision is counted exactly when it is stored. A definer function:
-- at the commit the caller's rights apply again (an auditor's), not decide()'s.
CREATE FUNCTION stats_record_decision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    f decision_facts%ROWTYPE;
BEGIN
    INSERT INTO decision_facts SELECT * FROM decision_facts_source s WHERE s.decision_id = NEW.id
    RETURNING * INTO f;
    IF f.decision_id IS NOT NULL THEN
        PERFORM stats_add_decision(f);
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER decisions_statistics AFTER INSERT ON decisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stats_record_decision();

-- On submissions: arrivals per day, and the pending set with school and deadline.
CREATE FUNCTION stats_track_submission() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO arrivals_daily AS t (day, n)
        VALUES ((NEW.arrived_at AT TIME ZONE stats_zone())::date, 1)
        ON CONFLICT (day) DO UPDATE SET n = t.n + 1;
    END IF;
    IF NEW.status = 'pending' THEN
        INSERT INTO pending_deadlines AS t (submission_id, school_id, arrived_at, deadline)
        SELECT NEW.id, a.school_id, NEW.arrived_at, NEW.deadline FROM applicants a WHERE a.id = NEW.applicant_id
        ON CONFLICT (submission_id) DO UPDATE SET arrived_at = EXCLUDED.arrived_at, deadline = EXCLUDED.deadline;
    ELSIF TG_OP = 'UPDATE' AND OLD.status = 'pending' THEN
        DELETE FROM pending_deadlines WHERE submission_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER submissions_statistics AFTER INSERT OR UPDATE OF status, deadline, arrived_at ON submissions
    FOR EACH ROW EXECUTE FUNCTION stats_track_submission();

-- ------------------------------------------------------------------------------------------ the rebuild
-- Every summary again from the raw tables, set-based (the migration itself, a changed time zone, a
-- benchmark that generated raw rows). Writers wait meanwhile (SHARE locks), so nothing is counted twice.
CREATE FUNCTION stats_rebuild() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_n bigint;
BEGIN
    LOCK TABLE decisions, submissions IN SHARE MODE;
    TRUNCATE decision_facts, throughput_hourly, auditor_daily, handling_histogram, reason_daily, check_daily,
             check_reason_daily, check_disagreements, promise_daily, arrivals_daily, pending_deadlines,
             handling_range_histogram, handling_range_cache;
    INSERT INTO decision_facts SELECT * FROM decision_facts_source;
    GET DIAGNOSTICS v_n = ROW_COUNT;

    INSERT INTO throughput_hourly (day, hour, actor, approved, rejected)
    SELECT day, hour, actor, count(*) FILTER (WHERE approved), count(*) FILTER (WHERE NOT approved)
    FROM decision_facts GROUP BY day, hour, actor;
    INSERT INTO auditor_daily (day, actor, approved, rejected, approved_core_fail, rejected_core_pass)
    SELECT day, actor, count(*) FILTER (WHERE approved), count(*) FILTER (WHERE NOT approved),
           count(*) FILTER (WHERE approved AND core_verdict = 'fail'),
           count(*) FILTER (WHERE NOT approved AND core_verdict = 'pass')
    FROM decision_facts GROUP BY day, actor;
    INSERT INTO handling_histogram (period, period_start, actor, seconds, n)
    SELECT 'd', day, actor, seconds, count(*) FROM decision_facts GROUP BY day, actor, seconds
    UNION ALL
    SELECT 'w', date_trunc('week', day)::date, actor, seconds, count(*) FROM decision_facts
    GROUP BY date_trunc('week', day)::date, actor, seconds
    UNION ALL
    SELECT 'm', date_trunc('month', day)::date, actor, seconds, count(*) FROM decision_facts
    GROUP BY date_trunc('month', day)::date, actor, seconds;
    INSERT INTO reason_daily (day, code, n)
    SELECT f.day, r.code, count(*)
    FROM decision_facts f, LATERAL (SELECT DISTINCT unnest(f.reason_codes) AS code) r
    WHERE NOT f.approved GROUP BY f.day, r.code;
    INSERT INTO check_daily (day, check_id, core_failed, failed_approved, core_passed, passed_rejected)
    SELECT f.day, x.c, count(*) FILTER (WHERE x.c = ANY (f.failed_checks)),
           count(*) FILTER (WHERE x.c = ANY (f.failed_checks) AND f.approved),
           count(*) FILTER (WHERE x.c = ANY (f.passed_checks)),
           count(*) FILTER (WHERE x.c = ANY (f.missed_checks))
    FROM decision_facts f, LATERAL (SELECT unnest(f.failed_checks) UNION SELECT unnest(f.passed_checks)) x(c)
    GROUP BY f.day, x.c;
    INSERT INTO check_reason_daily (day, check_id, code, n)
    SELECT f.day, c, r.code, count(*)
    FROM decision_facts f, unnest(f.missed_checks) c, LATERAL (SELECT DISTINCT unnest(f.reason_codes) AS code) r
    GROUP BY f.day, c, r.code;
    INSERT INTO check_disagreements (check_id, kind, day, decided_at, decision_id)
    SELECT c, 'a', f.day, f.decided_at, f.decision_id FROM decision_facts f, unnest(f.failed_checks) c
    WHERE f.approved
    UNION ALL
    SELECT c, 'r', f.day, f.decided_at, f.decision_id FROM decision_facts f, unnest(f.missed_checks) c;
    INSERT INTO promise_daily (day, decided, within_promise, median_hours, p95_hours, fresh)
    SELECT day, n, within, pc[1] / 3600.0, pc[2] / 3600.0, day < stats_today()
    FROM (SELECT day, count(*) AS n, count(*) FILTER (WHERE within_promise) AS within,
                 percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY turnaround_seconds) AS pc
          FROM decision_facts GROUP BY day) x;
    INSERT INTO arrivals_daily (day, n)
    SELECT (arrived_at AT TIME ZONE stats_zone())::date, count(*) FROM submissions GROUP BY 1;
    INSERT INTO pending_deadlines (submission_id, school_id, arrived_at, deadline)
    SELECT s.id, a.school_id, s.arrived_at, s.deadline
    FROM submissions s JOIN applicants a ON a.id = s.applicant_id
    WHERE s.status = 'pending';
    RETURN v_n;
END
$$;

CREATE FUNCTION set_stats_time_zone(p_zone text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_zone IS NULL OR NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_zone) THEN
        RAISE EXCEPTION 'certphoto:settings.bad_value: unknown time zone (use a name such as Asia/Shanghai)';
    END IF;
    INSERT INTO settings (key, value) VALUES ('stats_time_zone', p_zone)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    PERFORM stats_rebuild();
    INSERT INTO audit_trail (action, detail) VALUES ('set_stats_time_zone', jsonb_build_object('zone', p_zone));
END
$$;

-- ------------------------------------------------------------------------------------------ the figures
-- jit = off on every figure: the planner's estimates over the histogram blocks run to a million rows, which
-- made PostgreSQL JIT-compile the auditors' query for about a second to read 17,000 rows (measured).
CREATE FUNCTION stats_check_range(p_from date, p_to date) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR p_from > p_to THEN
        RAISE EXCEPTION 'certphoto:stats.bad_range: the range needs a first day on or before its last day';
    END IF;
    IF p_to - p_from > 3660 THEN
        RAISE EXCEPTION 'certphoto:stats.bad_range: the range is longer than ten years';
    END IF;
END
$$;

CREATE FUNCTION stats_time_zone() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
    SELECT stats_zone()
$$;

-- Non-empty buckets only: hourly (hour 0..23) or daily (hour -1); auditor '' when not split by auditor.
CREATE FUNCTION stats_throughput(p_from date, p_to date, p_hourly boolean, p_per_auditor boolean)
RETURNS TABLE (day date, hour integer, auditor text, approved bigint, rejected bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
BEGIN
    PERFORM stats_check_range(p_from, p_to);
    IF p_hourly THEN
        RETURN QUERY
        SELECT t.day, t.hour::integer, CASE WHEN p_per_auditor THEN t.actor ELSE '' END AS who,
               sum(t.approved)::bigint, sum(t.rejected)::bigint
        FROM throughput_hourly t WHERE t.day BETWEEN p_from AND p_to
        GROUP BY t.day, t.hour, who ORDER BY t.day, t.hour, who;
    ELSE
        RETURN QUERY
        SELECT t.day, -1, CASE WHEN p_per_auditor THEN t.actor ELSE '' END AS who,
               sum(t.approved)::bigint, sum(t.rejected)::bigint
        FROM auditor_daily t WHERE t.day BETWEEN p_from AND p_to
        GROUP BY t.day, who ORDER BY t.day, who;
    END IF;
END
$$;

-- Pending now by time left: overdue (deadline passed), < 4 h, 4-12 h, 12-24 h, 24-48 h, >= 48 h. One row
-- per school with pending work (most overdue first) after one row with school NULL: the totals, the
-- server's clock, the oldest pending arrival.
CREATE FUNCTION stats_deadline_risk()
RETURNS TABLE (school text, overdue bigint, under_4h bigint, from_4_to_12h bigint, from_12_to_24h bigint,
               from_24_to_48h bigint, over_48h bigint, measured_at timestamptz, oldest_arrival timestamptz,
               oldest_submission bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
DECLARE
    v_now timestamptz := now();
BEGIN
    RETURN QUERY
    WITH b AS (
        SELECT pd.school_id,
               CASE WHEN pd.deadline <= v_now THEN 0
                    WHEN pd.deadline < v_now + interval '4 hours' THEN 1
                    WHEN pd.deadline < v_now + interval '12 hours' THEN 2
                    WHEN pd.deadline < v_now + interval '24 hours' THEN 3
                    WHEN pd.deadline < v_now + interval '48 hours' THEN 4
                    ELSE 5 END AS band,
               count(*) AS n
        FROM pending_deadlines pd GROUP BY 1, 2
    ),
    g AS (
        SELECT b.school_id, grouping(b.school_id) AS total,
               coalesce(sum(b.n) FILTER (WHERE b.band = 0), 0)::bigint AS b0,
               coalesce(sum(b.n) FILTER (WHERE b.band = 1), 0)::bigint AS b1,
               coalesce(sum(b.n) FILTER (WHERE b.band = 2), 0)::bigint AS b2,
               coalesce(sum(b.n) FILTER (WHERE b.band = 3), 0)::bigint AS b3,
               coalesce(sum(b.n) FILTER (WHERE b.band = 4), 0)::bigint AS b4,
               coalesce(sum(b.n) FILTER (WHERE b.band = 5), 0)::bigint AS b5
        FROM b GROUP BY GROUPING SETS ((b.school_id), ())
    ),
    o AS (SELECT pd.submission_id, pd.arrived_at FROM pending_deadlines pd
          ORDER BY pd.arrived_at, pd.submission_id LIMIT 1)
    SELECT CASE WHEN g.total = 1 THEN NULL ELSE sc.name END, g.b0, g.b1, g.b2, g.b3, g.b4, g.b5, v_now,
           o.arrived_at, o.submission_id
    FROM g LEFT JOIN schools sc ON sc.id = g.school_id AND g.total = 0 LEFT JOIN o ON true
    ORDER BY g.total DESC, g.b0 DESC, g.b1 DESC, g.b2 DESC, sc.name;
END
$$;

-- Per day: decided, decided by the school's deadline, median and p95 of arrival-to-decision hours
-- (percentile_cont). Days before today are computed once and cached (not in a read-only transaction: a
-- report run on a standby computes them every time).
CREATE FUNCTION stats_promise_kept(p_from date, p_to date)
RETURNS TABLE (day date, decided integer, within_promise integer, median_hours double precision,
               p95_hours double precision)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
DECLARE
    v_today date := stats_today();
BEGIN
    PERFORM stats_check_range(p_from, p_to);
    IF current_setting('transaction_read_only') = 'off' THEN
        -- Cached only if no decision landed on that day meanwhile (the count still matches).
        UPDATE promise_daily pd SET median_hours = c.m, p95_hours = c.p, fresh = true
        FROM (SELECT x.day, x.n, x.pc[1] / 3600.0 AS m, x.pc[2] / 3600.0 AS p
              FROM (SELECT f.day, count(*)::integer AS n,
                           percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY f.turnaround_seconds) AS pc
                    FROM decision_facts f
                    WHERE f.day IN (SELECT s.day FROM promise_daily s
                                    WHERE s.day BETWEEN p_from AND p_to AND NOT s.fresh AND s.day < v_today)
                    GROUP BY f.day) x) c
        WHERE pd.day = c.day AND pd.decided = c.n;
    END IF;
    RETURN QUERY
    WITH live AS (
        SELECT x.day, x.pc[1] / 3600.0 AS m, x.pc[2] / 3600.0 AS p
        FROM (SELECT f.day,
                     -- both percentiles from one sort
                     percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY f.turnaround_seconds) AS pc
              FROM decision_facts f
              WHERE f.day IN (SELECT s.day FROM promise_daily s
                              WHERE s.day BETWEEN p_from AND p_to AND (NOT s.fresh OR s.day >= v_today))
              GROUP BY f.day) x
    )
    SELECT pd.day, pd.decided, pd.within_promise, coalesce(l.m, pd.median_hours), coalesce(l.p, pd.p95_hours)
    FROM promise_daily pd LEFT JOIN live l ON l.day = pd.day
    WHERE pd.day BETWEEN p_from AND p_to
    ORDER BY pd.day;
END
$$;

-- The histogram blocks that cover [p_from, p_to] exactly: whole months, then whole weeks outside those
-- months, then the remaining days.
CREATE FUNCTION stats_blocks(p_from date, p_to date) RETURNS TABLE (period "char", period_start date)
LANGUAGE sql IMMUTABLE AS $$
    WITH b AS (
        SELECT d::date AS day, date_trunc('month', d)::date AS m, date_trunc('week', d)::date AS w
        FROM generate_series(p_from::timestamp, p_to::timestamp, interval '1 day') d
    ),
    full_m AS (
        SELECT m FROM b GROUP BY m HAVING count(*) = ((m + interval '1 month')::date - m)
    ),
    full_w AS (
        SELECT w FROM b WHERE m NOT IN (SELECT m FROM full_m) GROUP BY w HAVING count(*) = 7
    )
    SELECT 'm'::"char", m FROM full_m
    UNION ALL SELECT 'w'::"char", w FROM full_w
    UNION ALL SELECT 'd'::"char", day FROM b
    WHERE m NOT IN (SELECT m FROM full_m) AND w NOT IN (SELECT w FROM full_w)
$$;

-- Per auditor (login): decisions, approvals, median and p90 handling seconds (percentile_cont over the
-- exact histogram), approvals of core-failed and rejections of core-passed photos. The range's closed days
-- come from handling_range_cache (built here on first use), today from the day rows. In the first minutes
-- after midnight nothing is cached (a decision begun before midnight may still be committing), nor in a
-- read-only transaction (a standby).
CREATE FUNCTION stats_auditors(p_from date, p_to date)
RETURNS TABLE (auditor text, decisions bigint, approved bigint, median_seconds double precision,
               p90_seconds double precision, approved_core_fail bigint, rejected_core_pass bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
DECLARE
    v_today date := stats_today();
    v_closed date := least(p_to, stats_today() - 1);
    v_cached boolean := false;
BEGIN
    PERFORM stats_check_range(p_from, p_to);
    IF p_from <= v_closed AND current_setting('transaction_read_only') = 'off'
       AND clock_timestamp() >= (v_today::timestamp AT TIME ZONE stats_zone()) + interval '5 minutes' THEN
        -- A concurrent first call waits here for the other's row and then reads what it built.
        INSERT INTO handling_range_cache (range_from, range_to) VALUES (p_from, v_closed)
        ON CONFLICT (range_from, range_to) DO NOTHING;
        IF FOUND THEN
            INSERT INTO handling_range_histogram (range_from, range_to, actor, seconds, n)
            SELECT p_from, v_closed, hh.actor, hh.seconds, sum(hh.n)
            FROM stats_blocks(p_from, v_closed) bl
            CROSS JOIN LATERAL (SELECT * FROM handling_histogram x
                                WHERE x.period = bl.period AND x.period_start = bl.period_start
                                OFFSET 0) hh -- one index range per block, not a merge over the whole index
            GROUP BY hh.actor, hh.seconds;
            DELETE FROM handling_range_cache c WHERE c.built_at < now() - interval '1 day';
        END IF;
        v_cached := true;
    END IF;
    RETURN QUERY
    -- The same seconds may come twice (cached and today's rows): the running sum below still finds the
    -- first value whose cumulative count passes a position, so no merge by value is needed.
    WITH h AS (
        SELECT r.actor, r.seconds, r.n FROM handling_range_histogram r
        WHERE v_cached AND r.range_from = p_from AND r.range_to = v_closed
        UNION ALL
        SELECT hh.actor, hh.seconds, hh.n
        FROM stats_blocks(CASE WHEN v_cached THEN v_closed + 1 ELSE p_from END, p_to) bl
        CROSS JOIN LATERAL (SELECT * FROM handling_histogram x
                            WHERE x.period = bl.period AND x.period_start = bl.period_start
                            OFFSET 0) hh
    ),
    -- percentile_cont over a histogram: the values at positions floor and ceil of p * (n - 1), interpolated.
    c AS (
        SELECT h.actor, h.seconds,
               sum(h.n) OVER (PARTITION BY h.actor ORDER BY h.seconds ROWS UNBOUNDED PRECEDING) AS cum,
               sum(h.n) OVER (PARTITION BY h.actor) AS tot
        FROM h
    ),
    q AS (
        SELECT c.actor, 0.5 * (c.tot - 1) AS pos50, 0.9 * (c.tot - 1) AS pos90,
               min(c.seconds) FILTER (WHERE c.cum > floor(0.5 * (c.tot - 1))) AS lo50,
               min(c.seconds) FILTER (WHERE c.cum > ceil(0.5 * (c.tot - 1))) AS hi50,
               min(c.seconds) FILTER (WHERE c.cum > floor(0.9 * (c.tot - 1))) AS lo90,
               min(c.seconds) FILTER (WHERE c.cum > ceil(0.9 * (c.tot - 1))) AS hi90
        FROM c GROUP BY c.actor, c.tot
    ),
    a AS (
        SELECT t.actor, sum(t.approved + t.rejected) AS n, sum(t.approved) AS ap,
               sum(t.approved_core_fail) AS acf, sum(t.rejected_core_pass) AS rcp
        FROM auditor_daily t WHERE t.day BETWEEN p_from AND p_to GROUP BY t.actor
    )
    SELECT a.actor, a.n::bigint, a.ap::bigint,
           (q.lo50 + (q.pos50 - floor(q.pos50)) * (q.hi50 - q.lo50))::double precision,
           (q.lo90 + (q.pos90 - floor(q.pos90)) * (q.hi90 - q.lo90))::double precision,
           a.acf::bigint, a.rcp::bigint
    FROM a LEFT JOIN q ON q.actor = a.actor
    ORDER BY a.n DESC, a.actor;
END
$$;

CREATE FUNCTION stats_reasons(p_from date, p_to date)
RETURNS TABLE (code text, label_zh text, label_en text, n bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
BEGIN
    PERFORM stats_check_range(p_from, p_to);
    RETURN QUERY
    SELECT r.code, coalesce(rc.label_zh, r.code), coalesce(rc.label_en, r.code), r.n
    FROM (SELECT t.code, sum(t.n)::bigint AS n FROM reason_daily t WHERE t.day BETWEEN p_from AND p_to
          GROUP BY t.code) r
    LEFT JOIN reason_codes rc ON rc.code = r.code
    ORDER BY r.n DESC, r.code;
END
$$;

CREATE FUNCTION stats_reasons_per_day(p_from date, p_to date)
RETURNS TABLE (day date, code text, n bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
BEGIN
    PERFORM stats_check_range(p_from, p_to);
    RETURN QUERY
    SELECT t.day, t.code, t.n::bigint FROM reason_daily t WHERE t.day BETWEEN p_from AND p_to
    ORDER BY t.day, t.n DESC, t.code;
END
$$;

-- Per check: failed / failed but approved, passed / passed but rejected for its reason, and the reasons
-- picked then ([{code, label_zh, label_en, n}], most frequent first). Most disagreements first.
CREATE FUNCTION stats_core_agreement(p_from date, p_to date)
RETURNS TABLE (check_id text, core_failed bigint, failed_approved bigint, core_passed bigint,
               passed_rejected bigint, rejected_with jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
BEGIN
    PERFORM stats_check_range(p_from, p_to);
    RETURN QUERY
    WITH c AS (
        SELECT t.check_id, sum(t.core_failed)::bigint AS cf, sum(t.failed_approved)::bigint AS fa,
               sum(t.core_passed)::bigint AS cp, sum(t.passed_rejected)::bigint AS pr
        FROM check_daily t WHERE t.day BETWEEN p_from AND p_to GROUP BY t.check_id
    ),
    r AS (
        SELECT x.check_id,
               jsonb_agg(jsonb_build_object('code', x.code, 'label_zh', coalesce(rc.label_zh, x.code),
                                            'label_en', coalesce(rc.label_en, x.code), 'n', x.n)
                         ORDER BY x.n DESC, x.code) AS w
        FROM (SELECT t.check_id, t.code, sum(t.n)::bigint AS n FROM check_reason_daily t
              WHERE t.day BETWEEN p_from AND p_to GROUP BY t.check_id, t.code) x
        LEFT JOIN reason_codes rc ON rc.code = x.code
        GROUP BY x.check_id
    )
    SELECT c.check_id, c.cf, c.fa, c.cp, c.pr, coalesce(r.w, '[]'::jsonb)
    FROM c LEFT JOIN r ON r.check_id = c.check_id
    ORDER BY c.fa + c.pr DESC, c.check_id;
END
$$;

-- The decisions behind one row: p_kind 'failed_approved' or 'passed_rejected'; newest first.
CREATE FUNCTION stats_disagreements(p_from date, p_to date, p_check text, p_kind text, p_limit integer)
RETURNS TABLE (submission_id bigint, school text, decided_at timestamptz, auditor text, reason_codes text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
DECLARE
    v_kind "char";
BEGIN
    PERFORM stats_check_range(p_from, p_to);
    v_kind := CASE p_kind WHEN 'failed_approved' THEN 'a' WHEN 'passed_rejected' THEN 'r' END;
    IF v_kind IS NULL THEN
        RAISE EXCEPTION 'certphoto:stats.bad_kind: the kind is failed_approved or passed_rejected';
    END IF;
    RETURN QUERY
    SELECT f.submission_id, sc.name, f.decided_at, f.actor, f.reason_codes
    FROM check_disagreements x
    JOIN decision_facts f ON f.decision_id = x.decision_id
    LEFT JOIN schools sc ON sc.id = f.school_id
    WHERE x.check_id = p_check AND x.kind = v_kind AND x.day BETWEEN p_from AND p_to
    ORDER BY x.decided_at DESC, f.submission_id DESC
    LIMIT greatest(1, least(coalesce(p_limit, 500), 10000));
END
$$;

CREATE FUNCTION stats_day_totals(p_day date)
RETURNS TABLE (decided bigint, approved bigint, rejected bigint, arrived bigint, pending_now bigint,
               overdue_now bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
BEGIN
    PERFORM stats_check_range(p_day, p_day);
    RETURN QUERY
    SELECT coalesce(sum(t.approved + t.rejected), 0)::bigint, coalesce(sum(t.approved), 0)::bigint,
           coalesce(sum(t.rejected), 0)::bigint,
           coalesce((SELECT a.n FROM arrivals_daily a WHERE a.day = p_day), 0)::bigint, p.n, p.overdue
    FROM (SELECT count(*) AS n, count(*) FILTER (WHERE pd.deadline <= now()) AS overdue
          FROM pending_deadlines pd) p
    LEFT JOIN auditor_daily t ON t.day = p_day
    GROUP BY p.n, p.overdue;
END
$$;

-- The caller's own figures for today (session_user): open to auditors too.
CREATE FUNCTION stats_my_day()
RETURNS TABLE (decided bigint, approved bigint, rejected bigint, median_seconds double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp SET jit = off AS $$
#variable_conflict use_column
DECLARE
    v_today date := stats_today();
BEGIN
    RETURN QUERY
    WITH c AS (
        SELECT h.seconds, sum(h.n) OVER (ORDER BY h.seconds) AS cum, sum(h.n) OVER () AS tot
        FROM handling_histogram h
        WHERE h.period = 'd' AND h.period_start = v_today AND h.actor = session_user
    ),
    q AS (
        SELECT 0.5 * (max(c.tot) - 1) AS pos,
               min(c.seconds) FILTER (WHERE c.cum > floor(0.5 * (c.tot - 1))) AS lo,
               min(c.seconds) FILTER (WHERE c.cum > ceil(0.5 * (c.tot - 1))) AS hi
        FROM c
    )
    SELECT coalesce(sum(t.approved + t.rejected), 0)::bigint, coalesce(sum(t.approved), 0)::bigint,
           coalesce(sum(t.rejected), 0)::bigint,
           coalesce((SELECT (q.lo + (q.pos - floor(q.pos)) * (q.hi - q.lo))::double precision FROM q), 0)
    FROM auditor_daily t WHERE t.day = v_today AND t.actor = session_user;
END
$$;

-- ----------------------------------------------------------------------------------- history (demo data)
-- Decided history for past days in one call (certphoto-demo --history-days): each entry is a new
-- applicant's submission that arrived in the past with the photo and report of an existing submission
-- ("like"), decided at "decided_at" by "auditor" (a product login), through every rule decide() keeps:
-- known reasons, a reason for a rejection, a note for "other", the status, one SMS outbox row (marked sent at
-- the decision time: history is not to be texted again) and one audit row — whose actor is the admin who
-- imported it, the auditor named in its detail with "history": true. Entries whose applicant exists already
-- (a second run) are skipped. Returns the number of decisions recorded.
CREATE FUNCTION import_decided_history(p_entries jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    e jsonb;
    v_like record;
    v_in record;
    v_arrived timestamptz;
    v_decided timestamptz;
    v_auditor text;
    v_verdict text;
    v_note text;
    v_code text;
    v_rc reason_codes%ROWTYPE;
    v_reasons text[];
    v_texts text[];
    v_needs_note boolean;
    v_decision uuid;
    v_text text;
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
        v_note := btrim(coalesce(e ->> 'note', ''));
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
        IF v_verdict IS NULL OR v_verdict NOT IN ('approve', 'reject') THEN
            RAISE EXCEPTION 'certphoto:decision.bad_verdict: the verdict must be approve or reject';
        END IF;
        v_reasons := '{}';
        v_texts := '{}';
        v_needs_note := false;
        IF v_verdict = 'reject' THEN
            FOR v_code IN SELECT jsonb_array_elements_text(coalesce(e -> 'reasons', '[]'::jsonb)) LOOP
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

        v_decision := gen_random_uuid();
        INSERT INTO decisions (id, submission_id, actor, verdict, reason_codes, note, seconds_spent, decided_at)
        VALUES (v_decision, v_in.submission_id, v_auditor, v_verdict, v_reasons, v_note,
                greatest(coalesce((e ->> 'seconds')::integer, 0), 0), v_decided);
        UPDATE submissions s SET status = CASE WHEN v_verdict = 'approve' THEN 'approved' ELSE 'rejected' END
        WHERE s.id = v_in.submission_id;
        SELECT a.name, a.phone INTO v_name, v_phone
        FROM submissions s JOIN applicants a ON a.id = s.applicant_id WHERE s.id = v_in.submission_id;
        v_text := render_sms(v_name, v_verdict, v_texts);
        INSERT INTO sms_outbox (decision_id, submission_id, recipient, template, params, text, parts, status,
                                created_at, sent_at)
        VALUES (v_decision, v_in.submission_id, v_phone,
                CASE WHEN v_verdict = 'approve' THEN 'photo.approved' ELSE 'photo.rejected' END,
                jsonb_build_object('name', v_name, 'reasons', to_jsonb(v_reasons), 'note', v_note),
                v_text, sms_parts(v_text), 'sent', v_decided, v_decided);
        INSERT INTO audit_trail (action, submission_id, detail)
        VALUES ('decide', v_in.submission_id,
                jsonb_build_object('decision', v_decision, 'verdict', v_verdict, 'reasons', to_jsonb(v_reasons),
                                   'auditor', v_auditor, 'decided_at', v_decided, 'history', true));
        v_done := v_done + 1;
    END LOOP;
    RETURN v_done;
END
$$;

-- Decisions stored before this schema: counted now.
SELECT stats_rebuild();

-- ------------------------------------------------------------------------------------------------ grants
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stats_time_zone(), stats_throughput(date, date, boolean, boolean),
    stats_deadline_risk(), stats_promise_kept(date, date), stats_auditors(date, date),
    stats_reasons(date, date), stats_reasons_per_day(date, date), stats_core_agreement(date, date),
    stats_disagreements(date, date, text, text, integer), stats_day_totals(date)
    TO certphoto_supervisor, certphoto_admin;
GRANT EXECUTE ON FUNCTION stats_my_day() TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT EXECUTE ON FUNCTION stats_rebuild(), set_stats_time_zone(text), import_decided_history(jsonb)
    TO certphoto_admin;
