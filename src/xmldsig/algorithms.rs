//! The digest and signature algorithms of XML Signature 1.1 §6 and RFC 6931
//! (xmldsig-more), verified with the RustCrypto crates the certificate tool
//! already uses (`x509::verify`): RSA PKCS#1 v1.5 and RSASSA-PSS (MGF1 with
//! the same hash, salt length = hash length, RFC 6931 §2.3.10), ECDSA on
//! P-256/P-384/P-521 with the raw `r‖s` value of XML Signature §6.4.3, and
//! DSA (§6.4.1, `r‖s`). HMAC and MD5 are named so they can be refused.

use rsa::RsaPublicKey;
use sha1::Sha1;
use sha2::{Digest as _, Sha224, Sha256, Sha384, Sha512};
use signature::hazmat::PrehashVerifier;
use x509_parser::x509::SubjectPublicKeyInfo;

use super::c14n::Sink;
use crate::x509::verify::Hash;

/// A DigestMethod.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestAlg {
    Known(Hash),
    Md5,
}

pub fn digest_alg(uri: &str) -> Option<DigestAlg> {
    Some(match uri {
        "http://www.w3.org/2000/09/xmldsig#sha1" => DigestAlg::Known(Hash::Sha1),
        "http://www.w3.org/2001/04/xmldsig-more#sha224" => DigestAlg::Known(Hash::Sha224),
        "http://www.w3.org/2001/04/xmlenc#sha256" => DigestAlg::Known(Hash::Sha256),
        "http://www.w3.org/2001/04/xmldsig-more#sha384" => DigestAlg::Known(Hash::Sha384),
        "http://www.w3.org/2001/04/xmlenc#sha512" => DigestAlg::Known(Hash::Sha512),
        "http://www.w3.org/2001/04/xmldsig-more#md5" => DigestAlg::Md5,
        _ => return None,
    })
}

/// A SignatureMethod.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigAlg {
    Rsa(Hash),
    RsaPss(Hash),
    Ecdsa(Hash),
    Dsa(Hash),
    /// A shared-secret MAC: proves nothing about the IdP.
    Hmac,
    RsaMd5,
}

pub fn signature_alg(uri: &str) -> Option<SigAlg> {
    const DS: &str = "http://www.w3.org/2000/09/xmldsig#";
    const MORE: &str = "http://www.w3.org/2001/04/xmldsig-more#";
    const MORE07: &str = "http://www.w3.org/2007/05/xmldsig-more#";
    const DS11: &str = "http://www.w3.org/2009/xmldsig11#";
    let hash = |s: &str| -> Option<Hash> {
        Some(match s {
            "sha1" => Hash::Sha1,
            "sha224" => Hash::Sha224,
            "sha256" => Hash::Sha256,
            "sha384" => Hash::Sha384,
            "sha512" => Hash::Sha512,
            _ => return None,
        })
    };
    if let Some(t) = uri.strip_prefix(DS).or_else(|| uri.strip_prefix(MORE)) {
        if t.starts_with("hmac-") {
            return Some(SigAlg::Hmac);
        }
        if t == "rsa-md5" {
            return Some(SigAlg::RsaMd5);
        }
        if let Some(h) = t.strip_prefix("rsa-") {
            return hash(h).map(SigAlg::Rsa);
        }
        if let Some(h) = t.strip_prefix("ecdsa-") {
            return hash(h).map(SigAlg::Ecdsa);
        }
        if t == "dsa-sha1" && uri.starts_with(DS) {
            return Some(SigAlg::Dsa(Hash::Sha1));
        }
        return None;
    }
    if let Some(t) = uri.strip_prefix(MORE07) {
        return t
            .strip_suffix("-rsa-MGF1")
            .and_then(hash)
            .map(SigAlg::RsaPss);
    }
    if uri == format!("{DS11}dsa-sha256") {
        return Some(SigAlg::Dsa(Hash::Sha256));
    }
    None
}

