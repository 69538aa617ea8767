# Keys, publishing, and the errors of the store and the config.
# Paths, fingerprints, serials, flags and command names are given as text
# and stay as they are.

## How an error is said

error-said = tldops: error: { $message }
warning-said = tldops: warning: { $message }
refused-said = tldops: refused: { $message }

## The config and where things are

origin-config-file = the config file
origin-os-default = the OS default
origin-config-flag = --config or TLDOPS_CONFIG
origin-data-dir-config = data_dir in { $path }
origin-data-dir-default = the data directory by default; --data-dir or TLDOPS_DATA_DIR choose another
origin-data-dir-from = the data directory from { $origin }
config-no-config-dir = no config directory on this system: set TLDOPS_CONFIG_DIR
config-no-data-dir = no data directory on this system: set TLDOPS_DATA_DIR
config-directory-name = { $path }: directory name `{ $name }` { $problem }
config-at-least-one = { $path }: { $key } must be at least 1
config-lang = { $path }: lang = "{ $lang }" is not a language tldops speaks: en, fr, es, ru, ar or zh
config-now = TLDOPS_NOW=`{ $value }` is not an RFC 3339 time
config-cannot-read = cannot read config file { $path }
config-not-valid = config file { $path } is not valid
config-sources-line = a `sources` line of { $path } cannot be read: { $problem }
config-sources-problem = line { $line }: { $problem } (write it as `sources = ["~/Mail/tld-ops"]`)
config-key-not-pinned = { $directory }: key { $key } is listed in { $path } but not pinned for it: `tldops trust add KEY.asc --directory { $directory }`

## The current snapshot

no-snapshot-yet = no snapshot yet in { $path } ({ $origin }): pin the secretariat's key (`tldops trust add KEY.asc`), then run `tldops sync ~/Mail/tld-ops`
no-snapshot-of-directory = no snapshot of directory `{ $directory }` is kept; the directories kept are { $kept }
error-database-create = cannot create the database at { $path }

## doctor

doctor-problem = PROBLEM
doctor-ok = ok
doctor-fix = fix: { $fix }
doctor-all-well = all well
doctor-problems = { $count } { PLURAL($count) ->
        [one] problem
       *[other] problems
    }
doctor-config-unreadable = the config cannot be read: { $problem }
doctor-config-unreadable-fix = correct it (`tldops example-config` prints a commented example)
doctor-config-parses = config { $path } parses
doctor-config-none = no config file at { $path } (the defaults apply)
doctor-sources-fix = write `sources` as a list of paths (`tldops example-config` prints a commented example)
doctor-no-database = no database at { $path } yet
doctor-no-database-fix = pin the secretariat's key (`tldops trust add KEY.asc`), then `tldops sync`
doctor-database-unreadable = the database cannot be read: { $problem }
doctor-database-unreadable-fix = move { $path } aside and sync again from your mail (every snapshot is in it), then pin the keys again
doctor-integrity = database integrity check passes
doctor-damaged = the database is damaged: { $problems }
doctor-damaged-fix = move { $path } aside and sync again from your mail (every snapshot is in it)
doctor-unchecked = the database cannot be checked: { $problem }
doctor-unchecked-fix = move { $path } aside and sync again
doctor-config-key-fix = pin it, or take it out of the config if it is not expected
doctor-no-snapshot = { $directory }: no snapshot kept yet
doctor-no-snapshot-fix = `tldops sync` your mail folder of the list
doctor-stale = { $directory }: serial { $serial } is STALE since { $since } ({ $days } days)
doctor-stale-fix = sync; if the list has mailed nothing newer, ask the secretariat (the data still answers meanwhile)
doctor-fresh = { $directory }: serial { $serial }, fresh until { $until } ({ $days } days left)
doctor-clock-behind = this clock ({ $now }) is behind the newest snapshot's issue time ({ $issued })
doctor-clock-behind-fix = set the system clock (staleness and signature times are judged by it)
doctor-clock = the clock is not behind the newest snapshot
doctor-mode = { $path } is { $mode }, not { $want }
doctor-private = the data directory and database are private (0700, 0600)
doctor-loose = contact data readable by others: { $files }
doctor-loose-fix = chmod 700 { $path }; chmod 600 the files in it
doctor-key-compromised = key { $key } is pinned but revoked as compromised: it vouches for nothing
doctor-key-invalid = { $directory }: key { $key } is not valid now: { $problem }
doctor-key-merge-fix = merge the secretariat's updated certificate (`tldops trust add KEY.asc`)
doctor-key-revoked = { $directory }: key { $key } is revoked
doctor-key-revoked-fix = pin the key the secretariat announced to replace it, then `tldops trust remove` this one
doctor-key-cannot-sign = { $directory }: key { $key } has no signing key alive now
doctor-key-expires = { $directory }: key { $key } expires { $expires } (within { $days } days)
doctor-key-expires-fix = ask the secretariat for the extended certificate and merge it (`tldops trust add KEY.asc`)
doctor-key-valid = { $directory }: key { $key } is valid
doctor-one-key = { $directory }: only one key is pinned, so a lost or stolen key leaves no one to sign
doctor-one-key-fix = pin the secretariat's offline backup key too (`tldops trust add BACKUP.asc`)
doctor-no-key-vouches = { $directory }: no key vouches for new snapshots
doctor-no-key-vouches-fix = pin the key the secretariat announced (`tldops trust add KEY.asc`)
doctor-no-key = no key is pinned, so no snapshot can be trusted
doctor-no-key-fix = pin the secretariat's key: `tldops trust add KEY.asc`
doctor-no-sources = no sources configured (sync reads what it is given)
doctor-source-missing = source { $source } does not exist
doctor-source-missing-fix = correct `sources` in { $path }
doctor-source-never = source { $source } has never been synced
doctor-source-empty = source { $source } held no message at the last sync
doctor-source-empty-fix = point `sources` at the mbox file or Maildir folder your mail client files the list into
doctor-source-mail = source { $source } held mail at the last sync
error-cause = { $message }: { $cause }

