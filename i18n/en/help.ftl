# The help of the command line (--help) and of the man pages: every text of
# the command tree, by command path and argument (help-find-about,
# help-find-arg-format, help-find-arg-format-mutt), then clap's own words.

## tldops

help-tldops-about = tldops: the TLD-OPS contact directory, signed, offline and on your own disk
help-tldops-long-about =
    tldops: the TLD-OPS contact directory, signed, offline and on your own disk.

    Reads the list's signed contact snapshots from your mail, verifies them against pinned keys and answers from a local cache. Nothing touches the network.
help-tldops-after-long-help =
    Exit status: 0 success (a closed pipe too); 1 nothing found; 2 usage error; 3 a snapshot was rejected; 4 equivocation (two snapshots with one serial); 5 a source could not be read or holds no message; 6 any other error (no snapshot yet, database or config unusable); 7 publish or cosign refused (the roster, the journal or the self-check said no; nothing written).

    Files: `tldops paths` shows the config file, the database and why (flag, TLDOPS_CONFIG_DIR, TLDOPS_DATA_DIR, OS default). Nothing in tldops touches the network.
help-tldops-arg-config = Read this config file instead of the default one
help-tldops-arg-data-dir = Keep the database in this directory [env: TLDOPS_DATA_DIR]
help-tldops-arg-color = When to use colour
help-tldops-arg-no-pager = Never send a long answer through $PAGER
help-tldops-arg-lang = Language of messages and of the sheet: en, fr, es, ru, ar, zh
help-tldops-arg-lang-long =
    Language of messages and of the sheet: en, fr, es, ru, ar, zh

    Chosen in this order: --lang; the first of LC_ALL, LC_MESSAGES and LANG that names one of these languages (C and POSIX are passed over); `lang` in the config file; English. Machine output (JSON, CSV, vCard, mutt and aerc lines, reason codes, exit codes) is the same in every language.

## tldops find

help-find-about = Find who to call: by ccTLD, country, name, role, e-mail or phone digits
help-find-after-help =
    Examples:
      tldops find .tz                      who answers for .tz, with the local time there
      tldops find tanzania                 by country, in six languages (tanzanie, танзания ...)
      tldops find oystein                  names fold accents and scripts: Øystein
      tldops find +255 65 000 1661         phone digits, however written
      tldops find tz baraka                several words narrow the result
      tldops find                          every ccTLD, through $PAGER on a terminal
      tldops find --format mutt kiprono    the lines mutt's query_command reads
      tldops find --json .tz               the documented JSON shape

    Exit status:
      0 found; 1 nothing found (said with near misses, or that the ccTLD has no contact yet); 2 usage; 6 no snapshot yet. With --format mutt or aerc, nothing is written to standard error: mutt's first line says it.
help-find-arg-query = Words to match: `.tz`, `tanzania`, `oystein`, `+255 65 000 1661`; several words narrow the result [default: every ccTLD]
help-find-arg-format = Output format
help-find-arg-format-table = A table grouped by ccTLD
help-find-arg-format-json = The documented JSON shape
help-find-arg-format-mutt = mutt/neomutt `query_command`: a message line, then address, name, ccTLD
help-find-arg-format-aerc = aerc `address-book-cmd`: address and name
help-find-arg-json = Same as --format json
help-find-arg-directory = Answer from this directory only [default: every directory kept]

## tldops route

help-route-about = Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts
help-route-after-help =
    Examples:
      tldops route abuse-feed.csv                   every domain, URL and address in a text, by ccTLD
      tldops route --drafts drafts/ < incident.log  and one mail draft per ccTLD, to edit and send

    Exit status:
      0 routed; 1 no domain, URL or address found; 2 usage; 5 a file could not be read; 6 no snapshot yet, or a draft not writable.
