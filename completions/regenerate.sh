#!/bin/sh
# Regenerates the shell completions and the manual page from the command-line
# definition. tests/generated.rs fails when these files drift from the code.
set -eu
cd "$(dirname "$0")/.."
cargo build --quiet
t=target/debug/tldops
$t completions bash > completions/tldops.bash
$t completions zsh > completions/_tldops
$t completions fish > completions/tldops.fish
$t completions elvish > completions/tldops.elv
$t completions powershell > completions/_tldops.ps1
$t man > completions/tldops.1
