# Why a mail or a snapshot was rejected or passed over.
# The details of a rejection are what `tldops sync`, `verify` and `status`
# say after the reason code; their English words are also what the database
# keeps and what `--json` prints, so they never change with the language.
# Limits, counts, sizes, serials, paths, values and library messages are
# given as text and stay as they are; `PLURAL($n)` is given a number.

## Lines of the sync and verify reports

reason-line-rejected = rejected { $label }: { $code }: { $detail }
reason-line-rejected-before = rejected before { $label }: { $code }: { $detail }
reason-line-passed-over = passed over { $label }: { $detail }
reason-line-passed-over-chatter = passed over { $label }: not a snapshot
reason-line-notice = notice: { $label }: { $detail }
reason-line-note = { $label }: { $note }
reason-line-oversize = { $source }: passed over: { $size } bytes is over the { $mib } MiB message limit
reason-verify-rejected = verdict     REJECTED { $code }: { $detail }
reason-verify-passed-over = { $file }: passed over { $count } { PLURAL($count) ->
        [one] message that holds
       *[other] messages that hold
    } no snapshot of a pinned key
reason-verify-no-snapshot = { $file }: no snapshot in this mailbox

## Details put together

reason-at = { $path }: { $what }
reason-then = { $first }; { $rest }

## The message and where a snapshot sits

reason-no-snapshot-in-message = no signed snapshot in this message
reason-message-too-big = { $size } bytes is over the { $max }-byte message limit
reason-over-message-limit = { $size } bytes is over the message limit
reason-several-snapshots = the message holds { $n } signed snapshots or snapshot header lines; exactly one is allowed
reason-too-many-parts = more than { $max } MIME parts; at most { $max } are examined
reason-encoding-broken = the { $encoding } transfer encoding is broken
reason-encoding-unknown = unknown transfer encoding `{ $encoding }`
reason-lone-carriage-return = a lone carriage return in line { $line } of the signed text
reason-signed-text-too-big = the signed text is { $size } bytes; at most { $max } are read
reason-armor-too-big = the signature armor is { $size } bytes; at most { $max } are read
reason-pgp-mime-parts = a PGP/MIME entity has { $n } parts; it must have 2
reason-pgp-mime-second-part = the second part of a PGP/MIME entity is not application/pgp-signature
reason-signed-part-too-big = the signed part is { $size } bytes; at most { $max } are read
reason-detached-signature-too-big = the detached signature is { $size } bytes; at most { $max } are read
reason-signed-part-not-text = the signed part is not text/plain
reason-signed-part-charset = the signed part is in charset `{ $charset }`; a snapshot is UTF-8
reason-unread-place = { $place } holds a signature by pinned key { $key }, but the format never reads there (section 3): ask the list's administrators whether the list server changed how it sends mail
reason-place-html = an HTML part
reason-place-nested-multipart = a nested multipart (nested parts are never read)
reason-place-enclosed-twice = a message enclosed in an enclosed message
reason-place-text-attachment = a text/plain attachment
reason-place-attachment = an attachment

## The signature

reason-signed-data-packed = the signed data is compressed or encrypted; a snapshot is signed plain text
reason-not-text-signature = a cleartext snapshot needs a text signature (type 0x01), not { $found }
reason-no-signature = no signature found
reason-signature-ahead = signature by { $key } is dated more than { $hours } h ahead of this clock
reason-signature-policy = signature by { $key } rejected by the standard policy: { $message }
reason-signature-bad = signature by { $key } does not verify: { $message }
reason-key-not-valid = signing key { $key } was not valid when it signed: { $message }
reason-key-unbound = a key of { $key } is not validly bound: { $message }
reason-signature-malformed = malformed signature: { $message }
reason-signature-unsupported = unsupported signature: { $message }
reason-verifier-said = { $message }
reason-signature-unprocessed = the signature could not be processed: { $message }
reason-signed-unfinished = the signed message was not completely processed
reason-payload-over = the signed payload is over { $max } bytes ({ $size } read)
reason-payload-too-big = the signed payload is { $size } bytes; at most { $max } allowed
reason-signature-too-big = the signature is { $size } bytes; at most { $max } are read
reason-armor-unreadable = the signature armor cannot be read: { $message }
reason-armor-not-signature = the signature armor is not a PGP SIGNATURE
reason-signature-block-empty = the signature block is empty
reason-signature-block-packet = the signature block holds a { $packet } packet; only signatures are allowed
reason-signature-packets = { $n } signature packets; at most { $max } are read
reason-signature-block-malformed = the signature block is malformed: { $what }
reason-packet-not-openpgp = not an OpenPGP packet
reason-packet-partial = a partial body length
reason-packet-truncated = a truncated packet header
reason-packet-indeterminate = an indeterminate length
reason-packet-too-long = a packet longer than the block

## Who signed, and for what

reason-unpinned-only = signed only by keys that are not pinned
reason-no-pinned-signature = no signature by a pinned key
reason-wrong-directory = directory `{ $directory }` is not one the signing { PLURAL($signers) ->
        [one] key is
       *[other] keys are
    } pinned for
reason-threshold = { $signed } pinned key(s) signed; directory `{ $directory }` needs { $needs }
reason-threshold-now = { $signed } of the keys that signed vouch for serial { $serial } of `{ $directory }`; it needs { $needs }
reason-key-retired = key { $key } was retired at serial { $at } by a signed handover; it vouches for no later serial of `{ $directory }`, and this is serial { $serial }
reason-handover-next-short = the handover to { $keys } { PLURAL($keys) ->
        [one] key
       *[other] keys
    } is signed by { $signed } of its next keys and needs { $needs }: signed by one side only, it changes nothing
