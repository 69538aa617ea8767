-- tldops database, schema version 3: what a sync remembers of each source
-- (how far into an mbox it read, which messages of a Maildir), so that the
-- next one reads only what is new.
CREATE TABLE source_state (
    source  TEXT PRIMARY KEY,              -- the source's absolute path
    state   TEXT NOT NULL,                 -- JSON: mail::SourceState
    updated TEXT NOT NULL
);
CREATE TABLE source_seen (
    source TEXT NOT NULL,                  -- as in source_state
    name   TEXT NOT NULL,                  -- a message read from a mail directory
    PRIMARY KEY (source, name)
) WITHOUT ROWID;
