//! Which tool a file is for, decided from its content (the name only breaks
//! ties the content leaves open, such as a Directory Integration id list,
//! which is one id per line like many other files).
//!
//! Every answer carries the reason in words, so that a wrong guess is easy
//! to see and to override on the page.

use serde::{Deserialize, Serialize};

/// What a file was taken for: the id of the tool that checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    #[serde(rename = "saml-metadata")]
    SamlMetadata,
    #[serde(rename = "saml-response")]
    SamlResponse,
    #[serde(rename = "cert")]
    Cert,
    #[serde(rename = "cron")]
    Cron,
    #[serde(rename = "csv-users")]
    CsvUsers,
    #[serde(rename = "directory")]
    Directory,
    #[serde(rename = "broadworks")]
    Broadworks,
    #[serde(rename = "firewall")]
    Firewall,
    #[serde(rename = "unknown")]
    Unknown,
}

impl Kind {
    /// Every kind, in the order the page offers them as overrides.
    pub const ALL: [Kind; 9] = [
        Kind::SamlMetadata,
        Kind::SamlResponse,
        Kind::Cert,
        Kind::Cron,
        Kind::CsvUsers,
        Kind::Directory,
        Kind::Broadworks,
        Kind::Firewall,
        Kind::Unknown,
    ];

    /// The tool id (`crate::tools`), or `unknown`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::SamlMetadata => "saml-metadata",
            Kind::SamlResponse => "saml-response",
            Kind::Cert => "cert",
            Kind::Cron => "cron",
            Kind::CsvUsers => "csv-users",
            Kind::Directory => "directory",
            Kind::Broadworks => "broadworks",
            Kind::Firewall => "firewall",
            Kind::Unknown => "unknown",
        }
    }

    /// The kind whose id is `id`.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// What the page calls it.
    pub fn title(self) -> &'static str {
        match self {
            Kind::SamlMetadata => "SAML metadata",
            Kind::SamlResponse => "SAML message",
            Kind::Cert => "Certificate",
            Kind::Cron => "CRON schedule",
            Kind::CsvUsers => "User CSV",
            Kind::Directory => "Directory file",
            Kind::Broadworks => "BroadWorks log",
            Kind::Firewall => "Firewall rules",
            Kind::Unknown => "Not recognised",
        }
    }
}

/// Which BroadWorks analyser reads a log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LogKind {
    Pslog,
    Xsp,
    ClientLog,
}

/// The answer for one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recognised {
    pub kind: Kind,
    /// Why, in one sentence.
    pub why: String,
    /// For metadata: it describes a service provider only (an exported
    /// Webex SP metadata file), not an identity provider.
    pub sp_only: bool,
    /// For BroadWorks logs: which analyser.
    pub log: Option<LogKind>,
    /// The file holds a private key (never needed, worth a warning).
    pub private_key: bool,
}

impl Recognised {
    fn new(kind: Kind, why: impl Into<String>) -> Self {
        Self {
            kind,
            why: why.into(),
            sp_only: false,
            log: None,
            private_key: false,
        }
    }
}

/// Bytes looked at to recognise a file: enough for any header, root element
/// or first lines, and a bounded cost for a 1 GB log.
const SNIFF_BYTES: usize = 64 * 1024;

/// Recognise `bytes`, named `path`.
pub fn recognise(path: &str, bytes: &[u8]) -> Recognised {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Recognised::new(Kind::Unknown, "the file is empty");
    }
    if super::expand::is_zip(bytes) {
        return if super::expand::is_office_document(bytes) {
            Recognised::new(
                Kind::Unknown,
                "an Office document (Word, Excel or PowerPoint); save a spreadsheet as CSV to check it",
            )
        } else {
            Recognised::new(
                Kind::Unknown,
                "a zip archive (one inside another archive is not opened)",
            )
        };
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if let Some(r) = der_certificate(bytes) {
        return r;
    }
    let text = sniff_text(head);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') {
        if let Some(r) = xml(trimmed, bytes) {
            return r;
        }
    }
    if let Some(r) = pem(trimmed) {
        return r;
    }
    if let Some(r) = saml_message(bytes) {
        return r;
    }
    if let Some(r) = base64_certificate(bytes, trimmed) {
        return r;
    }
    if let Some(r) = broadworks(trimmed) {
        return r;
    }
    if let Some(r) = cron(trimmed) {
        return r;
    }
    if let Some(r) = firewall(&text) {
        return r;
    }
    if let Some(r) = user_csv(trimmed) {
        return r;
    }
    if let Some(r) = directory(path, trimmed) {
        return r;
    }
    if super::expand::is_har(bytes) {
        return Recognised::new(
            Kind::Unknown,
            "a HAR capture without a SAMLRequest or SAMLResponse in it",
        );
    }
    if bytes.first() == Some(&0x30) && bytes.len() <= 1 << 22 {
        // DER that is not one certificate: a PKCS#7 bundle, as the
        // certificate tool reads it.
        let probe = crate::x509::check(
            bytes,
            None,
            &crate::x509::LintContext::new(chrono::DateTime::UNIX_EPOCH),
        );
        if !super::facts::certificates(&probe).is_empty() {
            return Recognised::new(Kind::Cert, "certificates in binary DER (PKCS#7)");
        }
    }
    if head.contains(&0) || text.contains('\u{fffd}') && !looks_latin1(head) {
        return Recognised::new(
            Kind::Unknown,
            "binary data that is none of the formats Preflight reads",
        );
    }
    Recognised::new(
        Kind::Unknown,
        "text that is not SAML, a certificate, a CRON expression, a user CSV, a directory file or a BroadWorks log",
    )
}

