-- tldops database, schema version 6: a kept rejection's detail as a
-- message id and its arguments (JSON), so that `status` says it in the
-- reader's language. NULL in rows kept before: their English is shown.
ALTER TABLE rejected ADD COLUMN words TEXT;
