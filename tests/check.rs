//! The whole-setup check on the fixture kits (tests/fixtures/check): the
//! coherent ADFS, Okta and Entra ID kits pass every cross-check, and each
//! variant breaks exactly the relation it was made to break.

use std::path::Path;

use preflight::check::{self, Kind, Options, Verdict};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

const NOW: &str = "2026-06-01T00:01:00Z";

fn files_of(dir: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    let path = root.join(dir);
    if path.is_file() {
        return vec![(dir.to_string(), std::fs::read(&path).unwrap())];
    }
    let mut names: Vec<_> = std::fs::read_dir(&path)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let name = format!("{dir}/{}", p.file_name().unwrap().to_string_lossy());
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

fn options() -> Options {
    let mut o = Options::at(chrono::DateTime::parse_from_rfc3339(NOW).unwrap().into());
    o.set_date("2026-06-01").unwrap();
    o.add_domain("example.com").unwrap();
    o.set_go_live("2026-09-01").unwrap();
    o
}

fn run(dir: &str) -> Report {
    check::check(files_of(dir), &options())
}

/// The report of the one file whose path ends with `name`.
fn file_report(report: &Report, name: &str) -> Report {
    let data = check::data(report).expect("typed data");
    data.files
        .into_iter()
        .find(|f| f.path.ends_with(name))
        .and_then(|f| f.report)
        .unwrap_or_else(|| panic!("no report for {name}"))
}

const CROSS: [&str; 6] = [
    "check/cert-file-not-in-metadata",
    "check/cert-expires-before-go-live",
    "check/destination-not-sp-acs",
    "check/nameid-not-in-users",
    "check/email-domain-not-claimed",
    "check/private-key-in-set",
];

#[test]
fn coherent_kits_pass_with_every_file_recognised() {
    for kit in ["kits/adfs", "kits/okta", "kits/entra", "kits/okta.zip"] {
        let report = run(kit);
        for rule in CROSS {
            assert!(
                !report.fired(rule),
                "{kit}: {rule} fired: {:#?}",
                report.findings
            );
        }
        assert_eq!(report.summary.errors, 0, "{kit}: {:#?}", report.findings);
        let data = check::data(&report).unwrap();
        assert_eq!(data.files.len(), 10, "{kit}");
        let kinds: Vec<Kind> = data.files.iter().map(|f| f.kind).collect();
        for kind in [
            Kind::SamlMetadata,
            Kind::SamlResponse,
            Kind::Cert,
            Kind::Cron,
            Kind::CsvUsers,
            Kind::Directory,
        ] {
            assert!(kinds.contains(&kind), "{kit}: no {kind:?} in {kinds:?}");
        }
        assert!(!kinds.contains(&Kind::Unknown), "{kit}: {kinds:?}");
        assert_eq!(
            kinds.iter().filter(|k| **k == Kind::Directory).count(),
            4,
            "{kit}"
        );
        // The response was checked against the kit's own IdP metadata and SP entityID.
        let response = data
            .files
            .iter()
            .find(|f| f.kind == Kind::SamlResponse)
            .unwrap();
        assert_eq!(response.inputs.len(), 2, "{kit}: {:?}", response.inputs);
        assert_eq!(
            data.options.sp_entity_id,
            "https://idbroker.webex.com/a1b2c3d4-0000-4000-8000-000000000001"
        );
        let r = response.report.as_ref().unwrap();
        assert!(
            r.fired("saml-response/signature-trusted"),
            "{kit}: {:#?}",
            r.findings
        );
        assert_eq!(data.areas["sso"].errors, 0);
        assert_ne!(data.areas["directory"].verdict, Verdict::NotChecked);
        assert_eq!(data.areas["network"].verdict, Verdict::NotChecked);
    }
}

#[test]
fn the_zip_kit_is_checked_like_its_folder() {
    let zipped = check::data(&run("kits/okta.zip")).unwrap();
    let folder = check::data(&run("kits/okta")).unwrap();
    let summary = |d: &check::Data| {
        d.files
            .iter()
            .map(|f| {
                (
                    f.path.rsplit('/').next().unwrap().to_string(),
                    f.kind,
                    f.report.as_ref().map(|r| r.summary),
                )
            })
            .collect::<Vec<_>>()
    };
    let (mut a, mut b) = (summary(&zipped), summary(&folder));
    a.sort_by(|x, y| x.0.cmp(&y.0));
    b.sort_by(|x, y| x.0.cmp(&y.0));
    assert_eq!(a, b);
    assert!(
        zipped.files[0].path.starts_with("kits/okta.zip/okta/"),
        "{}",
        zipped.files[0].path
    );
}

#[test]
fn issuer_mismatch_is_reported_by_the_response_tool_given_the_metadata() {
    let report = run("variants/issuer-mismatch");
    let response = file_report(&report, "response.xml");
    assert_fires(&response, "saml-response/issuer-not-idp-entity");
    assert_quiet(
        &file_report(&run("kits/adfs"), "response.xml"),
        "saml-response/issuer-not-idp-entity",
    );
    assert!(report.has_errors());
}

#[test]
fn a_response_signed_by_another_certificate_is_untrusted() {
    let report = run("variants/signed-by-other-cert");
    let response = file_report(&report, "response.xml");
    assert_fires(&response, "saml-response/signing-cert-unknown");
    assert_fires(&response, "saml-response/signature-untrusted");
    assert_quiet(
        &file_report(&run("kits/okta"), "response.xml"),
        "saml-response/signing-cert-unknown",
    );
}

#[test]
fn a_certificate_file_that_is_not_the_metadata_signer_is_named() {
    let report = run("variants/cert-not-in-metadata");
    assert_fires(&report, "check/cert-file-not-in-metadata");
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == "check/cert-file-not-in-metadata")
        .unwrap();
    assert!(f.message.contains("CN=adfs.example.com"), "{}", f.message);
    assert!(f
        .location
        .file
        .as_deref()
        .unwrap()
        .ends_with("adfs-signing.cer"));
    assert_quiet(&run("kits/adfs"), "check/cert-file-not-in-metadata");
    assert!(!report.has_errors());
}

