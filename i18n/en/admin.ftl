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
publish-wrote = wrote serial { $serial } of { $directory } ({ $cctlds } ccTLDs, { $contacts } contacts, { $what }), signed by { $signers }, to { $path }
publish-printed = printed serial { $serial } of { $directory } ({ $cctlds } ccTLDs, { $contacts } contacts, { $what }), signed by { $signers }
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
