//! The certificate tool's rules on fixtures made by
//! `tests/fixtures/x509/make.sh` (openssl), always at a fixed "now".

use chrono::{DateTime, Utc};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::x509::{self, CertData, CertificateInfo, LintContext};
use preflight::{Location, Report, Severity};
use sha2::{Digest, Sha256};

const NOW: &str = "2026-06-01T00:00:00Z";

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(NOW)
        .unwrap()
        .with_timezone(&Utc)
}

fn ctx() -> LintContext {
    LintContext::new(now())
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/x509/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn check(input: &[u8], label: Option<&str>, ctx: &LintContext) -> Report<CertData> {
    x509::check_typed(input, label, ctx)
}

fn run_with(name: &str, ctx: &LintContext) -> Report<CertData> {
    check(&fixture(name), Some(name), ctx)
}

fn run(name: &str) -> Report<CertData> {
    run_with(name, &ctx())
}

fn certs(r: &Report<CertData>) -> &Vec<CertificateInfo> {
    &r.data.certificates
}

// ---------------------------------------------------------------- input formats

#[test]
fn every_encoding_of_one_certificate_gives_the_same_certificate() {
    let der = fixture("rsa2048.der");
    let expected = Sha256::digest(&der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":");
    for (file, format) in [
        ("rsa2048.pem", "pem"),
        ("rsa2048.der", "der"),
        ("rsa2048.b64", "base64"),
        ("rsa2048-crlf.pem", "pem"),
        ("rsa2048-with-text.pem", "pem"),
        ("rsa2048-trusted.pem", "pem"),
    ] {
        let r = run(file);
        assert_quiet(&r, "x509/unreadable");
        assert_eq!(r.data.format.as_deref(), Some(format), "{file}");
        let c = certs(&r);
        assert_eq!(c.len(), 1, "{file}");
        assert_eq!(c[0].sha256_fingerprint, expected.as_str(), "{file}");
        assert_eq!(c[0].format.as_deref(), Some(format), "{file}");
        assert!(r.findings.is_empty(), "{file}: {:?}", r.findings);
    }
}

#[test]
fn pem_with_leading_text_points_at_the_begin_line() {
    let r = run("rsa2048.pem");
    assert!(r.findings.is_empty());
    // Findings on the text-prefixed file point past `openssl x509 -text` output.
    let mut c = ctx();
    c.expiry_warning_days = 10_000;
    let r = run_with("rsa2048-with-text.pem", &c);
    assert_fires(&r, "x509/expiring-soon");
    let line = r.findings[0].location.line.unwrap();
    let text = String::from_utf8(fixture("rsa2048-with-text.pem")).unwrap();
    assert_eq!(
        text.lines().nth(line as usize - 1),
        Some("-----BEGIN CERTIFICATE-----")
    );
    assert!(line > 10);
    assert_eq!(
        r.findings[0].location.file.as_deref(),
        Some("rsa2048-with-text.pem")
    );
}

#[test]
fn pkcs7_bundles_in_der_and_pem_yield_the_chain() {
    for (file, format) in [("chain.p7b", "pkcs7-der"), ("chain-p7b.pem", "pkcs7-pem")] {
        let r = run(file);
        assert_eq!(r.data.format.as_deref(), Some(format));
        let c = certs(&r);
        assert_eq!(c.len(), 3, "{file}");
        assert_eq!(r.data.chain.links.len(), 2);
        assert_quiet(&r, "x509/chain-signature");
        assert_quiet(&r, "x509/unreadable");
    }
    // Findings name the certificate's position in the bundle.
    let mut c = ctx();
    c.expiry_warning_days = 10_000;
    let r = run_with("chain.p7b", &c);
    let fields: Vec<_> = r.findings.iter().map(|f| f.location.field).collect();
    assert_eq!(fields, vec![Some(1), Some(2), Some(3)]);
    assert!(r.findings[1].location.describe().contains("field 2"));
}

#[test]
fn bare_base64_with_line_breaks_is_read() {
    let b64 = String::from_utf8(fixture("rsa2048.b64")).unwrap();
    let wrapped: String = b64
        .as_bytes()
        .chunks(64)
        .map(|c| format!("  {}\r\n", std::str::from_utf8(c).unwrap()))
        .collect();
    let r = check(wrapped.as_bytes(), None, &ctx());
    assert_eq!(r.data.format.as_deref(), Some("base64"));
    assert_eq!(certs(&r).len(), 1);
}

#[test]
fn several_files_keep_their_names_and_formats() {
    let pem = fixture("rsa3072.pem");
    let der = fixture("rsa2048.der");
    let r = x509::check_files_typed(&[(Some("a.pem"), &pem), (Some("b.der"), &der)], &ctx());
    assert_eq!(r.data.format.as_deref(), Some("mixed"));
    let c = certs(&r);
    assert_eq!(c[0].file.as_deref(), Some("a.pem"));
    assert_eq!(c[1].file.as_deref(), Some("b.der"));
    assert_eq!(c[1].index, Some(1));
    assert_fires(&r, "x509/key-size");
    assert_eq!(r.findings[0].location.file.as_deref(), Some("a.pem"));
    assert_eq!(r.data.files.len(), 2);
}

// ---------------------------------------------------------------- details / JSON

#[test]
fn certificate_json_has_the_contract_fields() {
    let r = run("chain.pem");
    let all = serde_json::to_value(certs(&r)).unwrap();
    let leaf = &all[0];
    for key in [
        "subject",
        "issuer",
        "serial",
        "not_before",
        "not_after",
        "key_algorithm",
        "key_bits",
        "curve",
        "signature_algorithm",
        "sha1_fingerprint",
        "sha256_fingerprint",
        "self_signed",
    ] {
        assert!(
            x509::CONTRACT_FIELDS.contains(&key),
            "{key} not in CONTRACT_FIELDS"
        );
        assert!(leaf.get(key).is_some(), "missing {key}");
    }
    assert_eq!(
        leaf["subject"],
        "CN=idp.example.com, O=Preflight Test, C=US"
    );
    assert_eq!(
        leaf["issuer"],
        "CN=intermediate.example.com, O=Preflight Test, C=US"
    );
    assert_eq!(leaf["not_before"], "2026-01-01T00:00:00Z");
    assert_eq!(leaf["not_after"], "2027-01-01T00:00:00Z");
    assert_eq!(leaf["key_algorithm"], "RSA");
    assert_eq!(leaf["key_bits"], 2048);
    assert_eq!(leaf["rsa_exponent"], 65537);
    assert!(leaf["curve"].is_null());
    assert_eq!(leaf["signature_algorithm"], "sha256WithRSAEncryption");
    assert_eq!(leaf["self_signed"], false);
    assert_eq!(leaf["days_left"], 214);
    assert_eq!(leaf["validity_days"], 365);
    assert_eq!(leaf["key_usage"], serde_json::json!(["digitalSignature"]));
    assert_eq!(
        leaf["extended_key_usage"],
        serde_json::json!(["serverAuth", "clientAuth"])
    );
    assert_eq!(leaf["basic_constraints"]["ca"], false);
    assert_eq!(leaf["issuer_index"], 1);
    assert_eq!(leaf["signature_check"], "valid");
    let fp = regex::Regex::new(r"^([0-9A-F]{2}:){31}[0-9A-F]{2}$").unwrap();
    assert!(fp.is_match(leaf["sha256_fingerprint"].as_str().unwrap()));
    let fp1 = regex::Regex::new(r"^([0-9A-F]{2}:){19}[0-9A-F]{2}$").unwrap();
    assert!(fp1.is_match(leaf["sha1_fingerprint"].as_str().unwrap()));
    let kid = regex::Regex::new(r"^([0-9A-F]{2}:)+[0-9A-F]{2}$").unwrap();
    assert!(kid.is_match(leaf["ski"].as_str().unwrap()));
    assert_eq!(leaf["aki"], all[1]["ski"]);
    let root = &all[2];
    assert_eq!(root["self_signed"], true);
    assert_eq!(root["is_ca"], true);
}

#[test]
fn ec_key_details() {
    let r = run("ec-p256.pem");
    let c = &certs(&r)[0];
    assert_eq!(c.key_algorithm, "EC");
    assert_eq!(c.curve.as_deref(), Some("P-256"));
    assert_eq!(c.key_bits, Some(256));
    assert_eq!(c.signature_algorithm, "ecdsa-with-SHA256");
    assert_eq!(c.signature_check, "valid");
}

#[test]
fn key_sizes_are_read_exactly() {
    for (file, bits) in [
        ("rsa1024.pem", 1024),
        ("rsa2048.pem", 2048),
        ("rsa3072.pem", 3072),
        ("rsa4096.pem", 4096),
    ] {
        let r = run(file);
        assert_eq!(certs(&r)[0].key_bits, Some(bits), "{file}");
        assert_eq!(certs(&r)[0].signature_check, "valid", "{file}");
    }
}

#[test]
fn details_text_names_every_field() {
    let r = run("chain.pem");
    let infos = r.data.certificates.clone();
    let text = x509::details_text(&infos[0]);
    for label in [
        "Subject",
        "Issuer",
        "Serial",
        "Not after",
        "Public key",
        "SHA-256",
        "Self-signed",
        "Key usage",
    ] {
        assert!(text.contains(label), "{label} missing in\n{text}");
    }
    assert!(text.contains("214 days left"));
}

// ---------------------------------------------------------------- key rules

#[test]
fn rsa_key_size_must_be_1024_2048_or_4096() {
    let r = run("rsa3072.pem");
    assert_fires(&r, "x509/key-size");
    assert!(r.has_errors());
    assert!(r.findings[0].message.contains("3072"));
    assert_quiet(&run("rsa2048.pem"), "x509/key-size");
    assert_quiet(&run("rsa4096.pem"), "x509/key-size");
    assert_quiet(&run("rsa1024.pem"), "x509/key-size");
}

#[test]
fn rsa_1024_is_accepted_but_weak() {
    let r = run("rsa1024.pem");
    assert_fires(&r, "x509/weak-key");
    assert!(!r.has_errors());
    assert_quiet(&run("rsa2048.pem"), "x509/weak-key");
    assert_quiet(&run("rsa4096.pem"), "x509/weak-key");
}

#[test]
fn ec_keys_are_not_accepted_by_webex() {
    let r = run("ec-p256.pem");
    assert_fires(&r, "x509/non-rsa-key");
    assert!(r.has_errors());
    assert!(r.findings[0].message.contains("P-256"));
    assert_quiet(&run("rsa2048.pem"), "x509/non-rsa-key");
}

#[test]
fn the_guides_key_sizes_and_algorithms_are_accepted_and_others_refused_in_its_words() {
    // "Configure Organization Certificate Management", step 5: "Only
    // certificates with 1024, 2048 or 4096 encryption bits and RC4-MD5
    // algorithms are supported". Accepted: no error.
    for name in [
        "rsa1024.pem",
        "rsa2048.pem",
        "rsa4096.pem",
        "sha1.pem",
        "md5.pem",
        "dsa2048.pem",
    ] {
        let r = run(name);
        assert!(!r.has_errors(), "{name}: {:#?}", r.findings);
        // Any warning beyond the guide says it is best practice.
        for f in &r.findings {
            let rule = preflight::rules::find(&f.rule).unwrap();
            if f.rule == "x509/non-rsa-key" {
                assert!(f.message.contains("best practice"), "{}", f.message);
            } else {
                assert!(
                    rule.source.starts_with("Best practice"),
                    "{}: {}",
                    f.rule,
                    rule.source
                );
                assert!(f.message.contains("best practice"), "{}", f.message);
            }
        }
    }
    // Was: a DSA key of a listed size was an error.
    let dsa = run("dsa2048.pem");
    assert_fires(&dsa, "x509/non-rsa-key");
    assert_quiet(&dsa, "x509/key-size");
    // Refused: an error quoting the guide.
    for name in ["rsa3072.pem", "ec-p256.pem", "ec-p384.pem", "ed25519.pem"] {
        let r = run(name);
        assert!(r.has_errors(), "{name}");
        let e = r
            .findings
            .iter()
            .find(|f| f.severity == Severity::Error)
            .unwrap();
        assert!(
            e.message
                .contains("\"Only certificates with 1024, 2048 or 4096 encryption bits"),
            "{name}: {}",
            e.message
        );
    }
}

// ---------------------------------------------------------------- validity rules

#[test]
fn expired_certificate() {
    let r = run("expired.pem");
    assert_fires(&r, "x509/expired");
    assert_eq!(certs(&r)[0].days_left, -516);
    assert_quiet(&r, "x509/expiring-soon");
    assert_quiet(&run("rsa2048.pem"), "x509/expired");
}

#[test]
fn not_yet_valid_certificate() {
    assert_fires(&run("not-yet-valid.pem"), "x509/not-yet-valid");
    assert_quiet(&run("rsa2048.pem"), "x509/not-yet-valid");
    assert_quiet(&run("expired.pem"), "x509/not-yet-valid");
}

#[test]
fn expiring_soon_with_configurable_window() {
    let r = run("expiring-soon.pem");
    assert_fires(&r, "x509/expiring-soon");
    assert_eq!(r.findings[0].severity, Severity::Warning);
    assert!(r.findings[0].message.contains("14 days left"));
    let mut c = ctx();
    c.expiry_warning_days = 7;
    assert_quiet(&run_with("expiring-soon.pem", &c), "x509/expiring-soon");
    c.expiry_warning_days = 600;
    assert_fires(&run_with("rsa2048.pem", &c), "x509/expiring-soon");
    assert_quiet(&run("rsa2048.pem"), "x509/expiring-soon");
}

#[test]
fn the_same_certificate_is_judged_by_the_given_now() {
    let mut c = ctx();
    c.now = DateTime::parse_from_rfc3339("2024-06-01T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    assert_quiet(&run_with("expired.pem", &c), "x509/expired");
    assert_fires(&run_with("rsa2048.pem", &c), "x509/not-yet-valid");
}

#[test]
fn sp_validity_period_only_for_sp_certificates() {
    let mut sp = ctx();
    sp.sp = true;
    assert_fires(&run_with("sp-60-days.pem", &sp), "x509/sp-validity-period");
    let r = run_with("sp-20-years.pem", &sp);
    assert_fires(&r, "x509/sp-validity-period");
    assert!(r.findings.iter().any(|f| f.message.contains("7305 days")));
    assert_quiet(&run_with("sp-365-days.pem", &sp), "x509/sp-validity-period");
    // 3652 days (the root) is the upper bound itself.
    assert_quiet(&run_with("root.pem", &sp), "x509/sp-validity-period");
    assert_quiet(&run("sp-60-days.pem"), "x509/sp-validity-period");
}

// ---------------------------------------------------------------- signature rules

#[test]
fn md5_and_sha1_signatures_are_weak() {
    let r = run("sha1.pem");
    assert_fires(&r, "x509/weak-signature-algorithm");
    assert_eq!(certs(&r)[0].signature_check, "valid");
    let r = run("md5.pem");
    assert_fires(&r, "x509/weak-signature-algorithm");
    assert_eq!(certs(&r)[0].signature_algorithm, "md5WithRSAEncryption");
    assert_eq!(certs(&r)[0].signature_check, "valid");
    assert_quiet(&run("rsa2048.pem"), "x509/weak-signature-algorithm");
    assert_quiet(&run("ec-p256.pem"), "x509/weak-signature-algorithm");
}

#[test]
fn signing_certificate_needs_digital_signature() {
    let r = run("no-digital-signature.pem");
    assert_fires(&r, "x509/missing-digital-signature");
    assert!(r.findings[0].message.contains("keyEncipherment"));
    let mut enc = ctx();
    enc.signing = false;
    assert_quiet(
        &run_with("no-digital-signature.pem", &enc),
        "x509/missing-digital-signature",
    );
    // The leaf allows digitalSignature; CA certificates are not SAML signers.
    assert_quiet(&run("chain.pem"), "x509/missing-digital-signature");
}

/// The DER with one byte of the signature value flipped.
fn corrupt_signature(der: &[u8]) -> Vec<u8> {
    let mut bad = der.to_vec();
    let last = bad.len() - 1;
    bad[last] ^= 0x01;
    bad
}

#[test]
fn self_signed_signature_is_verified() {
    let bad = corrupt_signature(&fixture("rsa2048.der"));
    let r = check(&bad, Some("bad.der"), &ctx());
    assert_fires(&r, "x509/bad-self-signature");
    assert_eq!(certs(&r)[0].signature_check, "invalid");
    assert!(r.has_errors());
    assert_quiet(&run("rsa2048.der"), "x509/bad-self-signature");
    assert_quiet(&run("rsa4096.pem"), "x509/bad-self-signature");
}

#[test]
fn ecdsa_self_signature_corruption_is_caught() {
    let pem = fixture("ec-p256.pem");
    assert_quiet(&check(&pem, None, &ctx()), "x509/bad-self-signature");
    // The last byte belongs to the INTEGER s of the DER-encoded ECDSA signature.
    let der = x509::input::decode(&pem, None).certs.remove(0).der;
    let r = check(&corrupt_signature(&der), None, &ctx());
    assert_fires(&r, "x509/bad-self-signature");
    assert_eq!(certs(&r)[0].signature_check, "invalid");
}

#[test]
fn rsassa_pss_signatures_are_verified_and_named_with_their_hash() {
    let r = run("pss-sha256.pem");
    let c = &certs(&r)[0];
    assert_eq!(c.signature_algorithm, "rsassaPss with sha256");
    assert_eq!(c.signature_check, "valid");
    assert_quiet(&r, "x509/bad-self-signature");
    assert_quiet(&r, "x509/weak-signature-algorithm");

    let der = x509::input::decode(&fixture("pss-sha256.pem"), None)
        .certs
        .remove(0)
        .der;
    let r = check(&corrupt_signature(&der), None, &ctx());
    assert_fires(&r, "x509/bad-self-signature");
    assert_eq!(certs(&r)[0].signature_check, "invalid");

    // The default PSS parameters mean SHA-1 (RFC 4055): weak.
    let r = run("pss-sha1.pem");
    assert_eq!(certs(&r)[0].signature_algorithm, "rsassaPss with sha1");
    assert_eq!(certs(&r)[0].signature_check, "valid");
    assert_fires(&r, "x509/weak-signature-algorithm");

    // MGF1 with another hash than the message's: reported, not guessed.
    let r = run("pss-mgf1-sha1.pem");
    assert_eq!(certs(&r)[0].signature_check, "unsupported");
    assert_quiet(&r, "x509/bad-self-signature");
}

// ---------------------------------------------------------------- chain rules

#[test]
fn chain_in_order_is_clean() {
    let r = run("chain.pem");
    assert_quiet(&r, "x509/chain-order");
    assert_quiet(&r, "x509/chain-signature");
    assert_quiet(&r, "x509/chain-issuer-mismatch");
    assert!(r.findings.is_empty(), "{:?}", r.findings);
    assert!(r.data.chain.in_order);
    assert_eq!(r.data.chain.chains, vec![vec![0, 1, 2]]);
}

#[test]
fn reversed_chain_is_out_of_order() {
    let r = run("chain-reversed.pem");
    assert_fires(&r, "x509/chain-order");
    assert!(!r.data.chain.in_order);
    assert_eq!(r.data.chain.chains, vec![vec![2, 1, 0]]);
    assert!(r.findings[0].message.contains("#3 → #2 → #1"));
    assert_quiet(&r, "x509/chain-signature");
}

#[test]
fn impostor_intermediate_fails_the_link_signature() {
    let r = run("chain-impostor.pem");
    assert_fires(&r, "x509/chain-signature");
    assert_eq!(certs(&r)[0].signature_check, "invalid");
    // The impostor itself was properly signed by the root.
    assert_eq!(certs(&r)[1].signature_check, "valid");
    // A leaf whose link does not verify cannot be the active certificate.
    assert!(r.data.rollover.could_be_active.is_empty());
    let ok = run("chain.pem");
    assert_eq!(ok.data.rollover.could_be_active, vec![0]);
    assert_quiet(&ok, "x509/chain-signature");
}

#[test]
fn missing_intermediate_is_an_issuer_mismatch() {
    let r = run("chain-missing-intermediate.pem");
    assert_fires(&r, "x509/chain-issuer-mismatch");
    assert!(r.findings[0].message.contains("intermediate.example.com"));
    assert_quiet(&run("chain.pem"), "x509/chain-issuer-mismatch");
    // A leaf alone (root omitted, as usual) is not a broken chain.
    let chain = String::from_utf8(fixture("chain.pem")).unwrap();
    let leaf_only: String = chain
        .split_inclusive("-----END CERTIFICATE-----\n")
        .next()
        .unwrap()
        .to_string();
    let r = check(leaf_only.as_bytes(), None, &ctx());
    assert_quiet(&r, "x509/chain-issuer-mismatch");
    assert_eq!(certs(&r)[0].signature_check, "not-checked");
}

#[test]
fn chain_split_across_files_links_up() {
    let chain = fixture("chain.pem");
    let text = String::from_utf8(chain).unwrap();
    let parts: Vec<&str> = text
        .split_inclusive("-----END CERTIFICATE-----\n")
        .collect();
    let r = x509::check_files_typed(
        &[
            (Some("root.pem"), parts[2].as_bytes()),
            (Some("leaf.pem"), parts[0].as_bytes()),
            (Some("int.pem"), parts[1].as_bytes()),
        ],
        &ctx(),
    );
    assert_quiet(&r, "x509/chain-order");
    assert_quiet(&r, "x509/chain-signature");
    assert_eq!(r.data.chain.links.len(), 2);
}

// ---------------------------------------------------------------- organisation set

#[test]
fn more_than_three_organisation_certificates() {
    let r = run("org-set-4.pem");
    assert_fires(&r, "x509/org-set-too-many");
    assert!(r.data.rollover.too_many);
    assert!(!run("org-set-3.pem").data.rollover.too_many);
    assert_quiet(&run("org-set-3.pem"), "x509/org-set-too-many");
    // A chain of three is one candidate (the leaf), not three.
    assert_quiet(&run("chain.pem"), "x509/org-set-too-many");
    // The same certificate four times is still one.
    let one = fixture("rsa2048.pem");
    let four = [one.clone(), one.clone(), one.clone(), one].concat();
    assert_quiet(&check(&four, None, &ctx()), "x509/org-set-too-many");
}

#[test]
fn rollover_timeline() {
    let r = run("org-set-3.pem");
    let ro = &r.data.rollover;
    let order: Vec<usize> = ro.certificates.iter().map(|c| c.index).collect();
    assert_eq!(order, vec![0, 1, 2]);
    assert_eq!(ro.expires_first, Some(0));
    assert_eq!(ro.could_be_active, vec![0, 1]);
    assert_eq!(ro.certificates[2].status, "not-yet-valid");
    // org-a and org-b overlap 2026-03-01 .. 2026-08-01; org-b and org-c 2026-12-01 .. 2027-03-01.
    let ov = &ro.overlaps;
    assert_eq!(ov.len(), 2);
    assert_eq!(ov[0].start, "2026-03-01T00:00:00Z");
    assert_eq!(ov[0].end, "2026-08-01T00:00:00Z");
    assert_eq!(ov[0].days, 153);
    assert_eq!(ov[1].start, "2026-12-01T00:00:00Z");
    assert!(ro.gaps.is_empty());
    let pic = ro.picture.as_str();
    assert!(pic.contains("org-a.example.com"), "{pic}");
    assert!(pic.contains("^ now 2026-06-01"), "{pic}");
}

/// Fuzzing regression: a certificate whose notBefore (2028) is after its
/// notAfter (2026) drew its timeline bar outside the picture and panicked.
/// It is reported as never valid instead.
#[test]
fn rollover_picture_survives_inverted_validity() {
    const INVERTED: &[u8] = b"\
-----BEGIN CERTIFICATE-----
MIIBtTCCAVqgAwIBAgICEAQwCgYIKoZIzj0EAwIwRDEcMBoGA1UEAwwTZWMtcDI1
Ni5leGFtcGxlLmNvbTEXMBUGA1UECgwOUHJlZmxpZ2h0IFRlc3QxCzAJBgNVBAYT
AlVTMB4XDTI4MDEwMTAwMDAwMFoXDTI2MDEwMTAwMDAwMFowRDEcMBoGA1UEAwwT
ZWMtcDI1Ni5leGFtcGxlLmNvbTEXMBUGA1UECgwOUHJlZmxpZ2h0IFRlc3QxCzAJ
BgNVBAYTAlVTMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEY4Gtq9c7M0K7ReSi
0ECKutiC883XVAj7AYONWf9MsYnt+IKwoWkZbw81vDsEnEbhr4OO37CYRdNn2Wtf
kzQI06M8MDowCQYDVR0TBAIwADAOBgNVHQ8BAf8EBAMCBaAwHQYDVR0OBBYEFIHi
+WShdmvc3v4g3EQ1FS53mK7aMAoGCCqGSM49BAMCA0kAMEYCIQCTj5iDMkYbXsUY
C7SbU0R15mV5KClsgJsOtkBIBbycfwIhAJyyCkK4MRr9jq5JK9Ub/aE9SuepW/FR
ZKS0UfbNNckP
-----END CERTIFICATE-----
";
    let r = check(INVERTED, None, &ctx());
    assert_fires(&r, "x509/expired");
    let pic = r.data.rollover.picture.as_str();
    assert!(
        pic.contains("never valid: notBefore is after notAfter"),
        "{pic}"
    );
    assert!(pic.contains("]x"), "{pic}");
    assert!(pic.contains("^ now 2026-06-01"), "{pic}");
    for line in pic.lines() {
        assert!(line.chars().count() < 200, "{pic}");
    }
}

#[test]
fn rollover_reports_gaps() {
    let a = fixture("expired.pem");
    let b = fixture("rsa2048.pem");
    let r = x509::check_files_typed(&[(Some("a"), &a), (Some("b"), &b)], &ctx());
    let gaps = &r.data.rollover.gaps;
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].start, "2025-01-01T00:00:00Z");
    assert_eq!(gaps[0].end, "2026-01-01T00:00:00Z");
}

