//! XML-Signature verification (src/xmldsig) on documents signed by xmlsec1
//! (tests/fixtures/xmldsig/generate.py): every verdict is checked by hand
//! here and, where xmlsec1 and xmllint are installed, against them.

use std::path::PathBuf;
use std::process::Command;

use chrono::{DateTime, Utc};
use preflight::saml::response::{self, ResponseOptions};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::xmldsig::c14n::{self, Canon};
use preflight::xmldsig::{self, TrustStore};
use preflight::Report;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xmldsig")
}

fn fx(name: &str) -> String {
    std::fs::read_to_string(dir().join(name)).unwrap()
}

fn now() -> DateTime<Utc> {
    "2024-05-01T12:01:00Z".parse().unwrap()
}

fn trust(cert: &str) -> TrustStore {
    let mut t = TrustStore::default();
    let bytes = std::fs::read(dir().join("keys").join(cert)).unwrap();
    t.add(&bytes, cert).unwrap();
    t
}

fn check(name: &str, cert: Option<&str>) -> Report {
    let opts = ResponseOptions {
        trust: cert.map(trust).unwrap_or_default(),
        ..ResponseOptions::default()
    };
    response::check(&fx(name), &opts, now())
}

/// (fixture, the certificate of the key that signed it)
const SIGNED: &[(&str, &str)] = &[
    ("adfs-assertion-signed.xml", "idp-rsa.crt"),
    ("okta-both-signed.xml", "idp-rsa.crt"),
    ("entra-assertion-signed.xml", "idp-rsa.crt"),
    ("shibboleth-response-signed.xml", "idp-rsa.crt"),
    ("alg-rsa-sha1.xml", "idp-rsa.crt"),
    ("alg-rsa-sha384.xml", "idp-rsa.crt"),
    ("alg-rsa-sha512.xml", "idp-rsa.crt"),
    ("alg-rsa-sha256-sha224.xml", "idp-rsa.crt"),
    ("alg-ecdsa-p256-sha256.xml", "idp-p256.crt"),
    ("alg-ecdsa-p256-sha1.xml", "idp-p256.crt"),
    ("alg-ecdsa-p384-sha384.xml", "idp-p384.crt"),
    ("alg-ecdsa-p521-sha512.xml", "idp-p521.crt"),
    ("alg-dsa-sha256.xml", "idp-dsa.crt"),
    ("alg-dsa-sha1.xml", "idp-dsa1024.crt"),
    ("alg-c14n10.xml", "idp-rsa.crt"),
    ("alg-c14n11.xml", "idp-rsa.crt"),
    ("alg-exc-with-comments.xml", "idp-rsa.crt"),
    ("comment-injection.xml", "idp-rsa.crt"),
    ("neg-moved-signature.xml", "idp-rsa.crt"),
];

/// Fixtures whose signatures must not verify as trusted.
const BROKEN: &[&str] = &[
    "neg-tampered-nameid.xml",
    "neg-tampered-attribute.xml",
    "neg-tampered-conditions.xml",
    "neg-duplicate-id.xml",
    "neg-hmac.xml",
    "neg-xsw-response-in-object.xml",
];

#[test]
fn good_signatures_of_every_shape_and_algorithm_are_trusted() {
    for (name, cert) in SIGNED {
        let r = check(name, Some(cert));
        let sigs = r.data["signatures"].as_array().unwrap();
        assert!(!sigs.is_empty(), "{name}");
        for s in sigs {
            assert_eq!(s["digest_ok"], true, "{name}: {s}");
            assert_eq!(s["signature_ok"], true, "{name}: {s}");
            assert_eq!(s["trusted"], true, "{name}: {s}");
            assert_eq!(s["certificate_sha256"].as_str().unwrap().len(), 64);
            assert!(s["verdict"]
                .as_str()
                .unwrap()
                .starts_with("signed by the trusted certificate"));
        }
        assert_fires(&r, "saml-response/signature-trusted");
        assert_quiet(&r, "saml-response/signature-invalid");
        assert_quiet(&r, "saml-response/signature-untrusted");
        assert_quiet(&r, "saml-response/signature-unverifiable");
        assert_quiet(&r, "saml-response/signature-forbidden-algorithm");
    }
}

