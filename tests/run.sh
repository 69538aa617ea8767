#!/bin/sh
# Runs the test suite with the independent clients it checks tldops against:
# GnuPG for signatures, Python's vobject and khard for vCards, Radicale (a
# CardDAV server) and vdirsyncer (from PyPI, into a throwaway virtual
# environment under target/), zbarimg (Debian's
# zbar-tools) for QR codes, poppler and qpdf for PDFs, headless Chromium
# to print the HTML sheet, neomutt driven in tmux (the mutt query format,
# mail drafts), and Noto Sans CJK (fonts-noto-cjk) for the Chinese sheet.
# Installs what is missing, then runs cargo test.
set -eu
cd "$(dirname "$0")/.."
venv=target/test-tools/venv
if ! "$venv/bin/python" -c "import vobject, khard, radicale, vdirsyncer" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "vobject==0.9.9" "khard==0.22.0" \
        "radicale==3.9.0" "vdirsyncer==0.21.0"
fi
missing=""
for pair in gpg:gnupg zbarimg:zbar-tools pdftotext:poppler-utils qpdf:qpdf chromium:chromium neomutt:neomutt tmux:tmux; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair#*:}"
done
dpkg-query -W -f '${Status}' fonts-noto-cjk 2>/dev/null | grep -q "ok installed" ||
    missing="$missing fonts-noto-cjk"
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq $missing >/dev/null
fi
TLDOPS_TEST_VENV="$PWD/$venv" exec cargo test --locked "$@"
