//! SRV generation and verification against realistic pasted output
//! (`tests/fixtures/net/`): dig, dig +short, host, nslookup (Unix and
//! Windows), zone files, and hostile input.

use std::fs;
use std::path::Path;

use preflight::net::srv::{generate, SrvData, SrvOptions, VerifyData};
use preflight::net::srv_verify::{verify, verify_bytes};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/net")
        .join(name);
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn check(name: &str) -> Report<SrvData> {
    verify("acme.com", &SrvOptions::default(), &fixture(name))
}

fn compared(r: &Report<SrvData>) -> &VerifyData {
    r.data.verify.as_ref().and_then(|v| v.compared()).unwrap()
}

fn status(r: &Report<SrvData>) -> Vec<String> {
    compared(r)
        .results
        .iter()
        .map(|x| x.status.as_str().to_string())
        .collect()
}

#[test]
fn every_correct_layout_verifies_clean() {
    for f in [
        "dig_ok.txt",
        "dig_short.txt",
        "host.txt",
        "nslookup_unix.txt",
        "zone_ok.zone",
    ] {
        let r = check(f);
        assert!(r.findings.is_empty(), "{f}: {:#?}", r.findings);
        assert_eq!(status(&r), ["ok", "ok"], "{f}");
        for rule in [
            "srv/verify-wrong-port",
            "srv/verify-wrong-target",
            "srv/verify-missing-record",
            "srv/verify-missing-trailing-dot",
            "srv/verify-no-records",
        ] {
            assert!(!r.fired(rule));
        }
    }
    let r = check("dig_ok.txt");
    assert_quiet(&r, "srv/verify-wrong-port");
    assert_quiet(&r, "srv/verify-wrong-target");
    assert_quiet(&r, "srv/verify-missing-record");
    assert_quiet(&r, "srv/verify-no-records");
    assert_quiet(&r, "srv/verify-unparsed-line");
    assert_quiet(&r, "srv/verify-not-text");
    assert_quiet(&r, "srv/verify-other-name");
    assert_quiet(&r, "srv/verify-ttl-differs");
    assert_quiet(&r, "srv/verify-priority-weight-differs");
    assert_quiet(&check("zone_ok.zone"), "srv/verify-missing-trailing-dot");
}

#[test]
fn generated_zone_lines_parse_back() {
    let g = generate("acme.com", &SrvOptions::default());
    let bind = g.data.outputs.as_ref().unwrap().bind.clone();
    let r = verify("acme.com", &SrvOptions::default(), &bind);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert_eq!(status(&r), ["ok", "ok"]);
    // The nsupdate script's `update add` lines too.
    let ns = &g.data.outputs.as_ref().unwrap().nsupdate;
    let lines: String = ns
        .lines()
        .filter_map(|l| l.strip_prefix("update add "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        status(&verify("acme.com", &SrvOptions::default(), &lines)),
        ["ok", "ok"]
    );
    // With overrides, verification compares against the overridden values.
    let o = SrvOptions {
        ttl: Some("300".into()),
        priority: Some("1".into()),
        weight: Some("10".into()),
        ..SrvOptions::default()
    };
    let g = generate("bücher.example", &o);
    let bind = g.data.outputs.as_ref().unwrap().bind.clone();
    let r = verify("bücher.example", &o, &bind);
    assert_eq!(status(&r), ["ok", "ok"], "{:#?}", r.findings);
}

#[test]
fn guide_copy_lacks_trailing_dots() {
    let r = check("zone_guide_copy.zone");
    assert_fires(&r, "srv/verify-missing-trailing-dot");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "srv/verify-missing-trailing-dot")
        .unwrap();
    assert_eq!(f.location.line, Some(1));
    assert!(
        f.message
            .contains("s2s.acme.com.webexconnect.com.acme.com."),
        "{}",
        f.message
    );
    // Not also reported as a wrong target: the fix is the dot.
    assert_quiet(&r, "srv/verify-wrong-target");
    assert_eq!(status(&r), ["mismatch", "mismatch"]);
}

#[test]
fn each_records_help_names_its_own_target() {
    // Was: every srv/verify-missing-trailing-dot help named s2s., even for
    // the _xmpp-client record.
    let r = check("zone_guide_copy.zone");
    let dots: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "srv/verify-missing-trailing-dot")
        .collect();
    assert_eq!(dots.len(), 2);
    assert!(
        dots[0].help.contains("_xmpp-server")
            && dots[0].help.contains("`s2s.acme.com.webexconnect.com.`"),
        "{}",
        dots[0].help
    );
    assert!(!dots[0].help.contains("c2s."), "{}", dots[0].help);
    assert!(
        dots[1].help.contains("_xmpp-client")
            && dots[1].help.contains("`c2s.acme.com.webexconnect.com.`"),
        "{}",
        dots[1].help
    );
    assert!(!dots[1].help.contains("s2s."), "{}", dots[1].help);
    // Wrong port and target on the client record name the client's own.
    let r = verify(
        "acme.com",
        &SrvOptions::default(),
        "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.\n_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.\n",
    );
    assert_fires(&r, "srv/verify-wrong-port");
    assert_fires(&r, "srv/verify-wrong-target");
    for f in r
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("srv/verify-wrong"))
    {
        assert!(f.help.contains("_xmpp-client"), "{}", f.help);
        assert!(
            !f.help.contains("s2s.") && !f.help.contains("5269"),
            "{}",
            f.help
        );
    }
    // A missing client record: its help gives the client record to publish.
    let r = verify(
        "acme.com",
        &SrvOptions::default(),
        "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.\n",
    );
    assert_fires(&r, "srv/verify-missing-record");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "srv/verify-missing-record")
        .unwrap();
    assert!(
        f.help.contains("c2s.acme.com.webexconnect.com.") && !f.help.contains("s2s."),
        "{}",
        f.help
    );
    assert_quiet(&r, "srv/verify-wrong-target");
}

