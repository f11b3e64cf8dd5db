//! The details an administrator compares with the IdP's certificate screen:
//! names, serial, validity, key, signature algorithm, extensions and the
//! colon-hex fingerprints (admin guide "Configure Organization Certificate
//! Management", step 2: "view certificate details").
//!
//! `CertificateInfo` is the JSON object of `data.certificates[]`; its field
//! names are a public contract (add, never rename).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha1::Sha1;
use sha2::{Digest, Sha256};
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::{PublicKey, RSAPublicKey};
use x509_parser::x509::SubjectPublicKeyInfo;

use super::oids::dotted;
use super::util::{colon_hex, rfc3339};

/// `basicConstraints` as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BasicConstraintsInfo {
    pub ca: bool,
    pub path_len: Option<u32>,
}

/// The fields of `data.certificates[]` that scripts rely on (the CLI
/// contract), in the order [`CertificateInfo`] declares them. The SAML
/// tools use them for a certificate that could not be decoded.
pub const CONTRACT_FIELDS: &[&str] = &[
    "subject",
    "issuer",
    "serial",
    "not_before",
    "not_after",
    "key_algorithm",
    "key_bits",
    "curve",
    "signature_algorithm",
    "sha1_fingerprint",
    "sha256_fingerprint",
    "self_signed",
];

/// One certificate's details: exactly the object of `data.certificates[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateInfo {
    pub subject: String,
    pub issuer: String,
    /// Upper-case colon hex of the serial number's bytes.
    pub serial: String,
    /// RFC 3339, UTC.
    pub not_before: String,
    pub not_after: String,
    /// RSA, RSASSA-PSS, EC, DSA, Ed25519, Ed448, or the OID when unknown.
    pub key_algorithm: String,
    pub key_bits: Option<u32>,
    /// EC curve name (P-256 …), null for other keys.
    pub curve: Option<String>,
    /// OpenSSL-style name (sha256WithRSAEncryption, ecdsa-with-SHA256 …).
    pub signature_algorithm: String,
    pub sha1_fingerprint: String,
    pub sha256_fingerprint: String,
    /// Subject and issuer are the same name (and the key identifiers, when
    /// both are present, agree).
    pub self_signed: bool,
    /// Whole days until notAfter at the report's "now"; negative once expired.
    pub days_left: i64,
    /// notAfter minus notBefore, in days (rounded).
    pub validity_days: i64,
    pub rsa_exponent: Option<u64>,
    pub version: u32,
    pub san: Vec<String>,
    pub key_usage: Vec<String>,
    pub extended_key_usage: Vec<String>,
    pub basic_constraints: Option<BasicConstraintsInfo>,
    pub is_ca: bool,
    pub ski: Option<String>,
    pub aki: Option<String>,
    /// Outcome of the signature check: "valid", "invalid", "unsupported"
    /// (algorithm not implemented), or "not-checked" (issuer not in the input).
    pub signature_check: String,
    /// Position of the issuing certificate in `data.certificates[]`, when present.
    pub issuer_index: Option<usize>,
    /// Input format of this certificate (pem, der, base64, pkcs7-der, …).
    pub format: Option<String>,
    pub file: Option<String>,
    /// Position in `data.certificates[]`.
    pub index: Option<usize>,
}

impl CertificateInfo {
    /// The subject's common name, or the whole subject: a short label.
    pub fn label(&self) -> String {
        self.subject
            .split(", ")
            .find_map(|p| p.strip_prefix("CN="))
            .unwrap_or(&self.subject)
            .to_string()
    }

    pub fn not_after_time(&self) -> Option<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(&self.not_after)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }

    pub fn not_before_time(&self) -> Option<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(&self.not_before)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }

    /// Whether the certificate is valid, expired or not yet valid at `now`
    /// (by `days_left` alone if its dates do not read back, which the
    /// tool's own RFC 3339 never fails to).
    pub fn validity_at(&self, now: DateTime<Utc>) -> Validity {
        match (self.not_before_time(), self.not_after_time()) {
            (Some(nb), Some(na)) => Validity::at(nb, na, now),
            _ if self.days_left < 0 => Validity::Expired,
            _ => Validity::Valid,
        }
    }
}

