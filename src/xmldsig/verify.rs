//! Core validation of XML Signature 1.1 §3.2 for the signatures SAML uses
//! (SAML 2.0 core §5.4: one enveloped Reference to an element ID, or the
//! whole document): resolve the Reference, apply its transforms while
//! streaming and compare the digest, then canonicalize SignedInfo and check
//! SignatureValue with the trusted keys first and the embedded certificate
//! last. Two passes over the bytes, no tree: memory stays bounded by the
//! signatures, whatever the size of the document.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use x509_parser::prelude::{FromDer, X509Certificate};

use super::algorithms::{self, DigestAlg, Hasher, KeyVerdict, SigAlg};
use super::c14n::{Canon, Canonicalizer};
use super::scan::{self, ElementRef, FoundSignature, SigNode, NS_DSIG};
use super::speculate::Speculation;
use super::trust::{self, CertInfo, TrustStore};
use super::walk::{walk, WalkError};

pub const ENVELOPED: &str = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
const NS_EXC: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
/// SignedInfo larger than this is refused (a real one is < 2 KB).
const MAX_SIGNED_INFO: usize = 256 * 1024;

/// Why a signature is not good, in the order the checks run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Problem {
    /// The ds:Signature is not shaped as XML Signature and SAML require.
    Malformed {
        detail: String,
    },
    /// HMAC (a shared secret) or MD5.
    ForbiddenAlgorithm {
        algorithm: String,
    },
    UnsupportedAlgorithm {
        algorithm: String,
    },
    /// A transform other than enveloped-signature and C14N (XPath, XSLT …).
    UnknownTransform {
        algorithm: String,
    },
    ReferenceNotFound {
        uri: String,
    },
    /// Several elements carry the referenced ID (signature wrapping).
    DuplicateId {
        id: String,
        paths: Vec<String>,
    },
    DigestMismatch,
    /// No candidate key verifies SignatureValue.
    SignatureMismatch,
    /// Neither a trusted certificate nor KeyInfo offers a key.
    NoKey,
}

impl Problem {
    pub fn describe(&self) -> String {
        match self {
            Problem::Malformed { detail } => detail.clone(),
            Problem::ForbiddenAlgorithm { algorithm } => format!(
                "{} is refused: {}",
                short(algorithm),
                if algorithm.contains("hmac") {
                    "an HMAC is keyed with a shared secret and proves nothing about the IdP"
                } else {
                    "MD5 is broken"
                }
            ),
            Problem::UnsupportedAlgorithm { algorithm } => {
                format!("the algorithm {} is not supported", short(algorithm))
            }
            Problem::UnknownTransform { algorithm } => {
                format!("the transform {} is refused (only enveloped-signature and canonicalization are accepted)", short(algorithm))
            }
            Problem::ReferenceNotFound { uri } => {
                format!("no element has the ID the Reference names ({})", short(uri))
            }
            Problem::DuplicateId { id, paths } => format!(
                "{} elements carry the ID {} ({}): the reference is ambiguous, a sign of signature wrapping",
                paths.len(),
                short(id),
                paths.join(", ")
            ),
            Problem::DigestMismatch => "the signed content was changed after signing: digest mismatch".into(),
            Problem::SignatureMismatch => "the SignatureValue does not verify with the signing key".into(),
            Problem::NoKey => "no key to verify with: KeyInfo carries no certificate and no trusted certificate was given".into(),
        }
    }
}