#[test]
fn expiry_calendar_is_rfc5545() {
    let r = run("org-set-3.pem");
    let ics = x509::expiry_calendar(&r.data.certificates.clone(), now());
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 6);
    assert_eq!(ics.matches("TRIGGER:-P30D").count(), 3);
    assert_eq!(ics.matches("TRIGGER:-P7D").count(), 3);
    assert!(ics.contains("DTSTART;VALUE=DATE:20260801\r\n"));
    assert!(ics.contains("DTEND;VALUE=DATE:20260802\r\n"));
    assert!(ics.contains("DTSTAMP:20260601T000000Z\r\n"));
    // Every line ends with CRLF, none is longer than 75 octets.
    assert!(!ics.replace("\r\n", "").contains('\n'));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    // Commas in the subject are escaped, and unfolding restores the text.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("CN=org-a.example.com\\, O=Preflight Test\\, C=US"));
    // Duplicates give one event.
    let twice = [r.data.certificates.clone(), r.data.certificates.clone()].concat();
    assert_eq!(
        x509::expiry_calendar(&twice, now())
            .matches("BEGIN:VEVENT")
            .count(),
        3
    );
}

// ---------------------------------------------------------------- private keys

#[test]
fn private_keys_are_refused_and_never_echoed() {
    let input = fixture("cert-and-key.pem");
    let r = check(&input, Some("cert-and-key.pem"), &ctx());
    assert_fires(&r, "x509/private-key");
    assert_eq!(certs(&r).len(), 1);
    assert_eq!(r.data.private_keys, 1);
    let json = serde_json::to_string(&r).unwrap();
    let key = String::from_utf8(fixture("throwaway-key.pem")).unwrap();
    for body_line in key.lines().filter(|l| !l.starts_with("-----")) {
        assert!(!json.contains(body_line), "key material echoed");
    }
    assert_quiet(&run("rsa2048.pem"), "x509/private-key");
}

