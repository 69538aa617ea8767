-- tldops database, schema version 1.
CREATE TABLE cert (
    fingerprint TEXT PRIMARY KEY,          -- primary key, upper-case hex
    cert        BLOB NOT NULL,             -- the certificate, binary, merged over time
    updated     TEXT NOT NULL
);
CREATE TABLE pin (
    fingerprint TEXT NOT NULL REFERENCES cert(fingerprint),
    directory   TEXT NOT NULL,
    added       TEXT NOT NULL,
    PRIMARY KEY (fingerprint, directory)
);
CREATE TABLE snapshot (
    id            INTEGER PRIMARY KEY,
    directory     TEXT NOT NULL,
    serial        INTEGER NOT NULL,
    issued        TEXT NOT NULL,
    expires       TEXT NOT NULL,
    sha256        TEXT NOT NULL,           -- of the signed payload
    payload       BLOB NOT NULL,           -- the signed payload, canonical form
    signers       TEXT NOT NULL,           -- pinned primary fingerprints, comma-separated
    signed_at     TEXT NOT NULL,
    carrier       TEXT NOT NULL,
    source        TEXT NOT NULL,           -- where it was found
    message_id    TEXT,
    mail_date     TEXT,
    mail_from     TEXT,
    synced_at     TEXT NOT NULL,
    cctld_count   INTEGER NOT NULL,
    contact_count INTEGER NOT NULL,
    UNIQUE (directory, serial)
);
CREATE TABLE cctld (
    snapshot_id     INTEGER NOT NULL REFERENCES snapshot(id),
    position        INTEGER NOT NULL,
    code            TEXT NOT NULL,         -- ASCII label or A-label
    label           TEXT NOT NULL,         -- U-label for an IDN
    registry        TEXT,
    emergency_phone TEXT,
    PRIMARY KEY (snapshot_id, code)
);
CREATE TABLE contact (
    snapshot_id INTEGER NOT NULL REFERENCES snapshot(id),
    code        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT,
    email       TEXT NOT NULL,             -- list joined by U+001F
    phone       TEXT NOT NULL,             -- list joined by U+001F
    mobile      TEXT NOT NULL,             -- list joined by U+001F
    pgp         TEXT,
    languages   TEXT NOT NULL,             -- list joined by U+001F
    note        TEXT,
    PRIMARY KEY (snapshot_id, code, position)
);
CREATE INDEX contact_by_code ON contact(code, snapshot_id);