/// Where a certificate stands at "now": the verdict the rollover set's
/// `status` and the certificate cards show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Validity {
    Valid,
    /// After notAfter.
    Expired,
    /// Before notBefore.
    NotYetValid,
}

impl Validity {
    /// The certificate valid from `not_before` to `not_after`, at `now`.
    pub fn at(not_before: DateTime<Utc>, not_after: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        if now > not_after {
            Validity::Expired
        } else if now < not_before {
            Validity::NotYetValid
        } else {
            Validity::Valid
        }
    }

    /// As `data.rollover.certificates[].status` writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Validity::Valid => "valid",
            Validity::Expired => "expired",
            Validity::NotYetValid => "not-yet-valid",
        }
    }

    /// The `status` text back (`None` for anything else).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "valid" => Validity::Valid,
            "expired" => Validity::Expired,
            "not-yet-valid" => Validity::NotYetValid,
            _ => return None,
        })
    }
}

/// notBefore and notAfter as chrono times.
pub fn validity(cert: &X509Certificate) -> (DateTime<Utc>, DateTime<Utc>) {
    let v = cert.validity();
    let t = |secs: i64| DateTime::from_timestamp(secs, 0).unwrap_or_default();
    (t(v.not_before.timestamp()), t(v.not_after.timestamp()))
}

/// The public key's family and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFacts {
    pub algorithm: String,
    pub bits: Option<u32>,
    pub curve: Option<String>,
    pub rsa_exponent: Option<u64>,
}

impl KeyFacts {
    pub fn is_rsa(&self) -> bool {
        self.algorithm == "RSA" || self.algorithm == "RSASSA-PSS"
    }
}

/// Bits of a big-endian unsigned integer (leading zero bytes ignored).
pub fn bit_length(be: &[u8]) -> u32 {
    let trimmed: &[u8] = match be.iter().position(|&b| b != 0) {
        Some(i) => &be[i..],
        None => return 0,
    };
    let top = trimmed[0];
    (trimmed.len() as u32 - 1) * 8 + (8 - top.leading_zeros())
}

fn curve_name(dotted: &str) -> Option<(&'static str, u32)> {
    Some(match dotted {
        "1.2.840.10045.3.1.7" => ("P-256", 256),
        "1.3.132.0.34" => ("P-384", 384),
        "1.3.132.0.35" => ("P-521", 521),
        "1.2.840.10045.3.1.1" => ("P-192", 192),
        "1.3.132.0.33" => ("P-224", 224),
        "1.3.132.0.10" => ("secp256k1", 256),
        "1.3.36.3.3.2.8.1.1.7" => ("brainpoolP256r1", 256),
        "1.3.36.3.3.2.8.1.1.11" => ("brainpoolP384r1", 384),
        "1.3.36.3.3.2.8.1.1.13" => ("brainpoolP512r1", 512),
        _ => return None,
    })
}

pub fn key_facts(spki: &SubjectPublicKeyInfo) -> KeyFacts {
    let alg = dotted(&spki.algorithm.algorithm);
    let rsa = |k: &RSAPublicKey| (bit_length(k.modulus), k.try_exponent().ok());
    match alg.as_ref() {
        "1.2.840.113549.1.1.1" | "1.2.840.113549.1.1.10" => {
            let name = if alg.ends_with(".1") {
                "RSA"
            } else {
                "RSASSA-PSS"
            };
            let parsed = RSAPublicKey::from_der(&spki.subject_public_key.data)
                .ok()
                .map(|(_, k)| rsa(&k));
            KeyFacts {
                algorithm: name.into(),
                bits: parsed.map(|p| p.0),
                curve: None,
                rsa_exponent: parsed.and_then(|p| p.1),
            }
        }
        "1.2.840.10045.2.1" => {
            let curve_oid = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| dotted(&o));
            let named = curve_oid.as_deref().and_then(curve_name);
            let bits = named.map(|n| n.1).or_else(|| match spki.parsed() {
                Ok(PublicKey::EC(p)) => u32::try_from(p.key_size()).ok().filter(|b| *b > 0),
                _ => None,
            });
            KeyFacts {
                algorithm: "EC".into(),
                bits,
                curve: named
                    .map(|n| n.0.to_string())
                    .or(curve_oid.map(|c| c.into_owned())),
                rsa_exponent: None,
            }
        }
        "1.2.840.10040.4.1" => KeyFacts {
            algorithm: "DSA".into(),
            bits: match spki.parsed() {
                Ok(PublicKey::DSA(y)) => Some(bit_length(y).div_ceil(8) * 8),
                _ => None,
            },
            curve: None,
            rsa_exponent: None,
        },
        "1.3.101.112" => fixed("Ed25519", 256),
        "1.3.101.113" => fixed("Ed448", 456),
        "1.3.101.110" => fixed("X25519", 256),
        "1.3.101.111" => fixed("X448", 448),
        other => KeyFacts {
            algorithm: other.to_string(),
            bits: None,
            curve: None,
            rsa_exponent: None,
        },
    }
}

