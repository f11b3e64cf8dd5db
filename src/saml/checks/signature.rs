//! ds:Signature as the reader sees it (its verification is
//! [`crate::saml::verify`]'s).

use super::*;
use crate::saml::model::Signature;
use crate::saml::signature;
use crate::saml::xml::shorten;

impl Checker<'_> {
    pub fn signature(&mut self, sig: Signature) {
        let loc = self.locate(&sig.at);
        let method = sig
            .signature_method
            .as_deref()
            .map(signature::short)
            .unwrap_or("none declared");
        let digests: Vec<&str> = sig
            .references
            .iter()
            .flat_map(|r| r.digest_methods.iter().map(|d| signature::short(d)))
            .collect();
        self.add(
            &signature::PRESENT,
            format!(
                "ds:Signature present (SignatureMethod {method}, DigestMethod {}); its verification follows",
                if digests.is_empty() { "none declared".to_string() } else { digests.join(", ") }
            ),
            loc.clone(),
        );
        let mut weak: Vec<&str> = Vec::new();
        if let Some(m) = sig.signature_method.as_deref() {
            if signature::is_weak(m) {
                weak.push(m);
            }
        }
        for r in &sig.references {
            for d in &r.digest_methods {
                if signature::is_weak(d) {
                    weak.push(d);
                }
            }
        }
        for w in weak {
            self.add(
                &signature::WEAK_ALGORITHM,
                format!(
                    "the signature uses {} ({})",
                    signature::short(w),
                    shorten(w)
                ),
                loc.clone(),
            );
        }
        let certificates: Vec<Value> = sig
            .certs
            .iter()
            .map(|c| match self.inspect_cert(c, true) {
                (details, true) => Value::Object((*details).clone()),
                _ => Value::Null,
            })
            .collect();
        let mut data = signature::data(&sig);
        data.certificates = certificates;
        self.signatures.push(data);
    }
}
