-- tldops database, schema version 3: what a sync remembers of each source
-- (how far into an mbox it read, which messages of a Maildir), so that the
-- next one reads only what is new.
CREATE TABLE source_state (
    source  TEXT PRIMARY KEY,              -- the source's absolute path
    state   TEXT NOT NULL,                 -- JSON: mail::SourceState
    seen    TEXT NOT NULL,                 -- message names read, one a line
    updated TEXT NOT NULL
);
