//! The readable details block the CLI prints before the findings, in the
//! order an IdP's certificate screen shows them.

use super::details::CertificateInfo;

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "-".to_string(), |x| x.to_string())
}

/// One certificate as aligned `Name: value` lines.
pub fn details_text(c: &CertificateInfo) -> String {
    let mut rows: Vec<(&str, String)> = vec![
        ("Subject", c.subject.clone()),
        ("Issuer", c.issuer.clone()),
        ("Serial", c.serial.clone()),
        ("Not before", c.not_before.clone()),
    ];
    let left = if c.days_left < 0 {
        format!("expired {} days ago", -c.days_left)
    } else {
        format!("{} days left", c.days_left)
    };
    rows.push(("Not after", format!("{} ({left})", c.not_after)));
    rows.push(("Validity", format!("{} days", c.validity_days)));
    let mut key = c.key_algorithm.clone();
    if let Some(b) = c.key_bits {
        key.push_str(&format!(" {b} bits"));
    }
    if let Some(curve) = &c.curve {
        key.push_str(&format!(" ({curve})"));
    }
    if let Some(e) = c.rsa_exponent {
        key.push_str(&format!(", exponent {e}"));
    }
    rows.push(("Public key", key));
    rows.push((
        "Signature",
        format!("{} ({})", c.signature_algorithm, c.signature_check),
    ));
    if !c.san.is_empty() {
        rows.push(("SAN", c.san.join(", ")));
    }
    if !c.key_usage.is_empty() {
        rows.push(("Key usage", c.key_usage.join(", ")));
    }
    if !c.extended_key_usage.is_empty() {
        rows.push(("Ext. key usage", c.extended_key_usage.join(", ")));
    }
    if let Some(bc) = &c.basic_constraints {
        let mut s = format!("CA: {}", bc.ca);
        if let Some(p) = bc.path_len {
            s.push_str(&format!(", path length {p}"));
        }
        rows.push(("Basic constraints", s));
    }
    if c.ski.is_some() {
        rows.push(("Subject key id", opt(&c.ski)));
    }
    if c.aki.is_some() {
        rows.push(("Authority key id", opt(&c.aki)));
    }
    rows.push(("SHA-1", c.sha1_fingerprint.clone()));
    rows.push(("SHA-256", c.sha256_fingerprint.clone()));
    rows.push((
        "Self-signed",
        if c.self_signed { "yes" } else { "no" }.into(),
    ));
    if let Some(i) = c.issuer_index {
        rows.push(("Issued by", format!("certificate #{}", i + 1)));
    }
    let mut title = format!("Certificate #{}", c.index.map_or(1, |i| i + 1));
    match (&c.file, &c.format) {
        (Some(f), Some(fmt)) => title.push_str(&format!(" ({f}, {fmt})")),
        (None, Some(fmt)) => title.push_str(&format!(" ({fmt})")),
        (Some(f), None) => title.push_str(&format!(" ({f})")),
        (None, None) => {}
    }
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let mut out = format!("{title}\n");
    for (k, v) in rows {
        out.push_str(&format!("  {k:width$}  {v}\n"));
    }
    out
}
