//! The guide's own examples go through the tools, and no finding that rests
//! on the guide objects to them: a warning or error that cites the guide on
//! the guide's own example would claim the guide says something it does not.
//!
//! The examples are copied verbatim into `tests/fixtures/guide/`; when the
//! guide itself is at hand (`../shared/seeds/` beside the repository, or
//! `PREFLIGHT_GUIDE`), each copied line is checked against it.

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use preflight::testkit::guide_backed_objections;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/guide")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The admin guide's text, when it is available on this machine.
fn guide() -> Option<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("PREFLIGHT_GUIDE").map(PathBuf::from),
        Some(root.join("../shared/seeds/webex-messenger-admin-guide.txt")),
        Some(root.join("../../shared/seeds/webex-messenger-admin-guide.txt")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(|p| std::fs::read_to_string(p).ok())
}

/// Lines of a fixture that are not comments.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn cron_examples() -> Vec<String> {
    lines(&fixture("cron_examples.tsv"))
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect()
}

#[test]
fn cron_examples_are_the_guides() {
    let examples = cron_examples();
    assert_eq!(examples.len(), 8);
    let Some(guide) = guide() else {
        eprintln!("admin guide not found; fixture not compared with it");
        return;
    };
    for line in lines(&fixture("cron_examples.tsv")) {
        assert!(guide.contains(line), "not in the guide: {line}");
    }
}

