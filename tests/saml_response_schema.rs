//! Schema validation in `saml-response`: each `saml-response/schema-*`
//! rule fires on an Okta response with one schema mistake (fixtures in
//! tests/fixtures/saml-schema/resp-*.xml, checked against xmllint in
//! tests/saml_schema_xmllint.rs) and stays quiet on the real response.

use chrono::{TimeZone, Utc};
use preflight::saml::response::{check, ResponseOptions};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

fn fixture(dir: &str, name: &str) -> String {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn run(text: &str, opts: &ResponseOptions) -> Report {
    check(
        text,
        opts,
        Utc.with_ymd_and_hms(2026, 11, 20, 10, 1, 0).unwrap(),
    )
}

fn schema_findings(r: &Report) -> Vec<String> {
    r.findings
        .iter()
        .filter(|f| f.rule.starts_with("saml-response/schema-"))
        .map(|f| format!("{}: {}", f.rule, f.message))
        .collect()
}

fn okta() -> Report {
    run(
        &fixture("saml-response", "okta.xml"),
        &ResponseOptions::default(),
    )
}

fn broken(name: &str) -> Report {
    run(&fixture("saml-schema", name), &ResponseOptions::default())
}

#[test]
fn real_responses_are_schema_valid() {
    for name in [
        "okta.xml",
        "adfs.xml",
        "entra-id.xml",
        "keycloak.xml",
        "shibboleth.xml",
        "shibboleth-encrypted.xml",
        "shibboleth.artifact-response.soap.xml",
        "authn-request.xml",
    ] {
        let r = run(&fixture("saml-response", name), &ResponseOptions::default());
        assert!(
            schema_findings(&r).is_empty(),
            "{name}: {:?}",
            schema_findings(&r)
        );
        assert_eq!(r.data["schema"]["valid"], true, "{name}");
    }
    let r = okta();
    for id in [
        "saml-response/schema-unexpected-element",
        "saml-response/schema-missing-element",
        "saml-response/schema-unknown-attribute",
        "saml-response/schema-missing-attribute",
        "saml-response/schema-attribute-type",
        "saml-response/schema-content-type",
        "saml-response/schema-duplicate-id",
    ] {
        assert_quiet(&r, id);
    }
}

#[test]
fn status_after_the_assertion() {
    let r = broken("resp-status-after-assertion.xml");
    assert_fires(&r, "saml-response/schema-missing-element");
    assert_fires(&r, "saml-response/schema-unexpected-element");
    let f = schema_findings(&r);
    assert!(
        f[0].contains("samlp:Status is missing in samlp:Response before <saml2:Assertion>"),
        "{f:?}"
    );
    assert_quiet(&okta(), "saml-response/schema-unexpected-element");
    assert_quiet(&okta(), "saml-response/schema-missing-element");
}

#[test]
fn assertion_without_issuer() {
    let r = broken("resp-assertion-without-issuer.xml");
    assert_fires(&r, "saml-response/schema-missing-element");
    assert!(
        schema_findings(&r)[0].contains("saml:Issuer is missing in saml:Assertion"),
        "{:?}",
        schema_findings(&r)
    );
}

#[test]
fn authn_request_attribute_on_a_response() {
    let r = broken("resp-unknown-attribute.xml");
    assert_fires(&r, "saml-response/schema-unknown-attribute");
    assert!(schema_findings(&r)[0].contains("`ForceAuthn`"));
    assert_quiet(&okta(), "saml-response/schema-unknown-attribute");
}

#[test]
fn response_without_version() {
    let r = broken("resp-missing-version.xml");
    assert_fires(&r, "saml-response/schema-missing-attribute");
    assert_quiet(&okta(), "saml-response/schema-missing-attribute");
}

#[test]
fn issue_instant_in_a_local_format() {
    let r = broken("resp-issue-instant.xml");
    assert_fires(&r, "saml-response/schema-attribute-type");
    let f = schema_findings(&r);
    assert!(
        f[0].contains("IssueInstant=\"11/20/2026 10:00:00 AM\""),
        "{f:?}"
    );
    assert_quiet(&okta(), "saml-response/schema-attribute-type");
}

#[test]
fn issue_instant_with_an_offset() {
    let r = broken("resp-issue-instant-offset.xml");
    assert_fires(&r, "saml-response/schema-time-not-utc");
    assert_eq!(r.data["schema"]["valid"], true);
    assert_quiet(&okta(), "saml-response/schema-time-not-utc");
}

#[test]
fn text_inside_status() {
    let r = broken("resp-text-in-status.xml");
    assert_fires(&r, "saml-response/schema-content-type");
    assert_quiet(&okta(), "saml-response/schema-content-type");
}

#[test]
fn assertion_reusing_the_response_id() {
    let r = broken("resp-duplicate-id.xml");
    assert_fires(&r, "saml-response/schema-duplicate-id");
    assert_quiet(&okta(), "saml-response/schema-duplicate-id");
}

#[test]
fn no_schema_option_skips_validation() {
    let opts = ResponseOptions {
        schema: false,
        ..ResponseOptions::default()
    };
    let r = run(&fixture("saml-schema", "resp-missing-version.xml"), &opts);
    assert_quiet(&r, "saml-response/schema-missing-attribute");
    assert_eq!(r.data["schema"]["checked"], false);
}
