-- certphoto schema 11: a tamper-evident audit trail. The triggers of schema 1 refuse UPDATE, DELETE and
-- TRUNCATE, but a superuser can switch them off (session_replication_role = replica, ALTER TABLE ...
-- DISABLE TRIGGER) and no database can stop its superuser. So each row now gets a link in audit_chain: a
-- hash over the previous link's hash and the row's own content. certphoto-admin verify-audit recomputes the
-- chain and names the first row that does not fit, and the chain head it prints can be kept elsewhere, so
-- that a truncate-and-rewrite shows too. Only adds: clients of schema 10 work with it unchanged.
-- certphoto:oldest-client 10
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- The chain beside the trail: one link per audit row, in the order the rows were committed.
CREATE TABLE audit_chain (
    seq       bigint PRIMARY KEY,            -- 1, 2, 3 ... without gaps
    audit_id  bigint NOT NULL UNIQUE,        -- the audit_trail row (no foreign key: a deleted row must show)
    prev_hash bytea NOT NULL,                -- the previous link's row_hash (32 zero bytes for the first)
    row_hash  bytea NOT NULL                 -- SHA-256(prev_hash || audit_row_content(...))
);

-- The newest link. Linking locks this one row until the transaction ends, so concurrent writers are chained
-- one after the other and the chain cannot fork. The link is made by a deferred trigger, at commit: a long
-- transaction (an import batch) holds the head only while it commits, not while it runs.
CREATE TABLE audit_chain_head (
    one  boolean PRIMARY KEY DEFAULT true CHECK (one),
    seq  bigint NOT NULL,
    hash bytea NOT NULL
);
INSERT INTO audit_chain_head (seq, hash) VALUES (0, decode(repeat('00', 32), 'hex'));

-- What a link's hash covers, field by field with a unit separator (U+001F, which jsonb text never holds
-- raw). certphoto-admin verify-audit builds the same bytes from the same fields on the client.
CREATE FUNCTION audit_row_content(p_seq bigint, p_id bigint, p_at timestamptz, p_actor text, p_action text,
                                  p_submission bigint, p_detail jsonb) RETURNS bytea
LANGUAGE sql STABLE SET search_path = certphoto, pg_temp AS $$
    SELECT convert_to(
        p_seq::text || chr(31) || p_id::text || chr(31) ||
        to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || chr(31) ||
        coalesce(p_actor, '') || chr(31) || coalesce(p_action, '') || chr(31) ||
        coalesce(p_submission::text, '') || chr(31) || coalesce(p_detail::text, ''), 'UTF8')
$$;

CREATE FUNCTION audit_link(p_row audit_trail) RETURNS void
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_head audit_chain_head%ROWTYPE;
    v_hash bytea;
BEGIN
    SELECT * INTO v_head FROM audit_chain_head h WHERE h.one FOR UPDATE;
    v_hash := sha256(v_head.hash || audit_row_content(v_head.seq + 1, p_row.id, p_row.at, p_row.actor, p_row.action,
                                                      p_row.submission_id, p_row.detail));
    INSERT INTO audit_chain (seq, audit_id, prev_hash, row_hash) VALUES (v_head.seq + 1, p_row.id, v_head.hash, v_hash);
    UPDATE audit_chain_head h SET seq = v_head.seq + 1, hash = v_hash WHERE h.one;
END
$$;

-- A definer function: the deferred trigger fires at commit, when the session's own role (an auditor's,
-- say) is current, and only the owner writes the chain.
CREATE FUNCTION audit_trail_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    PERFORM audit_link(NEW);
    RETURN NULL;
END
$$;

-- The rows written before this migration join the chain in id order.
SELECT audit_link(a) FROM (SELECT * FROM audit_trail ORDER BY id) a;

CREATE CONSTRAINT TRIGGER audit_trail_chain AFTER INSERT ON audit_trail
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_trail_chain();
-- The chain is append-only in the same way as the trail.
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse();

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_row_content(bigint, bigint, timestamptz, text, text, bigint, jsonb)
    TO certphoto_supervisor, certphoto_admin;
-- Those who read the trail read its chain.
GRANT SELECT ON audit_chain, audit_chain_head TO certphoto_supervisor, certphoto_admin;
