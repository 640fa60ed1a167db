-- certphoto schema 14: audit rows linked into the chain in batches (docs/security.md). Schema 11 linked each
-- row at its transaction's commit, every committer waiting in turn for the one chain head: the queue
-- benchmark fell to about half its baseline. Now a new audit row is only noted as unlinked; at commit the
-- transaction tries the head without waiting (SKIP LOCKED) and, when it gets it, links every unlinked row
-- it can see, in id order, its own included. A committer that finds the head taken leaves its rows to the
-- next one (or to audit_seal(), which verify-audit calls first and which waits for the head). A row is
-- therefore linked at its own commit or at a later one; the chain's order is the order of linking.
-- Only adds and swaps triggers: clients of schema 13 work with it unchanged.
-- certphoto:oldest-client 13
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- Rows written but not yet linked. Refused to every login (the owner's definer functions write it).
CREATE TABLE audit_unlinked (audit_id bigint PRIMARY KEY);
REVOKE ALL ON audit_unlinked FROM PUBLIC, certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT SELECT ON audit_unlinked TO certphoto_supervisor, certphoto_admin;

-- Links every unlinked row this transaction can see (committed ones and its own), in id order, under the
-- head's lock; p_wait false: give up at once when another transaction holds the head. Returns how many.
CREATE FUNCTION audit_link_unlinked(p_wait boolean) RETURNS integer
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
DECLARE
    v_head audit_chain_head%ROWTYPE;
    v_seq bigint;
    v_hash bytea;
    v_prev bytea;
    v_row audit_trail%ROWTYPE;
    v_n integer := 0;
BEGIN
    IF p_wait THEN
        SELECT * INTO v_head FROM audit_chain_head h WHERE h.one FOR UPDATE;
    ELSE
        SELECT * INTO v_head FROM audit_chain_head h WHERE h.one FOR UPDATE SKIP LOCKED;
    END IF;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    v_seq := v_head.seq;
    v_hash := v_head.hash;
    FOR v_row IN
        SELECT a.* FROM audit_unlinked u JOIN audit_trail a ON a.id = u.audit_id ORDER BY a.id
    LOOP
        v_seq := v_seq + 1;
        v_prev := v_hash;
        v_hash := sha256(v_prev || audit_row_content(v_seq, v_row.id, v_row.at, v_row.actor, v_row.action,
                                                     v_row.submission_id, v_row.detail));
        INSERT INTO audit_chain (seq, audit_id, prev_hash, row_hash)
        VALUES (v_seq, v_row.id, v_prev, v_hash);
        DELETE FROM audit_unlinked u WHERE u.audit_id = v_row.id;
        v_n := v_n + 1;
    END LOOP;
    IF v_n > 0 THEN
        UPDATE audit_chain_head h SET seq = v_seq, hash = v_hash WHERE h.one;
    END IF;
    RETURN v_n;
END
$$;

CREATE FUNCTION audit_trail_note_unlinked() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    INSERT INTO audit_unlinked (audit_id) VALUES (NEW.id);
    RETURN NULL;
END
$$;

-- At commit (deferred): once per transaction in effect — the first firing links this transaction's rows,
-- the later ones find their row linked already and return.
CREATE FUNCTION audit_trail_link_at_commit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_unlinked u WHERE u.audit_id = NEW.id) THEN
        PERFORM audit_link_unlinked(false);
    END IF;
    RETURN NULL;
END
$$;

-- Whatever is still unlinked, waiting for the head: verify-audit calls it before it reads the chain.
CREATE FUNCTION audit_seal() RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = certphoto, pg_temp AS $$
    SELECT audit_link_unlinked(true)
$$;

DROP TRIGGER audit_trail_chain ON audit_trail;
CREATE TRIGGER audit_trail_unlinked AFTER INSERT ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION audit_trail_note_unlinked();
CREATE CONSTRAINT TRIGGER audit_trail_link AFTER INSERT ON audit_trail
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_trail_link_at_commit();

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_seal() TO certphoto_supervisor, certphoto_admin;
