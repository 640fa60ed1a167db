-- certphoto schema 8: export batches, the approved photos transmitted to their receivers exactly once.
-- A receiver is a `receivers` row that schools name, or a school itself; its export format is a data file
-- (share/certphoto/export-formats/<name>.json) read by the client. The server keeps what went out: a batch
-- and one item per submission; a submission is in at most one live batch (a partial unique index, so no
-- client can get round it). States: building -> sealed (the file is written) -> transmitted, or voided
-- (its submissions can be exported again). A building batch is held by its builder's session through an
-- advisory lock: when that session dies (a crash, SIGKILL) the lock goes with it and the next run finds the
-- batch and rolls it back. Admins only; every batch, re-send, void and roll-back writes an audit row (batch
-- ids, counts, format and hashes: no personal data).
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

CREATE TABLE receivers (
    name          text PRIMARY KEY CHECK (btrim(name) <> ''),
    export_format text NOT NULL DEFAULT 'chsi-registration' CHECK (export_format ~ '^[a-z0-9_-]{1,64}$')
);
ALTER TABLE schools
    ADD COLUMN receiver text REFERENCES receivers (name),
    ADD COLUMN export_format text CHECK (export_format ~ '^[a-z0-9_-]{1,64}$');
-- Source-Organization of every bag: the collector that sends the photos.
INSERT INTO settings (key, value) VALUES ('source_organization', 'certphoto') ON CONFLICT (key) DO NOTHING;

CREATE TABLE export_batches (
    id             bigserial PRIMARY KEY,
    receiver       text NOT NULL,
    export_format  text NOT NULL,
    naming         text NOT NULL CHECK (naming IN ('id_number', 'exam_number')),
    level          text,        -- NULL: every level
    approved_from  timestamptz, -- the approval-time range asked for (NULL: open)
    approved_to    timestamptz,
    resend         boolean NOT NULL DEFAULT false,
    source_organization text NOT NULL, -- bag-info.txt's, kept so a rebuild gives the same bytes
    state          text NOT NULL DEFAULT 'building'
                   CHECK (state IN ('building', 'sealed', 'transmitted', 'voided')),
    created_by     text NOT NULL DEFAULT session_user,
    created_at     timestamptz NOT NULL, -- whole seconds: every timestamp inside the archive
    destination    text NOT NULL,        -- the folder it is written to (a half-built one is looked for there)
    file_name      text NOT NULL,
    sha256         text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint,
    photos         integer,
    refused        integer,
    sealed_at      timestamptz,
    transmitted_at timestamptz,
    transmitted_by text,
    voided_at      timestamptz,
    voided_by      text,
    void_reason    text,
    CHECK (state = 'building' OR sha256 IS NOT NULL),
    CHECK (state <> 'voided' OR coalesce(btrim(void_reason), '') <> '')
);

CREATE TABLE export_items (
    batch_id      bigint NOT NULL REFERENCES export_batches (id) ON DELETE CASCADE,
    submission_id bigint NOT NULL REFERENCES submissions (id),
    file_name     text NOT NULL,
    resend        boolean NOT NULL DEFAULT false,
    refused       text,                        -- why it could not be made to fit: then it is not in the bag
    live          boolean NOT NULL DEFAULT true, -- false once the batch is voided
    PRIMARY KEY (batch_id, submission_id),
    UNIQUE (batch_id, file_name)
);
-- Exactly once: a submission is in at most one live batch (a refused photo and a deliberate re-send aside).
CREATE UNIQUE INDEX export_items_one_live_batch ON export_items (submission_id)
    WHERE live AND refused IS NULL AND NOT resend;
CREATE INDEX export_items_by_submission ON export_items (submission_id);

-- The advisory lock a building batch is held by: (this class, batch id).
CREATE FUNCTION export_lock_class() RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT 1163415636 $$; -- 'EXPT'

CREATE FUNCTION export_holds_lock(p_batch bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
                   WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted
                     AND l.classid = export_lock_class()::oid AND l.objid = p_batch::oid AND l.objsubid = 2)
$$;