#[test]
fn a_key_alone_is_a_warning_and_no_certificate() {
    let r = run("throwaway-key.pem");
    assert_fires(&r, "x509/private-key");
    assert_fires(&r, "x509/unreadable");
    // The same key as DER (PKCS#8) is recognised too.
    let pem = String::from_utf8(fixture("throwaway-key.pem")).unwrap();
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let der = x509::input::decode_base64(body.as_bytes()).unwrap();
    let r = check(&der, None, &ctx());
    assert_fires(&r, "x509/private-key");
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains(&body[..40]));
}

#[test]
fn a_pfx_bundle_is_refused_as_holding_a_private_key() {
    let r = run("throwaway.pfx");
    assert_fires(&r, "x509/private-key");
    assert_eq!(r.data.private_keys, 1);
    assert!(r.findings.iter().any(|f| f.message.contains("PKCS#12")));
    assert_eq!(certs(&r).len(), 0);
    // Base64 of it (as mailed or pasted) too.
    let b64 = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        fixture("throwaway.pfx"),
    );
    let r = check(b64.as_bytes(), None, &ctx());
    assert_fires(&r, "x509/private-key");
    // An SSH key is named as such.
    let r = check(
        b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIICSym/6QA3WqkR9Ccp/Akc9BNmilgXhBT7wVzG9+Pzw admin@idp\n",
        None,
        &ctx(),
    );
    assert_fires(&r, "x509/unreadable");
    assert!(
        r.findings[0].message.contains("SSH public key"),
        "{}",
        r.findings[0].message
    );
    // A PKCS#7 bundle (also a SEQUENCE with a ContentInfo) is not mistaken for one.
    assert_quiet(&run("chain.p7b"), "x509/private-key");
}