#[test]
fn owner_without_dot_is_flagged_but_relative_owner_is_fine() {
    let r = check("zone_owner_no_dot.zone");
    assert_fires(&r, "srv/verify-missing-trailing-dot");
    let hits: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "srv/verify-missing-trailing-dot")
        .collect();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].location.line, Some(2));
    assert_eq!(status(&r), ["mismatch", "ok"]);
}

#[test]
fn wrong_records_are_reported_record_by_record() {
    let r = check("zone_wrong.zone");
    assert_fires(&r, "srv/verify-wrong-port");
    assert_fires(&r, "srv/verify-wrong-target");
    assert_fires(&r, "srv/verify-ttl-differs");
    assert_fires(&r, "srv/verify-priority-weight-differs");
    assert_fires(&r, "srv/verify-other-name");
    assert_quiet(&r, "srv/verify-missing-record");
    let port = r
        .findings
        .iter()
        .find(|f| f.rule == "srv/verify-wrong-port")
        .unwrap();
    // Line 2, the port field `5222` after `SRV 10 5 `.
    assert_eq!(port.location.line, Some(2));
    let line = fixture("zone_wrong.zone")
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    let col = line.find("5222").unwrap() + 1;
    assert_eq!(
        port.location.column,
        Some(preflight::report::Column::Number(col as u32))
    );
    let target = r
        .findings
        .iter()
        .find(|f| f.rule == "srv/verify-wrong-target")
        .unwrap();
    assert!(
        target.message.contains("xmpp.acme.com."),
        "{}",
        target.message
    );
    assert_eq!(target.location.line, Some(3));
    assert_eq!(status(&r), ["mismatch", "mismatch"]);
    assert!(r.has_errors());
}

#[test]
fn cached_ttl_is_only_informational() {
    let r = check("dig_cached.txt");
    assert_fires(&r, "srv/verify-ttl-differs");
    assert!(!r.has_errors());
    assert_eq!(status(&r), ["ok", "ok"]);
}

#[test]
fn windows_nslookup_with_wrong_client_port() {
    let r = check("nslookup_windows.txt");
    assert_fires(&r, "srv/verify-wrong-port");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "srv/verify-wrong-port")
        .unwrap();
    assert_eq!(f.location.line, Some(13));
    assert!(f.message.contains("5223"));
    assert_eq!(status(&r), ["ok", "mismatch"]);
    // UTF-16 as PowerShell redirects it.
    let text = fixture("nslookup_windows.txt");
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let r16 = verify_bytes("acme.com", &SrvOptions::default(), &bytes);
    assert_eq!(status(&r16), ["ok", "mismatch"]);
    assert_quiet(&r16, "srv/verify-not-text");
    // The same without the byte-order mark (a tool that drops it).
    let unmarked = verify_bytes("acme.com", &SrvOptions::default(), &bytes[2..]);
    assert_eq!(status(&unmarked), ["ok", "mismatch"]);
    assert_quiet(&unmarked, "srv/verify-not-text");
}

#[test]
fn missing_records() {
    let r = check("zone_server_only.zone");
    assert_fires(&r, "srv/verify-missing-record");
    assert!(!r.has_errors());
    assert_eq!(status(&r), ["ok", "missing"]);
    let r = check("nslookup_notfound.txt");
    assert_fires(&r, "srv/verify-missing-record");
    assert_quiet(&r, "srv/verify-unparsed-line");
}

#[test]
fn nothing_to_verify() {
    for f in ["not_records.txt", "dig_nxdomain.txt"] {
        let r = check(f);
        assert_fires(&r, "srv/verify-no-records");
        assert!(r.has_errors());
    }
    let empty = verify("acme.com", &SrvOptions::default(), "");
    assert_fires(&empty, "srv/verify-no-records");
}

#[test]
fn malformed_lines_are_located() {
    let r = check("zone_malformed.zone");
    assert_fires(&r, "srv/verify-unparsed-line");
    let lines: Vec<u32> = r
        .findings
        .iter()
        .filter(|f| f.rule == "srv/verify-unparsed-line")
        .filter_map(|f| f.location.line)
        .collect();
    assert_eq!(lines, [1, 2, 3]);
    // Line 4 is good; the server record is missing because line 1 is broken.
    assert_eq!(status(&r), ["missing", "ok"]);
}