#[test]
fn json_reports_what_each_signature_covers() {
    let r = check("okta-both-signed.xml", Some("idp-rsa.crt"));
    let s = &r.data["signatures"][1];
    assert_eq!(s["covers"], "/samlp:Response/saml:Assertion");
    assert_eq!(s["covers_id"], "_a1b2c3d4e5f60718293a4b5c6d7e8f90");
    assert_eq!(s["reference_uri"], "#_a1b2c3d4e5f60718293a4b5c6d7e8f90");
    assert_eq!(s["canonicalization"], c14n::EXC_C14N);
    assert_eq!(
        s["digest_algorithm"],
        "http://www.w3.org/2001/04/xmlenc#sha256"
    );
    assert_eq!(
        s["signature_algorithm"],
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    );
    assert_eq!(
        s["certificate"]["subject"],
        "CN=idp.example.com, O=Example IdP"
    );
    assert_eq!(s["certificate"]["expired"], false);
    // Existing fields stay.
    assert_eq!(s["parent_path"], "/samlp:Response/saml:Assertion");
    assert_eq!(s["embedded_certificate_sha256"][0], s["certificate_sha256"]);
    assert_eq!(r.data["signatures"][0]["covers"], "/samlp:Response");
}

#[test]
fn tampering_is_a_digest_mismatch_with_both_digests() {
    for name in [
        "neg-tampered-nameid.xml",
        "neg-tampered-attribute.xml",
        "neg-tampered-conditions.xml",
    ] {
        let r = check(name, Some("idp-rsa.crt"));
        assert_fires(&r, "saml-response/signature-invalid");
        let s = &r.data["signatures"][0];
        assert_eq!(s["digest_ok"], false);
        assert_eq!(s["signature_ok"], true, "SignedInfo itself is intact");
        assert_ne!(s["digest_expected"], s["digest_computed"]);
        assert_eq!(
            s["verdict"],
            "the saml:Assertion was changed after signing: digest mismatch"
        );
    }
}

#[test]
fn a_key_other_than_the_trusted_one_is_an_error_and_without_trust_a_warning() {
    let r = check("adfs-assertion-signed.xml", Some("other-rsa.crt"));
    assert_fires(&r, "saml-response/signature-untrusted");
    assert_quiet(&r, "saml-response/signature-no-trust-source");
    assert_eq!(r.data["signatures"][0]["trusted"], false);
    assert_eq!(r.data["signatures"][0]["signature_ok"], true);
    assert!(r.summary.errors > 0);
    let r = check("adfs-assertion-signed.xml", None);
    assert_fires(&r, "saml-response/signature-no-trust-source");
    assert_quiet(&r, "saml-response/signature-untrusted");
    assert_quiet(&r, "saml-response/signature-trusted");
    let r = check("adfs-assertion-signed.xml", Some("idp-rsa.crt"));
    assert_quiet(&r, "saml-response/signature-no-trust-source");
}

#[test]
fn idp_metadata_is_a_trust_source() {
    let md = std::fs::read_to_string(dir().join("metadata-aggregate-signed.xml")).unwrap();
    let opts = ResponseOptions {
        idp_metadata: Some(md),
        ..ResponseOptions::default()
    };
    let r = response::check(&fx("adfs-assertion-signed.xml"), &opts, now());
    assert_fires(&r, "saml-response/signature-trusted");
    assert_eq!(
        r.data["signatures"][0]["certificate"]["source"],
        "idp-metadata"
    );
}

#[test]
fn an_expired_trusted_certificate_is_named() {
    let opts = ResponseOptions {
        trust: trust("idp-rsa.crt"),
        ..ResponseOptions::default()
    };
    let later: DateTime<Utc> = "2040-01-01T00:00:00Z".parse().unwrap();
    let r = response::check(&fx("adfs-assertion-signed.xml"), &opts, later);
    assert_fires(&r, "saml-response/signature-cert-expired");
    assert!(r.data["signatures"][0]["verdict"]
        .as_str()
        .unwrap()
        .contains("expired on"));
    let fresh = check("adfs-assertion-signed.xml", Some("idp-rsa.crt"));
    assert_quiet(&fresh, "saml-response/signature-cert-expired");
}

