//! Firewall rule generation: the requirements table, the four rule sets and
//! the P2P range check they share with `ports`.

use preflight::net::firewall::{generate, FirewallOptions, RulesData, IP_RANGE_NOTE};
use preflight::testkit::{assert_fires, assert_quiet};

fn with_p2p(p2p: &str) -> FirewallOptions {
    FirewallOptions {
        p2p: Some(p2p.to_string()),
        ..FirewallOptions::default()
    }
}

fn ruleset(r: &preflight::Report<RulesData>, key: &str) -> String {
    let sets = r.data.rulesets.as_ref().unwrap();
    sets.get(key).unwrap().to_string()
}

#[test]
fn default_rules_are_clean_and_complete() {
    let r = generate(&FirewallOptions::default());
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    let reqs = &r.data.requirements;
    let ids: Vec<&str> = reqs.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "webex-service",
            "certificate-revocation",
            "av-server",
            "stun-tcp",
            "stun-udp",
            "p2p-media",
            "xmpp-client",
            "xmpp-federation"
        ]
    );
    assert_eq!(reqs[5].ports[0], "32434-33598");
    assert_eq!(reqs[5].protocol, "UDP");
    for key in ["iptables", "nftables", "powershell", "asa"] {
        let s = ruleset(&r, key);
        assert!(s.contains(IP_RANGE_NOTE), "{key}");
        for purpose in reqs.iter().map(|q| q.purpose.as_str()) {
            assert!(s.contains(purpose), "{key} lacks {purpose}");
        }
    }
    assert_eq!(r.data.ip_ranges.len(), 5);
    assert_eq!(r.data.p2p.as_ref().unwrap().width, Some(1165));
}

#[test]
fn iptables_lines_match() {
    let r = generate(&FirewallOptions::default());
    let rules: Vec<String> = ruleset(&r, "iptables")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(String::from)
        .collect();
    assert_eq!(
        rules,
        [
            "iptables -A OUTPUT -p tcp -m multiport --dports 80,443 -m comment --comment \"Webex Messenger service and A/V server: webex.com, webexconnect.com and sub-domains\" -j ACCEPT",
            "iptables -A OUTPUT -p tcp -m multiport --dports 80,443 -m comment --comment \"Certificate revocation checks (CRL/OCSP) by Jabber clients\" -j ACCEPT",
            "iptables -A OUTPUT -p udp --dport 5101 -m comment --comment \"A/V server connection (falls back to TCP 80/443)\" -j ACCEPT",
            "iptables -A OUTPUT -p tcp --dport 80 -m comment --comment \"STUN server (TCP)\" -j ACCEPT",
            "iptables -A OUTPUT -p udp -m multiport --dports 8070,8090 -m comment --comment \"STUN server (UDP)\" -j ACCEPT",
            "iptables -A OUTPUT -p udp --dport 32434:33598 -m comment --comment \"P2P audio and video media for Jabber to Jabber calling\" -j ACCEPT",
            "iptables -A OUTPUT -p tcp --dport 5222 -m comment --comment \"Third-party XMPP IM applications (c2s.<domain>.webexconnect.com)\" -j ACCEPT",
            "iptables -A OUTPUT -p tcp --dport 5269 -m comment --comment \"XMPP federation with external IM networks (s2s.<domain>.webexconnect.com)\" -j ACCEPT",
        ]
    );
}

#[test]
fn powershell_lines_match() {
    let r = generate(&with_p2p("40000-41999"));
    let ps = ruleset(&r, "powershell");
    assert!(ps.contains("New-NetFirewallRule -DisplayName 'Webex Messenger - UDP 40000-41999' -Description 'P2P audio and video media for Jabber to Jabber calling' -Group 'Webex Messenger' -Direction Outbound -Protocol UDP -RemotePort '40000-41999' -Action Allow\n"), "{ps}");
    assert!(ps.contains("New-NetFirewallRule -DisplayName 'Webex Messenger - TCP 80,443' -Description 'Webex Messenger service and A/V server: webex.com, webexconnect.com and sub-domains' -Group 'Webex Messenger' -Direction Outbound -Protocol TCP -RemotePort 80,443 -Action Allow\n"));
    // A custom range reaches every format.
    assert!(ruleset(&r, "iptables").contains("--dport 40000:41999 "));
    assert!(ruleset(&r, "nftables").contains("udp dport 40000-41999 accept"));
    assert!(ruleset(&r, "asa").contains("permit udp any any range 40000 41999\n"));
}