help-route-arg-files = Files of free text: logs, CSV, mail bodies, abuse feeds; - for standard input [default: standard input]
help-route-arg-format = Output format
help-route-arg-format-text = Per ccTLD: its contacts (24x7 line first) and the items under it
help-route-arg-format-json = The documented JSON shape
help-route-arg-format-csv = One row per item, spreadsheet-safe
help-route-arg-json = Same as --format json
help-route-arg-drafts = Also write one mail draft (.eml) per ccTLD with contacts into this directory
help-route-arg-template = The drafts' wording: a `Subject:` line, an empty line, then the body, with placeholders {"{"}count{"}"} {"{"}n_items{"}"} {"{"}cctld{"}"} {"{"}code{"}"} {"{"}country{"}"} {"{"}directory{"}"} {"{"}items{"}"}
help-route-arg-force = Replace drafts that exist

## tldops show

help-show-about = Show one ccTLD in full, with when each contact was first seen and last changed
help-show-after-help =
    Examples:
      tldops show .tz                      one ccTLD in full, with each contact's history
      tldops show tanzania                 whatever find takes, when it leads to one ccTLD

    Exit status:
      0 shown; 1 nothing matches, or the ccTLD has no contact; 2 usage, or the words match several ccTLDs (they are listed); 6 no snapshot yet.
help-show-arg-query = The ccTLD (`.tz`, `рф`, `xn--p1ai`), or any words `find` takes (`tanzania`, `kiprono`) that lead to one ccTLD
help-show-arg-json = Print as JSON
help-show-arg-directory = Answer from this directory only [default: every directory kept]

## tldops list

help-list-about = List every ccTLD of the current snapshot, by ICANN region
help-list-after-help =
    Examples:
      tldops list                          every ccTLD of the current snapshots
      tldops list --region africa          one ICANN region

    Exit status:
      0 listed; 2 usage; 6 no snapshot yet.
help-list-arg-region = Only this ICANN region
help-list-arg-region-africa = Africa
help-list-arg-region-ap = Asia/Australia/Pacific
help-list-arg-region-europe = Europe
help-list-arg-region-lac = Latin America/Caribbean
help-list-arg-region-na = North America
help-list-arg-json = Print as JSON
help-list-arg-directory = Answer from this directory only [default: every directory kept]

## tldops coverage

help-coverage-about = Show which ccTLDs of the root zone have no contact yet, by region
help-coverage-after-help =
    Examples:
      tldops coverage                      the ccTLDs of the root zone nobody answers for yet
      tldops coverage --region africa      in one ICANN region

    Exit status:
      0 shown; 2 usage; 6 no snapshot yet.
help-coverage-arg-region = Only this ICANN region
help-coverage-arg-region-africa = Africa
help-coverage-arg-region-ap = Asia/Australia/Pacific
help-coverage-arg-region-europe = Europe
help-coverage-arg-region-lac = Latin America/Caribbean
help-coverage-arg-region-na = North America
help-coverage-arg-json = Print as JSON
help-coverage-arg-directory = Answer from this directory only [default: every directory kept]

## tldops export

help-export-about = Export contacts as vCards for phones, CSV or JSON
help-export-after-help =
    Examples:
      tldops export -o tld-ops.vcf                  every contact as vCard 3.0, for a phone
      tldops export --directory TLD-OPS --changed-since 117 -o new.vcf   who changed since serial 117
      tldops export --dir ~/.contacts/tld-ops       a mirrored vdir for khard and vdirsyncer
      tldops export --format csv --excel -o tld-ops.csv  for Excel on Windows
      tldops export --format json .tz -o -          JSON on standard output

    Exit status:
      0 written; 1 nothing to export; 2 usage; 6 no snapshot yet, or a file not writable.
help-export-arg-query = Only contacts matching these words (as for `find`) [default: everyone]
help-export-arg-format = Output format
help-export-arg-format-vcard3 = vCard 3.0: what iOS and Android import reliably
help-export-arg-format-vcard4 = vCard 4.0
help-export-arg-format-csv = One row per person, spreadsheet-safe
help-export-arg-format-json = The documented JSON shape of `find --json`
help-export-arg-output = Write to this file (created 0600) instead of standard output (`-` is standard output)
help-export-arg-dir = Keep this directory a mirror of the selection, one vCard per file (the vdir of khard and vdirsyncer)
help-export-arg-dir-long =
    Keep this directory a mirror of the selection, one vCard per file (the vdir of khard and vdirsyncer)

    New people are added, a card is rewritten only when its content changed (an unchanged card keeps its bytes and its time), and the cards of people who left are removed. Only cards tldops wrote (recognised by their UID and content) are ever replaced or removed; anything else is left alone and named. Cards of an older tldops are replaced by the same person's card. The first export into a non-empty directory that holds no tldops card needs --force.