/// The verdict on one ds:Signature (`data.signatures[]` of both tools).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SignatureCheck {
    pub path: String,
    /// Path of the referenced element (the whole document: the root).
    pub covers: Option<String>,
    pub covers_id: Option<String>,
    pub reference_uri: Option<String>,
    pub canonicalization: Option<String>,
    pub transforms: Vec<String>,
    pub digest_algorithm: Option<String>,
    pub signature_algorithm: Option<String>,
    pub digest_ok: bool,
    /// DigestValue and the computed digest (base64), on a mismatch.
    pub digest_expected: Option<String>,
    pub digest_computed: Option<String>,
    pub signature_ok: bool,
    pub trusted: bool,
    /// SHA-256 of the certificate whose key verified the signature.
    pub certificate_sha256: Option<String>,
    pub certificate: Option<CertInfo>,
    /// SHA-256 of each X509Certificate in KeyInfo.
    pub embedded_certificate_sha256: Vec<String>,
    pub problems: Vec<Problem>,
    /// A plain-language verdict.
    pub verdict: String,
    #[serde(skip)]
    pub covers_ordinal: Option<usize>,
    #[serde(skip)]
    pub parent: Option<ElementRef>,
    #[serde(skip)]
    pub offset: usize,
}

impl SignatureCheck {
    /// Cryptographically valid (digest and signature), whoever the key is.
    pub fn valid(&self) -> bool {
        self.digest_ok && self.signature_ok
    }
}

#[derive(Debug, Default)]
pub struct Verification {
    pub signatures: Vec<SignatureCheck>,
    /// Signatures beyond the limit, not verified.
    pub skipped: usize,
}

/// What pass 2 must compute for one signature.
struct Plan {
    canon: Canon,
    reference_canon: Canon,
    target: Option<usize>,
    exclude: Option<usize>,
    digest: DigestAlg,
    expected: Vec<u8>,
    alg: SigAlg,
    value: Vec<u8>,
    signed_info: usize,
}

pub fn verify(
    xml: &[u8],
    trust: &TrustStore,
    now: DateTime<Utc>,
) -> Result<Verification, WalkError> {
    // Unsigned documents (most metadata) need no second look.
    if memchr::memmem::find(xml, b"Signature").is_none() {
        return Ok(Verification::default());
    }
    // Pass 1: the signatures and IDs, and the usual root signature's
    // digest on the side (speculate.rs).
    let mut scanner = scan::Scanner::default();
    let mut guess = Speculation::new(MAX_SIGNED_INFO);
    walk(xml, |n, scope| {
        scanner.node(&n);
        guess.node(&n, scope, scanner.signatures());
        true
    })?;
    let found = scanner.finish();
    let mut checks = Vec::new();
    let mut plans = Vec::new();
    for sig in &found.signatures {
        let mut check = SignatureCheck {
            path: sig.path.clone(),
            parent: sig.parent.clone(),
            offset: sig.offset,
            ..SignatureCheck::default()
        };
        let plan = plan(sig, &found, &mut check);
        checks.push(check);
        plans.push(plan);
    }
    // What pass 1 computed, where it computed the right thing.
    let mut signed_infos: Vec<Option<Vec<u8>>> = Vec::new();
    let mut computed: Vec<Option<Vec<u8>>> = Vec::new();
    for p in &plans {
        signed_infos.push(
            p.as_ref()
                .and_then(|p| guess.take_signed_info(&p.canon, p.signed_info)),
        );
        computed
            .push(p.as_ref().and_then(|p| {
                guess.take_digest(&p.reference_canon, p.target, p.exclude, p.digest)
            }));
    }
    // Pass 2, for the rest: every SignedInfo into a buffer, every reference
    // into its digest.
    let mut infos: Vec<Option<Canonicalizer<Vec<u8>>>> = Vec::new();
    let mut digests: Vec<Option<Canonicalizer<Hasher>>> = Vec::new();
    for (i, p) in plans.iter().enumerate() {
        let Some(p) = p else {
            infos.push(None);
            digests.push(None);
            continue;
        };
        infos.push(
            signed_infos[i].is_none().then(|| {
                Canonicalizer::new(p.canon.clone(), Some(p.signed_info), None, Vec::new())
            }),
        );
        let DigestAlg::Known(h) = p.digest else {
            digests.push(None);
            continue;
        };
        digests.push(
            computed[i]
                .is_none()
                .then(|| Hasher::new(h))
                .flatten()
                .map(|hs| Canonicalizer::new(p.reference_canon.clone(), p.target, p.exclude, hs)),
        );
    }
    if infos.iter().any(Option::is_some) || digests.iter().any(Option::is_some) {
        walk(xml, |n, scope| {
            let mut busy = false;
            for c in infos.iter_mut().flatten() {
                if !c.done() {
                    c.feed(&n, scope);
                    if c.sink.len() > MAX_SIGNED_INFO {
                        return false;
                    }
                    busy |= !c.done();
                }
            }
            for c in digests.iter_mut().flatten() {
                if !c.done() {
                    c.feed(&n, scope);
                    busy |= !c.done();
                }
            }
            // A whole-document reference is done only at the end.
            busy || digests.iter().flatten().any(|c| !c.done())
        })?;
    }
    for (i, c) in digests.iter_mut().enumerate() {
        if let Some(c) = c.take() {
            computed[i] = Some(c.sink.finish());
        }
    }
    for (i, c) in infos.iter_mut().enumerate() {
        if let Some(c) = c.take() {
            signed_infos[i] = Some(c.sink);
        }
    }
    for (i, plan) in plans.into_iter().enumerate() {
        let Some(plan) = plan else {
            checks[i].verdict = verdict(&checks[i]);
            continue;
        };
        let check = &mut checks[i];
        if let Some(computed) = computed[i].take() {
            check.digest_ok = computed == plan.expected;
            if !check.digest_ok {
                check.digest_expected = Some(crate::text::base64::encode(&plan.expected));
                check.digest_computed = Some(crate::text::base64::encode(&computed));
                check.problems.push(Problem::DigestMismatch);
            }
        }
        if let Some(info) = signed_infos[i].take() {
            if info.len() > MAX_SIGNED_INFO {
                check.problems.push(Problem::Malformed {
                    detail: "SignedInfo is larger than 256 KB".into(),
                });
            } else {
                verify_value(check, &plan, &info, &found.signatures[i], trust, now);
            }
        }
        check.verdict = verdict(check);
    }
    Ok(Verification {
        signatures: checks,
        skipped: found.skipped_signatures,
    })
}

