-- certphoto schema 5: the server checks ID numbers too (GB 11643-1999, ISO 7064 MOD 11-2), so a client that
-- skipped the check cannot store a wrong one. A trigger, not a CHECK constraint: a constraint's error
-- DETAIL would put the whole row (ID number and phone) into the server log.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

CREATE FUNCTION id_number_valid(p text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    weights constant integer[] := ARRAY[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    checks constant text := '10X98765432';
    total integer := 0;
BEGIN
    IF p IS NULL OR p !~ '^[0-9]{17}[0-9Xx]$' THEN
        RETURN false;
    END IF;
    FOR i IN 1 .. 17 LOOP
        total := total + substr(p, i, 1)::integer * weights[i];
    END LOOP;
    RETURN upper(substr(p, 18, 1)) = substr(checks, total % 11 + 1, 1);
END
$$;

CREATE FUNCTION applicants_check_id_number() RETURNS trigger
LANGUAGE plpgsql SET search_path = certphoto, pg_temp AS $$
BEGIN
    IF NEW.id_number IS NOT NULL AND NOT id_number_valid(NEW.id_number) THEN
        RAISE EXCEPTION 'certphoto:intake.bad_id_number: the ID number fails the GB 11643 check digit';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER applicants_id_number_valid BEFORE INSERT OR UPDATE OF id_number ON applicants
    FOR EACH ROW EXECUTE FUNCTION applicants_check_id_number();

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA certphoto FROM PUBLIC;
GRANT EXECUTE ON FUNCTION id_number_valid(text) TO certphoto_auditor, certphoto_supervisor, certphoto_admin;