#[test]
fn a_signing_certificate_expiring_before_go_live_is_an_error_once() {
    let report = run("variants/cert-expires-before-date");
    assert_fires(&report, "check/cert-expires-before-go-live");
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == "check/cert-expires-before-go-live")
        .collect();
    assert_eq!(found.len(), 1, "one finding per certificate: {found:#?}");
    assert!(found[0].message.contains("okta.cert") && found[0].message.contains("metadata.xml"));
    assert!(found[0].message.contains("31 days"), "{}", found[0].message);
    // Without a go-live date there is nothing to compare with; before the
    // expiry date the certificate is fine.
    let mut o = options();
    o.go_live = None;
    assert_quiet(
        &check::check(files_of("variants/cert-expires-before-date"), &o),
        "check/cert-expires-before-go-live",
    );
    o.set_go_live("2026-07-31").unwrap();
    assert_quiet(
        &check::check(files_of("variants/cert-expires-before-date"), &o),
        "check/cert-expires-before-go-live",
    );
    assert_quiet(&run("kits/okta"), "check/cert-expires-before-go-live");
}

#[test]
fn a_response_for_another_region_is_not_addressed_to_the_sp_acs() {
    let report = run("variants/destination-mismatch");
    assert_fires(&report, "check/destination-not-sp-acs");
    let fields: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.rule == "check/destination-not-sp-acs")
        .map(|f| f.message.split(' ').next().unwrap())
        .collect();
    assert_eq!(fields, ["Destination", "Recipient"]);
    assert_quiet(&run("kits/entra"), "check/destination-not-sp-acs");
}

#[test]
fn the_audience_is_checked_against_the_sp_metadata_entity_id() {
    let report = run("variants/audience-mismatch");
    assert_fires(
        &file_report(&report, "response.xml"),
        "saml-response/audience-mismatch",
    );
    assert_quiet(
        &file_report(&run("kits/okta"), "response.xml"),
        "saml-response/audience-mismatch",
    );
}

#[test]
fn a_nameid_that_is_no_user_of_the_import_is_named() {
    let report = run("variants/nameid-not-in-csv");
    assert_fires(&report, "check/nameid-not-in-users");
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == "check/nameid-not-in-users")
        .unwrap();
    assert!(
        f.message.contains("john.smith@example.com"),
        "{}",
        f.message
    );
    assert_quiet(&run("kits/adfs"), "check/nameid-not-in-users");
}

#[test]
fn users_outside_the_claimed_domains_are_counted_per_file() {
    let report = run("variants/email-domain-not-claimed");
    assert_fires(&report, "check/email-domain-not-claimed");
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == "check/email-domain-not-claimed")
        .collect();
    assert_eq!(found.len(), 2, "users.csv and the userFile: {found:#?}");
    assert!(found
        .iter()
        .all(|f| f.message.starts_with("2 users") && f.message.contains("example.org")));
    assert!(found.iter().all(|f| f.location.row.is_some()));
    // Claiming the domain quiets it; no --domain, no check.
    let mut o = options();
    o.add_domain("EXAMPLE.org.").unwrap();
    assert_quiet(
        &check::check(files_of("variants/email-domain-not-claimed"), &o),
        "check/email-domain-not-claimed",
    );
    assert_quiet(&run("kits/okta"), "check/email-domain-not-claimed");
}

