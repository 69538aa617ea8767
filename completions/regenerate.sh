#!/bin/sh
# Regenerates the shell completions and the manual pages (tldops(1) and one
# per command, tldops-find(1) ...) from the command-line definition and its
# help: English pages in completions/, French ones in completions/fr/.
# tests/generated.rs fails when these files drift from the code.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet
t=${CARGO_TARGET_DIR:-target}/debug/tldops
$t completions bash > completions/tldops.bash
$t completions zsh > completions/_tldops
$t completions fish > completions/tldops.fish
$t completions elvish > completions/tldops.elv
$t completions powershell > completions/_tldops.ps1
mkdir -p completions/fr
rm -f completions/*.1 completions/fr/*.1
$t man --list | while read -r page words; do
    # shellcheck disable=SC2086
    $t --lang en man $words > "completions/$page.1"
    # shellcheck disable=SC2086
    $t --lang fr man $words > "completions/fr/$page.1"
done
