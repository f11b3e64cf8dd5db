//! Schema validation in `saml-metadata`: each `saml/schema-*` rule fires
//! on a realistic metadata file with one schema mistake (fixtures in
//! tests/fixtures/saml-schema/, checked against xmllint in
//! tests/saml_schema_xmllint.rs) and stays quiet on the corrected file.

use chrono::{TimeZone, Utc};
use preflight::saml::MetadataData;
use preflight::saml::{check_metadata, MetadataOptions};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

fn fixture(dir: &str, name: &str) -> String {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn opts() -> MetadataOptions {
    MetadataOptions::at(Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap())
}

fn check(name: &str) -> Report<MetadataData> {
    check_metadata(fixture("saml-schema", name).as_bytes(), &opts())
}

fn schema_findings(r: &Report<MetadataData>) -> Vec<&preflight::report::Finding> {
    r.findings
        .iter()
        .filter(|f| f.rule.starts_with("saml/schema-"))
        .collect()
}

#[test]
fn the_valid_idp_is_schema_valid_with_its_extensions() {
    let r = check("md-valid-idp.xml");
    assert!(schema_findings(&r).is_empty(), "{:?}", schema_findings(&r));
    assert!(r.data.schema.checked);
    assert!(r.data.schema.valid);
    assert_eq!(r.data.schema.problems, 0);
    for id in [
        "saml/schema-unexpected-element",
        "saml/schema-missing-element",
        "saml/schema-unknown-attribute",
        "saml/schema-missing-attribute",
        "saml/schema-attribute-type",
        "saml/schema-content-type",
        "saml/schema-duplicate-id",
    ] {
        assert_quiet(&r, id);
    }
}

#[test]
fn children_out_of_order() {
    let r = check("md-order-slo-after-sso.xml");
    assert_fires(&r, "saml/schema-unexpected-element");
    let f = schema_findings(&r);
    assert_eq!(f.len(), 1, "one finding, no cascade: {f:?}");
    assert!(
        f[0].message.contains("<md:SingleLogoutService>"),
        "{}",
        f[0].message
    );
    assert!(
        f[0].message.contains("md:SingleLogoutService*, md:ManageNameIDService*, md:NameIDFormat*, md:SingleSignOnService+"),
        "the order is spelled out: {}",
        f[0].message
    );
    assert_eq!(f[0].location.line, Some(19));
    assert!(!r.data.schema.valid);
    assert_eq!(r.data.schema.problems, 1);
    // The same endpoints in the schema's order are fine.
    assert_quiet(&check("md-valid-idp.xml"), "saml/schema-unexpected-element");
}

#[test]
fn organization_without_display_name() {
    let r = check("md-organization-incomplete.xml");
    assert_fires(&r, "saml/schema-missing-element");
    let f = schema_findings(&r);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].message.starts_with(
            "md:OrganizationDisplayName is missing in md:Organization before <md:OrganizationURL>"
        ),
        "{}",
        f[0].message
    );
    assert_quiet(&check("md-valid-idp.xml"), "saml/schema-missing-element");
}

#[test]
fn sp_attribute_on_an_idp_role() {
    let r = check("md-unknown-attribute.xml");
    assert_fires(&r, "saml/schema-unknown-attribute");
    let f = schema_findings(&r);
    assert!(
        f[0].message
            .contains("`WantAssertionsSigned` is not allowed on md:IDPSSODescriptor"),
        "{}",
        f[0].message
    );
    assert_quiet(&check("md-valid-idp.xml"), "saml/schema-unknown-attribute");
}

#[test]
fn contact_without_contact_type() {
    let r = check("md-missing-attribute.xml");
    assert_fires(&r, "saml/schema-missing-attribute");
    assert!(schema_findings(&r)[0].message.contains("`contactType`"));
    assert_quiet(&check("md-valid-idp.xml"), "saml/schema-missing-attribute");
}

#[test]
fn valid_until_without_time() {
    let r = check("md-attribute-type.xml");
    assert_fires(&r, "saml/schema-attribute-type");
    let m = &schema_findings(&r)[0].message;
    assert!(
        m.contains("validUntil=\"2027-01-31\"") && m.contains("xs:dateTime"),
        "{m}"
    );
    assert_quiet(&check("md-valid-idp.xml"), "saml/schema-attribute-type");
}