#[test]
fn the_schedule_is_passed_to_the_directory_set() {
    let report = run("variants/directory-date-vs-schedule");
    let data = check::data(&report).unwrap();
    let fired = data
        .files
        .iter()
        .filter_map(|f| f.report.as_ref())
        .any(|r| r.fired("directory/schedule-no-run"));
    assert!(fired, "{data:#?}");
    assert_eq!(data.areas["directory"].verdict, Verdict::Fail);
    assert_eq!(data.areas["sso"].verdict, Verdict::Pass);
}

#[test]
fn unknown_files_are_listed_not_skipped() {
    let report = run("variants/unknown-file");
    assert_fires(&report, "check/file-not-recognised");
    let data = check::data(&report).unwrap();
    let unknown: Vec<&str> = data
        .files
        .iter()
        .filter(|f| f.kind == Kind::Unknown)
        .map(|f| f.path.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(unknown, ["README.txt", "notes.docx"]);
    assert!(data
        .files
        .iter()
        .filter(|f| f.kind == Kind::Unknown)
        .all(|f| f.report.is_none()));
    assert!(!report.has_errors());
    assert_quiet(&run("kits/okta"), "check/file-not-recognised");
}

#[test]
fn a_private_key_in_the_set_is_a_warning() {
    let mut files = files_of("kits/okta");
    let key = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/keys/okta-signing.key"),
    )
    .unwrap();
    files.push(("kits/okta/okta-signing.key".into(), key));
    let report = check::check(files, &options());
    assert_fires(&report, "check/private-key-in-set");
    assert_quiet(&run("kits/okta"), "check/private-key-in-set");
}

#[test]
fn a_wrong_guess_can_be_overridden() {
    let mut o = options();
    o.overrides
        .insert("variants/unknown-file/README.txt".into(), Kind::Cron);
    let data = check::data(&check::check(files_of("variants/unknown-file"), &o)).unwrap();
    let readme = data
        .files
        .iter()
        .find(|f| f.path.ends_with("README.txt"))
        .unwrap();
    assert_eq!(readme.kind, Kind::Cron);
    assert!(readme.overridden);
    assert!(readme.why.starts_with("chosen by you"));
    // The cron tool says what is wrong with prose as a schedule.
    assert!(readme.report.as_ref().unwrap().has_errors());
}

#[test]
fn summary_counts_every_file_and_the_cross_findings() {
    let report = run("variants/destination-mismatch");
    let data = check::data(&report).unwrap();
    let files: usize = data
        .files
        .iter()
        .filter_map(|f| f.report.as_ref())
        .map(|r| r.summary.errors)
        .sum();
    assert_eq!(report.summary.errors, files + 2);
    assert_eq!(data.verdict, Verdict::Fail);
}

#[test]
fn odd_inputs_give_findings_not_panics() {
    let odd: Vec<(String, Vec<u8>)> = vec![
        ("empty".into(), Vec::new()),
        ("nul".into(), vec![0; 1000]),
        ("cut.zip".into(), b"PK\x03\x04garbage".to_vec()),
        ("half.xml".into(), b"<EntityDescriptor".to_vec()),
        ("utf16.csv".into(), b"\xff\xfef\x00i\x00r\x00".to_vec()),
        (
            "cert.pem".into(),
            b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n".to_vec(),
        ),
    ];
    let report = check::check(odd, &options());
    let data = check::data(&report).unwrap();
    assert_eq!(data.files.len(), 6);
}

#[test]
fn the_worker_path_checks_a_bundle_like_the_files() {
    use preflight::stream::{CheckSink, Sink};
    let files = files_of("variants/nameid-not-in-csv");
    let bundle = check::bundle::encode(&files);
    let mut sink: Box<dyn Sink> = Box::new(CheckSink::with_limit(options(), bundle.len()));
    for chunk in bundle.chunks(1000) {
        sink.push(chunk);
    }
    let mut seen = Vec::new();
    let report = sink.finish_with_progress(&mut |f| seen.push(f));
    assert_eq!(
        report.findings,
        check::check(files.clone(), &options()).findings
    );
    assert_eq!(seen.last(), Some(&1.0));
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert_quiet(&report, "check/input-too-large");
    // Options arrive as JSON, as from the page.
    let json = serde_json::json!({"now": NOW, "domains": ["example.com"], "go_live": "2026-09-01", "date": "2026-06-01"});
    let via_run = preflight::run::run("check", &bundle, &json).unwrap();
    assert_eq!(via_run.findings, report.findings);
    assert!(preflight::run::run("check", &bundle, &serde_json::json!({"domain": "x"})).is_err());
    // Over the limit: refused as a whole, with a finding.
    let mut small: Box<dyn Sink> = Box::new(CheckSink::with_limit(options(), 100));
    small.push(&bundle);
    let refused = small.finish();
    assert_fires(&refused, "check/input-too-large");
    assert!(refused.has_errors());
}

