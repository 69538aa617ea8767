# The lookup and export commands not in tldops.ftl.
# Numbers given as numbers are written as the language writes them;
# serials, codes, file names and flags are given as text and stay as they are.

## route

route-cannot-read-directory = cannot read { $name }: it is a directory
route-cannot-read = cannot read { $name }: { $error }
route-not-listed = more than { $max } distinct items: { $more } more occurrences of items not listed were counted
route-nothing = no domain, URL or address found in { $lines } { PLURAL($lines) ->
        [one] line
       *[other] lines
    }
route-summary = { $lines } { PLURAL($lines) ->
        [one] line
       *[other] lines
    }: { $items } { PLURAL($items) ->
        [one] item
       *[other] items
    } under { $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    } ({ $covered } with contacts), { $unmatched } under no ccTLD, { $skipped } skipped
route-items-under = { $count } { PLURAL($count) ->
        [one] item
       *[other] items
    } under { $cctld }:
route-no-contact = No contact in TLD-OPS for { $count } { PLURAL($count) ->
        [one] ccTLD
       *[other] ccTLDs
    } (see `tldops coverage`):
route-no-contact-line = { $cctld }  { $country }: { $count } { PLURAL($count) ->
        [one] item
       *[other] items
    }
route-under-no-cctld = Under no ccTLD ({ $count } { PLURAL($count) ->
        [one] item
       *[other] items
    }):
route-skipped = Skipped, not valid ({ $count }):
route-skipped-line = { $text }: { $why }
route-generic = `.{ $label }` is a generic TLD: not in TLD-OPS
route-infrastructure = `.{ $tld }` is the infrastructure TLD: not in TLD-OPS
route-not-in-root-zone = `.{ $tld }` is not a top-level domain of the root zone
route-ip-address = an IP address: routed by name, not by address space

## Why a word that looks like evidence is skipped

route-invalid-empty-label = empty label
route-invalid-label-too-long = a label of { $octets } octets (at most 63)
route-invalid-name-too-long = a name of { $octets } octets (at most 253)
route-invalid-hyphen = label `{ $label }` starts or ends with a hyphen
route-invalid-punycode = invalid punycode in `{ $label }`
route-invalid-character = character { $character } is not allowed in a host name
route-invalid-idn = not a valid internationalised name
route-invalid-local-part = empty or over-long local part
route-invalid-too-long = { $octets } octets long (at most { $max })
route-invalid-url = not a valid URL ({ $error })

## route --drafts

route-no-draft = no draft for { $cctld }: none of its contacts has an e-mail address
route-wrote-drafts = wrote { $count } { PLURAL($count) ->
        [one] draft
       *[other] drafts
    } in { $directory }: { $names }
route-kept-drafts = kept { $count } { PLURAL($count) ->
        [one] draft that already exists
       *[other] drafts that already exist
    } in { $directory } (pass --force to replace): { $names }
route-draft-directory = cannot create the draft directory { $path }
route-template-unreadable = cannot read the template { $path }
route-template-too-large = the template { $path } is larger than { $kib } KiB
route-template-invalid = template { $path }: { $error }
route-template-no-subject = the template must begin with a `Subject:` line
route-template-no-body = the `Subject:` line must be followed by an empty line, then the body
route-template-unknown = line { $line }: unknown placeholder `{ $placeholder }`; known: { $known }
route-template-unclosed = line { $line }: a `{"{"}` without its `{"}"}` (write `{"{{"}` for a brace)
route-template-unopened = line { $line }: a `{"}"}` without its `{"{"}` (write `{"}}"}` for a brace)
route-template-items-place = line { $line }: { $items } belongs in the body, last on its line
route-template-no-items = the body has no { $items }: the draft would not list the evidence

# The default draft. Each { $name } stands for the template placeholder of
# that name, filled per ccTLD; $n_items is route-draft-n-items.
route-draft-subject = [{ $directory }] { $n_items } under { $cctld } ({ $country }) for your attention
route-draft-greeting = Hello { $cctld } security team,
route-draft-found =
    In an incident we are handling, we found the following { $n_items } under
    { $cctld }. They are written defanged (hxxp, [.], [@]) so that no mail client
    turns them into links.
route-draft-ask = Could you look into them, or tell us who should?
route-draft-thanks = Thank you,
route-draft-n-items = { $count } { PLURAL($n) ->
        [one] item
       *[other] items
    }

## show

show-region = region { $region } · in { $directory } since serial { $since } · current serial { $serial }
show-region-none = not in the root zone
show-seen-title = Seen
show-seen = first serial { $first } ({ $first_issued })
    changed serial { $changed } ({ $changed_issued })
show-not-a-cctld = .{ $code } is not a ccTLD of the root zone
show-nothing = nothing matches `{ $query }` (`tldops find { $query }` suggests near misses)
show-many = `{ $query }` matches { $count } { PLURAL($count) ->
        [one] ccTLD
       *[other] ccTLDs
    }: { $list }; narrow it, or name one: `tldops show .{ $first }`

## list

list-contacts = { $count } { PLURAL($count) ->
        [one] contact
       *[other] contacts
    }