fn short(uri: &str) -> &str {
    uri.rsplit(['#', '/'])
        .find(|s| !s.is_empty())
        .unwrap_or(uri)
}

fn algorithm(n: Option<&SigNode>) -> Option<String> {
    n.and_then(|n| n.attr("Algorithm")).map(str::to_string)
}

fn canon_of(node: &SigNode, uri: &str) -> Option<Canon> {
    let canon = Canon::from_uri(uri)?;
    let list = node
        .children
        .iter()
        .find(|c| c.ns == NS_EXC && c.local == "InclusiveNamespaces")
        .and_then(|c| c.attr("PrefixList"));
    Some(match list {
        Some(l) if canon.method == super::c14n::Method::Exclusive => canon.with_prefix_list(l),
        _ => canon,
    })
}

/// Read the signature's declarations into `check`; `None` when it cannot be
/// verified (the reason is in `check.problems`).
fn plan(sig: &FoundSignature, found: &scan::Scan, check: &mut SignatureCheck) -> Option<Plan> {
    let t = &sig.tree;
    let mut certs = Vec::new();
    t.find_all(NS_DSIG, "X509Certificate", &mut certs);
    check.embedded_certificate_sha256 = certs
        .iter()
        .filter_map(|c| crate::x509::input::decode_base64(c.text.as_bytes()).ok())
        .map(|der| crate::report::sha256_hex(&der))
        .collect();
    let bad = |check: &mut SignatureCheck, detail: &str| {
        check.problems.push(Problem::Malformed {
            detail: detail.into(),
        });
        None
    };
    if sig.too_large {
        return bad(
            check,
            "the ds:Signature is too large to be a real signature",
        );
    }
    let Some(si) = t.ds("SignedInfo") else {
        return bad(check, "the ds:Signature has no SignedInfo");
    };
    let cm = si.ds("CanonicalizationMethod");
    check.canonicalization = algorithm(cm);
    check.signature_algorithm = algorithm(si.ds("SignatureMethod"));
    let refs: Vec<&SigNode> = si.all_ds("Reference").collect();
    let r = refs.first().copied();
    check.reference_uri = r.and_then(|r| r.attr("URI")).map(str::to_string);
    check.digest_algorithm = algorithm(r.and_then(|r| r.ds("DigestMethod")));
    if let Some(tr) = r.and_then(|r| r.ds("Transforms")) {
        check.transforms = tr
            .all_ds("Transform")
            .filter_map(|x| x.attr("Algorithm"))
            .map(str::to_string)
            .collect();
    }
    // Resolve the reference first, so even a refused signature says what
    // it covers.
    let target = match check.reference_uri.as_deref() {
        Some("") => found.root.clone(),
        Some(u) if u.starts_with('#') && !u.starts_with("#xpointer(") => {
            let id = &u[1..];
            match found.ids.get(id).map(Vec::as_slice) {
                Some([one]) => Some(one.clone()),
                Some(many) if many.len() > 1 => {
                    check.problems.push(Problem::DuplicateId {
                        id: id.to_string(),
                        paths: many.iter().take(8).map(|e| e.path.clone()).collect(),
                    });
                    return None;
                }
                _ => {
                    check
                        .problems
                        .push(Problem::ReferenceNotFound { uri: u.to_string() });
                    return None;
                }
            }
        }
        Some(u) => {
            check.problems.push(Problem::UnsupportedAlgorithm {
                algorithm: format!("Reference URI {u}"),
            });
            return None;
        }
        None => return bad(check, "the Reference has no URI attribute"),
    };
    if let Some(t) = &target {
        check.covers = Some(t.path.clone());
        check.covers_id = t.id.clone();
        check.covers_ordinal = Some(t.ordinal);
    }
    if refs.len() != 1 {
        return bad(
            check,
            &format!(
                "SignedInfo has {} References; a SAML signature has exactly one",
                refs.len()
            ),
        );
    }
    let r = r?;
    let Some(canon) = cm.and_then(|c| {
        check
            .canonicalization
            .as_deref()
            .and_then(|u| canon_of(c, u))
    }) else {
        check.problems.push(Problem::UnsupportedAlgorithm {
            algorithm: check
                .canonicalization
                .clone()
                .unwrap_or_else(|| "(no CanonicalizationMethod)".into()),
        });
        return None;
    };
    let sig_uri = check.signature_algorithm.clone().unwrap_or_default();
    let alg = match algorithms::signature_alg(&sig_uri) {
        Some(SigAlg::Hmac | SigAlg::RsaMd5) => {
            check
                .problems
                .push(Problem::ForbiddenAlgorithm { algorithm: sig_uri });
            return None;
        }
        Some(a) => a,
        None => {
            check.problems.push(Problem::UnsupportedAlgorithm {
                algorithm: if sig_uri.is_empty() {
                    "(no SignatureMethod)".into()
                } else {
                    sig_uri
                },
            });
            return None;
        }
    };
    let mut enveloped = false;
    let mut reference_canon: Option<Canon> = None;
    if let Some(tr) = r.ds("Transforms") {
        for x in tr.all_ds("Transform") {
            let a = x.attr("Algorithm").unwrap_or("");
            if a == ENVELOPED && !enveloped {
                enveloped = true;
            } else if let (Some(c), None) = (canon_of(x, a), &reference_canon) {
                reference_canon = Some(c);
            } else {
                check.problems.push(Problem::UnknownTransform {
                    algorithm: a.to_string(),
                });
                return None;
            }
        }
    }
    // Same-document references select the node-set without comments
    // (XML Signature §4.4.3.3), whatever the canonicalization.
    let mut reference_canon =
        reference_canon.unwrap_or_else(|| Canon::from_uri(super::c14n::C14N10).expect("known"));
    reference_canon.with_comments = false;
    let dig_uri = check.digest_algorithm.clone().unwrap_or_default();
    let digest = match algorithms::digest_alg(&dig_uri) {
        Some(DigestAlg::Md5) => {
            check
                .problems
                .push(Problem::ForbiddenAlgorithm { algorithm: dig_uri });
            return None;
        }
        Some(d) => d,
        None => {
            check.problems.push(Problem::UnsupportedAlgorithm {
                algorithm: if dig_uri.is_empty() {
                    "(no DigestMethod)".into()
                } else {
                    dig_uri
                },
            });
            return None;
        }
    };
    let b64 = |n: Option<&SigNode>| {
        crate::x509::input::decode_base64(n.map_or("", |n| n.text.as_str()).as_bytes()).ok()
    };
    let Some(expected) = b64(r.ds("DigestValue")) else {
        return bad(check, "DigestValue is missing or not base64");
    };
    let Some(value) = b64(t.ds("SignatureValue")) else {
        return bad(check, "SignatureValue is missing or not base64");
    };
    Some(Plan {
        canon,
        reference_canon,
        target: target
            .as_ref()
            .filter(|_| check.reference_uri.as_deref() != Some(""))
            .map(|t| t.ordinal),
        exclude: enveloped.then_some(sig.ordinal),
        digest,
        expected,
        alg,
        value,
        signed_info: si.ordinal,
    })
}