help-export-arg-changed-since = Only people added or changed since this serial (a small monthly phone update)
help-export-arg-raw = CSV: do not neutralise cells a spreadsheet would run as formulas
help-export-arg-excel = CSV for Excel on Windows: a UTF-8 byte-order mark first (lines end in CRLF, as always)
help-export-arg-force = Replace a file that exists (-o); with --dir, write into a non-empty directory that holds no tldops card yet
help-export-arg-directory = Answer from this directory only [default: every directory kept]

## tldops qr

help-qr-about = Show a QR code a phone camera reads as a contact
help-qr-after-help =
    Examples:
      tldops qr tz upendo                  one person's card, for a phone camera
      tldops qr tz upendo --format png -o upendo.png   a file to print, at least 2.5 cm wide

    Exit status:
      0 shown; 1 nothing matches; 2 usage, or too much for one code; 6 no snapshot yet.
help-qr-arg-query = One person, or one ccTLD's contacts (`.tz`, `amani`)
help-qr-arg-format = Where the code goes
help-qr-arg-format-terminal = Unicode half blocks on standard output
help-qr-arg-format-svg = An SVG file
help-qr-arg-format-png = A PNG file
help-qr-arg-output = The file for svg or png (created 0600; `-` is standard output)
help-qr-arg-force = Replace the file if it exists
help-qr-arg-directory = Answer from this directory only [default: every directory kept]

## tldops sheet

help-sheet-about = Make the emergency contact sheet to print: PDF, HTML or text
help-sheet-after-help =
    Examples:
      tldops sheet --directory TLD-OPS -o sheet.pdf   the emergency contact sheet to print
      tldops sheet --format text --region europe    plain text, one ICANN region

    Exit status:
      0 written; 1 nothing matches; 2 usage; 6 no snapshot yet, or a file not writable.
help-sheet-arg-query = Only contacts matching these words (as for `find`) [default: everyone]
help-sheet-arg-format = Output format [default: pdf for a file (html or text by its extension), text on standard output]
help-sheet-arg-format-pdf = PDF, fonts embedded (the default when writing a file)
help-sheet-arg-format-html = One self-contained HTML file to print from a browser
help-sheet-arg-format-text = Plain text for 80 columns, pages separated by form feeds (the default on standard output)
help-sheet-arg-paper = Paper size; the layout fits both unscaled
help-sheet-arg-region = Only this ICANN region
help-sheet-arg-region-africa = Africa
help-sheet-arg-region-ap = Asia/Australia/Pacific
help-sheet-arg-region-europe = Europe
help-sheet-arg-region-lac = Latin America/Caribbean
help-sheet-arg-region-na = North America
help-sheet-arg-qr = A QR code per ccTLD, 2.55 cm wide, with its contacts as a vCard
help-sheet-arg-output = Write to this file (created 0600) instead of standard output (`-` is standard output)
help-sheet-arg-force = Replace the file if it exists
help-sheet-arg-directory = Answer from this directory only [default: every directory kept]

## tldops history

help-history-about = List the kept snapshots, oldest first
help-history-after-help =
    Examples:
      tldops history                       every kept snapshot, with what changed

    Exit status:
      0 listed; 1 no snapshot yet.
help-history-arg-json = Print as JSON

## tldops diff

help-diff-about = Show contacts added, removed and changed between two snapshots
help-diff-after-help =
    Examples:
      tldops diff --directory TLD-OPS               what the newest snapshot changed
      tldops diff --directory TLD-OPS 113 118       between two kept serials

    Exit status:
      0 shown; 1 no earlier snapshot to compare with; 2 usage; 6 no snapshot yet.
help-diff-arg-old = The older serial [default: the one before the newer]
help-diff-arg-new = The newer serial [default: the current one]
help-diff-arg-directory = The directory [default: the only one kept]
help-diff-arg-json = Print as JSON

