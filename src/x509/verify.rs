//! Signature verification of a certificate with its issuer's public key
//! (RFC 5280 section 6.1.3), for self-signed certificates and chain links.
//!
//! Uses the pure-Rust RustCrypto crates (rsa, p256, p384, sha1, sha2, md-5)
//! rather than x509-parser's `verify` feature, which needs ring and its C
//! code and so does not build for the browser. RSA PKCS#1 v1.5 with MD5,
//! SHA-1 and SHA-2, and ECDSA on P-256 and P-384 are verified; anything else
//! (RSASSA-PSS, DSA, EdDSA, P-521) is reported as unsupported, never guessed.

use md5::Md5;

use super::oids::dotted;
use rsa::{BigUint, Pkcs1v15Sign, RsaPublicKey};
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};
use signature::hazmat::PrehashVerifier;
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::RSAPublicKey;
use x509_parser::x509::SubjectPublicKeyInfo;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Invalid,
    Unsupported,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Invalid => "invalid",
            Verdict::Unsupported => "unsupported",
        }
    }
}

#[derive(Clone, Copy)]
enum Hash {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Md5 => Md5::digest(data).to_vec(),
            Hash::Sha1 => Sha1::digest(data).to_vec(),
            Hash::Sha224 => Sha224::digest(data).to_vec(),
            Hash::Sha256 => Sha256::digest(data).to_vec(),
            Hash::Sha384 => Sha384::digest(data).to_vec(),
            Hash::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    fn pkcs1(self) -> Pkcs1v15Sign {
        match self {
            Hash::Md5 => Pkcs1v15Sign::new::<Md5>(),
            Hash::Sha1 => Pkcs1v15Sign::new::<Sha1>(),
            Hash::Sha224 => Pkcs1v15Sign::new::<Sha224>(),
            Hash::Sha256 => Pkcs1v15Sign::new::<Sha256>(),
            Hash::Sha384 => Pkcs1v15Sign::new::<Sha384>(),
            Hash::Sha512 => Pkcs1v15Sign::new::<Sha512>(),
        }
    }
}

enum Scheme {
    Rsa(Hash),
    Ecdsa(Hash),
}

fn scheme(dotted: &str) -> Option<Scheme> {
    Some(match dotted {
        "1.2.840.113549.1.1.4" => Scheme::Rsa(Hash::Md5),
        "1.2.840.113549.1.1.5" | "1.3.14.3.2.29" => Scheme::Rsa(Hash::Sha1),
        "1.2.840.113549.1.1.14" => Scheme::Rsa(Hash::Sha224),
        "1.2.840.113549.1.1.11" => Scheme::Rsa(Hash::Sha256),
        "1.2.840.113549.1.1.12" => Scheme::Rsa(Hash::Sha384),
        "1.2.840.113549.1.1.13" => Scheme::Rsa(Hash::Sha512),
        "1.2.840.10045.4.1" => Scheme::Ecdsa(Hash::Sha1),
        "1.2.840.10045.4.3.1" => Scheme::Ecdsa(Hash::Sha224),
        "1.2.840.10045.4.3.2" => Scheme::Ecdsa(Hash::Sha256),
        "1.2.840.10045.4.3.3" => Scheme::Ecdsa(Hash::Sha384),
        "1.2.840.10045.4.3.4" => Scheme::Ecdsa(Hash::Sha512),
        _ => return None,
    })
}

/// The largest RSA modulus we verify; bigger keys would let a hostile input
/// burn CPU and no IdP uses them. Larger ones are "unsupported", not "invalid".
const MAX_RSA_BITS: usize = 8_192;

/// Verify the DER certificate `child` with the key of the DER certificate
/// `issuer`; either failing to parse counts as invalid.
pub fn verify_der(child: &[u8], issuer: &[u8]) -> Verdict {
    match (
        X509Certificate::from_der(child),
        X509Certificate::from_der(issuer),
    ) {
        (Ok((_, c)), Ok((_, i))) => verify(&c, i.public_key()),
        _ => Verdict::Invalid,
    }
}

/// Verify `cert`'s signature with `issuer_key` (the certificate's own key
/// for a self-signed certificate).
pub fn verify(cert: &X509Certificate, issuer_key: &SubjectPublicKeyInfo) -> Verdict {
    let Some(scheme) = scheme(&dotted(&cert.signature_algorithm.algorithm)) else {
        return Verdict::Unsupported;
    };
    let tbs = cert.tbs_certificate.as_ref();
    let sig: &[u8] = &cert.signature_value.data;
    let key_alg = dotted(&issuer_key.algorithm.algorithm);
    match scheme {
        Scheme::Rsa(hash) => {
            if key_alg != "1.2.840.113549.1.1.1" {
                return Verdict::Invalid;
            }
            let Ok((_, k)) = RSAPublicKey::from_der(&issuer_key.subject_public_key.data) else {
                return Verdict::Invalid;
            };
            if super::details::bit_length(k.modulus) as usize > MAX_RSA_BITS {
                return Verdict::Unsupported;
            }
            let n = BigUint::from_bytes_be(k.modulus);
            let e = BigUint::from_bytes_be(k.exponent);
            let Ok(key) = RsaPublicKey::new_with_max_size(n, e, MAX_RSA_BITS) else {
                return Verdict::Invalid;
            };
            let hashed = hash.digest(tbs);
            if key.verify(hash.pkcs1(), &hashed, sig).is_ok() {
                Verdict::Valid
            } else {
                Verdict::Invalid
            }
        }
        Scheme::Ecdsa(hash) => {
            if key_alg != "1.2.840.10045.2.1" {
                return Verdict::Invalid;
            }
            let curve = issuer_key
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| dotted(&o));
            let point: &[u8] = &issuer_key.subject_public_key.data;
            let prehash = hash.digest(tbs);
            let ok = match curve.as_deref() {
                Some("1.2.840.10045.3.1.7") => {
                    let (Ok(vk), Ok(s)) = (
                        p256::ecdsa::VerifyingKey::from_sec1_bytes(point),
                        p256::ecdsa::Signature::from_der(sig),
                    ) else {
                        return Verdict::Invalid;
                    };
                    vk.verify_prehash(&prehash, &s).is_ok()
                }
                Some("1.3.132.0.34") => {
                    let (Ok(vk), Ok(s)) = (
                        p384::ecdsa::VerifyingKey::from_sec1_bytes(point),
                        p384::ecdsa::Signature::from_der(sig),
                    ) else {
                        return Verdict::Invalid;
                    };
                    vk.verify_prehash(&prehash, &s).is_ok()
                }
                _ => return Verdict::Unsupported,
            };
            if ok {
                Verdict::Valid
            } else {
                Verdict::Invalid
            }
        }
    }
}
