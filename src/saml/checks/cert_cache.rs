//! Each distinct embedded certificate is inspected once through the x509
//! seam ([`crate::saml::certs`]); every further use shares the result.

use super::*;
use crate::saml::certs;
use crate::saml::model::EmbeddedCert;

/// A fast non-cryptographic hash for the certificate cache: keys are
/// kilobytes of base64 from the (trusted-to-be-ours) input, and SipHash's
/// flooding resistance buys nothing when the map holds a few dozen entries.
#[derive(Default, Clone, Copy)]
pub struct FastHash;

impl std::hash::BuildHasher for FastHash {
    type Hasher = FxLike;
    fn build_hasher(&self) -> FxLike {
        FxLike(0)
    }
}

/// FxHash-style word-at-a-time mixing.
pub struct FxLike(u64);

impl std::hash::Hasher for FxLike {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
}

impl Checker<'_> {
    /// Inspect one embedded certificate through the x509 seam, once per
    /// distinct certificate (federations reuse a few keys thousands of times).
    pub(super) fn inspect_cert(
        &mut self,
        cert: &EmbeddedCert,
        signing: bool,
    ) -> (Rc<Map<String, Value>>, bool) {
        self.certificate_count += 1;
        // Look up the text as written first (cheap), then without its
        // whitespace (the same certificate wrapped or indented differently).
        let index = match self.cert_by_text.get(cert.base64.as_str()) {
            Some(&i) => i,
            None => {
                let key = certs::normalise(&cert.base64);
                let i = match self.cert_by_der_text.get(&key).copied() {
                    Some(i) => i,
                    None => {
                        let loc = self.locate(&cert.at);
                        let (value, findings) =
                            certs::inspect_embedded(&key, self.opts.now, signing, loc);
                        self.report.extend(findings.iter().cloned());
                        let (details, decoded) = match value {
                            Value::Object(m) => (Rc::new(m), true),
                            _ => (Rc::new(certs::undecoded_object()), false),
                        };
                        self.cert_results
                            .push((Rc::clone(&details), decoded, findings));
                        let i = self.cert_results.len() - 1;
                        self.cert_by_der_text.insert(key, i);
                        self.cert_by_text.insert(cert.base64.clone(), i);
                        return (details, decoded);
                    }
                };
                self.cert_by_text.insert(cert.base64.clone(), i);
                i
            }
        };
        let Some((details, decoded, findings)) = self.cert_results.get(index) else {
            return (Rc::new(certs::undecoded_object()), false);
        };
        let out = (Rc::clone(details), *decoded);
        if !findings.is_empty() {
            let findings = findings.clone();
            let loc = self.locate(&cert.at);
            self.report.extend(findings.into_iter().map(|f| Finding {
                location: loc.clone(),
                ..f
            }));
        }
        out
    }
}