// ---------------------------------------------------------------- bad input

#[test]
fn unreadable_inputs_are_error_findings() {
    let pem = fixture("rsa2048.pem");
    let der = fixture("rsa2048.der");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("whitespace", b"  \r\n\t ".to_vec()),
        ("text", b"hello, this is not a certificate".to_vec()),
        ("truncated der", der[..der.len() / 2].to_vec()),
        ("truncated pem", pem[..pem.len() / 2].to_vec()),
        ("bad base64", b"QUJD$$$$".to_vec()),
        ("base64 of text", b"aGVsbG8gd29ybGQ=".to_vec()),
        (
            "csr",
            b"-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"
                .to_vec(),
        ),
        (
            "broken body",
            b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n".to_vec(),
        ),
        (
            "sequence but not a cert",
            vec![0x30, 0x03, 0x02, 0x01, 0x05],
        ),
        ("binary", vec![0xff, 0x00, 0x13, 0x37, 0x80, 0x81]),
        (
            "metadata",
            b"<md:EntityDescriptor><ds:X509Certificate>MIIB</ds:X509Certificate></md:EntityDescriptor>".to_vec(),
        ),
    ];
    for (what, bytes) in cases {
        let r = check(&bytes, Some(what), &ctx());
        assert_fires(&r, "x509/unreadable");
        assert!(r.has_errors(), "{what}");
        assert!(
            r.findings.iter().all(|f| f.message.len() < 400),
            "{what}: long message"
        );
    }
    assert_quiet(&run("rsa2048.der"), "x509/unreadable");
}

