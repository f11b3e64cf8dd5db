//! Zip archives in the dropped set are opened (by their content, whatever
//! their name), so that a zipped kit is checked like the folder it came
//! from. Office documents are zips too (ECMA-376 Part 2, Open Packaging
//! Conventions: a `[Content_Types].xml` part at the root); they are left
//! whole and listed as not recognised.
//!
//! A HAR capture (the browser's "Save all as HAR", W3C HAR 1.2 draft
//! `log.entries[].request`) is opened too: every SAMLRequest or
//! SAMLResponse it carries (a POST form field or a Redirect URL) becomes a
//! file of its own, `capture.har#3`, checked like a pasted message.

use crate::directory::archive;

/// Entries read from one archive: a whole setup, with room for a
/// configuration repository's worth of files.
pub const MAX_ENTRIES: usize = 10_000;

/// Whether `bytes` look like a zip archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    archive::is_zip(bytes)
}

/// Whether a zip archive is an Office Open XML document (.docx, .xlsx …).
pub fn is_office_document(bytes: &[u8]) -> bool {
    memchr::memmem::find(bytes, b"[Content_Types].xml").is_some()
}

/// A file of the set after expansion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// As given, or `archive.zip/inner/path` for a file from an archive.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// `files` with every zip archive (that is not an Office document)
/// replaced by the files inside it. An archive that cannot be opened stays
/// in the set, with the reason returned next to its path.
pub fn expand(files: Vec<(String, Vec<u8>)>) -> (Vec<File>, Vec<(String, String)>) {
    let mut out = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for (path, bytes) in files {
        if let Some(messages) = har_messages(&path, &bytes) {
            if messages.is_empty() {
                out.push(File { path, bytes });
            } else {
                out.extend(messages);
            }
            continue;
        }
        if !is_zip(&bytes) || is_office_document(&bytes) {
            out.push(File { path, bytes });
            continue;
        }
        match archive::unzip_up_to(
            &bytes,
            MAX_ENTRIES,
            "give the folder instead, or split the archive",
        ) {
            Ok(inner) => out.extend(inner.into_iter().map(|(name, bytes)| File {
                path: format!("{path}/{name}"),
                bytes,
            })),
            Err(e) => {
                problems.push((path.clone(), e));
                out.push(File { path, bytes });
            }
        }
    }
    (out, problems)
}

/// Whether `bytes` look like a HAR capture (JSON with `log.entries`).
pub fn is_har(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    t.starts_with('{') && t.contains("\"log\"")
}

/// The SAML messages of a HAR capture, or `None` when `bytes` are not one.
fn har_messages(path: &str, bytes: &[u8]) -> Option<Vec<File>> {
    if !is_har(bytes) {
        return None;
    }
    let har: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let entries = har["log"]["entries"].as_array()?;
    let mut out = Vec::new();
    for (n, entry) in entries.iter().enumerate() {
        let request = &entry["request"];
        let url = request["url"].as_str().unwrap_or("");
        let mut found: Vec<String> = Vec::new();
        if url.contains("SAMLRequest=") || url.contains("SAMLResponse=") {
            found.push(url.to_string());
        }
        if let Some(params) = request["postData"]["params"].as_array() {
            for p in params {
                let name = p["name"].as_str().unwrap_or("");
                if name == "SAMLResponse" || name == "SAMLRequest" {
                    if let Some(v) = p["value"].as_str() {
                        found.push(format!("{name}={v}"));
                    }
                }
            }
        } else if let Some(text) = request["postData"]["text"].as_str() {
            if text.contains("SAMLResponse=") || text.contains("SAMLRequest=") {
                found.push(text.to_string());
            }
        }
        for (k, message) in found.into_iter().enumerate() {
            let suffix = if k == 0 {
                String::new()
            } else {
                format!(".{}", k + 1)
            };
            out.push(File {
                path: format!("{path}#{}{suffix}", n + 1),
                bytes: message.into_bytes(),
            });
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_har_capture_gives_its_saml_messages() {
        let har = br#"{"log": {"version": "1.2", "entries": [
            {"request": {"method": "GET", "url": "https://idp.example.com/sso?SAMLRequest=fZBBT4Qw&RelayState=x"}},
            {"request": {"method": "GET", "url": "https://idp.example.com/logo.png"}},
            {"request": {"method": "POST", "url": "https://idbroker.webex.com/idb/Consumer/metaAlias/x/sp",
              "postData": {"mimeType": "application/x-www-form-urlencoded",
                "params": [{"name": "SAMLResponse", "value": "PHNhbWxwOlJlc3BvbnNlLz4%3D"}, {"name": "RelayState", "value": "y"}]}}}
        ]}}"#;
        let (files, problems) = expand(vec![("signin.har".into(), har.to_vec())]);
        assert!(problems.is_empty());
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["signin.har#1", "signin.har#3"]);
        assert!(files[1].bytes.starts_with(b"SAMLResponse=PHNh"));
        // A capture without SAML stays one file, listed as it is.
        let (files, _) = expand(vec![(
            "other.har".into(),
            br#"{"log": {"entries": []}}"#.to_vec(),
        )]);
        assert_eq!(files.len(), 1);
    }
}