fn fixed(name: &str, bits: u32) -> KeyFacts {
    KeyFacts {
        algorithm: name.into(),
        bits: Some(bits),
        curve: None,
        rsa_exponent: None,
    }
}

/// The signature algorithm as OpenSSL names it; for RSASSA-PSS, whose OID
/// does not say the hash, the hash from its parameters is added
/// ("rsassaPss with sha256") so a SHA-1 PSS signature is seen as weak too.
pub fn signature_algorithm_label(alg: &x509_parser::x509::AlgorithmIdentifier) -> String {
    let name = signature_algorithm_name(&dotted(&alg.algorithm));
    match super::verify::pss_params(alg) {
        Some(Ok(p)) => format!("{name} with {}", p.hash_name()),
        Some(Err(_)) => format!("{name} with unreadable parameters"),
        None => name,
    }
}

/// OpenSSL's names for the signature algorithms certificates use.
pub fn signature_algorithm_name(dotted: &str) -> String {
    match dotted {
        "1.2.840.113549.1.1.2" => "md2WithRSAEncryption",
        "1.2.840.113549.1.1.3" => "md4WithRSAEncryption",
        "1.2.840.113549.1.1.4" => "md5WithRSAEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.3.14.3.2.29" => "sha1WithRSA",
        "1.2.840.113549.1.1.14" => "sha224WithRSAEncryption",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.113549.1.1.10" => "rsassaPss",
        "1.2.840.10045.4.1" => "ecdsa-with-SHA1",
        "1.2.840.10045.4.3.1" => "ecdsa-with-SHA224",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512",
        "1.2.840.10040.4.3" => "dsa-with-SHA1",
        "2.16.840.1.101.3.4.3.1" => "dsa-with-SHA224",
        "2.16.840.1.101.3.4.3.2" => "dsa-with-SHA256",
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        other => return other.to_string(),
    }
    .to_string()
}

fn general_name(n: &GeneralName) -> String {
    match n {
        GeneralName::DNSName(s) => format!("DNS:{s}"),
        GeneralName::RFC822Name(s) => format!("email:{s}"),
        GeneralName::URI(s) => format!("URI:{s}"),
        GeneralName::IPAddress(b) => match b.len() {
            4 => format!("IP:{}.{}.{}.{}", b[0], b[1], b[2], b[3]),
            16 => {
                let mut a = [0u8; 16];
                a.copy_from_slice(b);
                format!("IP:{}", std::net::Ipv6Addr::from(a))
            }
            _ => format!("IP:{}", colon_hex(b)),
        },
        GeneralName::DirectoryName(name) => format!("DirName:{name}"),
        GeneralName::RegisteredID(oid) => format!("RID:{}", oid.to_id_string()),
        GeneralName::OtherName(oid, _) => format!("otherName:{}", oid.to_id_string()),
        GeneralName::X400Address(_) => "X400Address".into(),
        GeneralName::EDIPartyName(_) => "EDIPartyName".into(),
        GeneralName::Invalid(_, _) => "invalid".into(),
    }
}