reason-handover-next-only = a handover of `{ $directory }` signed only by its next keys: the keys pinned now must sign it too, so it changes nothing
reason-issued-ahead = issued { $issued } is more than { $hours } h ahead of this clock ({ $now })

## Against the kept history

reason-equivocation = serial { $serial } of `{ $directory }` is already kept with different content (sha256 { $here } here, { $kept } kept): a signing key was misused or the secretariat made a mistake
reason-out-of-step = serial { $serial } issued { $issued } is out of step with kept serial { $kept } issued { $kept_issued }

## The document

reason-not-utf8 = not valid UTF-8 (at byte { $byte })
reason-not-toml-at-line = not valid TOML at line { $line }: { $message }
reason-not-toml = not valid TOML: { $message }
reason-format-later = the snapshot is in format `{ $format }`, which this tldops does not read: upgrade tldops
reason-format-other = `{ $format }` is not `{ $want }`
reason-missing = missing
reason-empty = is empty
reason-not-table = must be a table
reason-not-string = must be a string
reason-not-integer = must be an integer
reason-not-array-of-tables = must be an array of tables
reason-not-array-of-strings = must be an array of strings
reason-not-array-of-fingerprints = must be an array of fingerprints
reason-not-array-of-base64 = must be an array of base64 strings
reason-not-datetime = must be an offset date-time (2026-11-01T06:00:00Z)
reason-datetime-incomplete = must be an offset date-time with a date, a time and an offset
reason-invalid-datetime = not a valid date-time: { $message }
reason-expires-before-issued = must be later than `issued`
reason-serial-outside = { $n } is outside 1 to 2^53-1
reason-entries-between = holds { $n } entries; 1 to { $max } allowed
reason-entries-at-most = holds { $n } entries; at most { $max } allowed
reason-length-between = is { $n } characters long; { $min } to { $max } allowed
reason-length-at-most = is { $n } characters long; at most { $max } allowed
reason-forbidden-character = contains the forbidden character { $code }
reason-unprintable = must be printable characters, not { $code }
reason-space-at-ends = must not begin or end with a space
reason-same-identity = has the same identity ({ $identity }) as { $first }; two people may share a name, never an identity
reason-no-address = holds no address; 1 to 5 allowed
reason-id-character = `{ $character }` is not allowed in an id: only A-Z a-z 0-9 . _ -
reason-not-language-tag = `{ $value }` is not a BCP 47 language tag
reason-not-fingerprint = `{ $value }` is not an OpenPGP fingerprint (40 or 64 hex digits)

## ccTLD codes

reason-code-repeated = `{ $code }` appears more than once
reason-code-leading-dot = `{ $code }` must be written without a leading dot
reason-code-upper-case = `{ $code }` must be lower case
reason-code-not-cctld = `{ $code }` is not a ccTLD: two letters (`tz`), or an IDN ccTLD (`xn--p1ai`, `рф`)
reason-code-not-one-label = `{ $code }` is not a single label
reason-code-not-idn = `{ $code }` is not a valid IDN ccTLD label

## E-mail addresses

reason-not-mail-address = `{ $value }` is not an e-mail address (local@domain): { $why }
reason-mail-no-at = it has no @
reason-mail-nothing-before-at = nothing before the @
reason-mail-local-too-long = more than 64 octets before the @
reason-mail-bare-quote = a quoted local part with a bare `"` or `\`
reason-mail-empty-atom = an empty part between dots before the @
reason-mail-local-character = a character not allowed before the @
reason-mail-nothing-after-at = nothing after the @
reason-mail-address-literal = an address literal, not a domain
reason-mail-empty-label = an empty label in the domain
reason-mail-invalid-domain = not a valid domain
reason-mail-one-label = a domain of one label
reason-mail-domain-too-long = a domain longer than 253 octets
reason-mail-label-characters = a domain label that is not letters, digits and inner hyphens
reason-mail-numeric-tld = a numeric top-level domain

## Phone numbers

reason-not-phone = `{ $value }` is not an international number: { $why }
reason-phone-plus-first = it must start with +
reason-phone-digits-after-plus = digits must follow the +
reason-phone-character = `{ $character }` is not allowed
reason-phone-digit-last = it must end with a digit
reason-phone-parentheses = unbalanced parentheses

## A key handover (`[rotation]`)

reason-keys-between = holds { $n } keys; 1 to { $max } allowed
reason-key-repeated = names a key already listed
reason-next-threshold-outside = { $n } is outside 1 to { $max } (the number of next keys)
reason-certs-at-most = holds { $n } certificates; at most { $max }
reason-cert-not-next = is the certificate of { $key }, which is not in `next_keys`
reason-cert-second = is a second certificate for { $key }
reason-cert-none = holds no certificate for next key { $key }
reason-cert-too-long = is { $n } characters; a certificate is at most { $max } bytes
reason-cert-not-base64 = is not base64 (RFC 4648, one line): { $message }
reason-cert-not-binary = is not a binary OpenPGP certificate
reason-cert-not-one = is not one OpenPGP certificate: { $message }
reason-cert-secret = holds secret key material; only public certificates belong here
