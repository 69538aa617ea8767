#!/usr/bin/env bash
# Compares the payload tldops keeps for each cleartext-signed fixture with the
# text GnuPG writes for it (`gpg --verify --output`, line ends made LF): the
# format requires a reader and GnuPG to agree on what was signed.
#
#   fuzz/gpg-differential.sh
#
# Covers the bare .asc files under tests/fixtures and data/sample, the
# text/plain bodies of the .eml fixtures, and each message of the sample
# mailbox. tldops runs hermetically with the test keys pinned as the tests pin
# them; GnuPG uses a throw-away home holding every test certificate. Prints
# one line per signed text and exits non-zero on any mismatch.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
cargo build --quiet
tldops=${CARGO_TARGET_DIR:-$root/target}/debug/tldops

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
mkdir -m 700 "$work/gnupg" "$work/config" "$work/data" "$work/texts"

run_tldops() {
    env -u LANG -u NO_COLOR TLDOPS_CONFIG_DIR="$work/config" TLDOPS_DATA_DIR="$work/data" \
        TLDOPS_NOW=2026-11-02T00:00:00Z "$tldops" "$@"
}
run_tldops trust add tests/keys/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc >/dev/null 2>&1
run_tldops trust add tests/keys/FICTIONAL-TEST-KEY-revoked.revoked-cert.asc >/dev/null 2>&1
run_tldops trust add tests/keys/FICTIONAL-TEST-KEY-otherdir.cert.asc --directory OTHER-DIRECTORY >/dev/null 2>&1
for c in tests/keys/*.cert.asc tests/keys/*.revoked-cert.asc; do
    gpg --homedir "$work/gnupg" --batch --quiet --import "$c" 2>/dev/null
done

# One file per signed text: bare files as they are; each message's
# text/plain bodies (transfer encoding removed) beside the message itself.
python3 - "$work/texts" tests/fixtures data/sample <<'PY'
import email, email.policy, mailbox, pathlib, sys

out = pathlib.Path(sys.argv[1])
def bodies(msg):
    parts = [msg] if not msg.is_multipart() else list(msg.walk())
    for p in parts:
        if p.get_content_type() == "text/plain" and not p.is_multipart():
            body = p.get_payload(decode=True) or b""
            if b"BEGIN PGP SIGNED MESSAGE" in body:
                yield body
def emit(name, raw, msg):
    found = list(bodies(msg))
    for i, body in enumerate(found):
        d = out / f"{name}#{i + 1}" if len(found) > 1 else out / name
        d.mkdir()
        (d / "message").write_bytes(raw)
        (d / "text").write_bytes(body)
for top in sys.argv[2:]:
    for f in sorted(pathlib.Path(top).iterdir()):
        if f.name.endswith(".asc") and b"BEGIN PGP SIGNED MESSAGE" in f.read_bytes()[:4096]:
            d = out / f.name
            d.mkdir()
            (d / "message").write_bytes(f.read_bytes())
            (d / "text").write_bytes(f.read_bytes())
        elif f.suffix == ".eml":
            raw = f.read_bytes()
            emit(f.name, raw, email.message_from_bytes(raw))
        elif f.suffix == ".mbox":
            for i, m in enumerate(mailbox.mbox(f)):
                raw = m.as_bytes(unixfrom=False)
                emit(f"{f.name}:{i + 1}", raw, email.message_from_bytes(raw))
PY

same=0 differ=0 skipped=0
printf '%-55s %s\n' "signed text" result
for d in "$work"/texts/*; do
    name=$(basename "$d")
    json=$(run_tldops verify --json "$d/message" 2>/dev/null || true)
    ours=$(python3 -c 'import json,sys
r=json.loads(sys.stdin.read() or "[]")
print(r[0]["sha256"] if len(r)==1 and r[0]["ok"] else "-"+(r[0]["reason"] if r else "NOTHING"))' <<<"$json")
    if gpg --homedir "$work/gnupg" --batch --status-fd 3 --output "$d/gpg" --verify "$d/text" \
        3>"$d/status" 2>/dev/null || grep -q '^\[GNUPG:\] GOODSIG' "$d/status"; then
        theirs=$(sed 's/\r$//' "$d/gpg" | sha256sum | cut -d' ' -f1)
    else
        theirs=-BAD
    fi
    if [[ $ours == -* || $theirs == -* ]]; then
        skipped=$((skipped + 1))
        [[ $ours == -* ]] && ours_says=${ours:1} || ours_says=kept
        [[ $theirs == -* ]] && theirs_says="no good signature" || theirs_says="good signature"
        printf '%-55s not compared (tldops %s, gpg %s)\n' "$name" "$ours_says" "$theirs_says"
    elif [[ $ours == "$theirs" ]]; then
        same=$((same + 1))
        printf '%-55s same (%s)\n' "$name" "${ours:0:16}"
    else
        differ=$((differ + 1))
        printf '%-55s MISMATCH tldops %s gpg %s\n' "$name" "${ours:0:16}" "${theirs:0:16}"
    fi
done
echo "$same same, $differ differ, $skipped not compared"
[ "$differ" -eq 0 ]
