-- certphoto schema 17: the review window's grid mode holds a page of 12 photos the core passed beside the
-- current submission and its preload, so the default live-lease limit per login goes from 3 to 16 (12 + 2,
-- one in flight, one spare). A limit an admin has set to something else is kept. Data only.
-- certphoto:oldest-client 12
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

UPDATE settings SET value = '16' WHERE key = 'max_leases_per_login' AND value = '3';
