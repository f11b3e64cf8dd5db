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
use crate::xmldsig::{self, SignatureCheck, TrustStore};

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

const RULES: xmldsig::RuleSet = xmldsig::RuleSet {
    invalid: &r::SIGNATURE_INVALID,
    untrusted: &r::SIGNATURE_UNTRUSTED,
    no_trust_source: &r::SIGNATURE_NO_TRUST_SOURCE,
    forbidden_algorithm: &r::SIGNATURE_FORBIDDEN_ALGORITHM,
    unverifiable: &r::SIGNATURE_UNVERIFIABLE,
    duplicate_id: &r::SIGNATURE_DUPLICATE_ID,
    wrong_element: &r::SIGNATURE_WRONG_ELEMENT,
    trusted: &r::SIGNATURE_TRUSTED,
    cert_expired: &r::SIGNATURE_CERT_EXPIRED,
};

fn findings(ctx: &mut Ctx, c: &SignatureCheck, reported: &[String], trust_given: bool) {
    let shown = reported.join(" or ");
    let wrong = c
        .covers
        .as_ref()
        .filter(|covers| !reported.contains(covers))
        .map(|_| shown.as_str());
    for (rule, msg) in xmldsig::findings::findings(&RULES, c, wrong, trust_given) {
        ctx.report
            .add(rule, msg, Location::xml_path(c.path.clone()));
    }
}

/// The HTTP-Redirect query signature of a URL (saml-bindings §3.4.4.1),
/// verified over the query octets as given; its `data.signatures[]` entry.
pub(super) fn verify_redirect(ctx: &mut Ctx, input: &str, now: DateTime<Utc>) -> Option<Value> {
    let q = xmldsig::redirect::parse(input)?;
    let trust = trust_store(ctx);
    let c = xmldsig::redirect::verify(&q, &trust, now);
    let nothing_to_check = !trust.given()
        && !c
            .problems
            .iter()
            .any(|p| !matches!(p, xmldsig::Problem::NoKey));
    if nothing_to_check {
        ctx.report.add(
            &r::SIGNATURE_NO_TRUST_SOURCE,
            "the HTTP-Redirect query signature can only be verified with a trusted certificate (the URL carries none); give the signer's certificate",
            Location::none(),
        );
    } else {
        for (rule, msg) in xmldsig::findings::findings(&RULES, &c, None, trust.given()) {
            ctx.report.add(rule, msg, Location::none());
        }
    }
    let mut v = serde_json::to_value(&c).ok()?;
    if let Value::Object(m) = &mut v {
        m.insert("binding".into(), Value::String("HTTP-Redirect".into()));
    }
    Some(v)
}