#[test]
fn nftables_and_asa_shapes() {
    let r = generate(&FirewallOptions::default());
    let nft = ruleset(&r, "nftables");
    assert!(nft.contains(
        "add rule inet filter output tcp dport 80 accept comment \"STUN server (TCP)\"\n"
    ));
    assert!(nft.contains("add rule inet filter output udp dport { 8070, 8090 } accept comment \"STUN server (UDP)\"\n"));
    let asa = ruleset(&r, "asa");
    for l in asa.lines().filter(|l| l.contains(" remark ")) {
        let remark = l.split(" remark ").nth(1).unwrap();
        assert!(
            remark.len() <= 100,
            "ASA remarks are limited to 100 characters: {l}"
        );
    }
    assert!(asa.contains("access-list WEBEX-MESSENGER extended permit tcp any any eq 5269\n"));
    assert!(asa
        .lines()
        .all(|l| l.starts_with('!') || l.starts_with("access-list WEBEX-MESSENGER ")));
}

#[test]
fn restricting_to_ip_ranges_warns_and_narrows_webex_rules_only() {
    let opts = FirewallOptions {
        restrict_to_ip_ranges: true,
        ..FirewallOptions::default()
    };
    let r = generate(&opts);
    assert_fires(&r, "firewall/ip-restriction-not-recommended");
    assert!(!r.has_errors());
    let ipt = ruleset(&r, "iptables");
    assert!(ipt.contains("iptables -A OUTPUT -p udp -d 64.68.115.0/24,64.68.116.0/24,66.163.32.0/19,209.197.192.0/19,173.243.12.0/24 --dport 5101 "));
    // P2P media goes to peers, CRL checks to certificate authorities.
    assert!(ipt.contains("iptables -A OUTPUT -p udp --dport 32434:33598 "));
    assert!(ipt.contains("iptables -A OUTPUT -p tcp -m multiport --dports 80,443 -m comment --comment \"Certificate revocation"));
    let asa = ruleset(&r, "asa");
    assert!(asa.contains(" network-object 66.163.32.0 255.255.224.0\n"));
    assert!(asa.contains("permit udp any object-group WEBEX-SERVICES eq 5101\n"));
    let nft = ruleset(&r, "nftables");
    assert!(nft.contains("add element inet filter webex_ipv4 { 64.68.115.0/24, 64.68.116.0/24, 66.163.32.0/19, 209.197.192.0/19, 173.243.12.0/24 }\n"));
    let ps = ruleset(&r, "powershell");
    assert!(ps.contains("-RemoteAddress '64.68.115.0/24','64.68.116.0/24','66.163.32.0/19','209.197.192.0/19','173.243.12.0/24' -Action Allow"));
    let default = generate(&FirewallOptions::default());
    assert_quiet(&default, "firewall/ip-restriction-not-recommended");
}

#[test]
fn p2p_range_syntax() {
    for bad in ["32434", "", "32434 33598", "abc"] {
        let r = generate(&with_p2p(bad));
        assert_fires(&r, "firewall/p2p-range-syntax");
        assert!(r.data.rulesets.is_none());
    }
    let ok = generate(&with_p2p("32434-33598"));
    assert_quiet(&ok, "firewall/p2p-range-syntax");
}

#[test]
fn invalid_p2p_reuses_the_ports_rules() {
    let r = generate(&with_p2p("1034-1024"));
    assert_fires(&r, "ports/max-not-greater");
    assert!(r.has_errors());
    assert!(r.data.rulesets.is_none());
    assert!(r.data.requirements.is_empty());
    let r = generate(&with_p2p("80-70000"));
    assert_fires(&r, "ports/min-out-of-range");
    assert_fires(&r, "ports/max-out-of-range");
    let r = generate(&with_p2p("x-33598"));
    assert_fires(&r, "ports/not-a-number");
    // Warnings keep the rule sets.
    let r = generate(&with_p2p("5000-9000"));
    assert_fires(&r, "ports/overlaps-service-port");
    assert!(!r.data.rulesets.as_ref().unwrap().iptables.is_empty());
}

#[test]
fn custom_range_reminds_to_set_it_in_the_admin_tool() {
    let r = generate(&with_p2p("40000-41999"));
    assert_fires(&r, "firewall/p2p-range-not-default");
    assert!(!r.has_errors());
    let spaced = generate(&with_p2p(" 32434-33598 "));
    assert_quiet(&spaced, "firewall/p2p-range-not-default");
    let default = generate(&FirewallOptions::default());
    assert_quiet(&default, "firewall/p2p-range-not-default");
    // The narrower-than-default warning still comes from ports.
    let narrow = generate(&with_p2p("7050-7550"));
    assert_fires(&narrow, "ports/narrower-than-default");
}

#[test]
fn optional_xmpp_rules() {
    let opts = FirewallOptions {
        third_party_xmpp: false,
        federation: false,
        ..FirewallOptions::default()
    };
    let r = generate(&opts);
    let ipt = ruleset(&r, "iptables");
    assert!(!ipt.contains("5222") && !ipt.contains("5269"));
    assert_eq!(r.data.requirements.len(), 6);
}