/// The first bytes as text: UTF-16 by its BOM, else UTF-8 with Latin-1 for
/// what is not (directory files are ISO-8859-1).
fn sniff_text(head: &[u8]) -> String {
    if let Some((encoding, len)) = crate::text::decode::sniff_bom(head) {
        return crate::text::decode::decode_as(encoding, &head[len..])
            .0
            .into_owned();
    }
    // A cut in the middle of a UTF-8 sequence at the sniff limit is not an error.
    match std::str::from_utf8(head) {
        Ok(s) => s.to_string(),
        Err(e) if e.error_len().is_none() => {
            String::from_utf8_lossy(&head[..e.valid_up_to()]).into_owned()
        }
        Err(_) => encoding_rs::mem::decode_latin1(head).into_owned(),
    }
}

fn looks_latin1(head: &[u8]) -> bool {
    !head.iter().any(|&b| b < 0x09 || (0x0e..0x20).contains(&b))
}

/// The local name of the root element and whether the document has an
/// `IDPSSODescriptor` / `SPSSODescriptor` (looked for in the sniffed text).
fn xml(text: &str, bytes: &[u8]) -> Option<Recognised> {
    let root = root_local_name(text)?;
    match root.as_str() {
        "EntityDescriptor" | "EntitiesDescriptor" => {
            let idp = text.contains("IDPSSODescriptor") || contains(bytes, b"IDPSSODescriptor");
            let sp = text.contains("SPSSODescriptor") || contains(bytes, b"SPSSODescriptor");
            let mut r = Recognised::new(
                Kind::SamlMetadata,
                format!(
                    "SAML metadata: the root element is {root}{}",
                    match (idp, sp) {
                        (true, _) => " with an IDPSSODescriptor (identity provider)",
                        (false, true) => " with only an SPSSODescriptor (service provider, such as the Webex SP metadata export)",
                        _ => "",
                    }
                ),
            );
            r.sp_only = sp && !idp;
            Some(r)
        }
        "Response" | "Assertion" | "AuthnRequest" | "LogoutRequest" | "LogoutResponse"
        | "ArtifactResponse" => Some(Recognised::new(
            Kind::SamlResponse,
            format!("a SAML message: the root element is {root}"),
        )),
        _ => None,
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(hay, needle).is_some()
}

/// The first element's local name, skipping the declaration, comments,
/// processing instructions and a DOCTYPE.
fn root_local_name(text: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(text);
    for _ in 0..64 {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) | Ok(quick_xml::events::Event::Empty(e)) => {
                return Some(String::from_utf8_lossy(e.local_name().as_ref()).into_owned());
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
    None
}

fn pem(text: &str) -> Option<Recognised> {
    let private = text.contains("-----BEGIN PRIVATE KEY-----")
        || text.contains("-----BEGIN RSA PRIVATE KEY-----")
        || text.contains("-----BEGIN EC PRIVATE KEY-----")
        || text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    let cert = text.contains("-----BEGIN CERTIFICATE-----")
        || text.contains("-----BEGIN PKCS7-----")
        || text.contains("-----BEGIN X509 CERTIFICATE-----");
    match (cert, private) {
        (true, p) => {
            let mut r = Recognised::new(
                Kind::Cert,
                if p {
                    "a PEM certificate, with a private key in the same file"
                } else {
                    "a PEM certificate (BEGIN CERTIFICATE)"
                },
            );
            r.private_key = p;
            Some(r)
        }
        (false, true) => {
            let mut r = Recognised::new(
                Kind::Unknown,
                "a private key (PEM); no check needs it, and it should not travel with the setup",
            );
            r.private_key = true;
            Some(r)
        }
        _ => None,
    }
}

/// A certificate in binary DER: an ASN.1 SEQUENCE that the certificate
/// tool reads as one.
fn der_certificate(bytes: &[u8]) -> Option<Recognised> {
    if bytes.first() != Some(&0x30) || bytes.len() > 1 << 20 {
        return None;
    }
    x509_parser::parse_x509_certificate(bytes)
        .ok()
        .map(|_| Recognised::new(Kind::Cert, "a certificate in binary DER form"))
}

/// Base64 of a DER certificate without PEM lines (what some IdP consoles
/// show and administrators paste into a .cer file).
fn base64_certificate(bytes: &[u8], text: &str) -> Option<Recognised> {
    if bytes.len() > 1 << 20 || !text.starts_with("MII") {
        return None;
    }
    let der = crate::text::base64::decode(text)?;
    x509_parser::parse_x509_certificate(&der).ok().map(|_| {
        Recognised::new(
            Kind::Cert,
            "a certificate as base64 of DER, without PEM lines",
        )
    })
}

/// A SAML message in any form the response tool reads: base64 (POST),
/// base64 of DEFLATE (Redirect), a form body or a URL.
fn saml_message(bytes: &[u8]) -> Option<Recognised> {
    if bytes.len() > crate::saml::response::decode::MAX_INPUT_BYTES {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let decoded = crate::saml::response::decode::decode(text).ok()?;
    let root = root_local_name(decoded.xml.trim_start_matches('\u{feff}'))?;
    let known = matches!(
        root.as_str(),
        "Response" | "Assertion" | "AuthnRequest" | "LogoutRequest" | "LogoutResponse"
    );
    known.then(|| {
        let form = match (&decoded.form_field, decoded.url_encoded) {
            (Some(f), _) => format!(" in a {f}= parameter"),
            (None, true) => " (URL-encoded)".to_string(),
            _ => String::new(),
        };
        Recognised::new(
            Kind::SamlResponse,
            format!(
                "a SAML {root}, {} encoded{form}",
                match decoded.encoding {
                    crate::saml::response::decode::Encoding::Xml => "XML",
                    crate::saml::response::decode::Encoding::Base64 => "base64 (HTTP-POST)",
                    crate::saml::response::decode::Encoding::Base64Deflate =>
                        "base64 of DEFLATE (HTTP-Redirect)",
                }
            ),
        )
    })
}

/// The markers each BroadWorks log shows in its first lines.
fn broadworks(text: &str) -> Option<Recognised> {
    let r = |log, why: &str| {
        let mut r = Recognised::new(Kind::Broadworks, why);
        r.log = Some(log);
        Some(r)
    };
    if text.contains("/api/v1/provisioning/subscriber") || text.contains("<subscriberProfile") {
        return r(
            LogKind::Pslog,
            "a BroadWorks Application Server PSLog (provisioning requests to Webex)",
        );
    }
    if text.contains("XSP_CLI/") || text.contains("com.broadsoft.xsi-actions") {
        return r(
            LogKind::Xsp,
            "a BroadWorks XSP log or XSP CLI configuration dump",
        );
    }
    let client_lines = text
        .lines()
        .take(200)
        .filter(|l| {
            l.contains("trackingid") && (l.contains("CLIENT_") || l.contains(".cpp:"))
                || l.contains("BroadWorksConfigDownloader")
        })
        .count();
    if client_lines > 0 {
        return r(
            LogKind::ClientLog,
            "a Webex for BroadWorks client log (current_log.txt)",
        );
    }
    None
}

/// A firewall rule file: allow rules in a shape the firewall tool reads
/// make up most of its commands.
fn firewall(text: &str) -> Option<Recognised> {
    let rules = crate::net::firewall_verify::parse(text).len();
    let commands = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('!'))
        .count();
    (rules > 0 && rules * 3 >= commands).then(|| {
        Recognised::new(
            Kind::Firewall,
            format!(
                "firewall rules: {rules} allow rules (iptables, nft, PowerShell, netsh or ASA)"
            ),
        )
    })
}

/// One Quartz expression, alone in the file apart from comments.
fn cron(text: &str) -> Option<Recognised> {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let line = lines.next()?;
    if lines.next().is_some() || line.len() > 200 {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    // A Unix crontab line or an EventBridge schedule where the Quartz one
    // belongs: recognised, so that the CRON check says how to convert it.
    if crate::cron::unix::looks_like_unix(&words) && crate::cron::unix::convert(&words).is_some() {
        return Some(Recognised::new(
            Kind::Cron,
            "a Unix crontab line (Quartz CRON is expected here)",
        ));
    }
    if crate::cron::aws::fields(&words).is_some() {
        return Some(Recognised::new(
            Kind::Cron,
            "an AWS EventBridge schedule (Quartz CRON is expected here)",
        ));
    }
    let fields = words.len();
    if !(6..=7).contains(&fields) {
        return None;
    }
    crate::cron::parse(line).expr.map(|_| {
        Recognised::new(
            Kind::Cron,
            format!("a Quartz CRON expression with {fields} fields"),
        )
    })
}

/// A header row with three or more of the import's field names.
fn user_csv(text: &str) -> Option<Recognised> {
    let header = text.lines().next()?;
    let delimiter = if header.contains('\t') { '\t' } else { ',' };
    let cells = header.split(delimiter).map(|c| c.trim().trim_matches('"'));
    let known = crate::csv::schema::known_field_count(cells.map(str::as_bytes));
    (known >= 3).then(|| {
        Recognised::new(
            Kind::CsvUsers,
            format!(
                "a user-import CSV: its header names {known} of the import's fields ({})",
                if delimiter == '\t' {
                    "tab-separated"
                } else {
                    "comma-separated"
                }
            ),
        )
    })
}

/// The four Directory Integration files: by the guide's file name, or by
/// the layout of the user and group files (no header; 34 fields; `g`/`gu`
/// record indicators).
fn directory(path: &str, text: &str) -> Option<Recognised> {
    use crate::directory::names;
    let name = names::parse(path);
    if let Some(kind) = name.kind {
        return Some(Recognised::new(
            Kind::Directory,
            format!(
                "a Directory Integration file ({}), by its name{}",
                kind.prefix(),
                if name.name_problem.is_some() {
                    " (which is not exactly the guide's)"
                } else {
                    ""
                }
            ),
        ));
    }
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(50)
        .collect();
    if lines.is_empty() {
        return None;
    }
    let delimiter = if lines[0].contains('\t') { '\t' } else { ',' };
    let group_lines = lines
        .iter()
        .filter(|l| {
            let first = l.split(delimiter).next().unwrap_or("").trim();
            matches!(first, "g" | "gu" | "gg" | "G" | "GU")
        })
        .count();
    if group_lines == lines.len() {
        return Some(Recognised::new(
            Kind::Directory,
            "a Directory Integration group file: every line starts with a g or gu record indicator",
        ));
    }
    let wide = lines
        .iter()
        .filter(|l| {
            l.split(delimiter).count() == crate::directory::users::COLUMNS.len()
                && l.split(delimiter).nth(4).is_some_and(|e| e.contains('@'))
        })
        .count();
    (wide == lines.len()).then(|| {
        Recognised::new(
            Kind::Directory,
            "a Directory Integration user file: 34 fields per line, an email address in the fifth",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_each_kind_by_content() {
        let k = |name: &str, text: &str| recognise(name, text.as_bytes()).kind;
        assert_eq!(
            k("x.txt", "<?xml version=\"1.0\"?><md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"><md:IDPSSODescriptor/></md:EntityDescriptor>"),
            Kind::SamlMetadata
        );
        assert_eq!(
            k(
                "a",
                "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>"
            ),
            Kind::SamlResponse
        );
        assert_eq!(k("schedule.txt", "# nightly\n0 0 2 * * ?\n"), Kind::Cron);
        assert_eq!(k("schedule.txt", "0 2 * * *\n"), Kind::Cron);
        assert_eq!(k("schedule.txt", "cron(0 2 * * ? *)\n"), Kind::Cron);
        assert_eq!(
            k(
                "people.txt",
                "firstName,lastName,email,userName\nA,B,a@b.c,a@b.c\n"
            ),
            Kind::CsvUsers
        );
        assert_eq!(
            k("export.csv", "g,ORG,Example\ngu,ORG,jdoe\n"),
            Kind::Directory
        );
        assert_eq!(
            k("notes.txt", "Remember to ask the network team.\n"),
            Kind::Unknown
        );
        assert_eq!(k("empty.xml", "  \n"), Kind::Unknown);
        assert_eq!(k("x.xml", "<html><body/></html>"), Kind::Unknown);
        assert_eq!(
            k("as.log", "2022.03.16 | Info | POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber\n"),
            Kind::Broadworks
        );
    }

    #[test]
    fn a_private_key_is_named_and_not_taken_for_a_certificate() {
        let r = recognise(
            "key.pem",
            b"-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n",
        );
        assert_eq!(r.kind, Kind::Unknown);
        assert!(r.private_key);
    }

    #[test]
    fn sp_metadata_is_told_apart_from_idp_metadata() {
        let r = recognise(
            "sp.xml",
            b"<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"><SPSSODescriptor/></EntityDescriptor>",
        );
        assert_eq!(r.kind, Kind::SamlMetadata);
        assert!(r.sp_only);
    }
}
