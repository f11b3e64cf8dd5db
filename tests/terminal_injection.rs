//! Terminal injection: text from the input (certificate subjects, entity
//! ids, CSV cells, domains, cron expressions, option values) never reaches
//! the terminal raw. Control characters (ESC, BEL, …) and bidi overrides are
//! shown escaped (`\x1b`, `\u202e`) in every CLI text output, on stdout and
//! stderr alike; the only escapes are the colours the renderer adds itself.

mod common;

use std::path::PathBuf;

/// Retitles the terminal, clears the screen, then reverses the text after it.
const PAYLOAD: &str = "\x1b]0;pwned\x07\x1b[2J\u{202e}";

/// Characters that must never be emitted raw.
fn raw_dangers(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t' && c != '\r')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        })
        .collect()
}

/// Run `preflight args…` (text output, no colour) and check both streams.
fn assert_clean(args: &[&str], stdin: Option<&[u8]>) -> (i32, String) {
    let (code, out, err) = common::preflight(args, stdin);
    assert_ne!(code, 101, "panicked: {err}");
    for (name, text) in [("stdout", &out), ("stderr", &err)] {
        let bad = raw_dangers(text);
        assert!(
            bad.is_empty(),
            "{args:?}: raw {bad:?} on {name}:\n{}",
            text.escape_debug()
        );
    }
    (code, format!("{out}{err}"))
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("terminal_injection");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn certificate_subject() {
    // A real certificate (openssl, UTF8String subject) whose CN is the payload.
    let f = common::fixture("hostile", "evil-subject.pem");
    let (_, all) = assert_clean(&["cert", &f, "--now", "2026-06-01T00:00:00Z"], None);
    assert!(
        all.contains("\\x1b]0;pwned\\x07\\x1b[2J\\u202eevil.example.com"),
        "{all}"
    );
}

#[test]
fn entity_id_in_metadata_and_option() {
    let xml = std::fs::read_to_string(common::fixture("saml", "okta-idp.xml")).unwrap();
    let start = xml.find("entityID=\"").unwrap() + "entityID=\"".len();
    let end = start + xml[start..].find('"').unwrap();
    // Bidi characters are legal XML; C0 controls are not, so both shapes.
    for (i, id) in [
        format!("http://idp.example.com/{PAYLOAD}"),
        "http://\u{202e}moc.elpmaxe.pdi\u{2066}".to_string(),
    ]
    .iter()
    .enumerate()
    {
        let evil = format!("{}{}{}", &xml[..start], id, &xml[end..]);
        let p = temp_file(&format!("evil-{i}.xml"), evil.as_bytes());
        let p = p.to_str().unwrap();
        let (_, all) = assert_clean(&["saml-metadata", p, "--now", "2026-06-01T00:00:00Z"], None);
        if i == 1 {
            assert!(
                all.contains("\\u202e"),
                "the entity id is quoted escaped: {all}"
            );
        }
        assert_clean(
            &[
                "saml-metadata",
                p,
                "--now",
                "2026-06-01T00:00:00Z",
                "--entity-id",
                PAYLOAD,
            ],
            None,
        );
    }
}

#[test]
fn csv_cell() {
    let csv = format!(
        "firstName,lastName,email,userName\nAnn,Lee,ann{PAYLOAD}@example.com,ann@example.com\n"
    );
    let (_, all) = assert_clean(&["csv-users", "-"], Some(csv.as_bytes()));
    assert!(all.contains("\\x1b"), "the cell is quoted escaped: {all}");
}

#[test]
fn domain() {
    let (_, all) = assert_clean(&["srv", &format!("acme{PAYLOAD}.com")], None);
    assert!(all.contains("\\x1b") || all.contains("\\u202e"), "{all}");
    assert_clean(
        &["firewall", "--domain", &format!("acme{PAYLOAD}.com")],
        None,
    );
    let dig = format!("_xmpp-server._tcp.acme.com. 3600 IN SRV 5 0 5269 s2s{PAYLOAD}.acme.com.\n");
    assert_clean(&["srv", "acme.com", "--verify", "-"], Some(dig.as_bytes()));
}

#[test]
fn cron_text() {
    let (code, all) = assert_clean(&["cron", &format!("0 0 12 * * ?{PAYLOAD}")], None);
    assert_eq!(code, 1, "{all}");
    assert!(all.contains("\\x1b"), "{all}");
    assert_clean(&["cron", "0 0 12 * * ?", "--tz", PAYLOAD], None);
    assert_clean(
        &["cron", "-"],
        Some(format!("0 0 {PAYLOAD} * * ?").as_bytes()),
    );
}

#[test]
fn option_values_in_usage_errors() {
    // clap and the tools quote a rejected value back: escaped too.
    let (code, _) = assert_clean(&["cert", "-", "--expiry-warning-days", PAYLOAD], Some(b""));
    assert_eq!(code, 2);
    let (code, _) = assert_clean(&["cron", "* * * * * ?", "--from", PAYLOAD], None);
    assert_eq!(code, 2);
    let (code, _) = assert_clean(&["ports", PAYLOAD, "2000"], None);
    assert_ne!(code, 0);
}

#[test]
fn saml_response_values() {
    let xml = format!(
        r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_1" Version="2.0" IssueInstant="2026-06-01T00:00:00Z" Destination="https://idbroker.webex.com/{PAYLOAD}"><saml:Issuer>http://idp/{PAYLOAD}</saml:Issuer></samlp:Response>"#
    );
    assert_clean(
        &["saml-response", "-", "--now", "2026-06-01T00:00:00Z"],
        Some(xml.as_bytes()),
    );
}
