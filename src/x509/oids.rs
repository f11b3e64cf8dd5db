//! Dotted names of the OIDs the rules look at, without allocating a string
//! per certificate: `Oid::to_id_string` was a measurable share of a
//! 10,000-certificate run. The table is built once from the dotted forms,
//! so there are no hand-encoded bytes to get wrong.

use std::borrow::Cow;
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::OnceLock;

use x509_parser::asn1_rs::Oid;

const KNOWN: &[&str] = &[
    // Public key algorithms
    "1.2.840.113549.1.1.1",
    "1.2.840.113549.1.1.10",
    "1.2.840.10045.2.1",
    "1.2.840.10040.4.1",
    "1.3.101.110",
    "1.3.101.111",
    "1.3.101.112",
    "1.3.101.113",
    // Curves
    "1.2.840.10045.3.1.7",
    "1.3.132.0.34",
    "1.3.132.0.35",
    "1.2.840.10045.3.1.1",
    "1.3.132.0.33",
    "1.3.132.0.10",
    "1.3.36.3.3.2.8.1.1.7",
    "1.3.36.3.3.2.8.1.1.11",
    "1.3.36.3.3.2.8.1.1.13",
    // Signature algorithms
    "1.2.840.113549.1.1.2",
    "1.2.840.113549.1.1.3",
    "1.2.840.113549.1.1.4",
    "1.2.840.113549.1.1.5",
    "1.3.14.3.2.29",
    "1.2.840.113549.1.1.11",
    "1.2.840.113549.1.1.12",
    "1.2.840.113549.1.1.13",
    "1.2.840.113549.1.1.14",
    "1.2.840.10045.4.1",
    "1.2.840.10045.4.3.1",
    "1.2.840.10045.4.3.2",
    "1.2.840.10045.4.3.3",
    "1.2.840.10045.4.3.4",
    "1.2.840.10040.4.3",
    "2.16.840.1.101.3.4.3.1",
    "2.16.840.1.101.3.4.3.2",
];

fn table() -> &'static HashMap<Vec<u8>, &'static str> {
    static TABLE: OnceLock<HashMap<Vec<u8>, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        KNOWN
            .iter()
            .filter_map(|d| Oid::from_str(d).ok().map(|o| (o.as_bytes().to_vec(), *d)))
            .collect()
    })
}

/// The dotted form of `oid`, borrowed for the known ones.
pub fn dotted(oid: &Oid) -> Cow<'static, str> {
    match table().get(oid.as_bytes()) {
        Some(d) => Cow::Borrowed(d),
        None => Cow::Owned(oid.to_id_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_oid_round_trips() {
        assert_eq!(table().len(), KNOWN.len());
        for d in KNOWN {
            let oid = Oid::from_str(d).unwrap();
            assert!(matches!(dotted(&oid), Cow::Borrowed(x) if x == *d));
        }
        let other = Oid::from_str("1.2.3.4").unwrap();
        assert_eq!(dotted(&other), "1.2.3.4");
    }
}