#[test]
fn truncated_der_at_every_length_never_panics() {
    let der = fixture("rsa2048.der");
    for n in 0..der.len() {
        let r = check(&der[..n], None, &ctx());
        assert_fires(&r, "x509/unreadable");
    }
}

#[test]
fn bit_flips_never_panic() {
    // Every byte of the PKCS#7 framing and the first certificate's header,
    // then every fifth byte of a small certificate (each check verifies a
    // signature, which is slow in debug builds).
    let p7 = fixture("chain.p7b");
    for i in 0..120 {
        let mut bad = p7.clone();
        bad[i] ^= 0x5a;
        let _ = check(&bad, None, &ctx());
    }
    let der = x509::input::decode(&fixture("rsa1024.pem"), None)
        .certs
        .remove(0)
        .der;
    for i in (0..der.len()).step_by(5) {
        let mut bad = der.clone();
        bad[i] ^= 0x5a;
        let _ = check(&bad, None, &ctx());
    }
}

#[test]
fn random_bytes_never_panic() {
    // A small deterministic generator (xorshift): no clock, no RNG crate.
    let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
    for len in [1usize, 2, 7, 64, 512, 4096, 65_536] {
        for _ in 0..20 {
            let mut v = Vec::with_capacity(len);
            for _ in 0..len {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                v.push(s as u8);
            }
            if len > 1 {
                v[0] = 0x30; // look like DER
            }
            let _ = check(&v, None, &ctx());
        }
    }
}