#[test]
fn dig_short_unattributable_record() {
    let r = verify(
        "acme.com",
        &SrvOptions::default(),
        "10 0 443 proxy.example.net.\n",
    );
    assert_fires(&r, "srv/verify-other-name");
}

#[test]
fn binary_and_hostile_pastes() {
    let r = verify_bytes(
        "acme.com",
        &SrvOptions::default(),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    );
    assert_fires(&r, "srv/verify-not-text");
    let r = verify("acme.com", &SrvOptions::default(), "abc\0def SRV");
    assert_fires(&r, "srv/verify-not-text");

    // 10 MB of near-records: bounded findings, short messages, no panic.
    let line = "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0\n";
    let big = line.repeat(10 * 1024 * 1024 / line.len());
    let r = verify("acme.com", &SrvOptions::default(), &big);
    assert_fires(&r, "srv/verify-unparsed-line");
    assert!(r.findings.len() < 60, "{}", r.findings.len());
    assert!(r.findings.iter().all(|f| f.message.len() < 400));
    // One 10 MB line.
    let one = format!(
        "_xmpp-server._tcp.acme.com. SRV 5 0 5269 {}",
        "a".repeat(10_000_000)
    );
    let r = verify("acme.com", &SrvOptions::default(), &one);
    assert_fires(&r, "srv/verify-wrong-target");
    assert!(r.findings.iter().all(|f| f.message.len() < 400));
    // Markup and control characters come back escaped or verbatim, never interpreted.
    let r = verify(
        "acme.com",
        &SrvOptions::default(),
        "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 <script>alert(1)</script>\u{1b}[2J\n",
    );
    assert_fires(&r, "srv/verify-wrong-target");
    assert!(r.findings.iter().all(|f| !f.message.contains('\u{1b}')));
}

#[test]
fn invalid_domain_stops_before_comparing() {
    let r = verify("acme..com", &SrvOptions::default(), &fixture("dig_ok.txt"));
    assert_fires(&r, "srv/name-label-length");
    assert_quiet(&r, "srv/verify-other-name");
    assert!(r.has_errors());
}

#[test]
fn resolve_dnsname_table() {
    let r = check("resolve_dnsname.txt");
    assert_quiet(&r, "srv/verify-unparsed-line");
    assert_eq!(status(&r), ["ok", "missing"]);
    assert_eq!(compared(&r).published[0].ttl, Some(86400));
}

#[test]
fn parentheses_on_one_line_only() {
    let r = check("zone_parens.zone");
    assert_fires(&r, "srv/verify-unparsed-line");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "srv/verify-unparsed-line")
        .unwrap();
    assert_eq!(f.location.line, Some(3));
    assert_eq!(status(&r), ["ok", "missing"]);
}

#[test]
fn hostile_generate_input() {
    let huge = "a".repeat(10 * 1024 * 1024);
    let o = SrvOptions {
        ttl: Some(huge.clone()),
        priority: Some("\u{1b}[31m5".into()),
        server_target: Some(huge.clone()),
        client_target: Some("<img src=x onerror=alert(1)>".into()),
        ..SrvOptions::default()
    };
    let r = generate(&huge, &o);
    assert!(r.has_errors());
    assert_fires(&r, "srv/not-a-number");
    assert_fires(&r, "srv/name-too-long");
    assert_fires(&r, "srv/name-invalid-character");
    assert!(r.findings.iter().all(|f| f.message.len() < 400));
    assert!(r.findings.iter().all(|f| !f.message.contains('\u{1b}')));
    assert!(r.data.records.is_empty());
}

#[test]
fn records_only_for_another_domain_are_an_error() {
    let pasted =
        "_xmpp-server._tcp.acme.org. 86400 IN SRV 5 0 5269 s2s.acme.org.webexconnect.com.\n";
    let r = verify("acme.com", &SrvOptions::default(), pasted);
    assert_fires(&r, "srv/verify-other-name");
    assert_fires(&r, "srv/verify-missing-record");
    assert!(r.has_errors());
    assert_eq!(status(&r), ["missing", "missing"]);
}

#[test]
fn a_pasted_url_or_address_suggests_its_domain() {
    for (input, host) in [
        ("https://acme.com/", "acme.com"),
        ("user@acme.com", "acme.com"),
        ("*.acme.com", "acme.com"),
        ("https://admin@idp.acme.com:8443/login", "idp.acme.com"),
    ] {
        let r = generate(input, &SrvOptions::default());
        assert_fires(&r, "srv/name-invalid-character");
        let f = &r.findings[0];
        assert!(
            f.message.ends_with(&format!("did you mean `{host}`?")),
            "{input}: {}",
            f.message
        );
    }
    let r = generate("acme.com acme.org", &SrvOptions::default());
    assert!(!r.findings[0].message.contains("did you mean"));
}
