//! Redaction for support cases: the same message with personal values
//! replaced by consistent placeholders, so it can be attached to a ticket.
//!
//! Replaced: the NameID, attribute values (except the few whose format the
//! rules check and that identify nobody: updateTimeStamp, ISOCountry,
//! imloggingenabled, upgradesite), SubjectConfirmationData/@Address and SubjectLocality/@Address (the
//! user's IP address), and any
//! other text or attribute value that looks like an email address. The same
//! value always gets the same placeholder (case-insensitively), emails keep
//! their shape (`user1@example.invalid`, one placeholder domain per real
//! domain) and other values become `value-N`, so the NameID/attribute
//! comparisons, the required-attribute checks and the UPN checks give the
//! same results. Kept: structure, Issuer, Audience, Recipient and
//! Destination URLs, times, IDs, algorithms and certificates (public), so the
//! status, conditions and metadata checks give the same results too.
//!
//! Value-dependent rules whose result can change: `nameid-email-invalid` and
//! `uid-without-domain` when an invalid value contains `@` in an odd place;
//! `attribute-unknown` "did you mean" texts are unaffected (names are kept).
//! The output is XML even when the input was base64; signatures no longer
//! verify (they could not anyway once values change).

use std::collections::HashMap;

use super::decode::{decode, DecodeError};
use super::values;
use super::xml::{self, Element, Node, XmlError, NS_ASSERTION, NS_DSIG};

#[derive(Debug, Clone, PartialEq)]
pub enum RedactError {
    Decode(DecodeError),
    Xml(XmlError),
}

impl std::fmt::Display for RedactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RedactError::Decode(e) => write!(f, "{e}"),
            RedactError::Xml(e) => write!(f, "the XML does not parse: {e:?}"),
        }
    }
}

impl std::error::Error for RedactError {}

const KEEP_VALUES: &[&str] = &[
    "updateTimeStamp",
    "ISOCountry",
    "imloggingenabled",
    "upgradesite",
];

/// The message as XML with personal values replaced by placeholders.
pub fn redact(input: &str) -> Result<String, RedactError> {
    let decoded = decode(input).map_err(RedactError::Decode)?;
    let mut root = xml::parse(&decoded.xml).map_err(RedactError::Xml)?;
    let mut r = Redactor::default();
    r.element(&mut root);
    Ok(xml::serialize(&root, false))
}

#[derive(Default)]
struct Redactor {
    map: HashMap<String, String>,
    domains: HashMap<String, String>,
    users: usize,
    others: usize,
}

impl Redactor {
    fn placeholder(&mut self, value: &str) -> String {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return value.to_string();
        }
        let key = trimmed.to_lowercase();
        if let Some(p) = self.map.get(&key) {
            return p.clone();
        }
        let p = match trimmed.rsplit_once('@') {
            Some((_, domain)) if values::is_email(trimmed) => {
                self.users += 1;
                let n = self.domains.len() + 1;
                let d = self
                    .domains
                    .entry(domain.to_lowercase())
                    .or_insert_with(|| {
                        if n == 1 {
                            "example.invalid".to_string()
                        } else {
                            format!("example{n}.invalid")
                        }
                    })
                    .clone();
                format!("user{}@{d}", self.users)
            }
            _ => {
                self.others += 1;
                format!("value-{}", self.others)
            }
        };
        self.map.insert(key, p.clone());
        p
    }

    /// Replace email-like words inside free text (a StatusMessage, say).
    fn scrub(&mut self, text: &str) -> String {
        if !text.contains('@') {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let core = word.trim_matches(|c: char| {
                !(c.is_alphanumeric() || c == '@' || c == '.' || c == '_' || c == '-' || c == '+')
            });
            let core = core.trim_end_matches('.');
            if core.contains('@') && values::is_email(core) {
                let p = self.placeholder(core);
                out.push_str(&word.replacen(core, &p, 1));
            } else {
                out.push_str(word);
            }
        }
        out
    }

    fn element(&mut self, e: &mut Element) {
        if e.is(NS_DSIG, "Signature") {
            return;
        }
        for a in &mut e.attrs {
            if a.qname.starts_with("xmlns") {
                continue;
            }
            let ip = a.qname == "Address"
                && (e.local == "SubjectConfirmationData" || e.local == "SubjectLocality");
            if ip {
                let key = format!("address:{}", a.value);
                let n = self.map.len();
                a.value = self
                    .map
                    .entry(key)
                    .or_insert_with(|| format!("192.0.2.{}", n % 254 + 1))
                    .clone();
            } else {
                a.value = self.scrub(&a.value);
            }
        }
        let whole_value = e.is(NS_ASSERTION, "NameID") || e.is(NS_ASSERTION, "AttributeValue");
        if whole_value {
            let text = e.text();
            let had_comment = e.has_comment();
            let p = self.placeholder(&text);
            e.children = vec![Node::Text(p)];
            if had_comment {
                // Keeps nameid-comment firing on the redacted copy.
                e.children.push(Node::Comment(String::new()));
            }
            return;
        }
        let keep = e.is(NS_ASSERTION, "Attribute")
            && e.attr("Name").is_some_and(|n| KEEP_VALUES.contains(&n));
        for c in &mut e.children {
            match c {
                Node::Element(child) => {
                    if keep && child.is(NS_ASSERTION, "AttributeValue") {
                        continue;
                    }
                    self.element(child);
                }
                Node::Text(t) => *t = self.scrub(t),
                Node::Comment(t) => *t = self.scrub(t),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_consistent() {
        let x = r#"<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID>Jane.Doe@Corp.com</saml:NameID></saml:Subject><saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>jane.doe@corp.com</saml:AttributeValue></saml:Attribute><saml:Attribute Name="uid"><saml:AttributeValue>jdoe@corp.local</saml:AttributeValue></saml:Attribute><saml:Attribute Name="firstname"><saml:AttributeValue>Jane</saml:AttributeValue></saml:Attribute><saml:Attribute Name="ISOCountry"><saml:AttributeValue>US</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion>"#;
        let out = redact(x).unwrap();
        assert!(!out.contains("Jane") && !out.contains("corp"), "{out}");
        assert_eq!(out.matches("user1@example.invalid").count(), 2, "{out}");
        assert!(out.contains("user2@example2.invalid"), "{out}");
        assert!(out.contains(">value-1<") && out.contains(">US<"), "{out}");
    }
}
