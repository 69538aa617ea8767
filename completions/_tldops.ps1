
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tldops' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tldops'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tldops' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits')
            [CompletionResult]::new('f', 'f', [CompletionResultType]::ParameterValue, 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one ccTLD in full, with when each contact was first seen and last changed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every ccTLD of the current snapshot, by ICANN region')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'Show which ccTLDs of the root zone have no contact yet, by region')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export contacts as vCards for phones, CSV or JSON')
            [CompletionResult]::new('qr', 'qr', [CompletionResultType]::ParameterValue, 'Show a QR code a phone camera reads as a contact')
            [CompletionResult]::new('sheet', 'sheet', [CompletionResultType]::ParameterValue, 'Make the emergency contact sheet to print: PDF, HTML or text')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the kept snapshots, oldest first')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show contacts added, removed and changed between two snapshots')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Read mailings, verify their signed snapshots and keep the good ones')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check one message or file as sync would, and store nothing')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the current snapshot of each directory, its age and provenance')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Pin, list and remove the keys that sign snapshots')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Sign a roster as a snapshot mailing (for the list''s secretariat)')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a second signature to a mailing `publish` wrote, changing no byte of the signed text')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources')
            [CompletionResult]::new('paths', 'paths', [CompletionResultType]::ParameterValue, 'Show where the config, database and keys are, and why')
            [CompletionResult]::new('example-config', 'example-config', [CompletionResultType]::ParameterValue, 'Print a commented example config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff): tldops(1), or one command''s (tldops-find(1) ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tldops;find' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;f' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;route' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--drafts', '--drafts', [CompletionResultType]::ParameterName, 'Also write one mail draft (.eml) per ccTLD with contacts into this directory')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The drafts'' wording: a `Subject:` line, an empty line, then the body, with placeholders {count} {n_items} {cctld} {code} {country} {directory} {items}')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace drafts that exist')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;show' {
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print as JSON')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;list' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this ICANN region')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print as JSON')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;coverage' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this ICANN region')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print as JSON')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (created 0600) instead of standard output (`-` is standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (created 0600) instead of standard output (`-` is standard output)')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Keep this directory a mirror of the selection, one vCard per file (the vdir of khard and vdirsyncer)')
            [CompletionResult]::new('--changed-since', '--changed-since', [CompletionResultType]::ParameterName, 'Only people added or changed since this serial (a small monthly phone update)')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV: do not neutralise cells a spreadsheet would run as formulas')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel on Windows: a UTF-8 byte-order mark first (lines end in CRLF, as always)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that exists (-o); with --dir, write into a non-empty directory that holds no tldops card yet')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;qr' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Where the code goes')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file for svg or png (created 0600; `-` is standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file for svg or png (created 0600; `-` is standard output)')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;sheet' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: pdf for a file (html or text by its extension), text on standard output]')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Paper size; the layout fits both unscaled')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this ICANN region')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (created 0600) instead of standard output (`-` is standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (created 0600) instead of standard output (`-` is standard output)')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Answer from this directory only [default: every directory kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'A QR code per ccTLD, 2.55 cm wide, with its contacts as a vCard')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;history' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print as JSON')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;diff' {
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'The directory [default: the only one kept]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print as JSON')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;sync' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also name every message passed over, and why')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also name every message passed over, and why')
            [CompletionResult]::new('--rescan', '--rescan', [CompletionResultType]::ParameterName, 'Read every source in full, not only what is new since the last sync')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;verify' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the status as JSON')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'For monitoring: exit 1 when a current snapshot is stale or there is none')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;trust' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Pin a certificate''s primary key for a directory (again: merge updates, such as a revocation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pinned keys and their state')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unpin a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tldops;trust;add' {
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'The directory this key vouches for, and no other')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;trust;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the list as JSON')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;trust;remove' {
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'Unpin it only for this directory')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;trust;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Pin a certificate''s primary key for a directory (again: merge updates, such as a revocation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pinned keys and their state')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unpin a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tldops;trust;help;add' {
            break
        }
        'tldops;trust;help;list' {
            break
        }
        'tldops;trust;help;remove' {
            break
        }
        'tldops;trust;help;help' {
            break
        }
        'tldops;publish' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'A secret key to sign with (OpenPGP, armoured or binary); repeat for two signers')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read a key''s passphrase from this file instead of asking; repeat in the order of --key')
            [CompletionResult]::new('--rotate-to', '--rotate-to', [CompletionResultType]::ParameterName, 'Hand the directory over to this key (repeatable): writes `[rotation]` with its public certificate; the next keys must sign this snapshot too')
            [CompletionResult]::new('--next-threshold', '--next-threshold', [CompletionResultType]::ParameterName, 'How many of the next keys must sign each snapshot after the handover')
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'The snapshot''s serial: above every earlier one, by at most the serial step')
            [CompletionResult]::new('--directory', '--directory', [CompletionResultType]::ParameterName, 'The directory''s name [default: the roster''s, else TLD-OPS]')
            [CompletionResult]::new('--issued', '--issued', [CompletionResultType]::ParameterName, 'When the snapshot is issued, RFC 3339 [default: the journal''s for a serial sent before, else now]')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the snapshot goes stale, RFC 3339 (within a year)')
            [CompletionResult]::new('--valid-for', '--valid-for', [CompletionResultType]::ParameterName, 'How long the snapshot stays fresh after it is issued (45d, 36h)')
            [CompletionResult]::new('--carrier', '--carrier', [CompletionResultType]::ParameterName, 'How the snapshot is carried')
            [CompletionResult]::new('--transfer-encoding', '--transfer-encoding', [CompletionResultType]::ParameterName, 'Transfer encoding of the mail''s text part')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The From header [default: the first signing key''s first user ID]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The To header: the list''s address [default: the config''s list_address for the directory]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A short cover text for the mail, outside the signed text')
            [CompletionResult]::new('--roster-format', '--roster-format', [CompletionResultType]::ParameterName, 'The roster''s format [default: by its extension, .csv or else TOML]')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Print an empty roster with every column or key documented, and exit')
            [CompletionResult]::new('--journal-from', '--journal-from', [CompletionResultType]::ParameterName, 'Record a published mailing or file in this machine''s journal, and exit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here instead of standard output (created 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here instead of standard output (created 0600)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what members will see change and the lint warnings; sign and write nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the output file if it exists, and allow a serial step above the limit')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;cosign' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key to add a signature with')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from this file instead of asking on the terminal')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the cosigned mailing here [default: replace FILE]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the cosigned mailing here [default: replace FILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the output file if it exists')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;doctor' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;paths' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;example-config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;man' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read this config file instead of the default one')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Keep the database in this directory [env: TLDOPS_DATA_DIR]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and of the sheet: en, fr, es, ru, ar, zh')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List every page, one a line: its name, then the command it documents (`tldops-trust-add trust add`)')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never send a long answer through $PAGER')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tldops;help' {
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Find who to call: by ccTLD, country, name, role, e-mail or phone digits')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one ccTLD in full, with when each contact was first seen and last changed')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every ccTLD of the current snapshot, by ICANN region')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'Show which ccTLDs of the root zone have no contact yet, by region')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export contacts as vCards for phones, CSV or JSON')
            [CompletionResult]::new('qr', 'qr', [CompletionResultType]::ParameterValue, 'Show a QR code a phone camera reads as a contact')
            [CompletionResult]::new('sheet', 'sheet', [CompletionResultType]::ParameterValue, 'Make the emergency contact sheet to print: PDF, HTML or text')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the kept snapshots, oldest first')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show contacts added, removed and changed between two snapshots')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Read mailings, verify their signed snapshots and keep the good ones')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check one message or file as sync would, and store nothing')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the current snapshot of each directory, its age and provenance')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Pin, list and remove the keys that sign snapshots')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Sign a roster as a snapshot mailing (for the list''s secretariat)')
            [CompletionResult]::new('cosign', 'cosign', [CompletionResultType]::ParameterValue, 'Add a second signature to a mailing `publish` wrote, changing no byte of the signed text')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources')
            [CompletionResult]::new('paths', 'paths', [CompletionResultType]::ParameterValue, 'Show where the config, database and keys are, and why')
            [CompletionResult]::new('example-config', 'example-config', [CompletionResultType]::ParameterValue, 'Print a commented example config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff): tldops(1), or one command''s (tldops-find(1) ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tldops;help;find' {
            break
        }
        'tldops;help;route' {
            break
        }
        'tldops;help;show' {
            break
        }
        'tldops;help;list' {
            break
        }
        'tldops;help;coverage' {
            break
        }
        'tldops;help;export' {
            break
        }
        'tldops;help;qr' {
            break
        }
        'tldops;help;sheet' {
            break
        }
        'tldops;help;history' {
            break
        }
        'tldops;help;diff' {
            break
        }
        'tldops;help;sync' {
            break
        }
        'tldops;help;verify' {
            break
        }
        'tldops;help;status' {
            break
        }
        'tldops;help;trust' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Pin a certificate''s primary key for a directory (again: merge updates, such as a revocation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pinned keys and their state')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unpin a key')
            break
        }
        'tldops;help;trust;add' {
            break
        }
        'tldops;help;trust;list' {
            break
        }
        'tldops;help;trust;remove' {
            break
        }
        'tldops;help;publish' {
            break
        }
        'tldops;help;cosign' {
            break
        }
        'tldops;help;doctor' {
            break
        }
        'tldops;help;paths' {
            break
        }
        'tldops;help;example-config' {
            break
        }
        'tldops;help;completions' {
            break
        }
        'tldops;help;man' {
            break
        }
        'tldops;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