#[test]
fn valid_until_with_an_offset() {
    let r = check("md-valid-until-offset.xml");
    assert_fires(&r, "saml/schema-time-not-utc");
    // A warning: the file is still schema-valid.
    assert!(r.data.schema.valid);
    let quiet = check("md-valid-idp.xml");
    assert_quiet(&quiet, "saml/schema-time-not-utc");
}

#[test]
fn pem_armour_in_a_certificate() {
    let r = check("md-content-type.xml");
    assert_fires(&r, "saml/schema-content-type");
    let m = &schema_findings(&r)[0].message;
    assert!(
        m.starts_with("ds:X509Certificate holds `-----BEGIN CERTIFICATE-----"),
        "{m}"
    );
    assert_quiet(&check("md-valid-idp.xml"), "saml/schema-content-type");
}

#[test]
fn aggregate_with_a_repeated_id() {
    let r = check("md-duplicate-id.xml");
    assert_fires(&r, "saml/schema-duplicate-id");
    assert_eq!(schema_findings(&r).len(), 1);
    // Distinct IDs in the same aggregate are fine.
    let fixed = fixture("saml-schema", "md-duplicate-id.xml").replacen(
        "ID=\"_entity\"",
        "ID=\"_entity2\"",
        1,
    );
    let distinct = check_metadata(fixed.as_bytes(), &opts());
    assert_quiet(&distinct, "saml/schema-duplicate-id");
}

#[test]
fn adfs_role_descriptor_extensions_are_accepted_and_named() {
    let r = check_metadata(
        fixture("saml", "adfs-federationmetadata.xml").as_bytes(),
        &opts(),
    );
    assert!(schema_findings(&r).is_empty(), "{:?}", schema_findings(&r));
    let ext = &r.data.schema.extensions;
    assert!(
        ext.iter().any(|e| e == "fed:ApplicationServiceType"),
        "{ext:?}"
    );
}

#[test]
fn no_schema_option_skips_validation() {
    let mut o = opts();
    o.schema = false;
    let r = check_metadata(
        fixture("saml-schema", "md-order-slo-after-sso.xml").as_bytes(),
        &o,
    );
    assert_quiet(&r, "saml/schema-unexpected-element");
    assert!(!r.data.schema.checked);
}

#[test]
fn not_well_formed_metadata_has_no_schema_verdict() {
    let r = check_metadata(b"<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"x\"><md:IDPSSODescriptor>", &opts());
    assert_fires(&r, "saml/xml-not-well-formed");
    assert!(schema_findings(&r).is_empty());
    assert!(!r.data.schema.checked);
}

#[test]
fn existing_metadata_fixtures_are_schema_valid() {
    for name in [
        "okta-idp.xml",
        "pingfederate-idp.xml",
        "shibboleth-idp-metadata.xml",
        "shibboleth-idp-v4-default-metadata.xml",
        "federation-aggregate.xml",
        "entra-id-federationmetadata.xml",
    ] {
        let r = check_metadata(fixture("saml", name).as_bytes(), &opts());
        assert!(
            schema_findings(&r).is_empty(),
            "{name}: {:?}",
            schema_findings(&r)
        );
    }
}

/// What the fuzz target (fuzz/fuzz_targets/xmlschema.rs) checks, run here
/// on a deterministic sample: every prefix and many element-swapping
/// mutations of a real file validate without a panic.
#[test]
fn mutated_documents_never_panic() {
    let base = fixture("saml-schema", "md-valid-idp.xml");
    let response = fixture("saml-response", "okta.xml");
    for text in [&base, &response] {
        let mut cut = 0;
        while cut < text.len() {
            if text.is_char_boundary(cut) {
                let o = preflight::xmlschema::validate_str(&text[..cut]);
                assert!(o.count >= o.problems.len());
            }
            cut += 7;
        }
        // Swap the names of element pairs: every kind of misplaced child.
        let names: Vec<&str> = text
            .split('<')
            .filter_map(|s| s.split([' ', '>', '/', '\n']).next())
            .filter(|n| !n.is_empty() && !n.starts_with(['?', '!']))
            .collect();
        for (i, a) in names.iter().enumerate().step_by(3) {
            for b in names.iter().skip(i + 1).step_by(5) {
                let t = text
                    .replace(&format!("<{a}"), "<@@")
                    .replace(&format!("<{b}"), &format!("<{a}"))
                    .replace("<@@", &format!("<{b}"));
                let o = preflight::xmlschema::validate_str(&t);
                assert!(o.count >= o.problems.len());
            }
        }
    }
}
