-- tldops database, schema version 2: messages rejected before, so that a
-- sync alarms once for each and not on every later run.
CREATE TABLE rejected (
    message_sha256 TEXT PRIMARY KEY,       -- of the whole message as read
    reason         TEXT NOT NULL,          -- the stable reason code
    detail         TEXT NOT NULL,
    source         TEXT NOT NULL,          -- where it was found first
    message_id     TEXT,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL,
    times          INTEGER NOT NULL
);
