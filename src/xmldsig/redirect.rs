//! The HTTP-Redirect binding's query-string signature (OASIS SAML 2.0
//! bindings §3.4.4.1): the signature is computed over the octets
//! `SAMLRequest=…&RelayState=…&SigAlg=…` (or `SAMLResponse=…`) exactly as
//! they appear in the URL — still percent-encoded, never re-encoded, since
//! two encoders rarely agree on every character. There is no KeyInfo, so
//! only a trusted certificate can verify it.

use base64::Engine;
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
            .map(|(_, v)| percent_decode(v))
    };
    Some(RedirectQuery {
        signed,
        sig_alg: value(alg),
        signature: value(sig),
    })
}

/// `%XX` and `+` (a space in form encoding) decoded; invalid escapes kept.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
                continue;
            }
            (b'+', _) => out.push(b' '),
            (c, _) => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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
    let compact: String = q
        .signature
        .as_deref()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let Ok(sig) = base64::engine::general_purpose::STANDARD.decode(compact.as_bytes()) else {
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
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }
}