#[test]
fn twenty_megabytes_of_garbage_is_one_finding() {
    let big = vec![b'A'; 20 * 1024 * 1024];
    let r = check(&big, None, &ctx());
    assert_fires(&r, "x509/unreadable");
    assert_eq!(r.findings.len(), 1);
    // Smaller variants of the other shapes keep the debug-build test quick.
    let big = vec![0x30u8; 2 * 1024 * 1024];
    let r = check(&big, None, &ctx());
    assert_fires(&r, "x509/unreadable");
    assert_eq!(
        r.findings.len(),
        1,
        "{:?}",
        &r.findings[..2.min(r.findings.len())]
    );
    let mut text = b"-----BEGIN CERTIFICATE-----\n".to_vec();
    text.extend(std::iter::repeat_n(b'x', 2 * 1024 * 1024));
    let r = check(&text, None, &ctx());
    assert_fires(&r, "x509/unreadable");
    assert!(r.findings.iter().all(|f| f.message.len() < 400));
}

#[test]
fn oversized_input_is_refused_not_truncated() {
    let big = vec![b' '; x509::input::MAX_INPUT_BYTES + 1];
    let r = check(&big, None, &ctx());
    assert_fires(&r, "x509/unreadable");
    assert!(r.findings[0].message.contains("MiB"));
}

// ---------------------------------------------------------------- shared API

#[test]
fn inspect_base64_for_saml_metadata() {
    let b64 = String::from_utf8(fixture("rsa1024.pem")).unwrap();
    let body: String = b64
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect::<Vec<_>>()
        .join("\n      ");
    let loc = Location::xml_path("/EntityDescriptor/IDPSSODescriptor/KeyDescriptor[1]");
    let (info, findings) = x509::inspect_base64(&body, &ctx(), loc.clone()).unwrap();
    assert_eq!(info.key_bits, Some(1024));
    assert_eq!(info.signature_check, "valid");
    assert_eq!(info.format.as_deref(), Some("base64"));
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, "x509/weak-key");
    assert_eq!(findings[0].location, loc);

    let err = x509::inspect_base64("not base64 !!", &ctx(), loc.clone()).unwrap_err();
    assert_eq!(err.rule, "x509/unreadable");
    let err = x509::inspect_der(&[0x30, 0x00], &ctx(), loc.clone()).unwrap_err();
    assert_eq!(err.rule, "x509/unreadable");
    assert_eq!(err.location, loc);
}