#[test]
fn hostile_p2p_text() {
    let huge = format!("{}-{}", "9".repeat(5_000_000), "<script>");
    let r = generate(&with_p2p(&huge));
    assert!(r.has_errors());
    assert!(r.findings.iter().all(|f| f.message.len() < 300));
    let r = generate(&with_p2p("\u{0}\u{1b}[31m"));
    assert_fires(&r, "firewall/p2p-range-syntax");
    assert!(r.findings.iter().all(|f| !f.message.contains('\u{1b}')));
}

#[test]
fn domain_names_the_xmpp_hosts() {
    let opts = FirewallOptions {
        domain: Some("Acme.com".into()),
        ..FirewallOptions::default()
    };
    let r = generate(&opts);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    let ipt = ruleset(&r, "iptables");
    assert!(ipt.contains("iptables -A OUTPUT -p tcp --dport 5222 -m comment --comment \"Third-party XMPP IM applications (c2s.acme.com.webexconnect.com)\" -j ACCEPT\n"));
    assert!(ruleset(&r, "asa").contains(
        "remark XMPP federation with external IM networks (s2s.acme.com.webexconnect.com)\n"
    ));
    assert_eq!(
        r.data.requirements[7].destinations,
        "s2s.acme.com.webexconnect.com"
    );

    // A long domain keeps every comment within its format's limit.
    let label = "a".repeat(63);
    let long = format!("{label}.{label}.{label}.example");
    let r = generate(&FirewallOptions {
        domain: Some(long.clone()),
        ..FirewallOptions::default()
    });
    let asa = ruleset(&r, "asa");
    assert!(asa
        .lines()
        .filter(|l| l.contains(" remark "))
        .all(|l| l.len() - "access-list WEBEX-MESSENGER remark ".len() <= 100));
    assert!(asa.contains("remark XMPP federation with external IM networks\n"));
    let nft = ruleset(&r, "nftables");
    for c in nft.lines().filter_map(|l| l.split(" comment \"").nth(1)) {
        assert!(c.len() <= 129, "{c}");
    }
    assert!(ruleset(&r, "iptables").contains(&long));
    assert!(ruleset(&r, "powershell").contains(&long));
}

#[test]
fn invalid_domain_reuses_the_srv_name_rules() {
    let r = generate(&FirewallOptions {
        domain: Some("acme..com".into()),
        ..FirewallOptions::default()
    });
    assert_fires(&r, "srv/name-label-length");
    assert!(r.data.rulesets.is_none());
    let ok = generate(&FirewallOptions {
        domain: Some("acme.com".into()),
        ..FirewallOptions::default()
    });
    assert_quiet(&ok, "srv/name-label-length");
}

/// `preflight firewall --verify`: a rule file against the requirements.
mod verify {
    use preflight::net::firewall::FirewallOptions;
    use preflight::net::firewall_verify::check as verify;
    use preflight::testkit::{assert_fires, assert_quiet};

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/fixtures/check/firewall/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    fn p2p(range: &str) -> FirewallOptions {
        FirewallOptions {
            p2p: Some(range.into()),
            ..FirewallOptions::default()
        }
    }

    #[test]
    fn a_saved_ruleset_that_opens_everything_is_quiet() {
        let r = verify(&fixture("iptables-save.rules"), &FirewallOptions::default());
        assert_quiet(&r, "firewall/requirement-not-opened");
        assert_quiet(&r, "firewall/p2p-range-not-opened");
        assert_quiet(&r, "firewall/no-rules-found");
        assert!(r.findings.is_empty(), "{:#?}", r.findings);
    }

    #[test]
    fn a_gpo_script_for_another_range_and_without_federation() {
        let gpo = fixture("jabber-gpo.ps1");
        let r = verify(&gpo, &p2p("32434-33598"));
        assert_fires(&r, "firewall/p2p-range-not-opened");
        assert_quiet(
            &verify(&gpo, &p2p("40000-41999")),
            "firewall/p2p-range-not-opened",
        );
        // The GPO opens TCP 5222 and 5269 in one rule: nothing missing there.
        let mut no_stun = String::from_utf8(gpo).unwrap();
        no_stun = no_stun.replace("-RemotePort 8070,8090", "-RemotePort 8070");
        let r = verify(no_stun.as_bytes(), &p2p("40000-41999"));
        assert_fires(&r, "firewall/requirement-not-opened");
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == "firewall/requirement-not-opened")
            .unwrap();
        assert!(f.message.contains("UDP 8090"), "{}", f.message);
    }

    #[test]
    fn a_file_without_allow_rules_is_an_error() {
        let r = verify(
            b"-A OUTPUT -p udp --dport 40000:41999 -j DROP\n",
            &p2p("40000-41999"),
        );
        assert_fires(&r, "firewall/no-rules-found");
        assert!(r.has_errors());
    }
}
