-- certphoto schema 16: the reason codes the core's checks now report are marked detectable (the queue's
-- reason filter offers them): eyes.open -> eyes.closed was already, mouth.closed -> mouth.teeth,
-- head.covering -> head.covering, glasses.tinted -> glasses.tinted, and glare.spots -> glasses.glare when
-- most of the glare lies on the lenses of glasses found (otherwise face.shine). Data only.
-- certphoto:oldest-client 12
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

UPDATE reason_codes SET detectable = true
WHERE code IN ('mouth.teeth', 'head.covering', 'glasses.tinted', 'glasses.glare');
