#!/bin/sh
# The Debian package: built with cargo-deb, installed on this machine with
# dpkg -i, checked from its installed files (the binary on PATH, a manual
# page man finds, the French pages in their place), then removed. Installs
# cargo-deb and man-db if missing. `man -L fr` needs a French locale this
# machine need not have, so the French page is checked as a file.
set -eu
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
command -v cargo-deb >/dev/null 2>&1 || cargo install cargo-deb --locked
if ! command -v man >/dev/null 2>&1; then
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq man-db >/dev/null
fi
deb=$(cargo deb --locked | tail -n 1)
echo "built $deb"
$sudo dpkg -i "$deb"
status=0
{
    echo "\$ /usr/bin/tldops --version"
    /usr/bin/tldops --version
    echo "\$ man -w tldops-find"
    man -w tldops-find
    echo "\$ ls /usr/share/man/fr/man1/tldops-find.1*"
    ls /usr/share/man/fr/man1/tldops-find.1*
    echo "\$ dpkg -L tldops"
    dpkg -L tldops
} || status=$?
$sudo dpkg -r tldops
exit "$status"
