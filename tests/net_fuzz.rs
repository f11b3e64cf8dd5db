//! Deterministic fuzzing of every network entry point with hostile pieces
//! (control and bidi characters, IDN dots, zone-file syntax, huge numbers):
//! no input may panic, and no message may echo more than a short excerpt.

use preflight::net::firewall::{self, FirewallOptions};
use preflight::net::ports;
use preflight::net::srv::{generate, SrvOptions};
use preflight::net::srv_verify::{verify, verify_bytes};
use preflight::Report;

const PIECES: &[&str] = &[
    "a",
    "Z",
    "0",
    "9",
    ".",
    "-",
    "_",
    "xn--",
    "xn--bcher-kva",
    "ü",
    "例",
    "。",
    "．",
    "\u{0}",
    "\u{7}",
    "\u{1b}[2J",
    "\u{202E}",
    "\u{200B}",
    "\u{AD}",
    "\u{FEFF}",
    "\u{301}",
    "😀",
    "<script>",
    " ",
    "\t",
    "\n",
    "\r\n",
    ";",
    "SRV",
    "IN",
    "(",
    ")",
    "$ORIGIN ",
    "$TTL ",
    "@",
    " service = ",
    " has SRV record ",
    "  svr hostname = ",
    "priority = ",
    " SRV service location:",
    "Answer",
    "_xmpp-server._tcp.",
    "_xmpp-client._tcp",
    "acme.com",
    "acme.com.",
    "webexconnect.com.",
    "86400",
    "65535",
    "65536",
    "4294967296",
    "99999999999999999999999",
    "1d",
    "1h30m",
    ":",
    "–",
    "192.0.2.1",
    "::1",
    "[",
    "]",
];

/// A small linear congruential generator: reproducible without a crate.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn text(&mut self, max_pieces: usize) -> String {
        let n = self.next() % (max_pieces + 1);
        (0..n).map(|_| PIECES[self.next() % PIECES.len()]).collect()
    }
}

fn bounded<D>(r: &Report<D>, input: &str) {
    for f in &r.findings {
        assert!(
            f.message.len() < 1000,
            "message too long for input {input:?}: {}",
            f.message
        );
        assert!(
            !f.message.contains('\u{1b}') && !f.message.contains('\u{0}'),
            "raw control character echoed: {:?}",
            f.message
        );
    }
    assert_eq!(
        r.summary.errors + r.summary.warnings + r.summary.infos,
        r.findings.len()
    );
}

#[test]
fn random_domains_and_options() {
    let mut rng = Lcg(0x5eed);
    let mut generated = 0;
    for _ in 0..3000 {
        let domain = rng.text(8);
        let opts = SrvOptions {
            ttl: (rng.next() % 3 == 0).then(|| rng.text(2)),
            priority: (rng.next() % 3 == 0).then(|| rng.text(2)),
            weight: None,
            server_port: (rng.next() % 4 == 0).then(|| rng.text(2)),
            client_port: None,
            server_target: (rng.next() % 4 == 0).then(|| rng.text(6)),
            client_target: None,
        };
        let r = generate(&domain, &opts);
        bounded(&r, &domain);
        // Whenever records come out, they parse back as exactly what is needed.
        if let Some(bind) = r.data.outputs.as_ref().map(|o| o.bind.as_str()) {
            generated += 1;
            let v = verify(&domain, &opts, bind);
            let statuses: Vec<_> = v
                .data
                .verify
                .as_ref()
                .and_then(|v| v.compared())
                .unwrap()
                .results
                .iter()
                .map(|x| x.status.as_str().to_string())
                .collect();
            assert_eq!(
                statuses,
                ["ok", "ok"],
                "domain {domain:?}: {:#?}",
                v.findings
            );
        }
    }
    // The round trip must actually have been exercised.
    assert!(generated > 50, "only {generated} generated");
}

#[test]
fn random_pastes() {
    let mut rng = Lcg(42);
    for _ in 0..3000 {
        let pasted = rng.text(40);
        let r = verify("acme.com", &SrvOptions::default(), &pasted);
        bounded(&r, &pasted);
    }
    for _ in 0..500 {
        let bytes: Vec<u8> = (0..rng.next() % 200).map(|_| rng.next() as u8).collect();
        let r = verify_bytes("acme.com", &SrvOptions::default(), &bytes);
        bounded(&r, "<bytes>");
    }
}

#[test]
fn random_port_ranges() {
    let mut rng = Lcg(7);
    for _ in 0..3000 {
        let (a, b) = (rng.text(3), rng.text(3));
        bounded(&ports::check(&a, &b), &a);
        let opts = FirewallOptions {
            p2p: Some(format!("{a}-{b}")),
            restrict_to_ip_ranges: rng.next() % 2 == 0,
            domain: (rng.next() % 3 == 0).then(|| rng.text(4)),
            ..FirewallOptions::default()
        };
        let r = firewall::generate(&opts);
        bounded(&r, &a);
        assert_eq!(r.has_errors(), r.data.rulesets.is_none());
    }
}
