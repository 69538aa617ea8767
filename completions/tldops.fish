# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tldops_global_optspecs
    string join \n config= data-dir= color= no-pager lang= h/help V/version
end

function __fish_tldops_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tldops_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tldops_using_subcommand
    set -l cmd (__fish_tldops_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tldops -n "__fish_tldops_needs_command" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_needs_command" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_needs_command" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_needs_command" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_needs_command" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "find" -d 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "f" -d 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "route" -d 'Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "show" -d 'Show one ccTLD in full, with when each contact was first seen and last changed'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "list" -d 'List every ccTLD of the current snapshot, by ICANN region'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "coverage" -d 'Show which ccTLDs of the root zone have no contact yet, by region'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "export" -d 'Export contacts as vCards for phones, CSV or JSON'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "qr" -d 'Show a QR code a phone camera reads as a contact'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "sheet" -d 'Make the emergency contact sheet to print: PDF, HTML or text'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "history" -d 'List the kept snapshots, oldest first'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "diff" -d 'Show contacts added, removed and changed between two snapshots'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "sync" -d 'Read mailings, verify their signed snapshots and keep the good ones'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "verify" -d 'Check one message or file as sync would, and store nothing'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "status" -d 'Show the current snapshot of each directory, its age and provenance'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "trust" -d 'Pin, list and remove the keys that sign snapshots'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "publish" -d 'Sign a roster as a snapshot mailing (for the list\'s secretariat)'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "cosign" -d 'Add a second signature to a mailing `publish` wrote, changing no byte of the signed text'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "doctor" -d 'Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "paths" -d 'Show where the config, database and keys are, and why'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "example-config" -d 'Print a commented example config file'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "man" -d 'Print a manual page (roff): tldops(1), or one command\'s (tldops-find(1) ...)'
complete -c tldops -n "__fish_tldops_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tldops -n "__fish_tldops_using_subcommand find" -l format -d 'Output format' -r -f -a "table\t'A table grouped by ccTLD'
json\t'The documented JSON shape'
mutt\t'mutt/neomutt `query_command`: a message line, then address, name, ccTLD'
aerc\t'aerc `address-book-cmd`: address and name'"
complete -c tldops -n "__fish_tldops_using_subcommand find" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand find" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand find" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand find" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand find" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand find" -l json -d 'Same as --format json'
complete -c tldops -n "__fish_tldops_using_subcommand find" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand find" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand f" -l format -d 'Output format' -r -f -a "table\t'A table grouped by ccTLD'
json\t'The documented JSON shape'
mutt\t'mutt/neomutt `query_command`: a message line, then address, name, ccTLD'
aerc\t'aerc `address-book-cmd`: address and name'"
complete -c tldops -n "__fish_tldops_using_subcommand f" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand f" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand f" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand f" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand f" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand f" -l json -d 'Same as --format json'
complete -c tldops -n "__fish_tldops_using_subcommand f" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand f" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand f" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand route" -l format -d 'Output format' -r -f -a "text\t'Per ccTLD: its contacts (24x7 line first) and the items under it'
json\t'The documented JSON shape'
csv\t'One row per item, spreadsheet-safe'"
complete -c tldops -n "__fish_tldops_using_subcommand route" -l drafts -d 'Also write one mail draft (.eml) per ccTLD with contacts into this directory' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand route" -l template -d 'The drafts\' wording: a `Subject:` line, an empty line, then the body, with placeholders {count} {n_items} {cctld} {code} {country} {directory} {items}' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand route" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand route" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand route" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand route" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand route" -l json -d 'Same as --format json'
complete -c tldops -n "__fish_tldops_using_subcommand route" -l force -d 'Replace drafts that exist'
complete -c tldops -n "__fish_tldops_using_subcommand route" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand route" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand route" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand show" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand show" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand show" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand show" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand show" -l json -d 'Print as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand show" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand show" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand list" -l region -d 'Only this ICANN region' -r -f -a "africa\t'Africa'
ap\t'Asia/Australia/Pacific'
europe\t'Europe'
lac\t'Latin America/Caribbean'
na\t'North America'"
complete -c tldops -n "__fish_tldops_using_subcommand list" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand list" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand list" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand list" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand list" -l json -d 'Print as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand list" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand list" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l region -d 'Only this ICANN region' -r -f -a "africa\t'Africa'
ap\t'Asia/Australia/Pacific'
europe\t'Europe'
lac\t'Latin America/Caribbean'
na\t'North America'"
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l json -d 'Print as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand coverage" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand export" -l format -d 'Output format' -r -f -a "vcard3\t'vCard 3.0: what iOS and Android import reliably'
vcard4\t'vCard 4.0'
csv\t'One row per person, spreadsheet-safe'
json\t'The documented JSON shape of `find --json`'"
complete -c tldops -n "__fish_tldops_using_subcommand export" -s o -l output -d 'Write to this file (created 0600) instead of standard output (`-` is standard output)' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand export" -l dir -d 'Keep this directory a mirror of the selection, one vCard per file (the vdir of khard and vdirsyncer)' -r -f -a "(__fish_complete_directories)"
complete -c tldops -n "__fish_tldops_using_subcommand export" -l changed-since -d 'Only people added or changed since this serial (a small monthly phone update)' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand export" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand export" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand export" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand export" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand export" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand export" -l raw -d 'CSV: do not neutralise cells a spreadsheet would run as formulas'
complete -c tldops -n "__fish_tldops_using_subcommand export" -l excel -d 'CSV for Excel on Windows: a UTF-8 byte-order mark first (lines end in CRLF, as always)'
complete -c tldops -n "__fish_tldops_using_subcommand export" -l force -d 'Replace a file that exists (-o); with --dir, write into a non-empty directory that holds no tldops card yet'
complete -c tldops -n "__fish_tldops_using_subcommand export" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand export" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l format -d 'Where the code goes' -r -f -a "terminal\t'Unicode half blocks on standard output'
svg\t'An SVG file'
png\t'A PNG file'"
complete -c tldops -n "__fish_tldops_using_subcommand qr" -s o -l output -d 'The file for svg or png (created 0600; `-` is standard output)' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l force -d 'Replace the file if it exists'
complete -c tldops -n "__fish_tldops_using_subcommand qr" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand qr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand qr" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l format -d 'Output format [default: pdf for a file (html or text by its extension), text on standard output]' -r -f -a "pdf\t'PDF, fonts embedded (the default when writing a file)'
html\t'One self-contained HTML file to print from a browser'
text\t'Plain text for 80 columns, pages separated by form feeds (the default on standard output)'"
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l paper -d 'Paper size; the layout fits both unscaled' -r -f -a "a4\t''
letter\t''"
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l region -d 'Only this ICANN region' -r -f -a "africa\t'Africa'
ap\t'Asia/Australia/Pacific'
europe\t'Europe'
lac\t'Latin America/Caribbean'
na\t'North America'"
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -s o -l output -d 'Write to this file (created 0600) instead of standard output (`-` is standard output)' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l directory -d 'Answer from this directory only [default: every directory kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l qr -d 'A QR code per ccTLD, 2.55 cm wide, with its contacts as a vCard'
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l force -d 'Replace the file if it exists'
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand sheet" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand history" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand history" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand history" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand history" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand history" -l json -d 'Print as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand history" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand history" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand diff" -l directory -d 'The directory [default: the only one kept]' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand diff" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand diff" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand diff" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand diff" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand diff" -l json -d 'Print as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand diff" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand diff" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand sync" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand sync" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand sync" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand sync" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand sync" -s v -l verbose -d 'Also name every message passed over, and why'
complete -c tldops -n "__fish_tldops_using_subcommand sync" -l rescan -d 'Read every source in full, not only what is new since the last sync'
complete -c tldops -n "__fish_tldops_using_subcommand sync" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand sync" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand verify" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand verify" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand verify" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand verify" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand verify" -l json -d 'Print the result as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand verify" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand verify" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand status" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand status" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand status" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand status" -l json -d 'Print the status as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand status" -l check -d 'For monitoring: exit 1 when a current snapshot is stale or there is none'
complete -c tldops -n "__fish_tldops_using_subcommand status" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand status" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Pin a certificate\'s primary key for a directory (again: merge updates, such as a revocation)'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List pinned keys and their state'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Unpin a key'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -l directory -d 'The directory this key vouches for, and no other' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -l json -d 'Print the list as JSON'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -l directory -d 'Unpin it only for this directory' -r -f
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from help" -f -a "add" -d 'Pin a certificate\'s primary key for a directory (again: merge updates, such as a revocation)'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from help" -f -a "list" -d 'List pinned keys and their state'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Unpin a key'
complete -c tldops -n "__fish_tldops_using_subcommand trust; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l key -d 'A secret key to sign with (OpenPGP, armoured or binary); repeat for two signers' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l passphrase-file -d 'Read a key\'s passphrase from this file instead of asking; repeat in the order of --key' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l rotate-to -d 'Hand the directory over to this key (repeatable): writes `[rotation]` with its public certificate; the next keys must sign this snapshot too' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l next-threshold -d 'How many of the next keys must sign each snapshot after the handover' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l serial -d 'The snapshot\'s serial: above every earlier one, by at most the serial step' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l directory -d 'The directory\'s name [default: the roster\'s, else TLD-OPS]' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l issued -d 'When the snapshot is issued, RFC 3339 [default: the journal\'s for a serial sent before, else now]' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l expires -d 'When the snapshot goes stale, RFC 3339 (within a year)' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l valid-for -d 'How long the snapshot stays fresh after it is issued (45d, 36h)' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l carrier -d 'How the snapshot is carried' -r -f -a "inline\t'A text/plain mail whose body is the cleartext-signed snapshot'
pgp-mime\t'A PGP/MIME (RFC 3156) multipart/signed mail'
file\t'A bare cleartext-signed file, not a mail'"
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l transfer-encoding -d 'Transfer encoding of the mail\'s text part' -r -f -a "quoted-printable\t''
base64\t''"
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l from -d 'The From header [default: the first signing key\'s first user ID]' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l to -d 'The To header: the list\'s address [default: the config\'s list_address for the directory]' -r
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l note -d 'A short cover text for the mail, outside the signed text' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l roster-format -d 'The roster\'s format [default: by its extension, .csv or else TOML]' -r -f -a "toml\t'The snapshot document, with or without its header fields'
csv\t'A spreadsheet saved as CSV: one row per contact, documented columns'"
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l template -d 'Print an empty roster with every column or key documented, and exit' -r -f -a "toml\t'The snapshot document, with or without its header fields'
csv\t'A spreadsheet saved as CSV: one row per contact, documented columns'"
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l journal-from -d 'Record a published mailing or file in this machine\'s journal, and exit' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -s o -l output -d 'Write here instead of standard output (created 0600)' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l dry-run -d 'Show what members will see change and the lint warnings; sign and write nothing'
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l force -d 'Replace the output file if it exists, and allow a serial step above the limit'
complete -c tldops -n "__fish_tldops_using_subcommand publish" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand publish" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l key -d 'The secret key to add a signature with' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l passphrase-file -d 'Read the key\'s passphrase from this file instead of asking on the terminal' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -s o -l output -d 'Write the cosigned mailing here [default: replace FILE]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l force -d 'Replace the output file if it exists'
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand cosign" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand doctor" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand doctor" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand doctor" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand doctor" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand paths" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand paths" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand paths" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand paths" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand paths" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand paths" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand paths" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand example-config" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand example-config" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand example-config" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand example-config" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand example-config" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand example-config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand example-config" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand completions" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand completions" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand completions" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand completions" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand completions" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand man" -l config -d 'Read this config file instead of the default one' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand man" -l data-dir -d 'Keep the database in this directory [env: TLDOPS_DATA_DIR]' -r -F
complete -c tldops -n "__fish_tldops_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c tldops -n "__fish_tldops_using_subcommand man" -l lang -d 'Language of messages and of the sheet: en, fr, es, ru, ar, zh' -r -f -a "en\t''
fr\t''
es\t''
ru\t''
ar\t''
zh\t''"
complete -c tldops -n "__fish_tldops_using_subcommand man" -l list -d 'List every page, one a line: its name, then the command it documents (`tldops-trust-add trust add`)'
complete -c tldops -n "__fish_tldops_using_subcommand man" -l no-pager -d 'Never send a long answer through $PAGER'
complete -c tldops -n "__fish_tldops_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tldops -n "__fish_tldops_using_subcommand man" -s V -l version -d 'Print version'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "find" -d 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "route" -d 'Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "show" -d 'Show one ccTLD in full, with when each contact was first seen and last changed'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "list" -d 'List every ccTLD of the current snapshot, by ICANN region'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "coverage" -d 'Show which ccTLDs of the root zone have no contact yet, by region'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "export" -d 'Export contacts as vCards for phones, CSV or JSON'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "qr" -d 'Show a QR code a phone camera reads as a contact'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "sheet" -d 'Make the emergency contact sheet to print: PDF, HTML or text'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "history" -d 'List the kept snapshots, oldest first'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "diff" -d 'Show contacts added, removed and changed between two snapshots'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "sync" -d 'Read mailings, verify their signed snapshots and keep the good ones'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "verify" -d 'Check one message or file as sync would, and store nothing'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "status" -d 'Show the current snapshot of each directory, its age and provenance'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "trust" -d 'Pin, list and remove the keys that sign snapshots'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "publish" -d 'Sign a roster as a snapshot mailing (for the list\'s secretariat)'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "cosign" -d 'Add a second signature to a mailing `publish` wrote, changing no byte of the signed text'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "doctor" -d 'Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "paths" -d 'Show where the config, database and keys are, and why'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "example-config" -d 'Print a commented example config file'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "man" -d 'Print a manual page (roff): tldops(1), or one command\'s (tldops-find(1) ...)'
complete -c tldops -n "__fish_tldops_using_subcommand help; and not __fish_seen_subcommand_from find route show list coverage export qr sheet history diff sync verify status trust publish cosign doctor paths example-config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tldops -n "__fish_tldops_using_subcommand help; and __fish_seen_subcommand_from trust" -f -a "add" -d 'Pin a certificate\'s primary key for a directory (again: merge updates, such as a revocation)'
complete -c tldops -n "__fish_tldops_using_subcommand help; and __fish_seen_subcommand_from trust" -f -a "list" -d 'List pinned keys and their state'
complete -c tldops -n "__fish_tldops_using_subcommand help; and __fish_seen_subcommand_from trust" -f -a "remove" -d 'Unpin a key'
