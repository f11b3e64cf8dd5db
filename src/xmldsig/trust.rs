//! The certificates an administrator trusts: certificate files (PEM, DER,
//! base64, PKCS#7) and SAML metadata (the signing certificates of its
//! KeyDescriptors, SAML 2.0 Metadata §2.4.1.1). A signature is *trusted*
//! only when one of these keys verifies it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use x509_parser::prelude::{FromDer, X509Certificate};

use super::scan::NS_DSIG;
use super::walk::{walk, Node};

const NS_MD: &str = "urn:oasis:names:tc:SAML:2.0:metadata";

/// A certificate named in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertInfo {
    pub sha256: String,
    pub subject: String,
    pub not_before: String,
    pub not_after: String,
    /// Where it came from: the trust source's label, or "embedded".
    pub source: String,
    /// Whether `not_after` is before the check's "now".
    pub expired: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub der: Vec<u8>,
    pub label: String,
}

/// The trusted certificates, and how many sources the administrator gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustStore {
    pub anchors: Vec<Anchor>,
    pub sources: usize,
}

impl TrustStore {
    /// Whether a trust source was given (even one holding no usable key).
    pub fn given(&self) -> bool {
        self.sources > 0
    }

    /// Add a certificate file or SAML metadata; errors when it holds no
    /// certificate at all.
    pub fn add(&mut self, bytes: &[u8], label: &str) -> Result<usize, String> {
        let text = String::from_utf8_lossy(bytes);
        let t = text.trim_start_matches('\u{feff}').trim_start();
        let ders = if t.starts_with('<') {
            metadata_certificates(t.as_bytes()).map_err(|e| format!("{label}: {e}"))?
        } else {
            let decoded = crate::x509::input::decode(bytes, None);
            decoded.certs.into_iter().map(|b| b.der).collect()
        };
        let ders: Vec<Vec<u8>> = ders
            .into_iter()
            .filter(|d| X509Certificate::from_der(d).is_ok())
            .collect();
        if ders.is_empty() {
            return Err(format!("{label}: no X.509 certificate found"));
        }
        self.sources += 1;
        let n = ders.len();
        for der in ders {
            if !self.anchors.iter().any(|a| a.der == der) {
                self.anchors.push(Anchor {
                    der,
                    label: label.to_string(),
                });
            }
        }
        Ok(n)
    }
}

/// The signing certificates of metadata (KeyDescriptors without `use` or
/// with `use="signing"`), in every role of every entity.
pub fn metadata_certificates(xml: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let mut out = Vec::new();
    let mut in_kd: Option<usize> = None;
    let mut in_cert = false;
    let mut text = String::new();
    walk(xml, |n, scope| {
        match n {
            Node::Start(s) => {
                if s.is(NS_MD, "KeyDescriptor") && s.attr("use").is_none_or(|u| u == "signing") {
                    in_kd = Some(scope.depth());
                } else if in_kd.is_some() && s.is(NS_DSIG, "X509Certificate") {
                    in_cert = true;
                    text.clear();
                }
            }
            Node::Text(t) if in_cert => text.push_str(t),
            Node::End(s) => {
                if in_cert && s.is(NS_DSIG, "X509Certificate") {
                    in_cert = false;
                    if let Ok(der) = crate::x509::input::decode_base64(text.as_bytes()) {
                        out.push(der);
                    }
                }
                if in_kd == Some(s.depth) {
                    in_kd = None;
                }
            }
            _ => {}
        }
        true
    })
    .map_err(|e| format!("not well-formed XML ({}, byte {})", e.message, e.offset))?;
    Ok(out)
}

/// Describe a DER certificate for a report.
pub fn describe(der: &[u8], source: &str, now: DateTime<Utc>) -> Option<CertInfo> {
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    let (nb, na) = crate::x509::details::validity(&cert);
    Some(CertInfo {
        sha256: crate::report::sha256_hex(der),
        subject: cert.subject().to_string(),
        not_before: crate::x509::util::rfc3339(nb),
        not_after: crate::x509::util::rfc3339(na),
        source: source.to_string(),
        expired: na < now,
    })
}
