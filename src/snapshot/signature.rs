//! OpenPGP verification of a candidate, under the standard policy, against
//! the pinned certificates. Returns only the bytes the verifier vouches for.

use super::carrier::Candidate;
use super::{Reason, Rejection, Trust, MAX_PAYLOAD};
use chrono::{DateTime, Utc};
use openpgp::parse::stream::{
    DetachedVerifierBuilder, GoodChecksum, MessageLayer, MessageStructure, VerificationError, VerificationHelper,
    VerifierBuilder,
};
use openpgp::parse::Parse;
use openpgp::policy::StandardPolicy;
use openpgp::types::SignatureType;
use openpgp::{Cert, KeyHandle};
use sequoia_openpgp as openpgp;
use std::collections::BTreeSet;
use std::io::Read;
use std::time::SystemTime;

/// What a good verification yields.
#[derive(Debug)]
pub struct Signed {
    pub payload: Vec<u8>,
    /// Distinct primary fingerprints (upper-case hex) of pinned keys with good signatures.
    pub signers: Vec<String>,
    pub signed_at: DateTime<Utc>,
}

struct Helper<'a> {
    trust: &'a Trust,
    /// Cleartext signatures must be text signatures (type 0x01).
    want_text: bool,
    latest: SystemTime,
    signers: BTreeSet<String>,
    signed_at: Option<SystemTime>,
}

impl VerificationHelper for Helper<'_> {
    fn get_certs(&mut self, _ids: &[KeyHandle]) -> openpgp::Result<Vec<Cert>> {
        Ok(self.trust.certs.clone())
    }

    fn check(&mut self, structure: MessageStructure) -> openpgp::Result<()> {
        let mut unknown = 0usize;
        let mut seen_group = false;
        for layer in structure {
            let MessageLayer::SignatureGroup { results } = layer else {
                return Err(reject(
                    Reason::BadSignature,
                    "the signed data is compressed or encrypted; a snapshot is signed plain text",
                )
                .into());
            };
            seen_group = true;
            for result in results {
                match result {
                    Ok(GoodChecksum { sig, ka }) => {
                        if self.want_text && sig.typ() != SignatureType::Text {
                            return Err(reject(
                                Reason::BadSignature,
                                format!(
                                    "a cleartext snapshot needs a text signature (type 0x01), not {}",
                                    sig.typ()
                                ),
                            )
                            .into());
                        }
                        self.signers.insert(ka.cert().fingerprint().to_hex());
                        let t = sig.signature_creation_time().unwrap_or(SystemTime::UNIX_EPOCH);
                        self.signed_at = Some(self.signed_at.map_or(t, |s| s.min(t)));
                    }
                    Err(VerificationError::MissingKey { .. }) => unknown += 1,
                    Err(e) => return Err(self.classify(e).into()),
                }
            }
        }
        if !seen_group {
            return Err(reject(Reason::BadSignature, "no signature found").into());
        }
        if self.signers.is_empty() {
            let detail = if unknown > 0 {
                "signed only by keys that are not pinned".to_string()
            } else {
                "no signature by a pinned key".to_string()
            };
            return Err(reject(Reason::UnknownSigner, detail).into());
        }
        Ok(())
    }
}

impl Helper<'_> {
    /// Maps one failed signature by a pinned key to a rejection.
    fn classify(&self, e: VerificationError) -> Rejection {
        let future = |sig: &openpgp::packet::Signature| sig.signature_creation_time().is_some_and(|t| t > self.latest);
        match e {
            VerificationError::BadSignature { sig, error, ka } => {
                let fp = ka.cert().fingerprint().to_hex();
                if future(sig) {
                    reject(
                        Reason::Future,
                        format!("signature by {fp} is dated more than 24 h ahead of this clock"),
                    )
                } else if is_policy(&error) {
                    reject(
                        Reason::WeakAlgorithm,
                        format!("signature by {fp} rejected by the standard policy: {}", chain(&error)),
                    )
                } else {
                    reject(
                        Reason::BadSignature,
                        format!("signature by {fp} does not verify: {}", chain(&error)),
                    )
                }
            }
            VerificationError::BadKey { ka, error, .. } => reject(
                Reason::KeyInvalid,
                format!(
                    "signing key {} was not valid when it signed: {}",
                    ka.key().fingerprint(),
                    chain(&error)
                ),
            ),
            VerificationError::UnboundKey { cert, error, .. } => {
                let reason = if is_policy(&error) {
                    Reason::WeakAlgorithm
                } else {
                    Reason::KeyInvalid
                };
                reject(
                    reason,
                    format!(
                        "a key of {} is not validly bound: {}",
                        cert.fingerprint(),
                        chain(&error)
                    ),
                )
            }
            VerificationError::MalformedSignature { error, .. } => {
                reject(Reason::BadSignature, format!("malformed signature: {}", chain(&error)))
            }
            VerificationError::UnknownSignature { sig, .. } => {
                reject(Reason::BadSignature, format!("unsupported signature: {}", sig.error()))
            }
            other => reject(Reason::BadSignature, other.to_string()),
        }
    }
}

