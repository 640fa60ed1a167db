-- certphoto schema 1: roles, tables, the append-only audit trail.
-- Applied by certphoto's migration runner inside one transaction, by a role that may create roles
-- (the private cluster's superuser, or a shared server's database administrator).

-- Cluster-wide roles: another database on the same server may have created them already.
DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['certphoto_auditor', 'certphoto_supervisor', 'certphoto_admin'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
    -- The owner of every object; nobody logs in as it. CREATEROLE lets create_user() make login roles.
    BEGIN
        CREATE ROLE certphoto_owner NOLOGIN CREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
END
$roles$;

CREATE SCHEMA certphoto AUTHORIZATION certphoto_owner;
REVOKE ALL ON SCHEMA certphoto FROM PUBLIC;
GRANT USAGE ON SCHEMA certphoto TO certphoto_auditor, certphoto_supervisor, certphoto_admin;

-- Everything below is created by (so owned by) the owner role.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

-- Functions are executable by PUBLIC by default: not the owner's.
ALTER DEFAULT PRIVILEGES FOR ROLE certphoto_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE TABLE schema_version (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- Server-side settings (the lease length among them), so tests can shorten leases to seconds.
CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO settings (key, value) VALUES ('lease_seconds', '300');

-- A school or exam office: receives the approved photos, decides the profile and the promised deadline.
CREATE TABLE schools (
    id             bigserial PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    profile        text NOT NULL DEFAULT 'chsi-graduation',
    deadline_hours integer NOT NULL DEFAULT 48 CHECK (deadline_hours > 0)
);

CREATE TABLE applicants (
    id          bigserial PRIMARY KEY,
    school_id   bigint NOT NULL REFERENCES schools (id),
    exam_number text NOT NULL,
    name        text NOT NULL,
    id_number   text,
    level       text NOT NULL DEFAULT '',
    phone       text NOT NULL DEFAULT '',
    UNIQUE (school_id, exam_number)
);

-- Photo bytes in their own table, shared by hash (the same photo twice is stored once).
CREATE TABLE photos (
    id     bigserial PRIMARY KEY,
    sha256 bytea NOT NULL UNIQUE,
    bytes  bytea NOT NULL
);

CREATE TABLE submissions (
    id               bigserial PRIMARY KEY,
    applicant_id     bigint NOT NULL REFERENCES applicants (id),
    photo_id         bigint NOT NULL REFERENCES photos (id),
    arrived_at       timestamptz NOT NULL,
    deadline         timestamptz NOT NULL,
    attempt          integer NOT NULL DEFAULT 1 CHECK (attempt > 0),
    status           text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'approved', 'rejected', 'replaced')),
    lease_holder     text,
    lease_expires_at timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);
-- The claim walks this index in deadline order.
CREATE INDEX submissions_pending_by_deadline ON submissions (deadline, id) WHERE status = 'pending';
CREATE INDEX submissions_by_applicant ON submissions (applicant_id);

CREATE TABLE compliance_reports (
    submission_id bigint PRIMARY KEY REFERENCES submissions (id),
    report        jsonb,
    mask_png      bytea,
    verdict       text NOT NULL DEFAULT '',
    core_version  text NOT NULL DEFAULT '',
    profile       text NOT NULL DEFAULT ''
);

CREATE TABLE reason_codes (
    code       text PRIMARY KEY,
    label_zh   text NOT NULL,
    label_en   text NOT NULL,
    sms_text   text NOT NULL,
    detectable boolean NOT NULL DEFAULT false,
    needs_note boolean NOT NULL DEFAULT false,
    sort_order integer NOT NULL DEFAULT 0
);

CREATE TABLE decisions (
    id            uuid PRIMARY KEY,           -- made by the client: a retry finds the first attempt
    submission_id bigint NOT NULL UNIQUE REFERENCES submissions (id),
    actor         text NOT NULL DEFAULT session_user,
    verdict       text NOT NULL CHECK (verdict IN ('approve', 'reject')),
    reason_codes  text[] NOT NULL DEFAULT '{}',
    note          text NOT NULL DEFAULT '',
    seconds_spent integer NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0),
    decided_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decisions_by_time ON decisions (decided_at);

CREATE TABLE sms_outbox (
    id            bigserial PRIMARY KEY,
    decision_id   uuid NOT NULL UNIQUE REFERENCES decisions (id),
    submission_id bigint NOT NULL REFERENCES submissions (id),
    recipient     text NOT NULL,
    template      text NOT NULL,
    params        jsonb NOT NULL DEFAULT '{}',
    text          text NOT NULL,
    parts         integer NOT NULL CHECK (parts > 0),
    status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    sent_at       timestamptz
);

-- Who did what. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE, for the owner too.
CREATE TABLE audit_trail (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor         text NOT NULL DEFAULT session_user,
    action        text NOT NULL,
    submission_id bigint,
    detail        jsonb NOT NULL DEFAULT '{}'
);

CREATE FUNCTION audit_trail_refuse() RETURNS trigger
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'certphoto:audit.append_only: the audit trail is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_trail_no_update BEFORE UPDATE OR DELETE ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse();
CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse();

-- Reading: every group may read the version (clients check it) and the reason codes.
GRANT SELECT ON schema_version, reason_codes, settings TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
GRANT SELECT ON schools TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
-- Supervisors run the day: decisions and the audit trail (no personal data in either).
GRANT SELECT ON decisions, audit_trail TO certphoto_supervisor, certphoto_admin;
-- Admins run the system: everything, read-only; writes go through the functions.
GRANT SELECT ON ALL TABLES IN SCHEMA certphoto TO certphoto_admin;
