//! Verifies the message's XML signatures with the shared engine
//! (`crate::xmldsig`) and turns its verdicts into findings: a signature
//! that fails, is trusted only through its own certificate while a trust
//! source was given, uses HMAC or MD5, or covers an element other than the
//! Response or the Assertion this report shows is an error.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::check::Ctx;
use super::rules as r;
use super::signature::SignatureInfo;
use super::xml::{Element, NS_ASSERTION, NS_PROTOCOL};
use crate::report::Location;
use crate::xmldsig::{self, Problem, SignatureCheck, TrustStore};

/// The elements whose content the report shows: the Response and its first
/// Assertion, or the root.
pub(super) fn reported_paths(message: &Element) -> Vec<String> {
    let mut out = vec![message.path.clone()];
    if message.is(NS_PROTOCOL, "Response") {
        if let Some(a) = message.children_named(NS_ASSERTION, "Assertion").next() {
            out.push(a.path.clone());
        }
    }
    out
}

/// The trust store for this run: `--trust-cert` plus the IdP metadata's
/// signing certificates.
fn trust_store(ctx: &Ctx) -> TrustStore {
    let mut trust = ctx.opts.trust.clone();
    if let Some(md) = &ctx.opts.idp_metadata {
        // Unreadable metadata is reported by the IdP metadata check.
        let _ = trust.add(md.as_bytes(), "idp-metadata");
    }
    trust
}

/// Verify every signature of `xml`; returns `data.signatures[]`.
pub(super) fn verify(
    ctx: &mut Ctx,
    xml: &str,
    sigs: &[SignatureInfo],
    reported: &[String],
    now: DateTime<Utc>,
) -> Vec<Value> {
    let trust = trust_store(ctx);
    let checks = match xmldsig::verify(xml.as_bytes(), &trust, now) {
        Ok(v) => v.signatures,
        // The tree parser accepted the document, so this is a limit the
        // engine enforces; say so on every signature.
        Err(e) => {
            for s in sigs {
                ctx.report.add(
                    &r::SIGNATURE_UNVERIFIABLE,
                    format!("the signature cannot be verified: {}", e.message),
                    Location::xml_path(s.path.clone()),
                );
            }
            Vec::new()
        }
    };
    for c in &checks {
        findings(ctx, c, reported, trust.given());
    }
    sigs.iter()
        .map(|s| {
            let check = checks
                .iter()
                .find(|c| c.path == s.path)
                .cloned()
                .unwrap_or_default();
            merge(s, &check)
        })
        .collect()
}

fn merge(info: &SignatureInfo, check: &SignatureCheck) -> Value {
    let mut m = match serde_json::to_value(info) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    if let Ok(Value::Object(c)) = serde_json::to_value(check) {
        for (k, v) in c {
            if !m.contains_key(&k) || k == "canonicalization" || k == "reference_uri" {
                m.insert(k, v);
            }
        }
    }
    Value::Object(m)
}

fn findings(ctx: &mut Ctx, c: &SignatureCheck, reported: &[String], trust_given: bool) {
    let loc = Location::xml_path(c.path.clone());
    let at = |c: &SignatureCheck| {
        let covers = match (&c.covers, &c.reference_uri) {
            (Some(p), _) => p.clone(),
            (None, Some(u)) => format!("Reference {}", super::short(u)),
            (None, None) => "nothing".to_string(),
        };
        match &c.covers_id {
            Some(id) => format!("{covers} (ID {})", super::short(id)),
            None => covers,
        }
    };
    if let Some(covers) = &c.covers {
        if !reported.iter().any(|p| p == covers) {
            ctx.report.add(
                &r::SIGNATURE_WRONG_ELEMENT,
                format!(
                    "the signature covers {}, not the {} this report shows",
                    at(c),
                    reported.join(" or ")
                ),
                loc.clone(),
            );
        }
    }
    for p in &c.problems {
        let rule = match p {
            Problem::DigestMismatch | Problem::SignatureMismatch => &r::SIGNATURE_INVALID,
            Problem::ForbiddenAlgorithm { .. } => &r::SIGNATURE_FORBIDDEN_ALGORITHM,
            Problem::DuplicateId { .. } => &r::SIGNATURE_DUPLICATE_ID,
            _ => &r::SIGNATURE_UNVERIFIABLE,
        };
        let mut msg = format!("{} — {}", at(c), p.describe());
        if let (Problem::DigestMismatch, Some(e), Some(g)) =
            (p, &c.digest_expected, &c.digest_computed)
        {
            msg.push_str(&format!(" (DigestValue {e}, computed {g})"));
        }
        ctx.report.add(rule, msg, loc.clone());
    }
    if !c.valid() {
        return;
    }
    let cert = c.certificate.as_ref();
    let who = cert
        .map(|i| {
            format!(
                "{} (SHA-256 {}, valid {} to {})",
                super::short(&i.subject),
                i.sha256,
                i.not_before,
                i.not_after
            )
        })
        .unwrap_or_default();
    if c.trusted {
        ctx.report.add(
            &r::SIGNATURE_TRUSTED,
            format!(
                "the signature over {} verifies with the trusted certificate {who}",
                at(c)
            ),
            loc.clone(),
        );
        if let Some(i) = cert.filter(|i| i.expired) {
            ctx.report.add(
                &r::SIGNATURE_CERT_EXPIRED,
                format!(
                    "the trusted certificate {} expired on {}",
                    super::short(&i.subject),
                    i.not_after
                ),
                loc,
            );
        }
    } else if trust_given {
        ctx.report.add(
            &r::SIGNATURE_UNTRUSTED,
            format!("the signature over {} verifies only with the certificate it carries, {who}, which is not a trusted certificate", at(c)),
            loc,
        );
    } else {
        ctx.report.add(
            &r::SIGNATURE_NO_TRUST_SOURCE,
            format!("the signature over {} is valid with the certificate it carries, {who}; give a trusted certificate to check who signed it", at(c)),
            loc,
        );
    }
}