#[test]
fn inspect_der_matches_check() {
    let der = fixture("ec-p256.pem");
    let r = check(&der, None, &ctx());
    let blob = x509::input::decode(&der, None).certs.remove(0);
    let (info, findings) = x509::inspect_der(&blob.der, &ctx(), Location::none()).unwrap();
    assert_eq!(info.sha256_fingerprint, certs(&r)[0].sha256_fingerprint);
    assert_eq!(findings.len(), r.findings.len());
}

#[test]
fn other_key_types() {
    let r = run("ec-p384.pem");
    assert_fires(&r, "x509/non-rsa-key");
    let c = &certs(&r)[0];
    assert_eq!(c.curve.as_deref(), Some("P-384"));
    assert_eq!(c.key_bits, Some(384));
    assert_eq!(c.signature_algorithm, "ecdsa-with-SHA384");
    assert_eq!(c.signature_check, "valid");

    let r = run("ed25519.pem");
    assert_fires(&r, "x509/non-rsa-key");
    let c = &certs(&r)[0];
    assert_eq!(c.key_algorithm, "Ed25519");
    assert_eq!(c.signature_algorithm, "Ed25519");
    // Not implemented: said so, never guessed, and no bad-signature finding.
    assert_eq!(c.signature_check, "unsupported");
    assert_quiet(&r, "x509/bad-self-signature");
}

#[test]
fn concatenated_der_certificates_are_all_read() {
    let a = fixture("rsa2048.der");
    let der_b = x509::input::decode(&fixture("rsa4096.pem"), None)
        .certs
        .remove(0)
        .der;
    let (len_a, len_b) = (a.len(), der_b.len());
    let both = [a, der_b].concat();
    let r = check(&both, None, &ctx());
    assert_eq!(certs(&r).len(), 2);
    assert_quiet(&r, "x509/unreadable");
    // Each finding carries the exact byte span of its certificate.
    let mut c = ctx();
    c.expiry_warning_days = 10_000;
    let r = check(&both, None, &c);
    let spans: Vec<_> = r.findings.iter().map(|f| f.location.span).collect();
    assert_eq!(spans, vec![Some((0, len_a)), Some((len_a, len_a + len_b))]);
    // Trailing junk after a certificate is reported, not ignored.
    let mut junk = fixture("rsa2048.der");
    junk.extend_from_slice(b"junk");
    let r = check(&junk, None, &ctx());
    assert_eq!(certs(&r).len(), 1);
    assert_fires(&r, "x509/unreadable");
}

#[test]
fn pem_block_without_end_is_reported() {
    let pem = String::from_utf8(fixture("rsa2048.pem")).unwrap();
    let cut = pem.replace("-----END CERTIFICATE-----", "");
    let r = check(cut.as_bytes(), None, &ctx());
    assert_fires(&r, "x509/unreadable");
    assert!(r.findings[0].message.contains("no matching"));
    assert_eq!(r.findings[0].location.line, Some(1));
}

#[test]
fn a_thousand_certificates_in_one_paste() {
    let one = fixture("rsa2048.pem");
    let many: Vec<u8> = one.repeat(1000);
    let r = check(&many, None, &ctx());
    assert_eq!(certs(&r).len(), 1000);
    assert_eq!(r.data.distinct_certificates, 1);
    assert!(r.findings.is_empty());
    // Locations point at each block's BEGIN line.
    assert_eq!(
        certs(&r)[999].index,
        Some(999),
        "index is the position in data.certificates"
    );
}

#[test]
fn unarmoured_private_keys_are_not_echoed() {
    let putty = b"PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: me\nPublic-Lines: 1\nAAAAB3NzaC1yc2E\nPrivate-Lines: 1\nSECRETSECRETSECRET\n";
    let r = check(putty, None, &ctx());
    assert_fires(&r, "x509/private-key");
    assert_fires(&r, "x509/unreadable");
    assert!(!serde_json::to_string(&r).unwrap().contains("SECRET"));
    let jwk = br#"{"kty":"RSA","n":"0vx7","e":"AQAB","d":"SECRETSECRET"}"#;
    let r = check(jwk, None, &ctx());
    assert_fires(&r, "x509/private-key");
    assert!(!serde_json::to_string(&r).unwrap().contains("SECRET"));
    assert_quiet(&check(b"just some text", None, &ctx()), "x509/private-key");
}

#[test]
fn signatures_verify_across_hashes_and_curves() {
    // Copied from shared/anchors/certs/pool: ECDSA P-256 with SHA-256/384/512,
    // P-384 with SHA-256/384, RSA with SHA-384/512.
    let r = run("mixed-algorithms.pem");
    let c = certs(&r);
    assert!(c.len() >= 6, "{}", c.len());
    for cert in c {
        assert_eq!(
            cert.signature_check,
            "valid",
            "{} {}",
            cert.signature_algorithm,
            cert.curve.as_deref().unwrap_or("")
        );
    }
    assert_quiet(&r, "x509/bad-self-signature");
    let san = &c[0].san;
    assert_eq!(san.len(), 2);
    assert!(san[0].starts_with("DNS:host"));
    assert!(san[1].starts_with("DNS:www.host"));
}

