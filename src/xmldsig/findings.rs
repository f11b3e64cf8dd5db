//! From a [`SignatureCheck`] to findings, with each tool's own rules (the
//! metadata tool's `saml/signature-*`, the response tool's
//! `saml-response/signature-*`): one decision, two catalogs.

use super::verify::{Problem, SignatureCheck};
use crate::rules::Rule;

/// The rules a tool reports signature verdicts with.
pub struct RuleSet {
    pub invalid: &'static Rule,
    pub untrusted: &'static Rule,
    pub no_trust_source: &'static Rule,
    pub forbidden_algorithm: &'static Rule,
    pub unverifiable: &'static Rule,
    pub duplicate_id: &'static Rule,
    pub wrong_element: &'static Rule,
    pub trusted: &'static Rule,
    pub cert_expired: &'static Rule,
}

fn short(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

/// What the signature covers, for messages: `path (ID x)`.
pub fn covers_text(c: &SignatureCheck) -> String {
    let covers = match (&c.covers, &c.reference_uri) {
        (Some(p), _) => p.clone(),
        (None, Some(u)) => format!("Reference {}", short(u)),
        (None, None) => "nothing".to_string(),
    };
    match &c.covers_id {
        Some(id) => format!("{covers} (ID {})", short(id)),
        None => covers,
    }
}

/// The findings for one signature. `wrong_element` is `Some(what the tool
/// reports on)` when the signature covers something else.
pub fn findings(
    rules: &RuleSet,
    c: &SignatureCheck,
    wrong_element: Option<&str>,
    trust_given: bool,
) -> Vec<(&'static Rule, String)> {
    let mut out = Vec::new();
    let at = covers_text(c);
    if let Some(shown) = wrong_element {
        out.push((
            rules.wrong_element,
            format!("the signature covers {at}, not the {shown} this report shows"),
        ));
    }
    for p in &c.problems {
        let rule = match p {
            Problem::DigestMismatch | Problem::SignatureMismatch => rules.invalid,
            Problem::ForbiddenAlgorithm { .. } => rules.forbidden_algorithm,
            Problem::DuplicateId { .. } => rules.duplicate_id,
            _ => rules.unverifiable,
        };
        let mut msg = format!("{at} — {}", p.describe());
        if let (Problem::DigestMismatch, Some(e), Some(g)) =
            (p, &c.digest_expected, &c.digest_computed)
        {
            msg.push_str(&format!(" (DigestValue {e}, computed {g})"));
        }
        out.push((rule, msg));
    }
    if !c.valid() {
        return out;
    }
    let cert = c.certificate.as_ref();
    let who = cert
        .map(|i| {
            format!(
                "{} (SHA-256 {}, valid {} to {})",
                short(&i.subject),
                i.sha256,
                i.not_before,
                i.not_after
            )
        })
        .unwrap_or_default();
    if c.trusted {
        out.push((
            rules.trusted,
            format!("the signature over {at} verifies with the trusted certificate {who}"),
        ));
        if let Some(i) = cert.filter(|i| i.expired) {
            out.push((
                rules.cert_expired,
                format!(
                    "the trusted certificate {} expired on {}",
                    short(&i.subject),
                    i.not_after
                ),
            ));
        }
    } else if trust_given {
        out.push((rules.untrusted, format!("the signature over {at} verifies only with the certificate it carries, {who}, which is not a trusted certificate")));
    } else {
        out.push((rules.no_trust_source, format!("the signature over {at} is valid with the certificate it carries, {who}; give a trusted certificate to check who signed it")));
    }
    out
}
