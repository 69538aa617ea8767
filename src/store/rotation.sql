-- tldops database, schema version 5: key rotation and recovery (format
-- section 4a). A kept snapshot is vouched for while the keys that signed it
-- still do; one that is not stays as history but is never current, so its
-- serial no longer blocks a genuine snapshot of the same serial. Running it
-- again over a database that has it keeps its tables.
CREATE TABLE snapshot_v5 (
    id            INTEGER PRIMARY KEY,
    directory     TEXT NOT NULL,
    serial        INTEGER NOT NULL,
    issued        TEXT NOT NULL,
    expires       TEXT NOT NULL,
    sha256        TEXT NOT NULL,           -- of the signed payload
    payload       BLOB NOT NULL,           -- the signed payload, canonical form
    signers       TEXT NOT NULL,           -- primary fingerprints that vouched, comma-separated
    signed_at     TEXT NOT NULL,
    carrier       TEXT NOT NULL,
    source        TEXT NOT NULL,           -- where it was found
    message_id    TEXT,
    mail_date     TEXT,
    mail_from     TEXT,
    synced_at     TEXT NOT NULL,
    cctld_count   INTEGER NOT NULL,
    contact_count INTEGER NOT NULL,
    vouched       INTEGER NOT NULL DEFAULT 1 -- 0: a key it needed was revoked as compromised or removed
);
INSERT INTO snapshot_v5 (id, directory, serial, issued, expires, sha256, payload, signers, signed_at, carrier,
                         source, message_id, mail_date, mail_from, synced_at, cctld_count, contact_count)
    SELECT id, directory, serial, issued, expires, sha256, payload, signers, signed_at, carrier,
           source, message_id, mail_date, mail_from, synced_at, cctld_count, contact_count FROM snapshot;
DROP TABLE snapshot;
ALTER TABLE snapshot_v5 RENAME TO snapshot;
CREATE UNIQUE INDEX snapshot_vouched_serial ON snapshot(directory, serial) WHERE vouched = 1;
CREATE INDEX snapshot_by_serial ON snapshot(directory, serial);

-- A kept snapshot's handover: its next keys and their threshold.
CREATE TABLE IF NOT EXISTS rotation (
    snapshot_id    INTEGER PRIMARY KEY REFERENCES snapshot(id),
    next_threshold INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS rotation_key (
    snapshot_id INTEGER NOT NULL REFERENCES rotation(snapshot_id),
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, fingerprint)
) WITHOUT ROWID;

-- Keys removed by hand: they vouch for nothing, the past included, until
-- pinned by hand again.
CREATE TABLE IF NOT EXISTS distrust (
    fingerprint TEXT NOT NULL,
    directory   TEXT NOT NULL,
    removed     TEXT NOT NULL,
    PRIMARY KEY (fingerprint, directory)
) WITHOUT ROWID;
