-- tldops database, schema version 4: each contact's `id`, the secretariat's
-- stable identifier, which its identity is made from when present. Rows kept
-- before are filled in from their snapshot's payload after this runs.
ALTER TABLE contact ADD COLUMN id TEXT;