/// Extract every detail from one parsed certificate. `now` gives `days_left`.
pub fn extract(cert: &X509Certificate, der: &[u8], now: DateTime<Utc>) -> CertificateInfo {
    let (not_before, not_after) = validity(cert);
    let key = key_facts(cert.public_key());

    let mut san = Vec::new();
    let mut key_usage = Vec::new();
    let mut eku = Vec::new();
    let mut basic_constraints = None;
    let mut ski = None;
    let mut aki = None;
    for ext in cert.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(s) => {
                san.extend(s.general_names.iter().map(general_name));
            }
            ParsedExtension::KeyUsage(ku) => {
                let names = [
                    (ku.digital_signature(), "digitalSignature"),
                    (ku.non_repudiation(), "nonRepudiation"),
                    (ku.key_encipherment(), "keyEncipherment"),
                    (ku.data_encipherment(), "dataEncipherment"),
                    (ku.key_agreement(), "keyAgreement"),
                    (ku.key_cert_sign(), "keyCertSign"),
                    (ku.crl_sign(), "cRLSign"),
                    (ku.encipher_only(), "encipherOnly"),
                    (ku.decipher_only(), "decipherOnly"),
                ];
                key_usage.extend(names.iter().filter(|n| n.0).map(|n| n.1.to_string()));
            }
            ParsedExtension::ExtendedKeyUsage(e) => {
                let names = [
                    (e.any, "anyExtendedKeyUsage"),
                    (e.server_auth, "serverAuth"),
                    (e.client_auth, "clientAuth"),
                    (e.code_signing, "codeSigning"),
                    (e.email_protection, "emailProtection"),
                    (e.time_stamping, "timeStamping"),
                    (e.ocsp_signing, "OCSPSigning"),
                ];
                eku.extend(names.iter().filter(|n| n.0).map(|n| n.1.to_string()));
                eku.extend(e.other.iter().map(|o| o.to_id_string()));
            }
            ParsedExtension::BasicConstraints(bc) => {
                basic_constraints = Some(BasicConstraintsInfo {
                    ca: bc.ca,
                    path_len: bc.path_len_constraint,
                });
            }
            ParsedExtension::SubjectKeyIdentifier(k) => ski = Some(colon_hex(k.0)),
            ParsedExtension::AuthorityKeyIdentifier(a) => {
                aki = a.key_identifier.as_ref().map(|k| colon_hex(k.0));
            }
            _ => {}
        }
    }

    let names_match = cert.subject().as_raw() == cert.issuer().as_raw();
    // A self-issued certificate of a CA key rollover has the same names but
    // another key: the key identifiers tell them apart.
    let keys_differ = matches!((&ski, &aki), (Some(s), Some(a)) if s != a);
    let secs = (not_after - not_before).num_seconds();
    let validity_days = (secs + 43_200).div_euclid(86_400);
    let days_left = (not_after - now).num_seconds().div_euclid(86_400);

    CertificateInfo {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        serial: colon_hex(cert.raw_serial()),
        not_before: rfc3339(not_before),
        not_after: rfc3339(not_after),
        key_algorithm: key.algorithm,
        key_bits: key.bits,
        curve: key.curve,
        signature_algorithm: signature_algorithm_label(&cert.signature_algorithm),
        sha1_fingerprint: colon_hex(&Sha1::digest(der)),
        sha256_fingerprint: colon_hex(&Sha256::digest(der)),
        self_signed: names_match && !keys_differ,
        days_left,
        validity_days,
        rsa_exponent: key.rsa_exponent,
        version: cert.version().0 + 1,
        san,
        key_usage,
        extended_key_usage: eku,
        is_ca: basic_constraints.as_ref().is_some_and(|b| b.ca),
        basic_constraints,
        ski,
        aki,
        signature_check: "not-checked".into(),
        issuer_index: None,
        format: None,
        file: None,
        index: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_length_ignores_leading_zeros() {
        assert_eq!(bit_length(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(bit_length(&[0x01]), 1);
        assert_eq!(bit_length(&[0, 0]), 0);
        assert_eq!(bit_length(&[]), 0);
    }
}
