//! What the cross-file checks need from each file, read from the reports
//! the tools returned (their `data`, a public contract) or, for the user
//! lists, from the files with the tools' own readers.
//!
//! Only the fields used here are declared; every one defaults when absent,
//! so a report of a file the tool could not read yields no facts rather
//! than an error.

use serde::Deserialize;

use crate::report::Report;

/// A certificate as metadata and certificate reports describe it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Cert {
    pub subject: String,
    pub not_after: String,
    /// Upper-case colon hex.
    pub sha256_fingerprint: String,
    /// `signing`, `encryption`, or null (both) in metadata.
    #[serde(rename = "use")]
    pub usage: Option<String>,
    /// `idp` or `sp` in metadata.
    pub role: Option<String>,
}

impl Cert {
    /// Lower-case hex without colons, as signature reports give it.
    pub fn sha256(&self) -> String {
        normalise_fingerprint(&self.sha256_fingerprint)
    }

    /// Whether metadata lists it for signing (`use="signing"` or no `use`).
    pub fn signs(&self) -> bool {
        self.usage.as_deref() != Some("encryption")
    }
}

/// `AB:CD:…` or `abcd…` as `abcd…`.
pub fn normalise_fingerprint(f: &str) -> String {
    f.chars()
        .filter(char::is_ascii_hexdigit)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Endpoint {
    pub binding: String,
    pub location: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Entity {
    pub entity_id: Option<String>,
    pub roles: Vec<String>,
    pub acs_services: Vec<Endpoint>,
    pub certificates: Vec<Cert>,
}

impl Entity {
    pub fn is_idp(&self) -> bool {
        self.roles.iter().any(|r| r == "idp")
    }

    pub fn is_sp(&self) -> bool {
        self.roles.iter().any(|r| r == "sp")
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Metadata {
    pub entities: Vec<Entity>,
}

impl Metadata {
    pub fn of(report: &Report) -> Self {
        serde_json::from_value(report.data.clone()).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NameId {
    pub value: Option<String>,
    pub format: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Confirmation {
    pub recipient: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Conditions {
    pub audiences: Vec<String>,
}

/// A SAML message as the response tool reports it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Response {
    /// `Response`, `AuthnRequest` …
    pub kind: Option<String>,
    pub issuer: Option<String>,
    pub destination: Option<String>,
    pub name_id: Option<NameId>,
    pub subject_confirmation: Option<Confirmation>,
    pub conditions: Option<Conditions>,
}

impl Response {
    pub fn of(report: &Report) -> Self {
        serde_json::from_value(report.data.clone()).unwrap_or_default()
    }

    pub fn recipient(&self) -> Option<&str> {
        self.subject_confirmation.as_ref()?.recipient.as_deref()
    }

    pub fn name_id(&self) -> Option<&str> {
        self.name_id.as_ref()?.value.as_deref()
    }
}

/// The certificates of a certificate file's report.
pub fn certificates(report: &Report) -> Vec<Cert> {
    serde_json::from_value(report.data["certificates"].clone()).unwrap_or_default()
}

/// One user of a user file: the identifiers a NameID may carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Row (user CSV, header = 1) or line (directory userFile).
    pub row: u64,
    pub email: String,
    /// userName (user CSV) or userSSOId (directory).
    pub id: String,
}

/// The users of a user-import CSV (`email` and `userName` columns, matched
/// without regard to case as the field table's names are).
pub fn csv_users(bytes: &[u8]) -> Vec<User> {
    let (text, _, _) = encoding_rs::UTF_8.decode(bytes);
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.contains('\t') && !first.contains(',') {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let Ok(header) = reader.headers().cloned() else {
        return Vec::new();
    };
    let col = |name: &str| {
        header.iter().position(|h| {
            h.trim()
                .trim_start_matches('\u{feff}')
                .eq_ignore_ascii_case(name)
        })
    };
    let (email, user_name) = (col("email"), col("userName"));
    if email.is_none() && user_name.is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let Ok(record) = record else { continue };
        let get = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let (email, id) = (get(email), get(user_name));
        if email.is_empty() && id.is_empty() {
            continue;
        }
        out.push(User {
            row: i as u64 + 2,
            email,
            id,
        });
    }
    out
}

/// The users of a Directory Integration userFile, read as the directory
/// tool reads it (ISO-8859-1 or UTF-8, comma or tab, 34 fields).
pub fn directory_users(path: &str, bytes: &[u8]) -> Vec<User> {
    use crate::directory::{dialect, encoding, names, Sink};
    let kind = names::parse(path).kind;
    if kind != Some(names::Kind::UserFile) {
        return Vec::new();
    }
    let mut sink = Sink::new(0);
    let decoded = encoding::decode(bytes, kind, &mut sink);
    let Some(text) = decoded.text else {
        return Vec::new();
    };
    let mut users = Vec::new();
    dialect::split(&text, names::Kind::UserFile, &mut sink, |r, _| {
        if !r.get(4).is_empty() || !r.get(0).is_empty() {
            users.push(User {
                row: r.line,
                email: r.get(4).trim().to_string(),
                id: r.get(0).trim().to_string(),
            });
        }
    });
    users
}

/// The domain part of an email address, lower-cased.
pub fn email_domain(email: &str) -> Option<String> {
    let (_, domain) = email.rsplit_once('@')?;
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    (!domain.is_empty()).then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_are_read_from_both_user_files() {
        let users = csv_users("\u{feff}firstName,lastName,email,userName\r\nA,B,a@x.com,a@x.com\r\n,,,\r\nC,D,c@y.org,cd\r\n".as_bytes());
        assert_eq!(users.len(), 2);
        assert_eq!(users[1].row, 4);
        assert_eq!(users[1].id, "cd");
        let line = format!("jdoe,Jane Doe,Jane,Doe,jane@x.com{}\r\n", ",".repeat(29));
        let dir = directory_users("userFile_2026-06-01_1.csv", line.as_bytes());
        assert_eq!(dir.len(), 1);
        assert_eq!(
            (dir[0].id.as_str(), dir[0].email.as_str()),
            ("jdoe", "jane@x.com")
        );
        assert!(directory_users("groupFile_2026-06-01_1.csv", line.as_bytes()).is_empty());
    }

    #[test]
    fn fingerprints_compare_in_either_form() {
        assert_eq!(normalise_fingerprint("AB:cd:01"), "abcd01");
        assert_eq!(email_domain("Jane@Example.COM"), Some("example.com".into()));
        assert_eq!(email_domain("no-at-sign"), None);
    }
}
