//! Examples of the SRV rules: for each rule a domain or published records
//! that make it fire and a near miss that does not.
//!
//! Without the `domain` option the input is the organisation domain the
//! records are generated for (the `srv/name-*` rules and the option checks);
//! with it, the input is what an administrator pastes to verify the
//! published records: BIND zone lines, `dig` output or Windows `nslookup`.

use super::domain::{
    NAME_EMPTY, NAME_HYPHEN, NAME_IDN_CONVERTED, NAME_IDN_INVALID, NAME_INVALID_CHARACTER,
    NAME_IS_IP_ADDRESS, NAME_LABEL_LENGTH, NAME_SINGLE_LABEL, NAME_TOO_LONG,
};
use super::srv::{
    NOT_A_NUMBER, NUMBER_OUT_OF_RANGE, PORT_NOT_WEBEX, TARGET_NOT_WEBEX, TTL_OUT_OF_RANGE,
};
use super::srv_verify::{
    MISSING_RECORD, MISSING_TRAILING_DOT, NOT_TEXT, NO_RECORDS, OTHER_NAME,
    PRIORITY_WEIGHT_DIFFERS, TTL_DIFFERS, UNPARSED_LINE, WRONG_PORT, WRONG_TARGET,
};
use crate::rules::{Example as E, RuleExamples as R};

/// Verify against the records of acme.com.
const ACME: &str = r#"{"domain": "acme.com"}"#;

/// Both records as the guide publishes them, as BIND zone lines.
const ZONE: &str = "\
_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.
_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.
";

/// The guide's lines copied as they are printed: targets without the final dot.
const ZONE_GUIDE_COPY: &str = "\
_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com
_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com
";

/// Only the federation record.
const ZONE_SERVER_ONLY: &str = "\
_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.
";

/// The federation record without its weight (a field forgotten in a DNS console).
const ZONE_NO_WEIGHT: &str = "\
_xmpp-server._tcp.acme.com. 86400 IN SRV 5 5269 s2s.acme.com.webexconnect.com.
_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.
";

/// The client record pointing at the organisation's own XMPP server.
const ZONE_OWN_CLIENT_TARGET: &str = "\
_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.
_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 xmpp.acme.com.
";

/// Both records with a one-hour TTL.
const ZONE_TTL_3600: &str = "\
_xmpp-server._tcp.acme.com. 3600 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.
_xmpp-client._tcp.acme.com. 3600 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.
";

/// Both records with priority 10.
const ZONE_PRIORITY_10: &str = "\
_xmpp-server._tcp.acme.com. 86400 IN SRV 10 0 5269 s2s.acme.com.webexconnect.com.
_xmpp-client._tcp.acme.com. 86400 IN SRV 10 0 5222 c2s.acme.com.webexconnect.com.
";

/// The client record published in the organisation's other zone, acme.org.
const ZONE_OTHER_DOMAIN: &str = "\
_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.
_xmpp-client._tcp.acme.org. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.
";

/// `dig SRV _xmpp-server._tcp.acme.com` before the record is published.
const DIG_NXDOMAIN: &str = "\
; <<>> DiG 9.18.28 <<>> SRV _xmpp-server._tcp.acme.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1777
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1

;; QUESTION SECTION:
;_xmpp-server._tcp.acme.com.\tIN\tSRV

;; AUTHORITY SECTION:
acme.com.\t\t900\tIN\tSOA\tns1.acme.com. hostmaster.acme.com. 2026052001 7200 3600 1209600 900
";

/// The same query once the record is published.
const DIG_ANSWER: &str = "\
; <<>> DiG 9.18.28 <<>> SRV _xmpp-server._tcp.acme.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 40213
;; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1

;; QUESTION SECTION:
;_xmpp-server._tcp.acme.com.\tIN\tSRV

;; ANSWER SECTION:
_xmpp-server._tcp.acme.com. 86400 IN\tSRV\t5 0 5269 s2s.acme.com.webexconnect.com.
";

/// Windows `nslookup -type=SRV` for the client record, with the legacy
/// TLS port 5223.
const NSLOOKUP_PORT_5223: &str = "\
Server:  dns1.acme.com
Address:  192.0.2.53

Non-authoritative answer:
_xmpp-client._tcp.acme.com      SRV service location:
          priority       = 5
          weight         = 0
          port           = 5223
          svr hostname   = c2s.acme.com.webexconnect.com
";

/// The same with port 5222.
const NSLOOKUP_PORT_5222: &str = "\
Server:  dns1.acme.com
Address:  192.0.2.53

Non-authoritative answer:
_xmpp-client._tcp.acme.com      SRV service location:
          priority       = 5
          weight         = 0
          port           = 5222
          svr hostname   = c2s.acme.com.webexconnect.com
";