#[test]
fn hmac_and_md5_are_refused() {
    let r = check("neg-hmac.xml", Some("idp-rsa.crt"));
    assert_fires(&r, "saml-response/signature-forbidden-algorithm");
    let md5 = fx("adfs-assertion-signed.xml").replace(
        "http://www.w3.org/2001/04/xmlenc#sha256",
        "http://www.w3.org/2001/04/xmldsig-more#md5",
    );
    let opts = ResponseOptions {
        trust: trust("idp-rsa.crt"),
        ..ResponseOptions::default()
    };
    let m = response::check(&md5, &opts, now());
    assert_fires(&m, "saml-response/signature-forbidden-algorithm");
}

#[test]
fn signature_wrapping_is_caught() {
    // The signed assertion hidden in Extensions, an evil one shown.
    let r = check("neg-xsw-wrapped.xml", Some("idp-rsa.crt"));
    assert_fires(&r, "saml-response/signature-wrong-element");
    assert_eq!(r.data["name_id"]["value"], "admin@example.com");
    assert_eq!(
        r.data["signatures"][0]["covers"],
        "/samlp:Response/samlp:Extensions/saml:Assertion"
    );
    // Two assertions with the signed ID.
    let r = check("neg-duplicate-id.xml", Some("idp-rsa.crt"));
    assert_fires(&r, "saml-response/signature-duplicate-id");
    assert_quiet(&r, "saml-response/signature-trusted");
    // The original response inside the signature's ds:Object.
    let r = check("neg-xsw-response-in-object.xml", Some("idp-rsa.crt"));
    assert_fires(&r, "saml-response/signature-wrong-element");
    assert_quiet(&r, "saml-response/signature-trusted");
    // A moved signature still covering the shown assertion is fine.
    let r = check("neg-moved-signature.xml", Some("idp-rsa.crt"));
    assert_quiet(&r, "saml-response/signature-wrong-element");
    assert_quiet(&r, "saml-response/signature-duplicate-id");
}

#[test]
fn comments_in_the_nameid_do_not_break_the_signature_nor_hide_text() {
    let r = check("comment-injection.xml", Some("idp-rsa.crt"));
    assert_fires(&r, "saml-response/signature-trusted");
    assert_eq!(r.data["name_id"]["value"], "jdoe@example.com.evil.net");
}

#[test]
fn unknown_transforms_and_hostile_signatures_end_in_findings() {
    let xpath = fx("adfs-assertion-signed.xml").replace(
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
        "http://www.w3.org/TR/1999/REC-xpath-19991116",
    );
    let opts = ResponseOptions {
        trust: trust("idp-rsa.crt"),
        ..ResponseOptions::default()
    };
    let m = response::check(&xpath, &opts, now());
    assert_fires(&m, "saml-response/signature-unverifiable");
    // 10,000 References.
    let doc = fx("adfs-assertion-signed.xml");
    let start = doc.find("<ds:Reference ").unwrap();
    let end = doc.find("</ds:Reference>").unwrap() + "</ds:Reference>".len();
    let many = doc[start..end].repeat(10_000);
    let hostile = format!("{}{}{}", &doc[..start], many, &doc[end..]);
    let r = response::check(&hostile, &opts, now());
    assert_fires(&r, "saml-response/signature-unverifiable");
    // A Reference to the signature itself.
    let selfref = doc
        .replacen("<ds:Signature ", "<ds:Signature ID=\"_sig\" ", 1)
        .replace(
            "URI=\"#_a1b2c3d4e5f60718293a4b5c6d7e8f90\"",
            "URI=\"#_sig\"",
        );
    let r = response::check(&selfref, &opts, now());
    assert_quiet(&r, "saml-response/signature-trusted");
    assert!(r.summary.errors > 0);
    // Deep nesting inside the signed assertion.
    let deep = doc
        .replace(
            "<saml:Subject>",
            &format!("{}<saml:Subject>", "<x>".repeat(300)),
        )
        .replace(
            "</saml:Subject>",
            &format!("</saml:Subject>{}", "</x>".repeat(300)),
        );
    let r = response::check(&deep, &opts, now());
    assert!(r.summary.errors > 0);
}