## paths

paths-config = config
paths-data = data
paths-database = database
paths-language = language
paths-keys = keys
paths-journal = journal
paths-clock = clock
paths-from = { $path } (from { $origin })
paths-from-absent = { $path } (from { $origin }, not present: defaults apply)
paths-language-default = the default
paths-keys-where = pinned in the database (`tldops trust list`)
paths-journal-where = { $path } (what `tldops publish` sent, for the secretariat)
paths-clock-fixed = { $time } (fixed by TLDOPS_NOW)

## Files

cannot-read = cannot read { $path }

## trust

trust-bad-directory = --directory `{ $directory }` { $problem }: a snapshot's directory name is { $rule }
trust-stdin = standard input
trust-stdin-unreadable = cannot read standard input
trust-stdin-too-large = standard input holds more than { $mib } MiB: not a certificate
trust-not-a-cert = { $path } is not an OpenPGP certificate
trust-many-certs = { $path } holds { $count } certificates; give one at a time
trust-secret-stripped = { $path } holds secret key material: only the public certificate is stored
trust-pinned = pinned { $key } for directory { $directory }
trust-updated = updated { $key } for directory { $directory }
trust-label-user-id = user ID
trust-label-state = state
trust-label-history = history
trust-label-current = current
trust-label-directory = directory
trust-compromised = this key is revoked as compromised: it vouches for nothing, the past included
trust-cannot-sign = this key cannot sign now ({ $state }): new snapshots will need another key
trust-revokes-unpinned = { $path } revokes a key that is not pinned here ({ $keys }): nothing changed
trust-revocation-bad = { $path }: the revocation of { $key } does not verify ({ $problem }): nothing changed
trust-revocation-merged = merged a revocation into { $key }
trust-reassessed = { $count } { PLURAL($count) ->
        [one] kept snapshot
       *[other] kept snapshots
    } changed state
trust-none = none
trust-no-key = none
trust-serial = serial { $serial }
trust-current-changed = { $directory }: { $now } (was { $was })
trust-state-invalid = not valid now: { $problem }
trust-state-revoked = revoked
trust-state-dead = not alive now: { $problem }
trust-state-no-signing = valid, but has no signing-capable key alive now
trust-state-valid = valid, { $count } { PLURAL($count) ->
        [one] signing key
       *[other] signing keys
    }