/// A screenshot (a 1x1 PNG) attached instead of the command's text output.
const SCREENSHOT_PNG: &[u8] = b"\x89PNG\r\n\x1a\n\
    \0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\0\0\0\0:~\x9bU\
    \0\0\0\nIDATx\x9cc\xf8\x0f\0\x01\x01\x01\0\xb18\xf6\x14\
    \0\0\0\0IEND\xaeB`\x82";

/// Windows `nslookup -type=SRV _xmpp-server._tcp.acme.com > srv.txt` in
/// Windows PowerShell: UTF-16LE text with a byte-order mark.
const NSLOOKUP_UTF16: &[u8] =
    b"\xff\xfeS\0e\0r\0v\0e\0r\0:\0 \0 \0d\0n\0s\x001\0.\0a\0c\0m\0e\0.\0c\0o\0m\0\r\0\n\0\
    A\0d\0d\0r\0e\0s\0s\0:\0 \0 \x001\x009\x002\0.\x000\0.\x002\0.\x005\x003\0\r\0\n\0\
    \r\0\n\0\
    _\0x\0m\0p\0p\0-\0s\0e\0r\0v\0e\0r\0.\0_\0t\0c\0p\0.\0a\0c\0m\0e\0.\0c\0o\0m\0 \0 \0\
    \x20\0 \0 \0 \0S\0R\0V\0 \0s\0e\0r\0v\0i\0c\0e\0 \0l\0o\0c\0a\0t\0i\0o\0n\0:\0\r\0\n\0\
    \x20\0 \0 \0 \0 \0 \0 \0 \0 \0 \0p\0r\0i\0o\0r\0i\0t\0y\0 \0 \0 \0 \0 \0 \0 \0=\0 \0\
    5\0\r\0\n\0\
    \x20\0 \0 \0 \0 \0 \0 \0 \0 \0 \0w\0e\0i\0g\0h\0t\0 \0 \0 \0 \0 \0 \0 \0 \0 \0=\0 \0\
    0\0\r\0\n\0\
    \x20\0 \0 \0 \0 \0 \0 \0 \0 \0 \0p\0o\0r\0t\0 \0 \0 \0 \0 \0 \0 \0 \0 \0 \0 \0=\0 \0\
    5\x002\x006\x009\0\r\0\n\0\
    \x20\0 \0 \0 \0 \0 \0 \0 \0 \0 \0s\0v\0r\0 \0h\0o\0s\0t\0n\0a\0m\0e\0 \0 \0 \0=\0 \0\
    s\x002\0s\0.\0a\0c\0m\0e\0.\0c\0o\0m\0.\0w\0e\0b\0e\0x\0c\0o\0n\0n\0e\0c\0t\0.\0c\0o\0\
    m\0\r\0\n\0";

/// A domain of three 63-character labels and one of `last` characters.
fn long_domain(last: usize) -> Vec<u8> {
    let label = "a".repeat(63);
    format!("{label}.{label}.{label}.{}", "b".repeat(last)).into_bytes()
}

/// 233 characters: `c2s.<domain>.webexconnect.com` is then 254.
fn domain_233() -> Vec<u8> {
    long_domain(41)
}

/// 232 characters: `c2s.<domain>.webexconnect.com` is then 253.
fn domain_232() -> Vec<u8> {
    long_domain(40)
}