fn reject(reason: Reason, detail: impl Into<String>) -> Rejection {
    Rejection::new(reason, detail)
}

fn is_policy(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<openpgp::Error>(),
            Some(openpgp::Error::PolicyViolation(..))
        )
    })
}

fn chain(e: &anyhow::Error) -> String {
    e.chain().map(|c| c.to_string()).collect::<Vec<_>>().join(": ")
}

/// Turns an error out of the verifier into a rejection: ours if the helper
/// raised one, else a signature that could not be processed.
fn from_verifier(e: anyhow::Error) -> Rejection {
    if let Some(r) = e.chain().find_map(|c| c.downcast_ref::<Rejection>()) {
        return r.clone();
    }
    reject(
        Reason::BadSignature,
        format!("the signature could not be processed: {}", chain(&e)),
    )
}

/// Verifies a candidate with every signature checked at its creation time and
/// none dated later than `latest`.
pub fn verify(candidate: &Candidate, trust: &Trust, latest: DateTime<Utc>) -> Result<Signed, Rejection> {
    let policy = StandardPolicy::new();
    let latest_sys: SystemTime = latest.into();
    let helper = Helper {
        trust,
        want_text: matches!(candidate, Candidate::Cleartext(_)),
        latest: latest_sys,
        signers: BTreeSet::new(),
        signed_at: None,
    };
    let (payload, helper) = match candidate {
        Candidate::Cleartext(text) => {
            // Headroom for armour, dash-escaping and signatures.
            if text.len() > 2 * MAX_PAYLOAD {
                return Err(reject(
                    Reason::Limit,
                    format!(
                        "signed text is {} bytes; the payload may be at most {MAX_PAYLOAD}",
                        text.len()
                    ),
                ));
            }
            let mut v = VerifierBuilder::from_bytes(&text[..])
                .map_err(from_verifier)?
                .buffer_size(4 * MAX_PAYLOAD)
                .with_policy(&policy, Some(latest_sys), helper)
                .map_err(from_verifier)?;
            let mut data = Vec::new();
            v.read_to_end(&mut data).map_err(|e| from_verifier(e.into()))?;
            if !v.message_processed() {
                return Err(reject(
                    Reason::BadSignature,
                    "the signed message was not completely processed",
                ));
            }
            (data, v.into_helper())
        }
        Candidate::PgpMime { signed, signature } => {
            if signed.len() > 2 * MAX_PAYLOAD {
                return Err(reject(
                    Reason::Limit,
                    format!(
                        "signed part is {} bytes; the payload may be at most {MAX_PAYLOAD}",
                        signed.len()
                    ),
                ));
            }
            let mut v = DetachedVerifierBuilder::from_bytes(&signature[..])
                .map_err(from_verifier)?
                .with_policy(&policy, Some(latest_sys), helper)
                .map_err(from_verifier)?;
            v.verify_bytes(signed).map_err(from_verifier)?;
            let payload = super::carrier::decode_signed_part(signed)?;
            (payload, v.into_helper())
        }
    };
    let signed_at = helper.signed_at.map(DateTime::<Utc>::from).unwrap_or_else(|| latest);
    Ok(Signed {
        payload: super::carrier::canonical_text(&payload),
        signers: helper.signers.into_iter().collect(),
        signed_at,
    })
}