trust-standing-compromised = revoked as compromised: vouches for nothing, the past included
trust-standing-handover = pinned by the handover at serial { $serial }
trust-standing-by-hand = pinned by hand
trust-standing-retired = retired at serial { $serial }: vouches for serials up to { $serial } only
trust-standing-pinned = pinned
trust-none-pinned = no key is pinned yet: `tldops trust add KEY.asc`
trust-handover = handover in { $directory } at serial { $serial }: retired { $retired }; pinned { $pinned }; threshold { $threshold }
trust-not-pinned = { $key } is not pinned
trust-not-pinned-for = { $key } is not pinned for { $directory }
trust-unpinned = unpinned { $key } ({ $directories }): it vouches for nothing from now on, the past included

## history

history-not-vouched = NOT VOUCHED FOR: a key it needed was revoked as compromised or removed
history-first = first kept
history-unchanged = no contact changed
history-row = serial { $serial } issued { $issued }  expires { $expires }  { $cctlds } ccTLDs { $contacts } contacts  { $changes }
history-count = { $count } { PLURAL($count) ->
        [one] snapshot
       *[other] snapshots
    }

## diff

diff-several = several directories are kept ({ $directories }): choose one with --directory
diff-nothing-before = { $directory } has no snapshot before serial { $serial } to compare with
diff-no-serial = { $directory } has no kept snapshot with serial { $serial } (kept: { $kept })
diff-heading = { $directory } serial { $old } → { $new }: { $added } added, { $removed } removed, { $changed } changed
diff-none = (none)
diff-cctld-new = new ccTLD
diff-cctld-gone = ccTLD gone

## publish

publish-give-roster = give a ROSTER and --serial
publish-roster-problems = { $roster }: { $count } { PLURAL($count) ->
        [one] problem
       *[other] problems
    }; nothing was signed
publish-other-directory = { $roster } is for directory `{ $theirs }`, not `{ $ours }`
publish-bad-directory = directory `{ $directory }` { $problem }
publish-serial-range = --serial { $serial } is outside 1 to 2^53-1
publish-serial-differs = { $roster } says serial { $theirs }, but --serial is { $serial }
publish-too-large = the snapshot is { $bytes } bytes; readers accept at most { $max }
publish-resend = serial { $serial } of { $directory } was published before with this content: sending it again, identical (members see it as already known)
publish-give-key = give the key to sign with: --key SECRET-KEY (twice for two signers)
publish-give-to = give the list's address: --to ADDRESS, or list_address under [directory."{ $directory }"] in the config
publish-note-file = --note is for a mail; a bare file (--carrier file) has no cover text
publish-twice = { $key } is given twice as { $flag }
publish-handover-signers = a handover must be signed by its next keys too: { $signing } of them signing, { $threshold } needed; give their secret keys with --key as well
publish-no-user-id = the key has no user ID: give --from
publish-to-self = To is the sender's own address ({ $address }): a list server holds or drops such mail; send it to the list's address
publish-carrier-file = cleartext-signed file
publish-carrier-inline = inline-signed mail
publish-carrier-pgp-mime = PGP/MIME mail
publish-and = {" "}and{" "}
publish-wrote = wrote serial { $serial } of { $directory } ({ $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    }, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $what }), signed by { $signers }, to { $path }
publish-printed = printed serial { $serial } of { $directory } ({ $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    }, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $what }), signed by { $signers }
publish-next-threshold = --next-threshold { $threshold } is outside 1 to { $keys } (the number of --rotate-to keys)
publish-next-keys = at most { $max } next keys
publish-not-one-cert = { $path } is not one OpenPGP certificate: { $problem }
publish-cert-too-large = the certificate of { $key } is { $bytes } bytes even without third-party signatures; at most { $max } fit
publish-dry-run = Dry run: serial { $serial } of { $directory }, issued { $issued }, expires { $expires } ({ $days } days from now): { $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    }, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }. Nothing signed or written.
publish-dry-run-first = No earlier serial in the journal: members who have none see every contact as new.
publish-dry-run-changes = What members will see change since serial { $serial } (issued { $issued }): { $added } added, { $removed } removed, { $changed } changed
publish-no-warnings = No warnings.
publish-warnings = { $count } { PLURAL($count) ->
        [one] warning
       *[other] warnings
    }:
