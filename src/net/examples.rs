//! Examples of the network rules (ports, firewall, SRV): for each rule an
//! input that makes it fire and a near miss that does not. The ports
//! examples are "MIN MAX" as typed into the two boxes; the firewall tool
//! takes no input, only options.

use super::firewall::{IP_RESTRICTION_NOT_RECOMMENDED, P2P_RANGE_NOT_DEFAULT, P2P_RANGE_SYNTAX};
use super::firewall_verify::{NO_RULES, P2P_RANGE_NOT_OPENED, REQUIREMENT_NOT_OPENED};
use super::ports::{
    MAX_NOT_GREATER, MAX_OUT_OF_RANGE, MIN_OUT_OF_RANGE, NARROWER_THAN_DEFAULT, NOT_A_PORT,
    OVERLAPS_SERVICE_PORT, RANGE_COVERS_TCP_PORT,
};
use crate::rules::{Example as E, RuleExamples as R};

/// A rule file (`iptables-save` shape) that opens every requirement with
/// the P2P range 40000-41999.
const OPEN_ALL: &str = "-A OUTPUT -p tcp -m multiport --dports 80,443,5222,5269 -j ACCEPT
-A OUTPUT -p udp -m multiport --dports 5101,8070,8090 -j ACCEPT
-A OUTPUT -p udp --dport 40000:41999 -j ACCEPT
";

pub const EXAMPLES: &[R] = &[
    R {
        rule: &P2P_RANGE_NOT_OPENED,
        examples: &[
            E::fires(OPEN_ALL).with(r#"{"verify": true, "p2p": "40000-42000"}"#),
            E::quiet(OPEN_ALL).with(r#"{"verify": true, "p2p": "40000-41999"}"#),
        ],
    },
    R {
        rule: &REQUIREMENT_NOT_OPENED,
        examples: &[
            E::fires("-A OUTPUT -p udp --dport 40000:41999 -j ACCEPT\n")
                .with(r#"{"verify": true, "p2p": "40000-41999"}"#),
            E::quiet(OPEN_ALL).with(r#"{"verify": true, "p2p": "40000-41999"}"#),
        ],
    },
    R {
        rule: &NO_RULES,
        examples: &[
            E::fires("-A OUTPUT -p udp --dport 40000:41999 -j DROP\n")
                .with(r#"{"verify": true, "p2p": "40000-41999"}"#),
            E::quiet("-A OUTPUT -p udp --dport 40000:41999 -j ACCEPT\n")
                .with(r#"{"verify": true, "p2p": "40000-41999"}"#),
        ],
    },
    R {
        rule: &NOT_A_PORT,
        examples: &[E::fires("32434 3e4"), E::quiet("32434 33598")],
    },
    R {
        rule: &MIN_OUT_OF_RANGE,
        examples: &[E::fires("1023 33598"), E::quiet("1024 33598")],
    },
    R {
        rule: &MAX_OUT_OF_RANGE,
        examples: &[E::fires("1024 1033"), E::quiet("1024 1034")],
    },
    R {
        rule: &MAX_NOT_GREATER,
        // The guide's own invalid example, and the narrowest valid range.
        examples: &[
            E::fires("1034 1024"),
            E::fires("33598 33598"),
            E::quiet("33597 33598"),
        ],
    },
    R {
        rule: &NARROWER_THAN_DEFAULT,
        examples: &[E::fires("32434 33597"), E::quiet("32434 33598")],
    },
    R {
        rule: &OVERLAPS_SERVICE_PORT,
        // UDP 5101 is the A/V server's port; a range starting just after it is clear.
        examples: &[E::fires("5000 6200"), E::quiet("5102 5221")],
    },
    R {
        rule: &RANGE_COVERS_TCP_PORT,
        // TCP 5222 (XMPP clients) lies inside; a range ending at 5221 does not reach it.
        examples: &[E::fires("5102 6300"), E::quiet("5102 5221")],
    },
    R {
        rule: &P2P_RANGE_SYNTAX,
        examples: &[
            E::fires("").with(r#"{"p2p": "32434 to 33598"}"#),
            E::quiet("").with(r#"{"p2p": "32434-33598"}"#),
        ],
    },
    R {
        rule: &P2P_RANGE_NOT_DEFAULT,
        examples: &[
            E::fires("").with(r#"{"p2p": "7050-7550"}"#),
            E::quiet("").with(r#"{"p2p": "32434-33598"}"#),
        ],
    },
    R {
        rule: &IP_RESTRICTION_NOT_RECOMMENDED,
        examples: &[
            E::fires("").with(r#"{"restrict_to_ip_ranges": true}"#),
            E::quiet("").with(r#"{"restrict_to_ip_ranges": false}"#),
        ],
    },
];