fn verify_value(
    check: &mut SignatureCheck,
    plan: &Plan,
    signed_info: &[u8],
    sig: &FoundSignature,
    trust: &TrustStore,
    now: DateTime<Utc>,
) {
    let mut embedded = Vec::new();
    sig.tree.find_all(NS_DSIG, "X509Certificate", &mut embedded);
    let embedded: Vec<Vec<u8>> = embedded
        .iter()
        .filter_map(|c| crate::x509::input::decode_base64(c.text.as_bytes()).ok())
        .collect();
    let candidates = trust
        .anchors
        .iter()
        .map(|a| (a.der.as_slice(), a.label.as_str(), true))
        .chain(embedded.iter().map(|d| (d.as_slice(), "embedded", false)));
    let mut tried = 0;
    for (der, label, trusted) in candidates {
        let Ok((_, cert)) = X509Certificate::from_der(der) else {
            continue;
        };
        tried += 1;
        if algorithms::verify(plan.alg, cert.public_key(), signed_info, &plan.value)
            == KeyVerdict::Valid
        {
            check.signature_ok = true;
            check.trusted = trusted;
            check.certificate_sha256 = Some(crate::report::sha256_hex(der));
            check.certificate = trust::describe(der, label, now);
            return;
        }
    }
    check.problems.push(if tried == 0 {
        Problem::NoKey
    } else {
        Problem::SignatureMismatch
    });
}

pub(crate) fn verdict(c: &SignatureCheck) -> String {
    let what = c
        .covers
        .as_deref()
        .map(|p| p.rsplit('/').next().unwrap_or(p))
        .unwrap_or("document");
    if let Some(p) = c.problems.first() {
        return match p {
            Problem::DigestMismatch => {
                format!("the {what} was changed after signing: digest mismatch")
            }
            _ => p.describe(),
        };
    }
    let cert = c.certificate.as_ref();
    let until = cert.map(|i| {
        let day = i.not_after.get(..10).unwrap_or(&i.not_after);
        if i.expired {
            format!("that expired on {day}")
        } else {
            format!("that expires {day}")
        }
    });
    match (c.trusted, until) {
        (true, Some(u)) => format!("signed by the trusted certificate {u}"),
        (false, Some(u)) => format!("valid, but only with the certificate it carries itself ({u}); no trusted certificate matches"),
        _ => "valid".into(),
    }
}