publish-self-check-other = self-check: a member would read payload { $sha256 } signed by { $signers }, not what was meant; nothing written
publish-self-check-rejected = self-check: every member would reject this mailing ({ $reason }: { $detail }); nothing written
publish-self-check-not-one = self-check: a member would not find exactly one snapshot in this mailing; nothing written
publish-equivocation = serial { $serial } was published { $recorded } with other content (SHA-256 { $sha256 }): sending this under the same serial would be equivocation, which every member rejects as key misuse; use serial { $next } for the new roster
publish-no-copy = (the journal holds no readable copy to compare with)
publish-import-no-key = no key to check the file with: pin the directory's keys (`tldops trust add`) or give --key
publish-no-signed-snapshot = { $path } holds no signed snapshot
publish-import-known = serial { $serial } of { $directory } is already in the journal, with this content
publish-import-conflict = { $path } holds serial { $serial } of { $directory } with SHA-256 { $sha256 }, but the journal holds { $journal } for it: the journal is left as it is; find out which one members have
publish-import-recorded = journal: recorded serial { $serial } of { $directory } (issued { $issued }, signed by { $signers }); the last published serial is { $last }
publish-signing-failed = signing failed: { $problem }
publish-note-control = --note { $path }: holds the control character { $character }
publish-note-dashes = --note { $path }: a line starting with ----- could be read as the start of a signed block
publish-note-utf8 = --note { $path }: not UTF-8
publish-file-too-large = { $path } is { $bytes } bytes; a snapshot may be at most { $max }
publish-bad-time = { $flag } `{ $value }` is not an RFC 3339 time such as 2026-11-01T06:00:00Z
publish-bad-duration = `{ $value }` is not a duration such as 45d, 36h or 90m

## cosign

cosign-many = { $path } holds more than one signed snapshot
cosign-already = { $path } is already signed by { $key }
cosign-not-a-snapshot = { $path }: the signed text is not a snapshot: { $problem }
cosign-self-check-rejected = self-check: a member would reject the cosigned mailing ({ $reason }: { $detail }); nothing written
cosign-self-check-other = self-check: the cosigned mailing does not verify as the same snapshot; nothing written
cosign-added = added a signature by { $key } to { $path } ({ $count } signatures; verified here by { $signers }), wrote { $output }
cosign-armor-elsewhere = the signature armor is not where it was expected
cosign-armor-twice = the signature armor appears twice
cosign-handled = a { $kind } mail: cosign the mailing as `tldops publish` wrote it, before a list server handled it
cosign-no-armor = no signature armor in the mail as written (was it re-encoded?)
cosign-two-armors = the mail holds two signature armors
cosign-armor-no-end = the signature armor has no end line

## Files written, the store, the vdir

cannot-open = cannot open { $path }
cannot-write = cannot write { $path }
cannot-create = cannot create { $path }
atomic-directory = { $path } is a directory: name a file
atomic-exists = { $path } already exists: choose another name or pass --force
atomic-no-directory = cannot write { $path }: directory { $directory } does not exist
atomic-not-a-name = { $path } is not a file name
store-cannot-open = cannot open database { $path }
store-cannot-set-up = cannot set up database { $path }
store-not-tldops = { $path } is not a tldops database
store-newer = database { $path } was made by a newer tldops (schema { $schema }; this one knows up to { $known }): upgrade tldops; the database was not touched
store-migrating = migrating { $path } to schema { $schema }
store-migration-broken = migrating { $path }: table { $table } refers to rows that are gone; the database was not changed
store-locked = database { $path } is locked or read-only
store-cannot-create-dir = cannot create data directory { $path }
store-cannot-create = cannot create database { $path }
store-cert-copy-damaged = the stored copy of this certificate is damaged
store-cert-damaged = the stored certificate { $key } is damaged
store-pin-date-damaged = the pin of { $key } has a damaged date
store-kept-date-damaged = kept snapshot { $serial } of { $directory } has a damaged date
vdir-unreadable = unreadable
vdir-a-directory = a directory
vdir-not-regular = not a regular file
vdir-not-vcf = not a .vcf card
vdir-not-tldops = not a tldops card
vdir-too-large = too large for a tldops card
vdir-not-single = not a single vCard
vdir-unparsable = not a vCard tldops can read
vdir-lookalike = a tldops-looking name, but not a card tldops wrote
vdir-not-a-directory = { $path } is not a directory
vdir-foreign = { $path } holds { $count } file(s) and no card tldops wrote: is it the right directory? Pass --force to add tldops's cards beside them (tldops never removes a file it did not write)
vdir-not-ours = the file there was not written by tldops; it was left alone
vdir-old-not-removed = old card not removed: { $problem }
vdir-who-left = a person who left
vdir-not-removed = not removed: { $problem }