CREATE FUNCTION export_unlock(p_batch bigint) RETURNS void
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
BEGIN
    WHILE export_holds_lock(p_batch) LOOP
        PERFORM pg_advisory_unlock(export_lock_class(), p_batch::integer);
    END LOOP;
END
$$;

-- The schools a receiver name stands for: the schools that name it, else the school of that name.
CREATE FUNCTION export_receiver_schools(p_receiver text) RETURNS SETOF bigint
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    SELECT sc.id FROM schools sc
    WHERE CASE WHEN EXISTS (SELECT 1 FROM receivers r WHERE r.name = btrim(p_receiver))
               THEN sc.receiver = btrim(p_receiver) ELSE sc.name = btrim(p_receiver) END
$$;

-- The receiver's export format and the bag's Source-Organization.
CREATE FUNCTION export_receiver(p_receiver text)
RETURNS TABLE (receiver text, export_format text, schools integer, source_organization text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_format text;
    v_count integer;
BEGIN
    SELECT r.export_format INTO v_format FROM receivers r WHERE r.name = btrim(p_receiver);
    IF NOT FOUND THEN
        SELECT sc.export_format INTO v_format FROM schools sc WHERE sc.name = btrim(p_receiver);
        IF NOT FOUND THEN
            RAISE EXCEPTION 'certphoto:export.unknown_receiver: no receiver or school has this name';
        END IF;
    END IF;
    SELECT count(*) INTO v_count FROM export_receiver_schools(p_receiver);
    RETURN QUERY SELECT btrim(p_receiver), coalesce(v_format, 'chsi-registration'), v_count,
        coalesce((SELECT s.value FROM settings s WHERE s.key = 'source_organization'), 'certphoto');
END
$$;

-- What would go out: approved submissions of the receiver's schools, by level and approval time, not in a
-- live batch (with p_resend: those whose live batch was transmitted). problem: name.missing (the applicant
-- lacks the number the naming rule needs), name.unsafe (it cannot be a file name), name.clash (two photos
-- would get the same file name).
CREATE FUNCTION export_candidates(p_receiver text, p_level text, p_from timestamptz, p_to timestamptz,
                                  p_naming text, p_resend boolean)
RETURNS TABLE (submission_id bigint, file_name text, applicant_name text, id_number text, exam_number text,
               school text, level text, approved_at timestamptz, photo_bytes integer, problem text)
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    WITH c AS (
        SELECT s.id, a.name, a.id_number, a.exam_number, sc.name AS school, a.level, d.decided_at,
               length(p.bytes) AS photo_bytes,
               CASE WHEN p_naming = 'exam_number' THEN nullif(btrim(a.exam_number), '')
                    ELSE upper(nullif(btrim(a.id_number), '')) END AS stem
        FROM submissions s
        JOIN applicants a ON a.id = s.applicant_id
        JOIN schools sc ON sc.id = a.school_id
        JOIN decisions d ON d.submission_id = s.id AND d.verdict = 'approve'
        JOIN photos p ON p.id = s.photo_id
        WHERE s.status = 'approved'
          AND sc.id IN (SELECT export_receiver_schools(p_receiver))
          AND (p_level IS NULL OR a.level = p_level)
          AND (p_from IS NULL OR d.decided_at >= p_from)
          AND (p_to IS NULL OR d.decided_at < p_to)
          AND CASE WHEN coalesce(p_resend, false)
                   THEN EXISTS (SELECT 1 FROM export_items i JOIN export_batches b ON b.id = i.batch_id
                                WHERE i.submission_id = s.id AND i.live AND i.refused IS NULL
                                  AND b.state = 'transmitted')
                   ELSE NOT EXISTS (SELECT 1 FROM export_items i
                                    WHERE i.submission_id = s.id AND i.live AND i.refused IS NULL
                                      AND NOT i.resend) END
    ), named AS (
        SELECT c.*, CASE WHEN c.stem IS NULL THEN NULL ELSE c.stem || '.jpg' END AS fname,
               count(*) OVER (PARTITION BY c.stem) AS same
        FROM c
    )
    SELECT n.id, n.fname, n.name, n.id_number, n.exam_number, n.school, n.level, n.decided_at, n.photo_bytes,
           CASE WHEN n.stem IS NULL THEN 'name.missing'
                WHEN n.stem !~ '^[A-Za-z0-9_-]{1,64}$' THEN 'name.unsafe'
                WHEN n.same > 1 THEN 'name.clash'
                ELSE NULL END
    FROM named n
    ORDER BY n.fname NULLS FIRST, n.id
$$;

CREATE FUNCTION export_preview(p_receiver text, p_level text, p_from timestamptz, p_to timestamptz,
                               p_naming text, p_resend boolean)
RETURNS TABLE (submission_id bigint, file_name text, applicant_name text, id_number text, exam_number text,
               school text, level text, approved_at timestamptz, photo_bytes integer, problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_naming IS NULL OR p_naming NOT IN ('id_number', 'exam_number') THEN
        RAISE EXCEPTION 'certphoto:export.bad_naming: files are named by id_number or exam_number';
    END IF;
    PERFORM 1 FROM export_receiver(p_receiver);
    RETURN QUERY SELECT * FROM export_candidates(p_receiver, p_level, p_from, p_to, p_naming, p_resend);
END
$$;

-- Starts a batch: every candidate becomes an item, or nothing happens when a name is missing or clashes
-- (reported before anything is written). The batch stays `building`, held by this session's advisory lock,
-- until export_seal or export_rollback. No candidates: no batch (NULL).
CREATE FUNCTION export_begin(p_receiver text, p_level text, p_from timestamptz, p_to timestamptz,
                             p_format text, p_naming text, p_destination text, p_resend boolean, p_why text)
RETURNS TABLE (batch_id bigint, created_at timestamptz, file_name text, photos integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_missing integer;
    v_clash integer;
    v_ids text;
    v_batch bigint;
    v_created timestamptz := date_trunc('second', clock_timestamp());
    v_file text;
    v_count integer;
BEGIN
    IF coalesce(p_format, '') !~ '^[a-z0-9_-]{1,64}$' THEN
        RAISE EXCEPTION 'certphoto:export.bad_format: an export format name is lower-case letters, digits, "-" or "_"';
    END IF;
    IF coalesce(btrim(p_destination), '') = '' THEN
        RAISE EXCEPTION 'certphoto:export.destination_required: the destination folder is missing';
    END IF;
    IF coalesce(p_resend, false) AND coalesce(btrim(p_why), '') = '' THEN
        RAISE EXCEPTION 'certphoto:export.why_required: a re-send needs a reason';
    END IF;
    -- One batch is started at a time, so two admins never take the same submissions.
    PERFORM pg_advisory_xact_lock(export_lock_class(), 0);
    CREATE TEMP TABLE IF NOT EXISTS export_begin_candidates ON COMMIT DROP AS
        SELECT * FROM export_preview(p_receiver, p_level, p_from, p_to, p_naming, p_resend) WITH NO DATA;
    TRUNCATE export_begin_candidates;
    INSERT INTO export_begin_candidates
        SELECT * FROM export_preview(p_receiver, p_level, p_from, p_to, p_naming, p_resend);

    SELECT count(*) FILTER (WHERE c.problem IN ('name.missing', 'name.unsafe')),
           count(*) FILTER (WHERE c.problem = 'name.clash'),
           string_agg(c.submission_id::text, ', ' ORDER BY c.submission_id) FILTER (WHERE c.problem IS NOT NULL)
    INTO v_missing, v_clash, v_ids
    FROM export_begin_candidates c;
    IF v_clash > 0 THEN
        RAISE EXCEPTION 'certphoto:export.name_clash: % photos would get the same file name (submissions %)',
            v_clash, left(v_ids, 200);
    END IF;
    IF v_missing > 0 THEN
        RAISE EXCEPTION 'certphoto:export.name_missing: % applicants lack a usable % for the file name (submissions %)',
            v_missing, replace(p_naming, '_', ' '), left(v_ids, 200);
    END IF;
    SELECT count(*) INTO v_count FROM export_begin_candidates;
    IF v_count = 0 THEN
        RETURN;
    END IF;

    INSERT INTO export_batches (receiver, export_format, naming, level, approved_from, approved_to, resend,
                                source_organization, created_at, destination, file_name)
    VALUES (btrim(p_receiver), p_format, p_naming, p_level, p_from, p_to, coalesce(p_resend, false),
            coalesce((SELECT s.value FROM settings s WHERE s.key = 'source_organization'), 'certphoto'),
            v_created, p_destination, '')
    RETURNING id INTO v_batch;
    v_file := format('certphoto-batch-%s.zip', lpad(v_batch::text, 6, '0'));
    UPDATE export_batches b SET file_name = v_file WHERE b.id = v_batch;
    INSERT INTO export_items (batch_id, submission_id, file_name, resend)
    SELECT v_batch, c.submission_id, c.file_name, coalesce(p_resend, false) FROM export_begin_candidates c;
    PERFORM pg_advisory_lock(export_lock_class(), v_batch::integer);
    INSERT INTO audit_trail (action, detail)
    VALUES ('export_begin', jsonb_build_object('batch', v_batch, 'format', p_format, 'photos', v_count,
                                               'resend', coalesce(p_resend, false)));
    IF coalesce(p_resend, false) THEN
        INSERT INTO audit_trail (action, detail)
        VALUES ('export_resend', jsonb_build_object('batch', v_batch, 'photos', v_count, 'why', btrim(p_why)));
    END IF;
    RETURN QUERY SELECT v_batch, v_created, v_file, v_count;
END
$$;

-- A batch's items in file-name order, with what the receiver's manifest lists, in pages (keyset on the
-- file name) so a large batch never sits in memory at once.
CREATE FUNCTION export_batch_items(p_batch bigint, p_after text, p_limit integer)
RETURNS TABLE (submission_id bigint, file_name text, applicant_name text, id_number text, exam_number text,
               school text, level text, approved_at timestamptz, refused text, photo bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 10000 THEN
        RAISE EXCEPTION 'certphoto:export.bad_page: a page is 1 to 10000 items';
    END IF;
    RETURN QUERY
    SELECT i.submission_id, i.file_name, a.name, a.id_number, a.exam_number, sc.name, a.level, d.decided_at,
           i.refused, p.bytes
    FROM export_items i
    JOIN submissions s ON s.id = i.submission_id
    JOIN applicants a ON a.id = s.applicant_id
    JOIN schools sc ON sc.id = a.school_id
    JOIN photos p ON p.id = s.photo_id
    JOIN decisions d ON d.submission_id = s.id
    WHERE i.batch_id = p_batch AND i.file_name COLLATE "C" > coalesce(p_after, '') COLLATE "C"
    ORDER BY i.file_name COLLATE "C"
    LIMIT p_limit;
END
$$;

-- The file is written and in place: the batch is sealed with its hash; photos that could not be made to fit
-- are recorded as refused (they stay exportable). Only the session that is building the batch seals it.
CREATE FUNCTION export_seal(p_batch bigint, p_sha256 text, p_size bigint, p_refused bigint[], p_why text[])
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_state text;
    v_photos integer;
    v_refused integer;
BEGIN
    SELECT b.state INTO v_state FROM export_batches b WHERE b.id = p_batch FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:export.no_batch: no such batch';
    END IF;
    IF v_state <> 'building' OR NOT export_holds_lock(p_batch) THEN
        RAISE EXCEPTION 'certphoto:export.not_building: batch % is not being built by this session', p_batch;
    END IF;
    IF coalesce(p_sha256, '') !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'certphoto:export.bad_hash: the archive hash must be 64 lower-case hex digits';
    END IF;
    IF coalesce(cardinality(p_refused), 0) <> coalesce(cardinality(p_why), 0) THEN
        RAISE EXCEPTION 'certphoto:export.bad_refusals: every refused photo needs its reason';
    END IF;
    UPDATE export_items i SET refused = coalesce(nullif(btrim(r.why), ''), 'export.unfit')
    FROM unnest(p_refused, p_why) AS r(submission_id, why)
    WHERE i.batch_id = p_batch AND i.submission_id = r.submission_id;
    SELECT count(*) FILTER (WHERE i.refused IS NULL), count(*) FILTER (WHERE i.refused IS NOT NULL)
    INTO v_photos, v_refused FROM export_items i WHERE i.batch_id = p_batch;
    UPDATE export_batches b
    SET state = 'sealed', sha256 = p_sha256, size_bytes = p_size, photos = v_photos, refused = v_refused,
        sealed_at = now()
    WHERE b.id = p_batch;
    INSERT INTO audit_trail (action, detail)
    SELECT 'export_batch', jsonb_build_object('batch', b.id, 'format', b.export_format, 'photos', v_photos,
                                              'refused', v_refused, 'sha256', p_sha256, 'bytes', p_size,
                                              'resend', b.resend)
    FROM export_batches b WHERE b.id = p_batch;
    PERFORM export_unlock(p_batch);
END
$$;

-- Building batches whose builder is gone (its session's lock is free). This session takes their locks: the
-- caller removes a file the builder may have put in place and then calls export_rollback.
CREATE FUNCTION export_abandoned()
RETURNS TABLE (batch_id bigint, destination text, file_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v record;
BEGIN
    FOR v IN SELECT b.id, b.destination, b.file_name FROM export_batches b WHERE b.state = 'building' ORDER BY b.id LOOP
        IF export_holds_lock(v.id) THEN
            CONTINUE; -- our own, being built
        END IF;
        IF pg_try_advisory_lock(export_lock_class(), v.id::integer) THEN
            RETURN QUERY SELECT v.id, v.destination, v.file_name;
        END IF;
    END LOOP;
END
$$;

-- Undoes a building batch as if it had never been started (cancel, a failed write, an abandoned one).
CREATE FUNCTION export_rollback(p_batch bigint, p_why text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_state text;
    v_items integer;
BEGIN
    SELECT b.state INTO v_state FROM export_batches b WHERE b.id = p_batch FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF v_state <> 'building' THEN
        RAISE EXCEPTION 'certphoto:export.not_building: batch % is % and cannot be rolled back', p_batch, v_state;
    END IF;
    IF NOT export_holds_lock(p_batch) AND NOT pg_try_advisory_lock(export_lock_class(), p_batch::integer) THEN
        RAISE EXCEPTION 'certphoto:export.busy: batch % is being built by another session', p_batch;
    END IF;
    SELECT count(*) INTO v_items FROM export_items i WHERE i.batch_id = p_batch;
    DELETE FROM export_batches b WHERE b.id = p_batch; -- items go with it
    INSERT INTO audit_trail (action, detail)
    VALUES ('export_rollback', jsonb_build_object('batch', p_batch, 'photos', v_items,
                                                  'why', coalesce(nullif(btrim(p_why), ''), 'cancelled')));
    PERFORM export_unlock(p_batch);
END
$$;

-- Voiding: the batch's submissions become exportable again; the audit trail keeps why.
CREATE FUNCTION export_void(p_batch bigint, p_why text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_state text;
BEGIN
    IF coalesce(btrim(p_why), '') = '' THEN
        RAISE EXCEPTION 'certphoto:export.why_required: voiding a batch needs a reason';
    END IF;
    SELECT b.state INTO v_state FROM export_batches b WHERE b.id = p_batch FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:export.no_batch: no such batch';
    END IF;
    IF v_state NOT IN ('sealed', 'transmitted') THEN
        RAISE EXCEPTION 'certphoto:export.not_voidable: batch % is % and cannot be voided', p_batch, v_state;
    END IF;
    UPDATE export_items i SET live = false WHERE i.batch_id = p_batch;
    UPDATE export_batches b SET state = 'voided', voided_at = now(), voided_by = session_user,
                                void_reason = btrim(p_why)
    WHERE b.id = p_batch;
    INSERT INTO audit_trail (action, detail)
    VALUES ('export_void', jsonb_build_object('batch', p_batch, 'from_state', v_state, 'why', btrim(p_why)));
END
$$;

CREATE FUNCTION export_mark_transmitted(p_batch bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_state text;
BEGIN
    SELECT b.state INTO v_state FROM export_batches b WHERE b.id = p_batch FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:export.no_batch: no such batch';
    END IF;
    IF v_state <> 'sealed' THEN
        RAISE EXCEPTION 'certphoto:export.not_sealed: batch % is % and cannot be marked transmitted', p_batch, v_state;
    END IF;
    UPDATE export_batches b SET state = 'transmitted', transmitted_at = now(), transmitted_by = session_user
    WHERE b.id = p_batch;
    INSERT INTO audit_trail (action, detail) VALUES ('export_transmitted', jsonb_build_object('batch', p_batch));
END
$$;

-- The same archive written again (rebuild): recorded; of a transmitted batch it is a re-send.
CREATE FUNCTION export_record_rebuild(p_batch bigint, p_sha256 text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_state text;
BEGIN
    SELECT b.state INTO v_state FROM export_batches b WHERE b.id = p_batch;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:export.no_batch: no such batch';
    END IF;
    INSERT INTO audit_trail (action, detail)
    VALUES (CASE WHEN v_state = 'transmitted' THEN 'export_resend' ELSE 'export_rebuild' END,
            jsonb_build_object('batch', p_batch, 'state', v_state, 'sha256', p_sha256));
END
$$;

-- Receivers and their formats.
CREATE FUNCTION set_receiver(p_name text, p_format text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF coalesce(btrim(p_name), '') = '' THEN
        RAISE EXCEPTION 'certphoto:receiver.name_required: the receiver needs a name';
    END IF;
    IF coalesce(p_format, '') !~ '^[a-z0-9_-]{1,64}$' THEN
        RAISE EXCEPTION 'certphoto:export.bad_format: an export format name is lower-case letters, digits, "-" or "_"';
    END IF;
    INSERT INTO receivers AS r (name, export_format) VALUES (btrim(p_name), p_format)
    ON CONFLICT (name) DO UPDATE SET export_format = EXCLUDED.export_format;
    INSERT INTO audit_trail (action, detail)
    VALUES ('set_receiver', jsonb_build_object('receiver', btrim(p_name), 'format', p_format));
END
$$;

-- A school's receiver (NULL: the school receives its own photos) and its own format (NULL: the default).
CREATE FUNCTION set_school_export(p_school text, p_receiver text, p_format text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF p_format IS NOT NULL AND p_format !~ '^[a-z0-9_-]{1,64}$' THEN
        RAISE EXCEPTION 'certphoto:export.bad_format: an export format name is lower-case letters, digits, "-" or "_"';
    END IF;
    IF p_receiver IS NOT NULL AND NOT EXISTS (SELECT 1 FROM receivers r WHERE r.name = btrim(p_receiver)) THEN
        RAISE EXCEPTION 'certphoto:export.unknown_receiver: no receiver has this name';
    END IF;
    UPDATE schools sc SET receiver = btrim(p_receiver), export_format = p_format WHERE sc.name = btrim(p_school);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'certphoto:school.not_found: no school has this name';
    END IF;
    INSERT INTO audit_trail (action, detail)
    VALUES ('set_school_export', jsonb_build_object('school', btrim(p_school), 'receiver', btrim(p_receiver),
                                                    'format', p_format));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION export_receiver(text),
    export_preview(text, text, timestamptz, timestamptz, text, boolean),
    export_begin(text, text, timestamptz, timestamptz, text, text, text, boolean, text),
    export_batch_items(bigint, text, integer),
    export_seal(bigint, text, bigint, bigint[], text[]),
    export_abandoned(), export_rollback(bigint, text), export_void(bigint, text),
    export_mark_transmitted(bigint), export_record_rebuild(bigint, text),
    set_receiver(text, text), set_school_export(text, text, text)
    TO certphoto_admin;
GRANT SELECT ON receivers TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT SELECT ON export_batches, export_items TO certphoto_admin;