/// `/samlp:Response/saml:Assertion/ds:Signature` as a local-name XPath.
fn xpath(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|step| {
            let (name, idx) = match step.split_once('[') {
                Some((n, i)) => (n, format!("[{}", i)),
                None => (step, String::new()),
            };
            let local = name.rsplit(':').next().unwrap();
            format!("/*[local-name()='{local}']{idx}")
        })
        .collect()
}

fn have(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok()
}

fn xmlsec1_verifies(file: &str, cert: &str, sig_path: &str) -> bool {
    let d = dir();
    Command::new("xmlsec1")
        .arg("--verify")
        .args([
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:assertion:Assertion",
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:protocol:Response",
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:metadata:EntitiesDescriptor",
            "--enabled-key-data",
            "key-name",
            "--pubkey-cert-pem",
        ])
        .arg(d.join("keys").join(cert))
        .arg("--node-xpath")
        .arg(xpath(sig_path))
        .arg(d.join(file))
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

#[test]
fn every_verdict_agrees_with_xmlsec1() {
    if !have("xmlsec1") {
        eprintln!("xmlsec1 not installed: skipped");
        return;
    }
    let mut cases: Vec<(&str, &str)> = SIGNED.to_vec();
    cases.extend(BROKEN.iter().map(|b| (*b, "idp-rsa.crt")));
    cases.extend([
        ("adfs-assertion-signed.xml", "other-rsa.crt"),
        ("neg-xsw-wrapped.xml", "idp-rsa.crt"),
        ("metadata-aggregate-signed.xml", "idp-rsa.crt"),
        ("neg-metadata-tampered.xml", "idp-rsa.crt"),
    ]);
    let mut compared = 0;
    for (file, cert) in cases {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        let v = xmldsig::verify(&bytes, &trust(cert), now()).unwrap();
        for s in &v.signatures {
            let ours = s.valid() && s.trusted;
            let theirs = xmlsec1_verifies(file, cert, &s.path);
            assert_eq!(ours, theirs, "{file} {} with {cert}: ours {s:?}", s.path);
            compared += 1;
        }
    }
    assert!(compared >= 28, "{compared}");
}

fn xmllint(flag: &str, file: &std::path::Path) -> Vec<u8> {
    let out = Command::new("xmllint")
        .arg(flag)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn canonical_forms_agree_with_xmllint() {
    if !have("xmllint") {
        eprintln!("xmllint not installed: skipped");
        return;
    }
    let extra = dir().join("../../../target/xmldsig-c14n-cases");
    std::fs::create_dir_all(&extra).unwrap();
    let synthetic = [
        "<?xml version=\"1.0\"?>\n<?pi  data  ?>\n<!-- c1 -->\n<a xmlns=\"http://u\" xmlns:p=\"http://v\" b=\"2\" a=\"1\" p:z=\"&#9;x&#10;\"><p:b xmlns=\"\"><c xmlns:q=\"http://w\" q:k=\"&lt;&amp;&gt;\">t&#13;&gt;<!--in--></c></p:b><![CDATA[<x>&]]></a>\n<!-- after -->",
        "<r xml:lang=\"en\" xmlns:a=\"http://a\"><a:s xmlns:a=\"http://a\" xml:space=\"preserve\"> \r\n </a:s><e/></r>",
        "<doc xmlns:x=\"http://x\" xmlns:y=\"http://y\"><x:a y:b=\"1\" c=\"&quot;q&apos;\"/></doc>",
    ];
    let mut files: Vec<PathBuf> = synthetic
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let p = extra.join(format!("case{i}.xml"));
            std::fs::write(&p, s).unwrap();
            p
        })
        .collect();
    for name in [
        "okta-both-signed.xml",
        "entra-assertion-signed.xml",
        "comment-injection.xml",
        "metadata-aggregate-signed.xml",
    ] {
        files.push(dir().join(name));
    }
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        for (flag, uri) in [
            ("--c14n", c14n::C14N10_COMMENTS),
            ("--c14n11", c14n::C14N11_COMMENTS),
            ("--exc-c14n", c14n::EXC_C14N_COMMENTS),
        ] {
            let ours =
                c14n::canonicalize(&bytes, &Canon::from_uri(uri).unwrap(), None, None).unwrap();
            let again =
                c14n::canonicalize(&ours, &Canon::from_uri(uri).unwrap(), None, None).unwrap();
            assert_eq!(ours, again, "canonical form is a fixed point");
            let theirs = xmllint(flag, &f);
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs),
                "{} {flag}",
                f.display()
            );
        }
    }
}

