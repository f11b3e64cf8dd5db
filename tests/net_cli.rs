//! The CLI contract for `srv`, `firewall` and `ports`: exact text, JSON
//! field names and exit codes that scripts and acceptance tests rely on.

mod common;

use common::{preflight, preflight_json as json};

fn fixture(name: &str) -> String {
    common::fixture("net", name)
}

#[test]
fn srv_text_prints_the_zone_lines_exactly() {
    let (code, out, _) = preflight(&["srv", "acme.com", "--format", "text"], None);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.",
            "_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.",
        ]
    );
}

#[test]
fn srv_json_shape() {
    let (code, v) = json(&["srv", "acme.com", "--format", "json"]);
    assert_eq!(code, 0);
    assert_eq!(v["tool"], "srv");
    let recs = v["data"]["records"].as_array().unwrap();
    assert_eq!(recs.len(), 2);
    for key in [
        "name", "ttl", "class", "type", "priority", "weight", "port", "target",
    ] {
        assert!(recs[0].get(key).is_some(), "records[] lacks {key}");
    }
    assert_eq!(recs[1]["target"], "c2s.acme.com.webexconnect.com.");
    for key in [
        "bind",
        "nsupdate",
        "powershell",
        "route53",
        "azure_cli",
        "cloudflare",
    ] {
        assert!(v["data"]["outputs"][key].is_string(), "outputs lacks {key}");
    }
    assert_eq!(v["data"]["domain"]["ascii"], "acme.com");
}

#[test]
fn srv_overrides_and_idn() {
    let (code, v) = json(&[
        "srv",
        "bücher.example",
        "--ttl",
        "3600",
        "--priority",
        "10",
        "--weight",
        "1",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["data"]["domain"]["unicode"], "bücher.example");
    assert_eq!(v["data"]["domain"]["ascii"], "xn--bcher-kva.example");
    assert_eq!(v["data"]["records"][0]["ttl"], 3600);
    assert_eq!(v["data"]["records"][0]["priority"], 10);
    let (code, v) = json(&[
        "srv",
        "acme.com",
        "--server-port",
        "70000",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["rule"], "srv/number-out-of-range");
}

#[test]
fn srv_invalid_domain_exits_1() {
    for bad in [
        "<script>alert(1)</script>",
        "-acme.com",
        "acme..com",
        "192.0.2.1",
    ] {
        let (code, v) = json(&["srv", bad, "--format", "json"]);
        assert_eq!(code, 1, "{bad}");
        assert_eq!(v["findings"][0]["severity"], "error");
        assert_eq!(v["data"]["records"], serde_json::json!([]));
    }
}

#[test]
fn srv_show_adds_formats_after_the_zone_lines() {
    let (_, out, _) = preflight(&["srv", "acme.com", "--show", "powershell,route53"], None);
    assert!(out.starts_with("_xmpp-server._tcp.acme.com. 86400 IN SRV"));
    assert!(out.contains("Add-DnsServerResourceRecord -Srv"));
    assert!(out.contains("\"Changes\""));
}

#[test]
fn srv_verify_files_and_stdin() {
    let (code, out, _) = preflight(
        &[
            "srv",
            "acme.com",
            "--verify",
            &fixture("zone_guide_copy.zone"),
        ],
        None,
    );
    assert_eq!(code, 1);
    assert!(out.contains("srv/verify-missing-trailing-dot"));
    assert!(out.contains("line 1, column 51"));
    assert!(out.contains("\nPublished records:\n  mismatch _xmpp-server._tcp.acme.com.\n"));
    let dig = std::fs::read(fixture("dig_ok.txt")).unwrap();
    let (code, out, _) = preflight(
        &["srv", "acme.com", "--verify", "-", "--format", "json"],
        Some(&dig),
    );
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["data"]["verify"]["results"][1]["status"], "ok");
    let (code, _, err) = preflight(&["srv", "acme.com", "--verify", "/no/such/file"], None);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"));
}

#[test]
fn firewall_text_prints_all_four_rule_sets() {
    let (code, out, _) = preflight(
        &["firewall", "--p2p", "32434-33598", "--format", "text"],
        None,
    );
    assert_eq!(code, 0);
    for heading in [
        "== iptables ==",
        "== nftables ==",
        "== Windows Firewall (PowerShell) ==",
        "== Cisco ASA ==",
    ] {
        assert!(out.contains(heading), "{heading}");
    }
    assert!(out.contains("iptables -A OUTPUT -p udp --dport 32434:33598 "));
    assert!(out.contains("not recommended to restrict access based on IP ranges"));
}

#[test]
fn firewall_json_shape_and_errors() {
    let (code, v) = json(&["firewall", "--p2p", "40000-41999", "--format", "json"]);
    assert_eq!(code, 0);
    for key in ["iptables", "nftables", "powershell", "asa"] {
        assert!(v["data"]["rulesets"][key].is_string(), "{key}");
    }
    assert!(v["data"]["requirements"].as_array().unwrap().len() >= 8);
    let (code, v) = json(&["firewall", "--p2p", "1034-1024", "--format", "json"]);
    assert_eq!(code, 1);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "ports/max-not-greater"));
    let (code, _) = json(&["firewall", "--p2p", "40000", "--format", "json"]);
    assert_eq!(code, 1);
}

#[test]
fn ports_still_works_and_draws_a_bar() {
    let (code, out, _) = preflight(&["ports", "32434", "33598"], None);
    assert_eq!(code, 0);
    assert!(out.contains("range   ["));
    assert!(out.contains("default ["));
    let (code, _, _) = preflight(&["ports", "1034", "1024"], None);
    assert_eq!(code, 1);
    let (_, v) = json(&["ports", "7050", "7550", "--format", "json"]);
    assert!(v["data"]["bar"]["range"]["start"].as_f64().unwrap() < 0.1);
}