/// Whether a SignatureMethod or DigestMethod URI uses SHA-1 or MD5 (the
/// algorithms XML Signature 1.1 §6.1 and RFC 6931 keep only for reading old
/// signatures). A URI outside the specifications is judged by its last
/// part (`…#rsa-sha1`, any case), so a home-grown name for SHA-1 still counts.
pub fn is_weak(uri: &str) -> bool {
    let weak_hash = |h: Hash| h == Hash::Sha1;
    if let Some(alg) = signature_alg(uri) {
        return match alg {
            SigAlg::Rsa(h) | SigAlg::RsaPss(h) | SigAlg::Ecdsa(h) | SigAlg::Dsa(h) => weak_hash(h),
            SigAlg::RsaMd5 => true,
            SigAlg::Hmac => weak_tail(uri),
        };
    }
    match digest_alg(uri) {
        Some(DigestAlg::Known(h)) => weak_hash(h),
        Some(DigestAlg::Md5) => true,
        None => weak_tail(uri),
    }
}

fn weak_tail(uri: &str) -> bool {
    let tail = uri.rsplit('#').next().unwrap_or(uri).to_ascii_lowercase();
    tail.starts_with("sha1-")
        || ["sha1", "md5"]
            .iter()
            .any(|h| tail == *h || tail.ends_with(&format!("-{h}")))
}

/// An incremental digest the canonicalizer writes into.
pub enum Hasher {
    Sha1(Sha1),
    Sha224(Sha224),
    Sha256(Sha256),
    Sha384(Sha384),
    Sha512(Sha512),
}

impl Hasher {
    pub fn new(h: Hash) -> Option<Hasher> {
        Some(match h {
            Hash::Sha1 => Hasher::Sha1(Sha1::new()),
            Hash::Sha224 => Hasher::Sha224(Sha224::new()),
            Hash::Sha256 => Hasher::Sha256(Sha256::new()),
            Hash::Sha384 => Hasher::Sha384(Sha384::new()),
            Hash::Sha512 => Hasher::Sha512(Sha512::new()),
            Hash::Md5 => return None,
        })
    }