#[test]
fn cli_trust_cert_sets_the_exit_code() {
    let bin = env!("CARGO_BIN_EXE_preflight");
    let d = dir();
    let run = |cert: &str| {
        Command::new(bin)
            .args([
                "saml-response",
                "--now",
                "2024-05-01T12:01:00Z",
                "--format",
                "json",
                "--trust-cert",
            ])
            .arg(d.join("keys").join(cert))
            .arg(d.join("adfs-assertion-signed.xml"))
            .output()
            .unwrap()
    };
    let good = run("idp-rsa.crt");
    assert_eq!(
        good.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&good.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&good.stdout).unwrap();
    assert_eq!(v["data"]["signatures"][0]["trusted"], true);
    assert_eq!(run("other-rsa.crt").status.code(), Some(1));
    let bad = Command::new(bin)
        .args(["saml-response", "--trust-cert"])
        .arg(d.join("generate.py"))
        .arg(d.join("adfs-assertion-signed.xml"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

fn metadata(xml: &str, cert: Option<&str>, now: DateTime<Utc>) -> Report {
    let opts = preflight::saml::MetadataOptions::at(now);
    let trust = cert.map(trust).unwrap_or_default();
    preflight::saml::check_metadata_trusting(xml.as_bytes(), &opts, &trust, |_, _| {})
}

#[test]
fn signed_metadata_aggregate_is_verified_streamed() {
    let md = fx("metadata-aggregate-signed.xml");
    let good = metadata(&md, Some("idp-rsa.crt"), now());
    assert_fires(&good, "saml/signature-trusted");
    assert_quiet(&good, "saml/signature-invalid");
    assert_quiet(&good, "saml/signature-untrusted");
    assert_quiet(&good, "saml/signature-no-trust-source");
    assert_quiet(&good, "saml/signature-forbidden-algorithm");
    assert_quiet(&good, "saml/signature-unverifiable");
    assert_quiet(&good, "saml/signature-duplicate-id");
    assert_quiet(&good, "saml/signature-wrong-element");
    assert_quiet(&good, "saml/signature-cert-expired");
    let s = &good.data["signatures"][0];
    assert_eq!(s["path"], "/EntitiesDescriptor/Signature");
    assert_eq!(s["covers"], "/md:EntitiesDescriptor");
    assert_eq!(s["trusted"], true);
    assert_eq!(s["verified"], true);
    assert_eq!(s["certificate_sha256"].as_str().unwrap().len(), 64);

    let untrusted = metadata(&md, None, now());
    assert_fires(&untrusted, "saml/signature-no-trust-source");
    assert_quiet(&untrusted, "saml/signature-trusted");
    assert_eq!(untrusted.data["signatures"][0]["verified"], false);
    let other = metadata(&md, Some("other-rsa.crt"), now());
    assert_fires(&other, "saml/signature-untrusted");
    assert!(other.has_errors());
    let tampered = metadata(&fx("neg-metadata-tampered.xml"), Some("idp-rsa.crt"), now());
    assert_fires(&tampered, "saml/signature-invalid");
    let later = "2040-01-01T00:00:00Z".parse().unwrap();
    let m = metadata(&md, Some("idp-rsa.crt"), later);
    assert_fires(&m, "saml/signature-cert-expired");
}

#[test]
fn hostile_metadata_signatures_are_findings() {
    let md = fx("metadata-aggregate-signed.xml");
    let md5 = md.replace(
        "http://www.w3.org/2001/04/xmlenc#sha256",
        "http://www.w3.org/2001/04/xmldsig-more#md5",
    );
    let m = metadata(&md5, Some("idp-rsa.crt"), now());
    assert_fires(&m, "saml/signature-forbidden-algorithm");
    let xslt = md.replace(
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
        "http://www.w3.org/TR/1999/REC-xslt-19991116",
    );
    let m = metadata(&xslt, Some("idp-rsa.crt"), now());
    assert_fires(&m, "saml/signature-unverifiable");
    let dup = md.replacen(
        "<md:EntityDescriptor ",
        "<md:EntityDescriptor ID=\"_agg2024\" ",
        1,
    );
    let m = metadata(&dup, Some("idp-rsa.crt"), now());
    assert_fires(&m, "saml/signature-duplicate-id");
    let elsewhere = md
        .replacen(
            "<md:EntityDescriptor ",
            "<md:EntityDescriptor ID=\"_e1\" ",
            1,
        )
        .replace("URI=\"#_agg2024\"", "URI=\"#_e1\"");
    let r = metadata(&elsewhere, Some("idp-rsa.crt"), now());
    assert_fires(&r, "saml/signature-wrong-element");
    assert_eq!(r.data["signatures"][0]["covers_id"], "_e1");
}

#[test]
fn redirect_binding_signature_is_verified_over_the_query_as_sent() {
    let url = fx("redirect-signed.txt");
    let r = response::check(
        &url,
        &ResponseOptions {
            trust: trust("idp-rsa.crt"),
            ..ResponseOptions::default()
        },
        now(),
    );
    assert_fires(&r, "saml-response/signature-trusted");
    let sigs = r.data["signatures"].as_array().unwrap();
    let s = sigs
        .iter()
        .find(|s| s["binding"] == "HTTP-Redirect")
        .unwrap();
    assert_eq!(s["covers"], "SAMLRequest&RelayState&SigAlg");
    assert_eq!(s["trusted"], true);
    let tampered = response::check(
        &fx("neg-redirect-tampered.txt"),
        &ResponseOptions {
            trust: trust("idp-rsa.crt"),
            ..ResponseOptions::default()
        },
        now(),
    );
    assert_fires(&tampered, "saml-response/signature-invalid");
    let untrusted = response::check(&url, &ResponseOptions::default(), now());
    assert_fires(&untrusted, "saml-response/signature-no-trust-source");
    assert_quiet(&untrusted, "saml-response/signature-invalid");
    // openssl agrees on the octets and the verdicts.
    if !have("openssl") {
        return;
    }
    let d = std::env::temp_dir().join(format!("xmldsig-redirect-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let pubkey = Command::new("openssl")
        .args(["x509", "-pubkey", "-noout", "-in"])
        .arg(dir().join("keys/idp-rsa.crt"))
        .output()
        .unwrap()
        .stdout;
    std::fs::write(d.join("pub.pem"), pubkey).unwrap();
    for (file, ours) in [
        ("redirect-signed.txt", true),
        ("neg-redirect-tampered.txt", false),
    ] {
        let q = xmldsig::redirect::parse(&fx(file)).unwrap();
        std::fs::write(d.join("octets"), &q.signed).unwrap();
        let sig = base64::Engine::decode(
            &base64::engine::general_purpose::STANDARD,
            q.signature.unwrap(),
        )
        .unwrap();
        std::fs::write(d.join("sig"), sig).unwrap();
        let ok = Command::new("openssl")
            .args(["dgst", "-sha256", "-verify"])
            .arg(d.join("pub.pem"))
            .arg("-signature")
            .arg(d.join("sig"))
            .arg(d.join("octets"))
            .output()
            .unwrap()
            .status
            .success();
        assert_eq!(ok, ours, "{file}");
    }
    let _ = std::fs::remove_dir_all(&d);
}