## Signing keys

sign-not-a-key = { $path } is not an OpenPGP key
sign-not-valid-at = the key in { $path } is not valid at { $time }
sign-no-secret-signing-key = { $path } holds no secret signing key that is alive and not revoked at { $time }
sign-passphrase-file = cannot read passphrase file { $path }
sign-passphrase-prompt = Passphrase for { $path }:
sign-no-terminal = cannot ask for the passphrase (no terminal?): give --passphrase-file
sign-wrong-passphrase = wrong passphrase for { $path }
sign-no-signing-key = { $path } holds no signing key that is alive and not revoked at { $time }
sign-no-agent-feature = { $path } holds a certificate but no secret key: signing with a key in gpg-agent needs tldops built with `--features gpg-agent` (which needs the Cap'n Proto compiler, Debian's capnproto)
sign-no-agent = { $path } holds no secret key, and GnuPG's agent cannot be reached to sign with it
sign-agent-refuses = cannot use gpg-agent for the key in { $path }
sign-rsa = the signing key in { $path } is RSA: tldops signs with the pure-Rust OpenPGP backend, whose RSA private-key arithmetic is not constant-time (RUSTSEC-2023-0071), so it refuses to sign with RSA; make an Ed25519 key (`sq key generate --cipher-suite cv25519` or `gpg --quick-gen-key NAME ed25519 sign`) and announce its fingerprint
sign-armor-unreadable = the signature armor cannot be read
sign-foreign-packet = the signature block holds a { $tag } packet
sign-block-unreadable = the signed block cannot be read

## The journal of what was published

journal-cannot-read = cannot read the journal { $path }
journal-unreadable = the journal { $path } cannot be read; it is left as it is: repair it, or move it away and import the last published file with `tldops publish --journal-from FILE`
journal-version = the journal { $path } is version { $version }; this tldops reads version { $known }
journal-issued-ahead = issued { $issued } is more than { $minutes } minutes ahead of this clock ({ $now }): members would hold it as the future; publish it when it is due, or check the clock
journal-expires-before = expires { $expires } is not later than issued { $issued }
journal-expires-past = expires { $expires } is already past ({ $now }): every member would show it as stale at once
journal-expires-far = expires { $expires } is more than a year ahead: a snapshot that old would hide that publishing stopped; use --valid-for 45d or an --expires within a year
journal-serial-below = serial { $serial } is below serial { $last } already published: members who have { $last } would never make it current; use serial { $next }
journal-issued-before = serial { $serial } would be issued { $issued }, before serial { $last } (issued { $last_issued }): members reject a higher serial issued earlier (OUT_OF_STEP)
journal-last = the last published serial is { $serial }
journal-empty = the journal has no serial for this directory yet (import the last published mailing with `--journal-from FILE`)
journal-jump = serial { $serial } jumps by { $jump } and { $from }; every later serial must then be above { $serial }: pass --force if that is meant (at most { $step } without it)

## What a dry run warns about

lint-no-emergency = { $cctld }: no 24x7 line (emergency_phone)
lint-no-phone = { $cctld }, { $name }: no phone or mobile
lint-namesakes = { $cctld }, { $name }: two people of this name ({ $one } and { $other }) and not both with an `id`: a change to either's first e-mail will look like a removal and an addition
lint-identity = { $cctld }, { $name }: identity changes from { $old } to { $new }: every member's phone will show { $was } removed and { $name } added; keep the old first e-mail first, or give them an `id`

## sync, status and verify, beside their rejections

