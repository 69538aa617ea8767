#!/bin/sh
# Makes the fictional test keys in this directory with GnuPG. Run once; the
# keys are committed so that tests never depend on key generation.
# None of these keys is real: they sign only fictional sample data.
set -eu
cd "$(dirname "$0")"
export GNUPGHOME="$(mktemp -d)"
# Keys are dated 2025-01-01 so that fixtures can be signed at any later date.
gpg() { command gpg --faked-system-time 20250101T000000! "$@"; }
trap 'rm -rf "$GNUPGHOME"' EXIT
gen() { # name, user id, [expiry]
    gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
        --quick-gen-key "$2" ed25519 cert "${3:-never}"
    fpr=$(gpg --batch --with-colons --list-keys "$2" | awk -F: '/^fpr/{print $10; exit}')
    gpg --batch --quiet --pinentry-mode loopback --passphrase '' \
        --quick-add-key "$fpr" ed25519 sign "${3:-never}"
    gpg --batch --armor --export "$fpr" > "$1.cert.asc"
    gpg --batch --armor --pinentry-mode loopback --passphrase '' --export-secret-keys "$fpr" > "$1.secret.asc"
    echo "$fpr" > "$1.fingerprint"
}
# The sample secretariat key: signs the sample mailbox in data/sample.
gen FICTIONAL-SAMPLE-KEY-secretariat 'TLD-OPS Secretariat (FICTIONAL SAMPLE KEY, NOT REAL) <secretariat@tld-ops.example>'
# A second key for threshold tests, and keys that must not be trusted.
gen FICTIONAL-TEST-KEY-second 'Second Signer (FICTIONAL TEST KEY) <second@tld-ops.example>'
gen FICTIONAL-TEST-KEY-stranger 'Look-alike TLD-OPS Secretariat (FICTIONAL TEST KEY) <secretariat@tld-ops.example>'
gen FICTIONAL-TEST-KEY-otherdir 'Other Directory (FICTIONAL TEST KEY) <keys@other-directory.example>'
# The sample regional directory's key: signs data/sample/regional.mbox.
gen FICTIONAL-SAMPLE-KEY-regional 'AFTLD Secretariat (FICTIONAL SAMPLE KEY, NOT REAL) <secretariat@aftld.example>'
# A key whose certificate is later revoked as compromised.
gen FICTIONAL-TEST-KEY-revoked 'Revoked Signer (FICTIONAL TEST KEY) <revoked@tld-ops.example>'
fpr=$(cat FICTIONAL-TEST-KEY-revoked.fingerprint)
# GnuPG keeps a revocation certificate (reason: none given, which counts as
# a compromise) for every key it makes; its armour line is commented out.
sed 's/^:-----/-----/' "$GNUPGHOME/openpgp-revocs.d/$fpr.rev" > revoke.tmp
gpg --batch --quiet --import revoke.tmp && rm revoke.tmp
gpg --batch --armor --export "$fpr" > FICTIONAL-TEST-KEY-revoked.revoked-cert.asc
# A passphrase-protected key (passphrase in passphrase.txt).
gpg --batch --quiet --pinentry-mode loopback --passphrase 'correct horse battery staple' \
    --quick-gen-key 'Protected Signer (FICTIONAL TEST KEY) <protected@tld-ops.example>' ed25519 sign never
fpr=$(gpg --batch --with-colons --list-keys protected@tld-ops.example | awk -F: '/^fpr/{print $10; exit}')
gpg --batch --armor --export "$fpr" > FICTIONAL-TEST-KEY-protected.cert.asc
gpg --batch --armor --pinentry-mode loopback --passphrase 'correct horse battery staple' \
    --export-secret-keys "$fpr" > FICTIONAL-TEST-KEY-protected.secret.asc
printf 'correct horse battery staple\n' > FICTIONAL-TEST-KEY-protected.passphrase.txt
