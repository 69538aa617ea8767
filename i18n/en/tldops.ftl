# tldops messages, English: the reference every other language falls back to.
# Numbers given as numbers are written as the language writes them (ICU4X);
# `PLURAL($n)` gives the CLDR plural category of $n (ICU4X icu_plurals).
# Serials, hashes, fingerprints, codes and dates are given as text and stay
# as they are.

## Regions (ICANN)

region-africa = Africa
region-asia-pacific = Asia/Australia/Pacific
region-europe = Europe
region-latin-america = Latin America/Caribbean
region-north-america = North America
region-none = Not in the root zone

## Time

utc-offset = UTC{ $standard }
utc-offsets-summer = UTC{ $standard }, { $summer } in summer
age-days = { $n } days
age-hours = { $n } hours
age-minutes = { $n } minutes
age-moments = moments

## The printed sheet

sheet-title = { $directory } emergency contact sheet
sheet-title-text = { $directory } EMERGENCY CONTACT SHEET
sheet-title-serial = { $directory } emergency contact sheet, serial { $serial }
sheet-sensitivity = TLD-OPS members only: personal data
sheet-verify = Before acting on a request, verify the caller: call back on a number from this sheet, or check their PGP key.
sheet-provenance = { $directory } serial { $serial } · issued { $issued } · expires { $expires } · printed { $printed }
sheet-signed-by = signed by { $signers }
sheet-stale = STALE: this snapshot expired { $expires }; check for a newer sheet before relying on it
sheet-index = INDEX
sheet-index-title = Index
sheet-page = page { $page } of { $pages }
sheet-emergency = 24x7
sheet-dial = dial
sheet-office = office
sheet-mobile = mobile
sheet-speaks = speaks { $languages }
sheet-note = note: { $note }
sheet-qr-one-of-many = Card of { $who } of { $cctld } only
sheet-qr-one = Card of { $who }, { $cctld }
sheet-qr-many = Card of { $cctld }: { $names }
sheet-nothing = nothing to print: nothing matches
sheet-wrote = wrote the sheet ({ $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    }, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }, { $bytes } bytes) to { $path }
sheet-elsewhere = the header, footer or index
sheet-missing-fonts = warning: no font here shows { $total } { PLURAL($total) ->
        [one] character
       *[other] characters
    } of { $places }; they print as empty boxes: install { $fonts } and print again (fonts searched: { $searched })
sheet-built-in = { $font } (built in)
sheet-system-fonts = { $count } system { PLURAL($count) ->
        [one] font
       *[other] fonts
    }

## Staleness

stale = STALE: the { $directory } snapshot (serial { $serial }, signed by { $signer }) expired { $expired } ({ $ago } ago); answers come from it until a newer one is synced

## find

find-heading-local-time = it is { $time } in { $city } (UTC{ $offset })
find-column-name = Name / role
find-column-reach = E-mail / phones
find-column-email = E-mail
find-column-phones = Phones
find-column-keys = PGP / languages
find-office = office { $number }
find-mobile = mobile { $number }
find-languages = languages { $languages }
find-count = { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    } in { $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    }, from { $from }
find-snapshot-name = { $directory } serial { $serial }
find-nothing = nothing matches `{ $query }`
find-did-you-mean = did you mean { $suggestions }?
find-no-contact-yet = { $country } (.{ $label }) is in the root zone but has no contact in the directory yet (`tldops coverage` lists every such ccTLD)
find-evidence-no-contact = { $evidence }, in { $country }, which has no contact in { $directories }: see `tldops coverage`

## status

status-database-none = database     { $path } (none yet)
status-database = database     { $path } (schema { $schema })
status-current-none = current      none yet: run `tldops sync SOURCE`
status-current = current      serial { $serial }, issued { $issued }, expires { $expires }
status-signed-by = signed by    { $key } at { $time }
status-contents = contents     { $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    } (of { $root } in the root zone), { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    }
status-synced = synced       { $time } from { $source }
status-message = message      { $id }
status-mail-from = mail from    { $from } (shown, not trusted)
status-history = history      { $count } { PLURAL($count) ->
        [one] snapshot
       *[other] snapshots
    }{ $serials }
status-serials = {" "}(serials { $serials })
status-pinned = pinned keys  { $count } (threshold { $threshold })
status-rejected = rejected     { $count } { PLURAL($count) ->
        [one] message
       *[other] messages
    } kept, each said once by the sync that met it:
status-rejection = { $date } { $reason }: { $detail } ({ $source }{ $message })
status-rejected-more = and { $count } more: `tldops status --json`
status-no-directory = no directory yet: pin a key with `tldops trust add KEY.asc`

## sync

sync-synced = synced { $count } { PLURAL($count) ->
        [one] snapshot message
       *[other] snapshot messages
    }: { $new }, { $known } already known, { $rejected } rejected
sync-new-none = no new snapshot
sync-new-one = 1 new snapshot (serial { $serial }, { $cctlds } { PLURAL($cctlds) ->
        [one] ccTLD
       *[other] ccTLDs
    }, { $contacts } { PLURAL($contacts) ->
        [one] contact
       *[other] contacts
    })
sync-new-many = { $count } new snapshots ({ $serials })
sync-serial = { $head }serial { $top }
sync-serials = { $head }serials { $serials }; highest { $top }
sync-rejected-before = {" "}({ $count } rejected before: `tldops status`)
sync-passed-over = ; { $count } { PLURAL($count) ->
        [one] other message
       *[other] other messages
    } passed over
sync-unpinned = {" "}({ $count } signed only by keys that are not pinned)
sync-unchanged = ; { $count } { PLURAL($count) ->
        [one] source
       *[other] sources
    } unchanged since the last sync
sync-unreadable = ; { $count } { PLURAL($count) ->
        [one] file
       *[other] files
    } could not be read
sync-empty = ; { $count } { PLURAL($count) ->
        [one] source
       *[other] sources
    } held no message
sync-since = ; { $directory } since serial { $serial }: { $added } contacts added, { $removed } removed, { $changed } changed
sync-review = {" "}(review them: `tldops diff`)
