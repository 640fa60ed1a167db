-- certphoto schema 15: the export reads each photo with the geometry of its approved report (image size,
-- head box, landmarks, the findings' ids and statuses), so a re-encoded photo is checked again without
-- finding the face a second time (docs/export.md, "The recheck of an export"), in pages an index gives. Only adds: clients of
-- schema 10 work with it unchanged.
-- certphoto:oldest-client 10
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- The pages are read in byte order of the file names (keyset paging): an index in that order, so a page
-- is an index range instead of a sort of the whole batch.
CREATE INDEX export_items_by_name ON export_items (batch_id, file_name COLLATE "C");

-- export_batch_items and the approved report's geometry as JSON text (NULL when there is no report).
CREATE FUNCTION export_batch_page(p_batch bigint, p_after text, p_limit integer)
RETURNS TABLE (submission_id bigint, file_name text, applicant_name text, id_number text, exam_number text,
               school text, level text, approved_at timestamptz, refused text, photo bytea, geometry text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 10000 THEN
        RAISE EXCEPTION 'certphoto:export.bad_page: a page is 1 to 10000 items';
    END IF;
    RETURN QUERY
    SELECT i.submission_id, i.file_name, a.name, a.id_number, a.exam_number, sc.name, a.level, d.decided_at,
           i.refused, p.bytes,
           CASE WHEN r.report IS NULL THEN NULL ELSE
               jsonb_build_object('width', r.report->'width', 'height', r.report->'height',
                                  'head_box', r.report->'head_box', 'landmarks', r.report->'landmarks',
                                  'checks', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                                   'id', f->'id', 'status', f->'status')), '[]'::jsonb)
                                               FROM jsonb_array_elements(
                                                   CASE WHEN jsonb_typeof(r.report->'checks') = 'array'
                                                        THEN r.report->'checks' ELSE '[]'::jsonb END) f)
               )::text END
    FROM export_items i
    JOIN submissions s ON s.id = i.submission_id
    JOIN applicants a ON a.id = s.applicant_id
    JOIN schools sc ON sc.id = a.school_id
    JOIN photos p ON p.id = s.photo_id
    JOIN decisions d ON d.submission_id = s.id
    LEFT JOIN compliance_reports r ON r.submission_id = s.id
    WHERE i.batch_id = p_batch AND i.file_name COLLATE "C" > coalesce(p_after, '') COLLATE "C"
    ORDER BY i.file_name COLLATE "C"
    LIMIT p_limit;
END
$$;

REVOKE EXECUTE ON FUNCTION export_batch_page(bigint, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION export_batch_page(bigint, text, integer) TO certphoto_admin;