#[test]
fn cron_examples_draw_no_objection_citing_the_guide() {
    let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let mut wrong = Vec::new();
    for expr in cron_examples() {
        for zone in [None, Some("Europe/London"), Some("America/New_York")] {
            let report = preflight::cron::check(&expr, from, 10, zone);
            assert!(!report.has_errors(), "{expr}: {:?}", report.findings);
            for o in guide_backed_objections(&report) {
                wrong.push(format!("{expr} ({zone:?}): {o}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "findings citing the guide against its own examples:\n{}",
        wrong.join("\n")
    );
}

/// (field name, example value) of the guide's CSV Fields table.
fn csv_fields() -> Vec<(String, String)> {
    lines(&fixture("csv_fields.tsv"))
        .map(|l| {
            let (name, value) = l.split_once('\t').unwrap();
            (name.to_string(), value.to_string())
        })
        .collect()
}

#[test]
fn csv_field_names_are_the_guides() {
    let fields = csv_fields();
    assert_eq!(fields.len(), preflight::csv::schema::FIELDS.len());
    for ((name, _), spec) in fields.iter().zip(preflight::csv::schema::FIELDS) {
        assert_eq!(name, spec.name);
    }
    let Some(guide) = guide() else {
        eprintln!("admin guide not found; fixture not compared with it");
        return;
    };
    for (name, _) in &fields {
        assert!(
            guide.contains(&format!("\n{name}\t")),
            "not a row of the guide's table: {name}"
        );
    }
    // The other spelling of the country field, from "Workaround to Resolve a
    // Potential Import Issue".
    assert!(guide.contains("locate the field titled **ISOCountry**"));
}

/// A CSV of the guide's fields: a row of example values, a row with "-" in
/// every optional field, and the same under the Workaround's ISOCountry.
fn csv_of_the_guide(country_header: &str, delimiter: char) -> String {
    let fields = csv_fields();
    let d = delimiter.to_string();
    let header: Vec<&str> = fields
        .iter()
        .map(|(n, _)| {
            if n == "ISOcountry" {
                country_header
            } else {
                n.as_str()
            }
        })
        .collect();
    let values: Vec<&str> = fields.iter().map(|(_, v)| v.as_str()).collect();
    let mandatory = ["employeeID", "firstName", "lastName", "email", "userName"];
    let dashes: Vec<String> = fields
        .iter()
        .map(|(n, v)| {
            if mandatory.contains(&n.as_str()) {
                v.replace("ann.lee", "bo.ng").replace("E1001", "E1002")
            } else {
                "-".to_string()
            }
        })
        .collect();
    format!(
        "{}\r\n{}\r\n{}\r\n",
        header.join(&d),
        values.join(&d),
        dashes.join(&d)
    )
}

#[test]
fn csv_field_table_examples_draw_no_objection_citing_the_guide() {
    use preflight::csv::{validate, Options};
    let mut wrong = Vec::new();
    for country in ["ISOcountry", "ISOCountry"] {
        for delimiter in [',', '\t'] {
            let input = csv_of_the_guide(country, delimiter);
            for opts in [
                Options::default(),
                Options {
                    sso: true,
                    ..Options::default()
                },
            ] {
                let report = validate(input.as_bytes(), &opts);
                assert!(
                    !report.has_errors(),
                    "{country} {delimiter:?}: {:#?}",
                    report.findings
                );
                for o in guide_backed_objections(&report) {
                    wrong.push(format!("{country} {delimiter:?} sso={}: {o}", opts.sso));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "findings citing the guide against its own CSV fields:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn srv_records_are_the_guides() {
    let Some(guide) = guide() else {
        eprintln!("admin guide not found; fixture not compared with it");
        return;
    };
    for line in lines(&fixture("srv_records.txt")) {
        assert!(guide.contains(line), "not in the guide: {line}");
    }
}

#[test]
fn srv_examples_draw_no_objection_citing_the_guide() {
    use preflight::net::srv::{generate, SrvOptions};
    use preflight::net::srv_verify::verify;
    let opts = SrvOptions::default();
    // Generating for the guide's organization gives the guide's records
    // ("Configuring a DNS server sample": priority 5, weight 0, ports 5269
    // and 5222, targets s2s./c2s.acme.com.webexconnect.com).
    let generated = generate("acme.com", &opts);
    assert!(generated.findings.is_empty(), "{:#?}", generated.findings);
    let bind = &generated.data.outputs.as_ref().unwrap().bind;
    let guide_lines = fixture("srv_records.txt");
    let mut wrong = Vec::new();
    for (want, got) in lines(&guide_lines).zip(bind.lines()) {
        // The generated zone line adds the trailing dot a zone file needs.
        assert_eq!(format!("{want}."), got);
    }
    // Verifying the guide's lines as the guide prints them: a zone file needs
    // the trailing dot (RFC 1035), which the guide omits; no finding may
    // claim the guide for that.
    let as_printed = verify("acme.com", &opts, &guide_lines);
    for o in guide_backed_objections(&as_printed) {
        wrong.push(format!("as printed: {o}"));
    }
    // As published in DNS (dig output, absolute names), they verify clean.
    let dig: String = lines(&guide_lines).map(|l| format!("{l}.\n")).collect();
    let published = verify("acme.com", &opts, &dig);
    assert!(published.findings.is_empty(), "{:#?}", published.findings);
    assert!(
        wrong.is_empty(),
        "findings citing the guide against its own SRV records:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn p2p_examples_draw_no_objection_citing_the_guide() {
    use preflight::net::ports::check;
    let mut wrong = Vec::new();
    // "P2P Settings": "if your range is 7050—7550"; the default 32434-33598
    // of "Audio-Video Firewall and Bandwidth Requirements".
    for (min, max) in [("7050", "7550"), ("32434", "33598")] {
        let report = check(min, max);
        assert!(!report.has_errors(), "{min}-{max}: {:?}", report.findings);
        for o in guide_backed_objections(&report) {
            wrong.push(format!("{min}-{max}: {o}"));
        }
    }
    // The guide's invalid example stays an error.
    assert!(check("1034", "1024").has_errors());
    assert!(
        wrong.is_empty(),
        "findings citing the guide against its own P2P examples:\n{}",
        wrong.join("\n")
    );
}

/// Lower-case, without the guide's markdown emphasis, dashes and quotes
/// normalised, whitespace collapsed: for comparing quotations.
fn normalise(s: &str) -> String {
    s.replace("**", "")
        .replace(['“', '”'], "\"")
        .replace(['’', '‘'], "'")
        .replace(['—', '–'], "-")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_guide_citation_quotes_the_guide() {
    // Every rule that cites the admin guide names sections and quotes words
    // in double quotes: each quoted piece (split at "...") is in the guide.
    let Some(guide) = guide() else {
        eprintln!("admin guide not found; citations not compared with it");
        return;
    };
    let text = normalise(&guide);
    let mut wrong = Vec::new();
    for rule in preflight::rules::catalog() {
        let Some(at) = rule.source.find("admin guide") else {
            continue;
        };
        // Quotes in the part that cites the Messenger guide (until an RFC or
        // another standard is named after it).
        let cited = &rule.source[at..];
        for (n, quoted) in cited.split('"').enumerate() {
            if n % 2 == 0 || quoted.trim().is_empty() {
                continue;
            }
            for piece in quoted.split("...").map(str::trim).filter(|p| p.len() > 2) {
                let piece = normalise(piece.trim_end_matches('.'));
                if !text.contains(&piece) {
                    wrong.push(format!("{}: {piece:?}", rule.id));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "quoted in a rule's source but not in the guide:\n{}",
        wrong.join("\n")
    );
}