## coverage

coverage-total = { $covered } of { $total } ccTLDs in the root zone have a contact ({ $ascii_covered } of { $ascii } ASCII, { $idn_covered } of { $idn } IDN); { $missing } missing
coverage-total-region = { $covered } of { $total } ccTLDs in { $region } have a contact ({ $ascii_covered } of { $ascii } ASCII, { $idn_covered } of { $idn } IDN); { $missing } missing
coverage-region = { $region }: { $covered } of { $total } covered, { $missing } missing

## export

export-dir-changed-since = --dir keeps the directory a mirror of the whole selection, which already updates only what changed: drop --changed-since
export-nothing = nothing to export
export-nothing-matches = nothing to export: nothing matches the query
export-dir-vcard = --dir writes one vCard per file: use it with --format vcard3 or vcard4
export-excel-csv = --excel is for --format csv
export-cards = { $count } { PLURAL($count) ->
        [one] card
       *[other] cards
    } ({ $version })
export-rows = { $count } { PLURAL($count) ->
        [one] row
       *[other] rows
    }
export-contacts = { $count } { PLURAL($count) ->
        [one] contact
       *[other] contacts
    }
export-wrote = wrote { $what }, { $bytes } bytes, to { $path }
export-wrote-stdout = wrote { $what }, { $bytes } bytes, to standard output
export-vdir = { $directory } now holds { $cards }: { $added } added, { $updated } updated, { $removed } removed, { $unchanged } left alone (unchanged){ $renamed }; { $bytes } bytes written
export-vdir-renamed = , { $count } renamed from old-style UIDs
export-vdir-left-alone = left alone { $count } { PLURAL($count) ->
        [one] entry
       *[other] entries
    } that tldops did not write: { $names }{ $more }
export-and-more = , and { $count } more
export-vdir-failed-card = failed: { $name } for { $who }: { $error }
export-vdir-failed = { $count } { PLURAL($count) ->
        [one] card
       *[other] cards
    } failed; every card in { $directory } is whole, old or new
export-no-such-serial = { $directory } has no kept snapshot with serial { $serial } (kept: { $kept })
export-people-left = { $count } { PLURAL($count) ->
        [one] person left
       *[other] people left
    } since serial { $serial }, to delete by hand: { $names }

## qr

qr-several-cctlds = the query matches people in { $count } ccTLDs:
qr-narrow = a QR code holds one person or one ccTLD: narrow the query (`tldops qr .tz`, `tldops qr .tz amani`)
qr-one-per-person = { $people } people of { $cctld } are too much for one code that scans reliably: { $codes } codes, one per person
qr-point-camera = { $label } ({ $bytes } bytes of vCard 3.0, { $modules }×{ $modules } modules): point a phone camera at it
qr-output-is-for-files = --output is for --format svg or png
qr-needs-output = --format svg and png write a file: give -o FILE
qr-exists = { $path } already exists: choose another name or pass --force
qr-wrote = wrote a QR code for { $label } ({ $bytes } bytes of vCard 3.0) to { $path }; print it at least 2.5 cm wide
qr-too-large = the vCard is { $bytes } bytes; a QR code that scans reliably holds at most { $max }: narrow the query to one person
qr-cannot = cannot make a QR code: { $error }

## find: a query read as evidence

find-not-valid-evidence = `{ $word }` looks like a domain, URL or address but is not valid: { $why }
find-evidence-under = { $host } is under { $cctld }
find-evidence-unmatched = { $host } is under .{ $tld }: { $why }
find-either = { $first } or { $second }

## sheet

sheet-pdf-on-terminal = a PDF does not belong on a terminal: give -o sheet.pdf, or --format text
sheet-several-directories = the selection spans several directories ({ $directories }): a sheet is for one; narrow the query
sheet-qr-failed = making the QR codes failed
sheet-font-for = a font with U+{ $code }
sheet-pdf-failed = cannot write the PDF: { $error }

## Selections and queries

present-labelled = { $label }: { $text }

selection-not-a-region = `{ $region }` is not an ICANN region: africa, ap, europe, lac or na
search-too-long = the query is { $length } characters long; at most { $max } are allowed
search-empty = the query has no letters or digits to search for

## Mail sources

mail-empty-file = holds no message: the file is empty
mail-empty-maildir = holds no message: a Maildir with nothing in cur/ or new/
mail-maildir-root = holds no message in its own cur/ and new/: it is a Maildir++ root, whose folders are { $folders }; name the list's folder (`tldops sync { $example }`)
mail-empty-directory = holds no message: not a Maildir (no cur/ or new/) and no .eml file
mail-holds-mboxes = ; it holds the mbox files { $files }: name one (`tldops sync { $example }`)
mail-holds-maildirs = ; it holds the Maildirs { $dirs }: name one (`tldops sync { $example }`)
mail-not-found = no such file or directory
mail-permission-denied = permission denied
mail-cannot-read = cannot read: { $error }
mail-read-error = read error: { $error }

sheet-bad-paper = the paper size is not one a PDF page can have