sync-sources-problem = { $problem }; correct it, or name a source (`tldops sync ~/Mail/tld-ops`)
sync-nothing-to-read = nothing to read: name a source (`tldops sync ~/Mail/tld-ops`, or `... | tldops sync -`) or list `sources` in { $path }
sync-no-key = no key is pinned, so no snapshot can be trusted: pin the secretariat's key first with `tldops trust add KEY.asc`
sync-rotation = KEY ROTATION in { $directory } at serial { $serial }: retired { $retired }; now pinned { $pinned } (threshold { $threshold })
sync-rotation-compare = compare these fingerprints with the ones the secretariat announced by another channel (its website, a call); `tldops trust list` shows them again
status-or-pipe = { $problem } (or pipe a mailing to `tldops sync -`)
verify-no-key = no key is pinned yet, so no signature can be trusted: `tldops trust add KEY.asc`
verify-history-known = already kept
verify-history-unchecked = not compared with the kept history
verify-history-new = new
verify-label-verdict = verdict
verify-label-directory = directory
verify-label-serial = serial
verify-label-issued = issued
verify-label-expires = expires
verify-label-signed-by = signed by
verify-label-signed-at = signed at
verify-label-carrier = carrier
verify-label-contents = contents
verify-good = good signature, valid snapshot ({ $history })
verify-stale = STALE
verify-contents = { $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    }, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }
verify-cannot-compare = cannot compare with the kept history

## man


## Rosters

roster-line = line { $line }:{" "}
roster-part = { $part }:{" "}
roster-did-you-mean = : did you mean `{ $key }`?
roster-columns-are = {" "}(the columns are { $columns })
roster-has-keys = {" "}(a { $what } has { $keys })
roster-unknown-column = unknown column `{ $column }`{ $hint }
roster-unknown-key = unknown key `{ $key }`{ $hint }
roster-no-name = (no name)
roster-no-code = (no code)
roster-csv-header = the header row cannot be read: { $problem }
roster-csv-empty = the CSV file is empty: its first row names the columns
roster-column-twice = column `{ $column }` appears twice
roster-no-column = no `{ $column }` column
roster-csv-unreadable = cannot be read as CSV: { $problem }
roster-cells = has { $cells } cells; the header row names { $columns }
roster-csv-utf8 = not valid UTF-8: save the spreadsheet as CSV UTF-8
roster-csv-no-code = missing: every row names its ccTLD
roster-differs = `{ $value }` differs from `{ $first }` at line { $line }: give it once, or the same on every row
roster-utf8 = not valid UTF-8: save the roster as UTF-8
roster-toml = not valid TOML: { $problem }
roster-format = must be "{ $format }"
roster-must-be-string = must be a string
roster-serial = must be an integer from 1 to 2^53-1
roster-datetime = must be an offset date-time (2026-11-01T06:00:00Z)
roster-cctld-table = must be a table ([[cctld]])
roster-cctld-array = must be an array of tables ([[cctld]])
roster-contact-table = must be a table ([[cctld.contact]])
roster-contact-array = must be an array of tables ([[cctld.contact]])
roster-wrong-list = a list holding something other than strings
roster-wrong-type = a { $kind }
roster-single = must be a single value, not a list
roster-not-string = must be a string, not { $what }
roster-line-break-note = a line break became a space
roster-line-break = holds a line break; only a note may (it becomes a space)
roster-must-be-list = must be a list: { $key } = ["..."] (in CSV, `;` between values)
roster-not-strings = must be a list of strings, not { $what }
roster-too-many = holds { $count } values; at most { $max } allowed
roster-empty-value = holds an empty value
roster-missing = missing
roster-is-empty = is empty
roster-no-email = missing: every contact needs an e-mail address
roster-no-cctld = the roster holds no ccTLD
roster-too-many-cctlds = the roster holds { $count } ccTLDs; at most { $max } allowed
roster-again = appears again (first at line { $line })
roster-contacts = holds { $count } contacts; 1 to { $max } allowed
roster-same-identity = has the same identity ({ $identity }) as { $first } at line { $line }: two people may share a name, never an identity; give each an `id`, or tell them apart by their first e-mail

## The store and signing, beyond the above

sign-no-key = no key to sign with
store-cannot-commit = cannot commit the sync
store-reads-otherwise = serial { $serial } of { $directory } no longer reads as it did when verified
