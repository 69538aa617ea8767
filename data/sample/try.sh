#!/bin/sh
# Runs the whole tldops pipeline on the FICTIONAL sample, in a throwaway
# directory that never touches your own tldops data: pin the sample key,
# and a second, regional directory's key, sync both sample mailboxes, show
# the status, then answer `find .tz` from both directories. The throwaway
# directory is kept, and the last lines say how to go on exploring it.
set -eu
cd "$(dirname "$0")/../.."
echo "=== building tldops (the first build takes a few minutes) ==="
cargo build --release --locked
t=target/release/tldops
tmp=$(mktemp -d)
export TLDOPS_DATA_DIR="$tmp/data" TLDOPS_CONFIG_DIR="$tmp/config"
unset TLDOPS_CONFIG TLDOPS_NOW 2>/dev/null || true
echo
echo "=== FICTIONAL SAMPLE DATA: every name, number and address below is invented ==="
echo "\$ tldops trust add data/sample/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc"
$t trust add data/sample/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc
echo "\$ tldops trust add data/sample/FICTIONAL-SAMPLE-KEY-regional.cert.asc --directory AFTLD"
$t trust add data/sample/FICTIONAL-SAMPLE-KEY-regional.cert.asc --directory AFTLD
echo "\$ tldops sync data/sample/tld-ops.mbox data/sample/regional.mbox"
$t sync data/sample/tld-ops.mbox data/sample/regional.mbox
echo "\$ tldops status"
$t status
echo "\$ tldops find .tz"
$t --no-pager find .tz
cat <<END

=== The sample stays in $tmp. To go on exploring it (every example in the README answers):

    export TLDOPS_DATA_DIR=$tmp/data TLDOPS_CONFIG_DIR=$tmp/config
    export PATH="$PWD/target/release:\$PATH"
    tldops find tanzania

When done: rm -rf $tmp
END
