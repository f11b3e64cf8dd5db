//! The HTTP-Redirect binding's query-string signature (OASIS SAML 2.0
//! bindings §3.4.4.1): the signature is computed over the octets
//! `SAMLRequest=…&RelayState=…&SigAlg=…` (or `SAMLResponse=…`) exactly as
//! they appear in the URL — still percent-encoded, never re-encoded, since
//! two encoders rarely agree on every character. There is no KeyInfo, so
//! only a trusted certificate can verify it.

use chrono::{DateTime, Utc};
use x509_parser::prelude::{FromDer, X509Certificate};

use super::algorithms::{self, KeyVerdict, SigAlg};
use super::trust::{self, TrustStore};
use super::verify::{Problem, SignatureCheck};

/// The parameters of a Redirect URL, raw (as in the URL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectQuery {
    /// The signed octets.
    pub signed: String,
    pub sig_alg: Option<String>,
    pub signature: Option<String>,
}

/// Read the query of a URL or bare query string; `None` when it carries no
/// SAMLRequest/SAMLResponse or no Signature.
pub fn parse(input: &str) -> Option<RedirectQuery> {
    let s = input.trim();
    let q = s.split_once('?').map_or(s, |(_, q)| q);
    let q = q
        .split(|c: char| c == '#' || c.is_whitespace() || c == '"' || c == '\'')
        .next()
        .unwrap_or("");
    let (mut msg, mut relay, mut alg, mut sig) = (None, None, None, None);
    for part in q.split('&') {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        let slot = match k {
            "SAMLRequest" | "SAMLResponse" => &mut msg,
            "RelayState" => &mut relay,
            "SigAlg" => &mut alg,
            "Signature" => &mut sig,
            _ => continue,
        };
        if slot.is_none() && !v.is_empty() {
            *slot = Some(part);
        }
    }
    let msg = msg?;
    sig?;
    let mut signed = msg.to_string();
    for p in [relay, alg].into_iter().flatten() {
        signed.push('&');
        signed.push_str(p);
    }
    let value = |p: Option<&str>| {
        p.and_then(|p| p.split_once('='))
            .map(|(_, v)| crate::text::percent::decode_lenient(v).into_owned())
    };
    Some(RedirectQuery {
        signed,
        sig_alg: value(alg),
        signature: value(sig),
    })
}

/// Verify the query signature with the trusted certificates.
pub fn verify(q: &RedirectQuery, trust: &TrustStore, now: DateTime<Utc>) -> SignatureCheck {
    let mut c = SignatureCheck {
        path: "HTTP-Redirect query string".into(),
        covers: Some(
            q.signed
                .split('&')
                .filter_map(|p| p.split_once('=').map(|(k, _)| k))
                .collect::<Vec<_>>()
                .join("&"),
        ),
        signature_algorithm: q.sig_alg.clone(),
        ..SignatureCheck::default()
    };
    let uri = q.sig_alg.clone().unwrap_or_default();
    let alg = match algorithms::signature_alg(&uri) {
        Some(SigAlg::Hmac | SigAlg::RsaMd5) => {
            c.problems
                .push(Problem::ForbiddenAlgorithm { algorithm: uri });
            return finish(c);
        }
        Some(a) => a,
        None => {
            c.problems.push(Problem::UnsupportedAlgorithm {
                algorithm: if uri.is_empty() {
                    "(no SigAlg parameter)".into()
                } else {
                    uri
                },
            });
            return finish(c);
        }
    };
    let Some(sig) = crate::text::base64::decode(q.signature.as_deref().unwrap_or("")) else {
        c.problems.push(Problem::Malformed {
            detail: "the Signature parameter is not base64".into(),
        });
        return finish(c);
    };
    for a in &trust.anchors {
        let Ok((_, cert)) = X509Certificate::from_der(&a.der) else {
            continue;
        };
        if algorithms::verify(alg, cert.public_key(), q.signed.as_bytes(), &sig)
            == KeyVerdict::Valid
        {
            c.signature_ok = true;
            c.digest_ok = true;
            c.trusted = true;
            c.certificate_sha256 = Some(crate::report::sha256_hex(&a.der));
            c.certificate = trust::describe(&a.der, &a.label, now);
            return finish(c);
        }
    }
    c.problems.push(if trust.anchors.is_empty() {
        Problem::NoKey
    } else {
        Problem::SignatureMismatch
    });
    finish(c)
}

fn finish(mut c: SignatureCheck) -> SignatureCheck {
    c.verdict = super::verify::verdict(&c);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_octets_as_in_the_url_in_protocol_order() {
        let q = parse("https://idp/sso?SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&SAMLRequest=fZ%2B&foo=1&RelayState=a%20b&Signature=AA%3D%3D#frag").unwrap();
        assert_eq!(
            q.signed,
            "SAMLRequest=fZ%2B&RelayState=a%20b&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256"
        );
        assert_eq!(
            q.sig_alg.as_deref(),
            Some("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
        );
        assert_eq!(q.signature.as_deref(), Some("AA=="));
        assert!(parse("https://idp/sso?SAMLRequest=x").is_none());
    }
}