#[test]
fn two_kits_in_one_run_are_paired_by_issuer_and_folder() {
    let mut files = files_of("kits/okta");
    files.extend(files_of("kits/adfs"));
    let report = check::check(files, &options());
    assert_eq!(report.summary.errors, 0, "{:#?}", report.findings);
    let data = check::data(&report).unwrap();
    for f in data.files.iter().filter(|f| f.kind == Kind::SamlResponse) {
        let folder = f.path.rsplit_once('/').unwrap().0;
        assert!(
            f.inputs[0].starts_with(folder),
            "{} was checked with {:?}",
            f.path,
            f.inputs
        );
    }
    // Each folder's four directory files are their own run, with their own schedule.
    for f in data.files.iter().filter(|f| f.kind == Kind::Directory) {
        let folder = f.path.rsplit_once('/').unwrap().0;
        assert_eq!(f.inputs, [format!("{folder}/schedule.txt")]);
        assert_quiet(f.report.as_ref().unwrap(), "directory/duplicate-file");
    }
}

#[test]
fn a_har_capture_of_the_sign_in_is_checked_like_the_response() {
    use base64::Engine as _;
    let mut files: Vec<(String, Vec<u8>)> = files_of("kits/okta")
        .into_iter()
        .filter(|(p, _)| !p.ends_with("response.xml"))
        .collect();
    let response = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/kits/okta/response.xml"),
    )
    .unwrap();
    let b64 = base64::engine::general_purpose::STANDARD.encode(response);
    let har = serde_json::json!({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
        {"request": {"method": "GET", "url": "https://example.okta.com/app/example_webex_1/exk1a2b3c4d5e6f7g8h9/sso/saml?SAMLRequest=fZJNT8MwDIbv%2FIoo9&RelayState=abc"}},
        {"request": {"method": "POST", "url": "https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp",
            "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [
                {"name": "SAMLResponse", "value": b64.replace('+', "%2B").replace('=', "%3D").replace('/', "%2F")},
                {"name": "RelayState", "value": "abc"}]}}}
    ]}});
    files.push((
        "kits/okta/signin.har".into(),
        serde_json::to_vec(&har).unwrap(),
    ));
    let report = check::check(files, &options());
    let data = check::data(&report).unwrap();
    let from_har: Vec<_> = data
        .files
        .iter()
        .filter(|f| f.path.starts_with("kits/okta/signin.har#"))
        .collect();
    assert_eq!(
        from_har.len(),
        2,
        "{:#?}",
        data.files
            .iter()
            .map(|f| (&f.path, f.kind, &f.why))
            .collect::<Vec<_>>()
    );
    let post = from_har.iter().find(|f| f.path.ends_with("#2")).unwrap();
    assert_eq!(post.kind, Kind::SamlResponse, "{}", post.why);
    let r = post.report.as_ref().unwrap();
    assert!(
        r.fired("saml-response/signature-trusted"),
        "{:#?}",
        r.findings
    );
    assert_quiet(&report, "check/destination-not-sp-acs");
}

#[test]
fn firewall_rules_in_the_set_are_checked_against_the_p2p_range() {
    let fw = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/check/firewall")
            .join(name);
        (format!("net/{name}"), std::fs::read(path).unwrap())
    };
    let mut files = files_of("kits/okta");
    files.push(fw("iptables-save.rules"));
    files.push(fw("jabber-gpo.ps1"));
    let mut o = options();
    o.set_p2p("40000-41999").unwrap();
    let report = check::check(files.clone(), &o);
    let data = check::data(&report).unwrap();
    assert!(data
        .files
        .iter()
        .filter(|f| f.path.starts_with("net/"))
        .all(|f| f.kind == Kind::Firewall));
    // The saved iptables rules still open the default range; the GPO script the new one.
    let iptables = file_report(&report, "iptables-save.rules");
    assert_fires(&iptables, "firewall/p2p-range-not-opened");
    assert_quiet(
        &file_report(&report, "jabber-gpo.ps1"),
        "firewall/p2p-range-not-opened",
    );
    assert_eq!(data.areas["network"].verdict, Verdict::Fail);
    assert_eq!(data.options.p2p.as_deref(), Some("40000-41999"));
    // With the default range both files agree with the settings.
    let data = check::data(&check::check(files, &options())).unwrap();
    let ipt = data
        .files
        .iter()
        .find(|f| f.path.ends_with("iptables-save.rules"))
        .unwrap();
    assert_quiet(
        ipt.report.as_ref().unwrap(),
        "firewall/p2p-range-not-opened",
    );
    // A range that is not one is an option error, not a finding.
    assert!(options().set_p2p("40000").is_err());
    assert!(options().set_p2p("1000-900").is_err());
}
