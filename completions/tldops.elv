
use builtin;
use str;

set edit:completion:arg-completer[tldops] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tldops'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tldops'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand find 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits'
            cand f 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits'
            cand route 'Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts'
            cand show 'Show one ccTLD in full, with when each contact was first seen and last changed'
            cand list 'List every ccTLD of the current snapshot, by ICANN region'
            cand coverage 'Show which ccTLDs of the root zone have no contact yet, by region'
            cand export 'Export contacts as vCards for phones, CSV or JSON'
            cand qr 'Show a QR code a phone camera reads as a contact'
            cand sheet 'Make the emergency contact sheet to print: PDF, HTML or text'
            cand history 'List the kept snapshots, oldest first'
            cand diff 'Show contacts added, removed and changed between two snapshots'
            cand sync 'Read mailings, verify their signed snapshots and keep the good ones'
            cand verify 'Check one message or file as sync would, and store nothing'
            cand status 'Show the current snapshot of each directory, its age and provenance'
            cand trust 'Pin, list and remove the keys that sign snapshots'
            cand publish 'Sign a roster as a snapshot mailing (for the list''s secretariat)'
            cand cosign 'Add a second signature to a mailing `publish` wrote, changing no byte of the signed text'
            cand doctor 'Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources'
            cand paths 'Show where the config, database and keys are, and why'
            cand example-config 'Print a commented example config file'
            cand completions 'Print a shell completion script'
            cand man 'Print a manual page (roff): tldops(1), or one command''s (tldops-find(1) ...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tldops;find'= {
            cand --format 'Output format'
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Same as --format json'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;f'= {
            cand --format 'Output format'
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Same as --format json'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;route'= {
            cand --format 'Output format'
            cand --drafts 'Also write one mail draft (.eml) per ccTLD with contacts into this directory'
            cand --template 'The drafts'' wording: a `Subject:` line, an empty line, then the body, with placeholders {count} {n_items} {cctld} {code} {country} {directory} {items}'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Same as --format json'
            cand --force 'Replace drafts that exist'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;show'= {
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print as JSON'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;list'= {
            cand --region 'Only this ICANN region'
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print as JSON'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;coverage'= {
            cand --region 'Only this ICANN region'
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print as JSON'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;export'= {
            cand --format 'Output format'
            cand -o 'Write to this file (created 0600) instead of standard output (`-` is standard output)'
            cand --output 'Write to this file (created 0600) instead of standard output (`-` is standard output)'
            cand --dir 'Keep this directory a mirror of the selection, one vCard per file (the vdir of khard and vdirsyncer)'
            cand --changed-since 'Only people added or changed since this serial (a small monthly phone update)'
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --raw 'CSV: do not neutralise cells a spreadsheet would run as formulas'
            cand --excel 'CSV for Excel on Windows: a UTF-8 byte-order mark first (lines end in CRLF, as always)'
            cand --force 'Replace a file that exists (-o); with --dir, write into a non-empty directory that holds no tldops card yet'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;qr'= {
            cand --format 'Where the code goes'
            cand -o 'The file for svg or png (created 0600; `-` is standard output)'
            cand --output 'The file for svg or png (created 0600; `-` is standard output)'
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --force 'Replace the file if it exists'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;sheet'= {
            cand --format 'Output format [default: pdf for a file (html or text by its extension), text on standard output]'
            cand --paper 'Paper size; the layout fits both unscaled'
            cand --region 'Only this ICANN region'
            cand -o 'Write to this file (created 0600) instead of standard output (`-` is standard output)'
            cand --output 'Write to this file (created 0600) instead of standard output (`-` is standard output)'
            cand --directory 'Answer from this directory only [default: every directory kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --qr 'A QR code per ccTLD, 2.55 cm wide, with its contacts as a vCard'
            cand --force 'Replace the file if it exists'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;history'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print as JSON'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;diff'= {
            cand --directory 'The directory [default: the only one kept]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print as JSON'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;sync'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand -v 'Also name every message passed over, and why'
            cand --verbose 'Also name every message passed over, and why'
            cand --rescan 'Read every source in full, not only what is new since the last sync'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;verify'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print the result as JSON'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;status'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print the status as JSON'
            cand --check 'For monitoring: exit 1 when a current snapshot is stale or there is none'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;trust'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Pin a certificate''s primary key for a directory (again: merge updates, such as a revocation)'
            cand list 'List pinned keys and their state'
            cand remove 'Unpin a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tldops;trust;add'= {
            cand --directory 'The directory this key vouches for, and no other'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;trust;list'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --json 'Print the list as JSON'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;trust;remove'= {
            cand --directory 'Unpin it only for this directory'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;trust;help'= {
            cand add 'Pin a certificate''s primary key for a directory (again: merge updates, such as a revocation)'
            cand list 'List pinned keys and their state'
            cand remove 'Unpin a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tldops;trust;help;add'= {
        }
        &'tldops;trust;help;list'= {
        }
        &'tldops;trust;help;remove'= {
        }
        &'tldops;trust;help;help'= {
        }
        &'tldops;publish'= {
            cand --key 'A secret key to sign with (OpenPGP, armoured or binary); repeat for two signers'
            cand --passphrase-file 'Read a key''s passphrase from this file instead of asking; repeat in the order of --key'
            cand --rotate-to 'Hand the directory over to this key (repeatable): writes `[rotation]` with its public certificate; the next keys must sign this snapshot too'
            cand --next-threshold 'How many of the next keys must sign each snapshot after the handover'
            cand --serial 'The snapshot''s serial: above every earlier one, by at most the serial step'
            cand --directory 'The directory''s name [default: the roster''s, else TLD-OPS]'
            cand --issued 'When the snapshot is issued, RFC 3339 [default: the journal''s for a serial sent before, else now]'
            cand --expires 'When the snapshot goes stale, RFC 3339 (within a year)'
            cand --valid-for 'How long the snapshot stays fresh after it is issued (45d, 36h)'
            cand --carrier 'How the snapshot is carried'
            cand --transfer-encoding 'Transfer encoding of the mail''s text part'
            cand --from 'The From header [default: the first signing key''s first user ID]'
            cand --to 'The To header: the list''s address [default: the config''s list_address for the directory]'
            cand --note 'A short cover text for the mail, outside the signed text'
            cand --roster-format 'The roster''s format [default: by its extension, .csv or else TOML]'
            cand --template 'Print an empty roster with every column or key documented, and exit'
            cand --journal-from 'Record a published mailing or file in this machine''s journal, and exit'
            cand -o 'Write here instead of standard output (created 0600)'
            cand --output 'Write here instead of standard output (created 0600)'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --dry-run 'Show what members will see change and the lint warnings; sign and write nothing'
            cand --force 'Replace the output file if it exists, and allow a serial step above the limit'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;cosign'= {
            cand --key 'The secret key to add a signature with'
            cand --passphrase-file 'Read the key''s passphrase from this file instead of asking on the terminal'
            cand -o 'Write the cosigned mailing here [default: replace FILE]'
            cand --output 'Write the cosigned mailing here [default: replace FILE]'
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --force 'Replace the output file if it exists'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;doctor'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;paths'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;example-config'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;completions'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;man'= {
            cand --config 'Read this config file instead of the default one'
            cand --data-dir 'Keep the database in this directory [env: TLDOPS_DATA_DIR]'
            cand --color 'When to use colour'
            cand --lang 'Language of messages and of the sheet: en, fr, es, ru, ar, zh'
            cand --list 'List every page, one a line: its name, then the command it documents (`tldops-trust-add trust add`)'
            cand --no-pager 'Never send a long answer through $PAGER'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tldops;help'= {
            cand find 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits'
            cand route 'Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts'
            cand show 'Show one ccTLD in full, with when each contact was first seen and last changed'
            cand list 'List every ccTLD of the current snapshot, by ICANN region'
            cand coverage 'Show which ccTLDs of the root zone have no contact yet, by region'
            cand export 'Export contacts as vCards for phones, CSV or JSON'
            cand qr 'Show a QR code a phone camera reads as a contact'
            cand sheet 'Make the emergency contact sheet to print: PDF, HTML or text'
            cand history 'List the kept snapshots, oldest first'
            cand diff 'Show contacts added, removed and changed between two snapshots'
            cand sync 'Read mailings, verify their signed snapshots and keep the good ones'
            cand verify 'Check one message or file as sync would, and store nothing'
            cand status 'Show the current snapshot of each directory, its age and provenance'
            cand trust 'Pin, list and remove the keys that sign snapshots'
            cand publish 'Sign a roster as a snapshot mailing (for the list''s secretariat)'
            cand cosign 'Add a second signature to a mailing `publish` wrote, changing no byte of the signed text'
            cand doctor 'Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources'
            cand paths 'Show where the config, database and keys are, and why'
            cand example-config 'Print a commented example config file'
            cand completions 'Print a shell completion script'
            cand man 'Print a manual page (roff): tldops(1), or one command''s (tldops-find(1) ...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tldops;help;find'= {
        }
        &'tldops;help;route'= {
        }
        &'tldops;help;show'= {
        }
        &'tldops;help;list'= {
        }
        &'tldops;help;coverage'= {
        }
        &'tldops;help;export'= {
        }
        &'tldops;help;qr'= {
        }
        &'tldops;help;sheet'= {
        }
        &'tldops;help;history'= {
        }
        &'tldops;help;diff'= {
        }
        &'tldops;help;sync'= {
        }
        &'tldops;help;verify'= {
        }
        &'tldops;help;status'= {
        }
        &'tldops;help;trust'= {
            cand add 'Pin a certificate''s primary key for a directory (again: merge updates, such as a revocation)'
            cand list 'List pinned keys and their state'
            cand remove 'Unpin a key'
        }
        &'tldops;help;trust;add'= {
        }
        &'tldops;help;trust;list'= {
        }
        &'tldops;help;trust;remove'= {
        }
        &'tldops;help;publish'= {
        }
        &'tldops;help;cosign'= {
        }
        &'tldops;help;doctor'= {
        }
        &'tldops;help;paths'= {
        }
        &'tldops;help;example-config'= {
        }
        &'tldops;help;completions'= {
        }
        &'tldops;help;man'= {
        }
        &'tldops;help;help'= {
        }
    ]
    $completions[$command]
}