pub const EXAMPLES: &[R] = &[
    // ---- the domain and the targets (records generated)
    R {
        rule: &NAME_EMPTY,
        examples: &[
            E::fires(""),
            // In SRV a target of `.` means "no service".
            E::fires("acme.com").with(r#"{"client_target": "."}"#),
            E::quiet("acme.com").with(r#"{"client_target": "c2s.acme.com.webexconnect.com."}"#),
        ],
    },
    R {
        rule: &NAME_INVALID_CHARACTER,
        examples: &[
            E::fires("acme_corp.com"),
            E::fires("https://acme.com/"),
            E::quiet("acme-corp.com"),
        ],
    },
    R {
        rule: &NAME_LABEL_LENGTH,
        examples: &[E::fires("acme..com"), E::quiet("acme.com")],
    },
    R {
        rule: &NAME_TOO_LONG,
        examples: &[
            E::fires_generated(
                "a domain of 233 characters (three labels of 63 characters and one of 41): \
                 valid alone, but c2s.<domain>.webexconnect.com is then 254 characters long",
                domain_233,
            ),
            E::quiet_generated(
                "the same domain one character shorter (232 characters): \
                 c2s.<domain>.webexconnect.com is 253 characters long",
                domain_232,
            ),
        ],
    },
    R {
        rule: &NAME_HYPHEN,
        // A list item's dash pasted along with the domain.
        examples: &[E::fires("-acme.com"), E::quiet("acme.com")],
    },
    R {
        rule: &NAME_IDN_INVALID,
        // The punycode of bücher.example with its last character lost.
        examples: &[
            E::fires("xn--bcher-kv.example"),
            E::quiet("xn--bcher-kva.example"),
        ],
    },
    R {
        rule: &NAME_IDN_CONVERTED,
        examples: &[E::fires("münchen.de"), E::quiet("xn--mnchen-3ya.de")],
    },
    R {
        rule: &NAME_SINGLE_LABEL,
        // The Active Directory NetBIOS name instead of the DNS domain.
        examples: &[E::fires("ACME"), E::quiet("acme.com")],
    },
    R {
        rule: &NAME_IS_IP_ADDRESS,
        // The address s2s.acme.com.webexconnect.com resolves to, entered as the target.
        examples: &[
            E::fires("acme.com").with(r#"{"server_target": "64.68.115.20"}"#),
            E::quiet("acme.com").with(r#"{"server_target": "s2s.acme.com.webexconnect.com"}"#),
        ],
    },
    // ---- the options (records generated)
    R {
        rule: &NOT_A_NUMBER,
        // BIND's unit syntax is not accepted in the TTL box.
        examples: &[
            E::fires("acme.com").with(r#"{"ttl": "1d"}"#),
            E::quiet("acme.com").with(r#"{"ttl": "86400"}"#),
        ],
    },
    R {
        rule: &TTL_OUT_OF_RANGE,
        examples: &[
            E::fires("acme.com").with(r#"{"ttl": "2147483648"}"#),
            E::quiet("acme.com").with(r#"{"ttl": "2147483647"}"#),
        ],
    },
    R {
        rule: &NUMBER_OUT_OF_RANGE,
        examples: &[
            E::fires("acme.com").with(r#"{"weight": "65536"}"#),
            E::quiet("acme.com").with(r#"{"weight": "65535"}"#),
        ],
    },
    R {
        rule: &PORT_NOT_WEBEX,
        // 5223 is the legacy XMPP-over-TLS port; Webex listens on 5222.
        examples: &[
            E::fires("acme.com").with(r#"{"client_port": "5223"}"#),
            E::quiet("acme.com").with(r#"{"client_port": "5222"}"#),
        ],
    },
    R {
        rule: &TARGET_NOT_WEBEX,
        examples: &[
            E::fires("acme.com").with(r#"{"server_target": "xmpp.acme.com"}"#),
            E::quiet("acme.com").with(r#"{"server_target": "s2s.acme.com.webexconnect.com"}"#),
        ],
    },
    // ---- published records (verified against acme.com)
    R {
        rule: &NOT_TEXT,
        examples: &[
            E::fires_bytes(SCREENSHOT_PNG).with(ACME),
            E::quiet_bytes(NSLOOKUP_UTF16).with(ACME),
        ],
    },
    R {
        rule: &NO_RECORDS,
        examples: &[
            E::fires(DIG_NXDOMAIN).with(ACME),
            E::quiet(DIG_ANSWER).with(ACME),
        ],
    },
    R {
        rule: &UNPARSED_LINE,
        examples: &[
            E::fires(ZONE_NO_WEIGHT).with(ACME),
            E::quiet(ZONE).with(ACME),
        ],
    },
    R {
        rule: &MISSING_RECORD,
        examples: &[
            E::fires(ZONE_SERVER_ONLY).with(ACME),
            E::quiet(ZONE).with(ACME),
        ],
    },
    R {
        rule: &WRONG_PORT,
        examples: &[
            E::fires(NSLOOKUP_PORT_5223).with(ACME),
            E::quiet(NSLOOKUP_PORT_5222).with(ACME),
        ],
    },
    R {
        rule: &WRONG_TARGET,
        examples: &[
            E::fires(ZONE_OWN_CLIENT_TARGET).with(ACME),
            E::quiet(ZONE).with(ACME),
        ],
    },
    R {
        rule: &MISSING_TRAILING_DOT,
        examples: &[
            E::fires(ZONE_GUIDE_COPY).with(ACME),
            E::quiet(ZONE).with(ACME),
        ],
    },
    R {
        rule: &TTL_DIFFERS,
        // Quiet with the guide's TTL, or with the TTL you chose.
        examples: &[
            E::fires(ZONE_TTL_3600).with(ACME),
            E::quiet(ZONE).with(ACME),
            E::quiet(ZONE_TTL_3600).with(r#"{"domain": "acme.com", "ttl": "3600"}"#),
        ],
    },
    R {
        rule: &PRIORITY_WEIGHT_DIFFERS,
        examples: &[
            E::fires(ZONE_PRIORITY_10).with(ACME),
            E::quiet(ZONE).with(ACME),
            E::quiet(ZONE_PRIORITY_10).with(r#"{"domain": "acme.com", "priority": "10"}"#),
        ],
    },
    R {
        rule: &OTHER_NAME,
        examples: &[
            E::fires(ZONE_OTHER_DOMAIN).with(ACME),
            E::quiet(ZONE).with(ACME),
        ],
    },
];