    pub fn finish(self) -> Vec<u8> {
        match self {
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

impl Sink for Hasher {
    fn put(&mut self, bytes: &[u8]) {
        match self {
            Hasher::Sha1(h) => h.update(bytes),
            Hasher::Sha224(h) => h.update(bytes),
            Hasher::Sha256(h) => h.update(bytes),
            Hasher::Sha384(h) => h.update(bytes),
            Hasher::Sha512(h) => h.update(bytes),
        }
    }
}

/// Why a key did not verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyVerdict {
    Valid,
    Invalid,
    /// The key's type does not fit the algorithm (an RSA key for ECDSA …).
    WrongKeyType,
    Unsupported,
}

const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";
const RSASSA_PSS: &str = "1.2.840.113549.1.1.10";
const EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
const DSA_KEY: &str = "1.2.840.10040.4.1";

/// Verify `sig` over `data` (canonical SignedInfo) with `key`.
pub fn verify(alg: SigAlg, key: &SubjectPublicKeyInfo, data: &[u8], sig: &[u8]) -> KeyVerdict {
    let key_alg = key.algorithm.algorithm.to_id_string();
    let ok = |b: bool| {
        if b {
            KeyVerdict::Valid
        } else {
            KeyVerdict::Invalid
        }
    };
    match alg {
        SigAlg::Hmac | SigAlg::RsaMd5 => KeyVerdict::Unsupported,
        SigAlg::Rsa(h) | SigAlg::RsaPss(h) => {
            if key_alg != RSA_ENCRYPTION && key_alg != RSASSA_PSS {
                return KeyVerdict::WrongKeyType;
            }
            let key: RsaPublicKey = match crate::x509::verify::rsa_key(key) {
                Ok(k) => k,
                Err(crate::x509::verify::Verdict::Unsupported) => return KeyVerdict::Unsupported,
                Err(_) => return KeyVerdict::Invalid,
            };
            let digest = h.digest(data);
            let scheme_ok = match alg {
                SigAlg::RsaPss(_) => key.verify(h.pss(digest.len()), &digest, sig).is_ok(),
                _ => key.verify(h.pkcs1(), &digest, sig).is_ok(),
            };
            ok(scheme_ok)
        }
        SigAlg::Ecdsa(h) => {
            if key_alg != EC_PUBLIC_KEY {
                return KeyVerdict::WrongKeyType;
            }
            let curve = key
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| o.to_id_string());
            let point: &[u8] = &key.subject_public_key.data;
            let prehash = h.digest(data);
            macro_rules! ec {
                ($m:ident) => {{
                    let (Ok(vk), Ok(s)) = (
                        $m::ecdsa::VerifyingKey::from_sec1_bytes(point),
                        $m::ecdsa::Signature::from_slice(sig),
                    ) else {
                        return KeyVerdict::Invalid;
                    };
                    ok(vk.verify_prehash(&prehash, &s).is_ok())
                }};
            }
            match curve.as_deref() {
                Some("1.2.840.10045.3.1.7") => ec!(p256),
                Some("1.3.132.0.34") => ec!(p384),
                Some("1.3.132.0.35") => ec!(p521),
                _ => KeyVerdict::Unsupported,
            }
        }
        SigAlg::Dsa(h) => {
            use dsa::pkcs8::DecodePublicKey;
            if key_alg != DSA_KEY {
                return KeyVerdict::WrongKeyType;
            }
            let Ok(vk) = dsa::VerifyingKey::from_public_key_der(key.raw) else {
                return KeyVerdict::Invalid;
            };
            if sig.len() % 2 != 0 || sig.is_empty() {
                return KeyVerdict::Invalid;
            }
            let (r, s) = sig.split_at(sig.len() / 2);
            let Ok(s) = dsa::Signature::from_components(
                dsa::BigUint::from_bytes_be(r),
                dsa::BigUint::from_bytes_be(s),
            ) else {
                return KeyVerdict::Invalid;
            };
            ok(vk.verify_prehash(&h.digest(data), &s).is_ok())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha1_and_md5_are_weak_wherever_they_are_named() {
        for weak in [
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2000/09/xmldsig#sha1",
            "http://www.w3.org/2000/09/xmldsig#dsa-sha1",
            "http://www.w3.org/2000/09/xmldsig#hmac-sha1",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-md5",
            "http://www.w3.org/2001/04/xmldsig-more#md5",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
            "http://www.w3.org/2007/05/xmldsig-more#sha1-rsa-MGF1",
            "urn:example:alg#RSA-SHA1",
        ] {
            assert!(is_weak(weak), "{weak}");
        }
        for strong in [
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256",
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
            "urn:example:sha1x",
        ] {
            assert!(!is_weak(strong), "{strong}");
        }
    }

    #[test]
    fn names_every_algorithm_of_the_issue() {
        let s = |u: &str| signature_alg(u);
        assert_eq!(
            s("http://www.w3.org/2000/09/xmldsig#rsa-sha1"),
            Some(SigAlg::Rsa(Hash::Sha1))
        );
        assert_eq!(
            s("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"),
            Some(SigAlg::Rsa(Hash::Sha512))
        );
        assert_eq!(
            s("http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1"),
            Some(SigAlg::RsaPss(Hash::Sha256))
        );
        assert_eq!(
            s("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384"),
            Some(SigAlg::Ecdsa(Hash::Sha384))
        );
        assert_eq!(
            s("http://www.w3.org/2009/xmldsig11#dsa-sha256"),
            Some(SigAlg::Dsa(Hash::Sha256))
        );
        assert_eq!(
            s("http://www.w3.org/2000/09/xmldsig#hmac-sha1"),
            Some(SigAlg::Hmac)
        );
        assert_eq!(
            s("http://www.w3.org/2001/04/xmldsig-more#hmac-sha256"),
            Some(SigAlg::Hmac)
        );
        assert_eq!(
            s("http://www.w3.org/2001/04/xmldsig-more#rsa-md5"),
            Some(SigAlg::RsaMd5)
        );
        assert_eq!(s("http://www.w3.org/2007/05/xmldsig-more#rsa-pss"), None);
        assert_eq!(
            digest_alg("http://www.w3.org/2001/04/xmldsig-more#md5"),
            Some(DigestAlg::Md5)
        );
        assert_eq!(
            digest_alg("http://www.w3.org/2001/04/xmlenc#sha256"),
            Some(DigestAlg::Known(Hash::Sha256))
        );
    }
}