## tldops sync

help-sync-about = Read mailings, verify their signed snapshots and keep the good ones
help-sync-after-help =
    Examples:
      tldops sync ~/Mail/tld-ops           an mbox file or a Maildir
      tldops sync                          the config's sources

    Exit status:
      0 synced; 3 a snapshot was rejected; 4 equivocation; 5 a source could not be read or holds no message; 6 no key pinned, or the database unusable.
help-sync-arg-sources = mbox files, Maildirs, .eml files, directories of .eml files, signed snapshot files, or - for standard input [default: the config's `sources`]
help-sync-arg-verbose = Also name every message passed over, and why
help-sync-arg-rescan = Read every source in full, not only what is new since the last sync

## tldops verify

help-verify-about = Check one message or file as sync would, and store nothing
help-verify-after-help =
    Examples:
      tldops verify mailing.eml            one message: its verdict, signer, serial and digest

    Exit status:
      0 every snapshot found is good; 3 a rejection, or no snapshot at all; 6 the database unusable.
help-verify-arg-file = A message (.eml), an mbox, a signed snapshot file, or - for standard input
help-verify-arg-json = Print the result as JSON

## tldops status

help-status-about = Show the current snapshot of each directory, its age and provenance
help-status-after-help =
    Examples:
      tldops status                        current snapshot, age, signer and provenance
      tldops status --check                for monitoring: exit 1 when stale

    Exit status:
      0 a current snapshot (stale or not, without --check); 1 none yet, or, with --check, a stale one.
help-status-arg-json = Print the status as JSON
help-status-arg-check = For monitoring: exit 1 when a current snapshot is stale or there is none

## tldops trust

help-trust-about = Pin, list and remove the keys that sign snapshots
help-trust-after-help =
    Examples:
      tldops trust add tld-ops-secretariat.asc        pin the secretariat's key for TLD-OPS
      tldops trust list                               every pinned key, its state and its handovers

    Exit status:
      As each command's: tldops-trust-add(1), tldops-trust-list(1), tldops-trust-remove(1).

## tldops trust add

help-trust-add-about = Pin a certificate's primary key for a directory (again: merge updates, such as a revocation)
help-trust-add-after-help =
    Examples:
      tldops trust add tld-ops-secretariat.asc        pin the secretariat's key for TLD-OPS
      tldops trust add aftld.asc --directory AFTLD    a regional directory's key, for it alone

    Exit status:
      0 pinned or updated (a warning when the key is revoked or expired); 6 not a certificate.
help-trust-add-arg-cert = An OpenPGP certificate, armoured or binary, or - for standard input
help-trust-add-arg-directory = The directory this key vouches for, and no other

## tldops trust list

help-trust-list-about = List pinned keys and their state
help-trust-list-after-help =
    Examples:
      tldops trust list                    every pinned key, its state and its handovers

    Exit status:
      0 listed; 1 no key pinned.
help-trust-list-arg-json = Print the list as JSON

## tldops trust remove

help-trust-remove-about = Unpin a key
help-trust-remove-after-help =
    Examples:
      tldops trust remove 'BF03 6CF3 0FB1 C4D0 D5BD CE27 1247 9753 134F 6951'   unpin a key

    Exit status:
      0 removed; 6 not pinned, or not a fingerprint.
help-trust-remove-arg-fingerprint = The primary key's fingerprint (spaces allowed)
help-trust-remove-arg-directory = Unpin it only for this directory

## tldops publish

help-publish-about = Sign a roster as a snapshot mailing (for the list's secretariat)
help-publish-after-help =
    Examples:
      tldops publish roster.toml --key secretariat.secret.asc --serial 119 -o serial-119.eml   sign

    Exit status:
      0 written; 2 usage, or a roster that breaks a rule of the format; 6 a key or file that cannot be used.
help-publish-arg-roster = The roster: TOML (the snapshot document, header fields optional) or CSV
help-publish-arg-roster-long =
    The roster: TOML (the snapshot document, header fields optional) or CSV

    It is checked against every rule a reader enforces before it is signed. Each contact may carry `id`, your stable identifier for the person (1 to 64 characters of A-Z a-z 0-9 . _ -, unique within the directory): a contact's identity is its `id` when present, otherwise its ccTLD, name and first e-mail address, and it is what keeps a person the same card on every phone from one snapshot to the next. Two contacts with one identity are refused: give namesakes different first addresses or an `id` each; give a person a new `id` only when they are a new person.
help-publish-arg-key = A secret key to sign with (OpenPGP, armoured or binary); repeat for two signers
help-publish-arg-passphrase-file = Read a key's passphrase from this file instead of asking; repeat in the order of --key
help-publish-arg-rotate-to = Hand the directory over to this key (repeatable): writes `[rotation]` with its public certificate; the next keys must sign this snapshot too
help-publish-arg-next-threshold = How many of the next keys must sign each snapshot after the handover
help-publish-arg-serial = The snapshot's serial: above every earlier one, by at most the serial step
help-publish-arg-directory = The directory's name [default: the roster's, else TLD-OPS]
help-publish-arg-issued = When the snapshot is issued, RFC 3339 [default: the journal's for a serial sent before, else now]
help-publish-arg-expires = When the snapshot goes stale, RFC 3339 (within a year)
help-publish-arg-valid-for = How long the snapshot stays fresh after it is issued (45d, 36h)
help-publish-arg-carrier = How the snapshot is carried
help-publish-arg-carrier-inline = A text/plain mail whose body is the cleartext-signed snapshot
help-publish-arg-carrier-pgp-mime = A PGP/MIME (RFC 3156) multipart/signed mail
help-publish-arg-carrier-file = A bare cleartext-signed file, not a mail
help-publish-arg-transfer-encoding = Transfer encoding of the mail's text part
help-publish-arg-from = The From header [default: the first signing key's first user ID]
help-publish-arg-to = The To header: the list's address [default: the config's list_address for the directory]
help-publish-arg-note = A short cover text for the mail, outside the signed text
help-publish-arg-roster-format = The roster's format [default: by its extension, .csv or else TOML]
help-publish-arg-roster-format-toml = The snapshot document, with or without its header fields
help-publish-arg-roster-format-csv = A spreadsheet saved as CSV: one row per contact, documented columns
help-publish-arg-dry-run = Show what members will see change and the lint warnings; sign and write nothing
help-publish-arg-template = Print an empty roster with every column or key documented, and exit
help-publish-arg-template-toml = The snapshot document, with or without its header fields
help-publish-arg-template-csv = A spreadsheet saved as CSV: one row per contact, documented columns
help-publish-arg-journal-from = Record a published mailing or file in this machine's journal, and exit
help-publish-arg-output = Write here instead of standard output (created 0600)
help-publish-arg-force = Replace the output file if it exists, and allow a serial step above the limit

## tldops cosign

help-cosign-about = Add a second signature to a mailing `publish` wrote, changing no byte of the signed text
help-cosign-after-help =
    Examples:
      tldops cosign serial-120.eml --key bob.secret.asc   a second staff member signs, on their machine

    Exit status:
      0 signed and checked as a member would; 2 usage; 6 a key or file that cannot be used; 7 refused (already signed by this key, or a member would reject the result; nothing written).
help-cosign-arg-file = A mailing or file written by `tldops publish` (inline, PGP/MIME or bare)
help-cosign-arg-key = The secret key to add a signature with
help-cosign-arg-passphrase-file = Read the key's passphrase from this file instead of asking on the terminal
help-cosign-arg-output = Write the cosigned mailing here [default: replace FILE]
help-cosign-arg-force = Replace the output file if it exists

## tldops doctor

help-doctor-about = Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources
help-doctor-long-about =
    Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources

    Each problem is named with its fix.
help-doctor-after-help =
    Examples:
      tldops doctor                        what would hurt during an incident, with fixes

    Exit status:
      0 all is well; 1 at least one problem.

## tldops paths

help-paths-about = Show where the config, database and keys are, and why
help-paths-after-help =
    Examples:
      tldops paths                         where the config and database are, and why

    Exit status:
      0.

## tldops example config

help-example-config-about = Print a commented example config file
help-example-config-after-help =
    Examples:
      tldops example-config                a commented config to start from

    Exit status:
      0.

## tldops completions

help-completions-about = Print a shell completion script
help-completions-after-help =
    Examples:
      tldops completions bash              the bash completion script

    Exit status:
      0; 2 usage.
help-completions-arg-shell = The shell to complete for

## tldops man

help-man-about = Print a manual page (roff): tldops(1), or one command's (tldops-find(1) ...)
help-man-after-help =
    Examples:
      tldops man find                      tldops-find(1)
      tldops man --list                    every page, and the command it documents

    Exit status:
      0; 2 no such command.
help-man-arg-command = The command whose page to print (`find`, `trust add`) [default: the overview, tldops(1)]
help-man-arg-list = List every page, one a line: its name, then the command it documents (`tldops-trust-add trust add`)

## clap's own words, as clap says them in English

help-clap-usage = Usage:
help-clap-commands = Commands:
help-clap-arguments = Arguments:
help-clap-options = Options:
help-clap-default = [default:{" "}
help-clap-possible-values = [possible values:{" "}
help-clap-possible-values-long = Possible values:
help-clap-aliases = [aliases:{" "}
help-clap-env = [env:{" "}
help-clap-subcommands = [subcommands:{" "}
help-clap-command-placeholder = COMMAND
help-clap-help = Print help (see more with '--help')
help-clap-help-long = Print help (see a summary with '-h')
help-clap-help-short = Print help
help-clap-version = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help-command-arg = Print help for the subcommand(s)
help-clap-error = error:
help-clap-tip = tip:
help-clap-more = For more information, try '{ $help }'.
help-clap-quoted = '{ $value }'
help-clap-unknown-argument = unexpected argument '{ $arg }' found
help-clap-as-value = to pass '{ $arg }' as a value, use '{ $escaped }'
help-clap-missing-value = a value is required for '{ $arg }' but none was supplied
help-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-clap-unknown-subcommand = unrecognized subcommand '{ $name }'
help-clap-missing-required = the following required arguments were not provided:
help-clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
help-clap-repeated = the argument '{ $arg }' cannot be used multiple times
help-clap-conflict = the argument '{ $arg }' cannot be used with
help-clap-conflict-others = one or more of the other specified arguments
help-clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-clap-similar-subcommand = a similar subcommand exists: { $names }
help-clap-similar-subcommands = some similar subcommands exist: { $names }
help-clap-similar-argument = a similar argument exists: { $names }
help-clap-similar-arguments = some similar arguments exist: { $names }
help-clap-similar-value = a similar value exists: { $names }
help-clap-similar-values = some similar values exist: { $names }

## The manual pages

help-page-name = NAME
help-page-subcommands = SUBCOMMANDS
help-page-examples = EXAMPLES
help-page-exit-status = EXIT STATUS
help-page-environment = ENVIRONMENT
help-page-see-also = SEE ALSO
# The headings of the blocks after each command's help, as written there.
help-page-examples-heading = Examples:
help-page-exit-status-heading = Exit status:
help-page-exit-codes = The exit codes of every command are in tldops(1): 0 success (a closed pipe too); 1 nothing found; 2 usage; 3 a snapshot was rejected; 4 equivocation; 5 a source could not be read or holds no message; 6 any other error.
help-page-env-config = The config file to read (as --config).
help-page-env-config-dir = The directory of config.toml, instead of the OS default (~/.config/tldops).
help-page-env-data-dir = The directory of the database, instead of data_dir in the config or the OS default (~/.local/share/tldops); --data-dir overrides it.
help-page-env-now = An RFC 3339 time that every rule uses as now, for tests and for replaying old mail.
help-page-env-no-color = When set and not empty, no colour (as --color never).
help-page-env-columns = The width tables are laid out in when standard output is not a terminal.
help-page-env-pager = The pager a long answer on a terminal goes through (less by default, with LESS=FRX unless LESS is set); empty or cat for none, like --no-pager.
help-page-none = no manual page for `{ $command }`: `tldops man --list` names them
