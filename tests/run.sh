#!/bin/sh
# Runs the test suite with the independent clients it checks tldops against:
# GnuPG for signatures, Python's vobject and khard for vCards (from PyPI, into
# a throwaway virtual environment under target/), and zbarimg (Debian's
# zbar-tools) for QR codes. Installs what is missing, then runs cargo test.
set -eu
cd "$(dirname "$0")/.."
venv=target/test-tools/venv
if ! "$venv/bin/python" -c "import vobject, khard" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "vobject==0.9.9" "khard==0.22.0"
fi
if ! command -v zbarimg >/dev/null 2>&1 || ! command -v gpg >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq zbar-tools gnupg >/dev/null
fi
TLDOPS_TEST_VENV="$PWD/$venv" exec cargo test --locked "$@"