#[test]
fn ecdsa_issuer_link_is_verified() {
    let r = run("chain-ec-root.pem");
    let c = certs(&r);
    assert_eq!(c[0].key_algorithm, "RSA");
    assert_eq!(c[0].signature_algorithm, "ecdsa-with-SHA256");
    assert_eq!(c[0].issuer_index, Some(1));
    assert_eq!(c[0].signature_check, "valid");
    assert_quiet(&r, "x509/chain-signature");
    assert_quiet(&r, "x509/chain-order");
    // The EC root is a CA, not a candidate for the organisation set.
    assert_eq!(r.data.rollover.certificates.len(), 1);
}

#[test]
fn inspector_remembers_repeated_certificates() {
    let pem = String::from_utf8(fixture("rsa1024.pem")).unwrap();
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let mut insp = x509::Inspector::new();
    let c = ctx();
    let a = insp
        .inspect_base64(&body, &c, Location::xml_path("/a"))
        .unwrap();
    let b = insp
        .inspect_base64(&body, &c, Location::xml_path("/b"))
        .unwrap();
    assert_eq!(a.0, b.0);
    assert_eq!(a.1.len(), 1);
    assert_eq!(b.1[0].rule, "x509/weak-key");
    assert_eq!(b.1[0].location.path.as_deref(), Some("/b"));
    // Another context is inspected afresh.
    let mut sp = ctx();
    sp.sp = true;
    let (_, f) = insp
        .inspect_base64(&body, &sp, Location::xml_path("/c"))
        .unwrap();
    assert!(f.iter().any(|f| f.rule == "x509/weak-key"));
}

#[test]
fn no_well_defined_expiration() {
    // notBefore 1950 (earliest UTCTime), notAfter 99991231235959Z (RFC 5280 4.1.2.5).
    let r = run("no-expiry.pem");
    let c = &certs(&r)[0];
    assert_eq!(c.not_before, "1950-01-01T00:00:00Z");
    assert_eq!(c.not_after, "9999-12-31T23:59:59Z");
    assert_quiet(&r, "x509/expired");
    assert_quiet(&r, "x509/expiring-soon");
    let mut sp = ctx();
    sp.sp = true;
    assert_fires(&run_with("no-expiry.pem", &sp), "x509/sp-validity-period");
    let ics = x509::expiry_calendar(&r.data.certificates.clone(), now());
    assert!(ics.contains("DTSTART;VALUE=DATE:99991231\r\n"));
}

#[test]
fn many_repeated_chains_stay_fast_and_in_order() {
    // 2,000 copies of leaf + intermediate: one distinct link to verify.
    let chain = String::from_utf8(fixture("chain.pem")).unwrap();
    let pair: String = chain
        .split_inclusive("-----END CERTIFICATE-----\n")
        .take(2)
        .collect();
    let many = pair.repeat(2000);
    let r = check(many.as_bytes(), None, &ctx());
    assert_eq!(certs(&r).len(), 4000);
    assert_quiet(&r, "x509/chain-order");
    assert_quiet(&r, "x509/chain-signature");
    assert_eq!(certs(&r)[3998].issuer_index, Some(3999));
    assert_eq!(certs(&r)[3998].signature_check, "valid");
}

#[test]
fn byte_order_marks_and_utf16_text_are_read() {
    let pem = String::from_utf8(fixture("rsa2048.pem")).unwrap();
    let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
    utf8_bom.extend_from_slice(pem.as_bytes());
    let mut utf16le = vec![0xFF, 0xFE];
    for u in pem.encode_utf16() {
        utf16le.extend_from_slice(&u.to_le_bytes());
    }
    let mut utf16be = vec![0xFE, 0xFF];
    for u in pem.encode_utf16() {
        utf16be.extend_from_slice(&u.to_be_bytes());
    }
    let b64 = fixture("rsa2048.b64");
    let mut b64_bom = vec![0xEF, 0xBB, 0xBF];
    b64_bom.extend_from_slice(&b64);
    for (what, bytes) in [
        ("utf8 bom", utf8_bom),
        ("utf16le", utf16le),
        ("utf16be", utf16be),
        ("base64 with bom", b64_bom),
    ] {
        let r = check(&bytes, Some(what), &ctx());
        assert_quiet(&r, "x509/unreadable");
        assert_eq!(certs(&r).len(), 1, "{what}");
    }
    // A flood of byte order marks is not a recursion.
    let marks = [0xEF, 0xBB, 0xBF].repeat(1_000_000);
    assert_fires(&check(&marks, None, &ctx()), "x509/unreadable");
}

#[test]
fn pem_pasted_on_one_line_is_read() {
    let pem = String::from_utf8(fixture("rsa2048.pem")).unwrap();
    let one_line: String = pem.lines().collect::<Vec<_>>().join("");
    let spaced: String = pem.lines().collect::<Vec<_>>().join(" ");
    let indented = format!("cert: {spaced} (end)");
    for (what, text) in [
        ("one line", one_line),
        ("spaces", spaced),
        ("inline", indented),
    ] {
        let r = check(text.as_bytes(), Some(what), &ctx());
        assert_quiet(&r, "x509/unreadable");
        assert_eq!(certs(&r).len(), 1, "{what}");
    }
}

#[test]
fn a_repeated_certificate_is_reported_at_every_place_it_appears() {
    // Analysed once, but each copy keeps its own index, position and findings.
    let one = fixture("expired.pem");
    let mut three = one.clone();
    three.extend_from_slice(&fixture("rsa2048.pem"));
    three.extend_from_slice(&one);
    let r = check(&three, Some("bundle.pem"), &ctx());
    let expired: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "x509/expired")
        .collect();
    assert_eq!(expired.len(), 2, "{:?}", r.findings);
    assert_ne!(expired[0].location, expired[1].location);
    let c = certs(&r);
    assert_eq!(c.len(), 3);
    assert_eq!(c[0].sha256_fingerprint, c[2].sha256_fingerprint);
    assert_eq!(c[2].index, Some(2));
    assert_eq!(r.data.distinct_certificates, 2);
}
