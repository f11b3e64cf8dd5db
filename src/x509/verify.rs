//! Signature verification of a certificate with its issuer's public key
//! (RFC 5280 section 6.1.3), for self-signed certificates and chain links.
//!
//! Uses the pure-Rust RustCrypto crates (rsa, p256, p384, sha1, sha2, md-5)
//! rather than x509-parser's `verify` feature, which needs ring and its C
//! code and so does not build for the browser. RSA PKCS#1 v1.5 with MD5,
//! SHA-1 and SHA-2, RSASSA-PSS with SHA-1 and SHA-2 (MGF1 with the same
//! hash, RFC 4055), and ECDSA on P-256 and P-384 are verified; anything else
//! (DSA, EdDSA, P-521, other PSS parameters) is reported as unsupported,
//! never guessed.

use md5::Md5;

use super::oids::dotted;
use rsa::{BigUint, Pkcs1v15Sign, Pss, RsaPublicKey};
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};
use signature::hazmat::PrehashVerifier;
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::RSAPublicKey;
use x509_parser::signature_algorithm::RsaSsaPssParams;
use x509_parser::x509::{AlgorithmIdentifier, SubjectPublicKeyInfo};

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

/// A digest algorithm (shared with XML-Signature verification).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hash {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Md5 => Md5::digest(data).to_vec(),
            Hash::Sha1 => Sha1::digest(data).to_vec(),
            Hash::Sha224 => Sha224::digest(data).to_vec(),
            Hash::Sha256 => Sha256::digest(data).to_vec(),
            Hash::Sha384 => Sha384::digest(data).to_vec(),
            Hash::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    fn from_oid(dotted: &str) -> Option<Hash> {
        Some(match dotted {
            "1.2.840.113549.2.5" => Hash::Md5,
            "1.3.14.3.2.26" => Hash::Sha1,
            "2.16.840.1.101.3.4.2.4" => Hash::Sha224,
            "2.16.840.1.101.3.4.2.1" => Hash::Sha256,
            "2.16.840.1.101.3.4.2.2" => Hash::Sha384,
            "2.16.840.1.101.3.4.2.3" => Hash::Sha512,
            _ => return None,
        })
    }

    /// OpenSSL's short name.
    pub fn name(self) -> &'static str {
        match self {
            Hash::Md5 => "md5",
            Hash::Sha1 => "sha1",
            Hash::Sha224 => "sha224",
            Hash::Sha256 => "sha256",
            Hash::Sha384 => "sha384",
            Hash::Sha512 => "sha512",
        }
    }

    pub fn pss(self, salt: usize) -> Pss {
        match self {
            Hash::Md5 => Pss::new_with_salt::<Md5>(salt),
            Hash::Sha1 => Pss::new_with_salt::<Sha1>(salt),
            Hash::Sha224 => Pss::new_with_salt::<Sha224>(salt),
            Hash::Sha256 => Pss::new_with_salt::<Sha256>(salt),
            Hash::Sha384 => Pss::new_with_salt::<Sha384>(salt),
            Hash::Sha512 => Pss::new_with_salt::<Sha512>(salt),
        }
    }

    pub fn pkcs1(self) -> Pkcs1v15Sign {
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
    RsaPss(PssParams),
    Ecdsa(Hash),
}

/// The RSASSA-PSS parameters we can verify with.
#[derive(Clone, Copy)]
pub struct PssParams {
    hash: Hash,
    /// MGF1's hash, when it differs from `hash` (then unsupported).
    mgf_hash: Option<Hash>,
    salt: usize,
}

impl PssParams {
    pub fn hash_name(&self) -> &'static str {
        self.hash.name()
    }
}

const RSASSA_PSS: &str = "1.2.840.113549.1.1.10";
const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";

fn verdict(ok: bool) -> Verdict {
    if ok {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// The issuer's RSA key, bounded by [`MAX_RSA_BITS`].
pub(crate) fn rsa_key(issuer_key: &SubjectPublicKeyInfo) -> Result<RsaPublicKey, Verdict> {
    let (_, k) = RSAPublicKey::from_der(&issuer_key.subject_public_key.data)
        .map_err(|_| Verdict::Invalid)?;
    if super::details::bit_length(k.modulus) as usize > MAX_RSA_BITS {
        return Err(Verdict::Unsupported);
    }
    let n = BigUint::from_bytes_be(k.modulus);
    let e = BigUint::from_bytes_be(k.exponent);
    RsaPublicKey::new_with_max_size(n, e, MAX_RSA_BITS).map_err(|_| Verdict::Invalid)
}

/// `Some` when `alg` is RSASSA-PSS: its parameters, or `Err` when they are
/// missing, unreadable or name a hash we do not know.
pub fn pss_params(alg: &AlgorithmIdentifier) -> Option<Result<PssParams, ()>> {
    if dotted(&alg.algorithm) != RSASSA_PSS {
        return None;
    }
    let read = || -> Result<PssParams, ()> {
        let any = alg.parameters.as_ref().ok_or(())?;
        let p = RsaSsaPssParams::try_from(any).map_err(|_| ())?;
        let hash = Hash::from_oid(&dotted(p.hash_algorithm_oid())).ok_or(())?;
        let mgf = p.mask_gen_algorithm().map_err(|_| ())?;
        let mgf_hash = Hash::from_oid(&dotted(&mgf.hash)).ok_or(())?;
        let salt = usize::try_from(p.salt_length()).map_err(|_| ())?;
        if dotted(&mgf.mgf) != "1.2.840.113549.1.1.8" || p.trailer_field() != 1 {
            return Err(());
        }
        Ok(PssParams {
            hash,
            mgf_hash: (mgf_hash.name() != hash.name()).then_some(mgf_hash),
            salt,
        })
    };
    Some(read())
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
    let scheme = match pss_params(&cert.signature_algorithm) {
        Some(Ok(p)) if p.mgf_hash.is_none() => Scheme::RsaPss(p),
        Some(_) => return Verdict::Unsupported,
        None => match scheme(&dotted(&cert.signature_algorithm.algorithm)) {
            Some(s) => s,
            None => return Verdict::Unsupported,
        },
    };
    let tbs = cert.tbs_certificate.as_ref();
    let sig: &[u8] = &cert.signature_value.data;
    let key_alg = dotted(&issuer_key.algorithm.algorithm);
    match scheme {
        Scheme::Rsa(hash) => {
            if key_alg != RSA_ENCRYPTION {
                return Verdict::Invalid;
            }
            match rsa_key(issuer_key) {
                Ok(key) => verdict(key.verify(hash.pkcs1(), &hash.digest(tbs), sig).is_ok()),
                Err(v) => v,
            }
        }
        Scheme::RsaPss(p) => {
            // An id-RSASSA-PSS key carries the same RSAPublicKey as
            // rsaEncryption, restricted to PSS signatures.
            if key_alg != RSA_ENCRYPTION && key_alg != RSASSA_PSS {
                return Verdict::Invalid;
            }
            match rsa_key(issuer_key) {
                Ok(key) => verdict(
                    key.verify(p.hash.pss(p.salt), &p.hash.digest(tbs), sig)
                        .is_ok(),
                ),
                Err(v) => v,
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
            verdict(ok)
        }
    }
}
