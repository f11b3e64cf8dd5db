//! SAML metadata validator: every `saml/` rule fires on a realistic fixture
//! (ADFS, Okta, Entra ID, PingFederate, Shibboleth, a federation aggregate)
//! or a small edit of one, and stays quiet on the clean shape.

use chrono::{DateTime, TimeZone, Utc};
use preflight::saml::data::{Flag, Index, MetadataData};
use preflight::saml::{check_metadata, sp_metadata, MetadataOptions, SpMetadataOptions};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::{Report, Severity};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/saml/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn pem(name: &str) -> String {
    fixture(&format!("certs/{name}.pem"))
}

fn check(text: &str) -> Report<MetadataData> {
    check_metadata(text.as_bytes(), &MetadataOptions::at(now()))
}

fn check_at(text: &str, when: DateTime<Utc>) -> Report<MetadataData> {
    check_metadata(text.as_bytes(), &MetadataOptions::at(when))
}

fn okta() -> String {
    fixture("okta-idp.xml")
}

fn rules_of<D>(r: &Report<D>) -> Vec<&str> {
    r.findings.iter().map(|f| f.rule.as_str()).collect()
}

// ---------------------------------------------------------------- vendors

#[test]
fn okta_metadata_is_clean_and_fills_the_webex_import() {
    let r = check(&okta());
    assert!(r.findings.is_empty(), "{:?}", rules_of(&r));
    let e = &r.data.entities()[0];
    assert_eq!(
        e.entity_id.as_deref().unwrap(),
        "http://www.okta.com/exk8a1b2c3D4e5F6g7h8"
    );
    assert_eq!(e.roles, ["idp"]);
    assert_eq!(e.sso_services.len(), 2);
    assert_eq!(
        e.sso_services[0].binding.as_deref().unwrap(),
        "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
    );
    let w = e.webex_import.as_ref().unwrap();
    assert_eq!(
        w.issuer_for_saml_idp_id.as_deref().unwrap(),
        "http://www.okta.com/exk8a1b2c3D4e5F6g7h8"
    );
    assert_eq!(
        w.authn_request_signed_destination.as_deref().unwrap(),
        "https://contoso.okta.com/app/contoso_webexmessenger_1/exk8a1b2c3D4e5F6g7h8/sso/saml"
    );
    assert_eq!(w.customer_sso_service_login_url.len(), 2);
    assert_eq!(w.want_authn_requests_signed, Some(false));
    // md_06 from shared/anchors/certs/md, fingerprint as `openssl x509 -fingerprint -sha256` prints it.
    assert_eq!(
        w.signing_certificate.as_ref().unwrap().sha256_fingerprint.as_deref().unwrap(),
        "6E:83:E7:B4:82:51:92:F0:EE:7B:DA:29:10:AE:54:77:88:4D:62:88:07:05:6E:B2:DA:6B:53:07:89:B0:93:5E"
    );
    assert_quiet(&r, "saml/nameid-format-missing");
    assert_quiet(&r, "saml/nameid-format-unsupported");
    assert_quiet(&r, "saml/signature-present");
    assert_quiet(&r, "saml/authn-requests-signed");
    assert_quiet(&r, "saml/certificate-undecodable");
    assert_quiet(&r, "saml/no-signing-certificate");
    assert_quiet(&r, "saml/xml-not-well-formed");
    assert_quiet(&r, "saml/xml-dtd-refused");
    assert_quiet(&r, "saml/xml-encoding");
    assert_quiet(&r, "saml/not-metadata");
    assert_quiet(&r, "saml/entity-id-missing");
    assert_quiet(&r, "saml/entity-id-not-absolute");
    assert_quiet(&r, "saml/protocol-support-missing");
    assert_quiet(&r, "saml/endpoint-missing");
    assert_quiet(&r, "saml/unknown-binding");
    assert_quiet(&r, "saml/endpoint-location-http");
    assert_quiet(&r, "saml/endpoint-location-invalid");
}

#[test]
fn okta_certificate_object_has_the_cert_tool_fields() {
    let r = check(&okta());
    let c = &r.data.entities()[0].certificates[0];
    for k in preflight::x509::CONTRACT_FIELDS
        .iter()
        .chain(&["use", "role", "key_descriptor"])
    {
        // The certificate use serialises as one flat object (the contract).
        let json = serde_json::to_value(c).unwrap();
        assert!(
            json.get(k).is_some(),
            "certificate object lacks {k}: {json}"
        );
    }
    assert_eq!(*c.detail("key_algorithm").unwrap(), "RSA");
    assert_eq!(*c.detail("key_bits").unwrap(), 2048);
    assert_eq!(*c.detail("self_signed").unwrap(), true);
    assert_eq!(c.use_.as_deref().unwrap(), "signing");
    assert_eq!(c.role, "idp");
    assert_eq!(
        c.key_descriptor,
        "/EntityDescriptor/IDPSSODescriptor/KeyDescriptor[1]"
    );
    assert_eq!(*c.detail("not_after").unwrap(), "2036-11-19T06:25:17Z");
    let sha1 = c.text("sha1_fingerprint").unwrap();
    assert_eq!(sha1.len(), 20 * 3 - 1);
    assert!(sha1
        .chars()
        .all(|ch| ch == ':' || ch.is_ascii_digit() || ch.is_ascii_uppercase()));
}

#[test]
fn adfs_federation_metadata_with_signature_roles_and_key_descriptors() {
    let r = check(&fixture("adfs-federationmetadata.xml"));
    only_placeholder_signature_errors(&r);
    assert_fires(&r, "saml/signature-present");
    assert_fires(&r, "saml/nameid-format-unsupported");
    assert_quiet(&r, "saml/weak-signature-algorithm");
    assert_quiet(&r, "saml/nameid-format-none-supported");
    assert_quiet(&r, "saml/key-use-invalid");
    assert_quiet(&r, "saml/wrong-namespace");
    assert_quiet(&r, "saml/no-sso-role");
    let e = &r.data.entities()[0];
    assert_eq!(
        e.entity_id.as_deref().unwrap(),
        "http://adfs.contoso.example/adfs/services/trust"
    );
    assert_eq!(e.roles, ["sp", "idp"]);
    // Two fed: RoleDescriptors, SP encryption + signing, IdP encryption + signing.
    let certs = &e.certificates;
    assert_eq!(certs.len(), 6);
    let uses: Vec<&str> = certs.iter().map(|c| c.use_.as_deref().unwrap()).collect();
    assert_eq!(
        uses,
        [
            "signing",
            "signing",
            "encryption",
            "signing",
            "encryption",
            "signing"
        ]
    );
    assert_eq!(certs[0].role, "other");
    assert_eq!(e.acs_services[0].index, Some(Index::Number(0)));
    assert_eq!(e.acs_services[0].is_default, Some(Flag::Bool(true)));
    assert_eq!(e.acs_services.len(), 3);
    // The signing certificate imported is the IdP's, not the encryption one.
    assert_eq!(
        e.webex_import
            .as_ref()
            .unwrap()
            .signing_certificate
            .as_ref()
            .unwrap()
            .key_descriptor,
        "/EntityDescriptor/IDPSSODescriptor/KeyDescriptor[2]"
    );
    let sig = &r.data.signatures[0];
    assert_eq!(sig.path, "/EntityDescriptor/Signature");
    assert_eq!(
        sig.signature_method.as_deref().unwrap(),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    );
    assert_eq!(
        sig.digest_methods,
        ["http://www.w3.org/2001/04/xmlenc#sha256"]
    );
    assert_eq!(
        sig.canonicalization.as_deref().unwrap(),
        "http://www.w3.org/2001/10/xml-exc-c14n#"
    );
    assert_eq!(
        sig.reference_uri.as_deref().unwrap(),
        "#_3f1e9c2a-7b5d-4e8f-9a0b-1c2d3e4f5a6b"
    );
    assert_eq!(sig.certificates.len(), 1);
    // Findings point at the element with line and column (ADFS writes one line).
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/nameid-format-unsupported")
        .unwrap();
    assert_eq!(
        f.location.path.as_deref(),
        Some("/EntityDescriptor/IDPSSODescriptor/NameIDFormat[3]")
    );
    assert_eq!(f.location.line, Some(1));
    assert!(f.location.span.is_some());
}

#[test]
fn entra_id_metadata_has_no_nameid_format() {
    let r = check(&fixture("entra-id-federationmetadata.xml"));
    assert_fires(&r, "saml/nameid-format-missing");
    assert_fires(&r, "saml/signature-present");
    assert_quiet(&r, "saml/no-sso-role");
    only_placeholder_signature_errors(&r);
    let e = &r.data.entities()[0];
    assert_eq!(e.nameid_formats, Vec::<String>::new());
    assert_eq!(
        e.webex_import
            .as_ref()
            .unwrap()
            .issuer_for_saml_idp_id
            .as_deref()
            .unwrap(),
        "https://sts.windows.net/9188040d-6c67-4c5b-b112-36a304b66dad/"
    );
}

#[test]
fn pingfederate_wants_signed_authn_requests_and_uses_an_ec_key() {
    let r = check(&fixture("pingfederate-idp.xml"));
    assert_fires(&r, "saml/authn-requests-signed");
    assert_quiet(&r, "saml/cache-duration-invalid");
    assert_quiet(&r, "saml/invalid-boolean");
    // The certificate tool's rules run on embedded certificates: Webex
    // imports RSA keys only, so PingFederate's EC signing key is an error.
    assert_fires(&r, "x509/non-rsa-key");
    assert_eq!(r.summary.errors, 1, "{:?}", rules_of(&r));
    let e = &r.data.entities()[0];
    assert_eq!(e.want_authn_requests_signed, Some(true));
    assert_eq!(e.cache_duration_seconds, Some(86400.0));
    let c = &e.certificates[0];
    assert_eq!(*c.detail("key_algorithm").unwrap(), "EC");
    assert_eq!(*c.detail("curve").unwrap(), "P-256");
    assert_eq!(*c.detail("key_bits").unwrap(), 256);
    assert_eq!(
        *c.detail("signature_algorithm").unwrap(),
        "ecdsa-with-SHA256"
    );
    assert_eq!(
        e.webex_import.as_ref().unwrap().want_authn_requests_signed,
        Some(true)
    );
    // The destination prefers HTTP-POST.
    assert_eq!(
        e.webex_import
            .as_ref()
            .unwrap()
            .authn_request_signed_destination
            .as_deref()
            .unwrap(),
        "https://sso.example.com:9031/idp/SSO.saml2"
    );
}

#[test]
fn shibboleth_default_nameid_formats_are_not_usable_by_webex() {
    let r = check(&fixture("shibboleth-idp-metadata.xml"));
    assert_fires(&r, "saml/nameid-format-none-supported");
    assert_fires(&r, "saml/nameid-format-unsupported");
    assert_quiet(&r, "saml/unknown-binding");
    assert_quiet(&r, "saml/valid-until-expired");
    assert_quiet(&r, "saml/valid-until-soon");
    assert_quiet(&r, "saml/valid-until-invalid");
    assert_quiet(&r, "saml/xml-too-deep");
    let e = &r.data.entities()[0];
    assert_eq!(e.roles, ["idp", "aa"]);
    assert_eq!(e.valid_until.as_deref().unwrap(), "2027-06-30T00:00:00Z");
    assert_eq!(e.certificates.len(), 4);
    assert_eq!(e.certificates[3].role, "aa");
    // Only POST and Redirect are Webex login URLs.
    assert_eq!(
        e.webex_import
            .as_ref()
            .unwrap()
            .customer_sso_service_login_url
            .len(),
        2
    );
    // With persistent NameIDs configured, the error goes away.
    let fixed = fixture("shibboleth-idp-metadata.xml").replace(
        "urn:mace:shibboleth:1.0:nameIdentifier",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    );
    let r = check(&fixed);
    assert_quiet(&r, "saml/nameid-format-none-supported");
    assert!(!r.has_errors(), "{:?}", rules_of(&r));
}

#[test]
fn shibboleth_validity_is_judged_at_now() {
    let text = fixture("shibboleth-idp-metadata.xml");
    let r = check_at(&text, Utc.with_ymd_and_hms(2027, 7, 1, 0, 0, 0).unwrap());
    assert_fires(&r, "saml/valid-until-expired");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/valid-until-expired")
        .unwrap();
    assert_eq!(f.location.path.as_deref(), Some("/EntityDescriptor"));
    assert_eq!(f.location.line, Some(6));
    let r = check_at(&text, Utc.with_ymd_and_hms(2027, 6, 10, 0, 0, 0).unwrap());
    assert_fires(&r, "saml/valid-until-soon");
    assert_quiet(&r, "saml/valid-until-expired");
}

// ---------------------------------------------------------------- aggregate

#[test]
fn federation_aggregate_findings_and_paths() {
    let r = check(&fixture("federation-aggregate.xml"));
    assert_fires(&r, "saml/duplicate-entity-id");
    assert_fires(&r, "saml/valid-until-soon");
    assert_fires(&r, "saml/weak-signature-algorithm");
    assert_fires(&r, "saml/signature-present");
    let dup = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/duplicate-entity-id")
        .unwrap();
    assert_eq!(
        dup.location.path.as_deref(),
        Some("/EntitiesDescriptor/EntityDescriptor[4]")
    );
    assert_eq!(dup.location.line, Some(156));
    assert_eq!(
        dup.location.column,
        Some(preflight::report::Column::Number(3))
    );
    assert!(dup
        .message
        .contains("/EntitiesDescriptor/EntityDescriptor[1]"));
    let weak: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.rule == "saml/weak-signature-algorithm")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(weak.len(), 2, "{weak:?}");
    let d = &r.data;
    assert_eq!(d.root.as_deref(), Some("EntitiesDescriptor"));
    assert_eq!(d.counts.entities, 4);
    assert_eq!(d.entities().len(), 4);
    // The aggregate's validUntil bounds every entity in it.
    assert_eq!(
        d.entities()[1].valid_until.as_deref().unwrap(),
        "2026-12-06T00:00:00Z"
    );
    assert_eq!(d.entities()[1].roles, ["sp"]);
    assert_eq!(d.entities()[1].authn_requests_signed, Some(true));
    assert_eq!(d.entities()[1].webex_import, None);
    assert_eq!(d.entities()[1].certificates[0].use_, None);
    assert_eq!(d.signatures[0].path, "/EntitiesDescriptor/Signature");
    // A 7-day threshold is quiet about a list valid for 13 more days.
    let r7 = check_metadata(
        fixture("federation-aggregate.xml").as_bytes(),
        &MetadataOptions {
            now: now(),
            expiry_warning_days: 7,
            schema: true,
        },
    );
    assert_quiet(&r7, "saml/valid-until-soon");
    // Renaming the fourth entity removes the duplicate.
    let unique = fixture("federation-aggregate.xml");
    let entity4 = unique.rfind("entityID=\"https://idp.alpha").unwrap();
    let unique = format!(
        "{}entityID=\"https://idp.delta{}",
        &unique[..entity4],
        &unique[entity4 + "entityID=\"https://idp.alpha".len()..]
    );
    assert_quiet(&check(&unique), "saml/duplicate-entity-id");
}

/// An aggregate of `n` entities built from the Okta shape.
fn synthetic_aggregate(n: usize) -> String {
    let okta = okta();
    let start = okta.find("<md:EntityDescriptor").unwrap();
    let body = &okta[start..];
    let body = body.replace(" xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"", "");
    let mut s = String::from("<?xml version=\"1.0\"?>\n<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">\n");
    for i in 0..n {
        s.push_str(&body.replace("exk8a1b2c3D4e5F6g7h8\"", &format!("exk{i:08}\"")));
        s.push('\n');
    }
    s.push_str("</md:EntitiesDescriptor>\n");
    s
}

#[test]
fn large_aggregate_reuses_certificate_inspection_and_paths_count_up() {
    let r = check(&synthetic_aggregate(300));
    assert!(
        r.findings.is_empty(),
        "{:?}",
        &r.findings[..r.findings.len().min(3)]
    );
    assert_eq!(r.data.counts.entities, 300);
    assert_eq!(r.data.counts.certificates, 300);
    assert_eq!(r.data.counts.distinct_certificates, 1);
    assert_eq!(
        r.data.entities()[299].path,
        "/EntitiesDescriptor/EntityDescriptor[300]"
    );
    assert_eq!(
        r.data.entities()[299].entity_id.as_deref().unwrap(),
        "http://www.okta.com/exk00000299"
    );
}

#[test]
fn empty_aggregate_is_not_metadata() {
    let r = check(
        "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" Name=\"x\"/>",
    );
    assert_fires(&r, "saml/not-metadata");
}

#[test]
fn progress_is_reported_per_entity() {
    let text = synthetic_aggregate(20);
    let mut calls = Vec::new();
    let r = preflight::saml::check_metadata_with_progress(
        text.as_bytes(),
        &MetadataOptions::at(now()),
        |done, total| calls.push((done, total)),
    );
    assert!(!r.has_errors());
    assert_eq!(calls.len(), 20);
    assert!(calls.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(calls.iter().all(|&(d, t)| d <= t && t == text.len()));
}

// ---------------------------------------------------------------- entity rules

#[test]
fn entity_id_missing() {
    let r = check(&okta().replace(" entityID=\"http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"", ""));
    assert_fires(&r, "saml/entity-id-missing");
    let r = check(&okta().replace("http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"", "\""));
    assert_fires(&r, "saml/entity-id-missing");
}

#[test]
fn entity_id_not_absolute() {
    for bad in ["contoso.okta.com", "/exk8a1b2c3", "http ://x", "1http://x"] {
        let r = check(&okta().replace(
            "http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"",
            &format!("{bad}\""),
        ));
        assert_fires(&r, "saml/entity-id-not-absolute");
    }
    let r = check(&okta().replace(
        "http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"",
        "urn:example:idp\"",
    ));
    assert_quiet(&r, "saml/entity-id-not-absolute");
}

#[test]
fn entity_id_length_limit_is_1024() {
    let id = |n: usize| format!("https://idp.example.com/{}", "a".repeat(n - 24));
    let at_limit = okta().replace(
        "http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"",
        &format!("{}\"", id(1024)),
    );
    assert_quiet(&check(&at_limit), "saml/entity-id-too-long");
    let over = okta().replace(
        "http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"",
        &format!("{}\"", id(1025)),
    );
    let r = check(&over);
    assert_fires(&r, "saml/entity-id-too-long");
    assert!(r.findings.iter().all(|f| f.message.len() < 400));
}

#[test]
fn no_sso_role() {
    let entra = fixture("entra-id-federationmetadata.xml");
    let a = entra.find("<IDPSSODescriptor").unwrap();
    let b = entra.find("</IDPSSODescriptor>").unwrap() + "</IDPSSODescriptor>".len();
    let ws_fed_only = format!("{}{}", &entra[..a], &entra[b..]);
    let r = check(&ws_fed_only);
    assert_fires(&r, "saml/no-sso-role");
    assert_eq!(r.data.entities()[0].roles, Vec::<String>::new());
    assert_eq!(r.data.entities()[0].webex_import, None);
}

#[test]
fn protocol_support_enumeration_needs_saml2() {
    let r = check(&okta().replace(
        "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"",
        "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:1.1:protocol\"",
    ));
    assert_fires(&r, "saml/protocol-support-missing");
    let r = check(&okta().replace(
        " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"",
        "",
    ));
    assert_fires(&r, "saml/protocol-support-missing");
    // A list with SAML 1.1 and 2.0 (Shibboleth) is fine.
    assert_quiet(
        &check(&fixture("shibboleth-idp-metadata.xml")),
        "saml/protocol-support-missing",
    );
}

fn without_sso(text: &str) -> String {
    let mut s = text.to_string();
    while let Some(a) = s.find("<md:SingleSignOnService") {
        let b = a + s[a..].find("/>").unwrap() + 2;
        s.replace_range(a..b, "");
    }
    s
}

#[test]
fn endpoint_missing() {
    let r = check(&without_sso(&okta()));
    assert_fires(&r, "saml/endpoint-missing");
    assert_eq!(
        r.data.entities()[0]
            .webex_import
            .as_ref()
            .unwrap()
            .authn_request_signed_destination,
        None
    );
    let sp = sp_metadata(&SpMetadataOptions {
        acs_url: "https://acs.example.com/x".into(),
        ..Default::default()
    });
    let a = sp.find("<md:AssertionConsumerService").unwrap();
    let b = a + sp[a..].find("/>").unwrap() + 2;
    let r = check(&format!("{}{}", &sp[..a], &sp[b..]));
    assert_fires(&r, "saml/endpoint-missing");
}

#[test]
fn unknown_binding() {
    let r = check(&okta().replacen(
        "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
        "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Post",
        1,
    ));
    assert_fires(&r, "saml/unknown-binding");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/unknown-binding")
        .unwrap();
    assert!(f.message.contains("did you mean"), "{}", f.message);
    assert_eq!(
        f.location.path.as_deref(),
        Some("/EntityDescriptor/IDPSSODescriptor/SingleSignOnService[1]")
    );
    let r = check(&okta().replacen(
        " Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"",
        "",
        1,
    ));
    assert_fires(&r, "saml/unknown-binding");
}

#[test]
fn endpoint_location_http_is_a_warning() {
    let r = check(&okta().replacen("Location=\"https://contoso", "Location=\"http://contoso", 1));
    assert_fires(&r, "saml/endpoint-location-http");
    assert!(!r.has_errors());
    let r = check(&fixture("federation-aggregate.xml").replace(
        "https://idp.gamma.example.org/idp/profile/SAML2/POST/SSO",
        "http://idp.gamma.example.org/idp/profile/SAML2/POST/SSO",
    ));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/endpoint-location-http")
        .unwrap();
    assert_eq!(
        f.location.path.as_deref(),
        Some("/EntitiesDescriptor/EntityDescriptor[3]/IDPSSODescriptor/SingleSignOnService[2]")
    );
    assert_eq!(f.location.line, Some(153));
    assert_eq!(
        f.location.column,
        Some(preflight::report::Column::Number(7))
    );
}

#[test]
fn endpoint_location_invalid() {
    for bad in [
        "/app/sso/saml",
        "ftp://contoso.okta.com/sso",
        "https://",
        "https://contoso.okta.com/a b",
        "",
        "javascript:alert(1)",
    ] {
        let r = check(&okta().replacen(
            "Location=\"https://contoso.okta.com/app/contoso_webexmessenger_1/exk8a1b2c3D4e5F6g7h8/sso/saml\"",
            &format!("Location=\"{bad}\""),
            1,
        ));
        assert_fires(&r, "saml/endpoint-location-invalid");
    }
    let r = check(&okta().replacen(
        " Location=\"https://contoso.okta.com/app/contoso_webexmessenger_1/exk8a1b2c3D4e5F6g7h8/sso/saml\"",
        "",
        1,
    ));
    assert_fires(&r, "saml/endpoint-location-invalid");
    assert_quiet(
        &check(&fixture("pingfederate-idp.xml")),
        "saml/endpoint-location-invalid",
    );
}

#[test]
fn valid_until_invalid_and_expired_on_entity_and_role() {
    let r = check(&okta().replace(
        "<md:EntityDescriptor entityID",
        "<md:EntityDescriptor validUntil=\"next year\" entityID",
    ));
    assert_fires(&r, "saml/valid-until-invalid");
    let r = check(&okta().replace(
        "<md:IDPSSODescriptor ",
        "<md:IDPSSODescriptor validUntil=\"2026-11-01T00:00:00Z\" ",
    ));
    assert_fires(&r, "saml/valid-until-expired");
    // Fractional seconds, offsets and zone-less values are xs:dateTime too.
    for ok in [
        "2027-01-01T00:00:00.123Z",
        "2027-01-01T01:00:00+01:00",
        "2027-01-01T00:00:00",
    ] {
        let r = check(&okta().replace(
            "<md:EntityDescriptor entityID",
            &format!("<md:EntityDescriptor validUntil=\"{ok}\" entityID"),
        ));
        assert_quiet(&r, "saml/valid-until-invalid");
        assert_quiet(&r, "saml/valid-until-expired");
    }
}

#[test]
fn cache_duration_must_be_an_xs_duration() {
    let ping = fixture("pingfederate-idp.xml");
    for bad in ["1440M", "PT1440", "P1H", "-PT1H", "one day"] {
        let r = check(&ping.replace(
            "cacheDuration=\"PT1440M\"",
            &format!("cacheDuration=\"{bad}\""),
        ));
        assert_fires(&r, "saml/cache-duration-invalid");
    }
    let r = check(&fixture("federation-aggregate.xml"));
    assert_quiet(&r, "saml/cache-duration-invalid");
}

#[test]
fn key_descriptor_use() {
    let r = check(&okta().replace("use=\"signing\"", "use=\"sign\""));
    assert_fires(&r, "saml/key-use-invalid");
    // An unknown use still counts as a signing key (the attribute is not "encryption").
    assert_quiet(&r, "saml/no-signing-certificate");
    // Absent use means both.
    let r = check(&okta().replace(" use=\"signing\"", ""));
    assert_quiet(&r, "saml/key-use-invalid");
    assert_quiet(&r, "saml/no-signing-certificate");
}

#[test]
fn no_signing_certificate() {
    let r = check(&okta().replace("use=\"signing\"", "use=\"encryption\""));
    assert_fires(&r, "saml/no-signing-certificate");
    // Was an error: the guide imports the certificate by hand in
    // Organization Certificate Management, not from the metadata.
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/no-signing-certificate")
        .unwrap();
    assert_eq!(f.severity, preflight::Severity::Warning);
    assert!(f.help.contains("Organization Certificate Management"));
    assert_eq!(
        r.data.entities()[0]
            .webex_import
            .as_ref()
            .unwrap()
            .signing_certificate,
        None
    );
}

#[test]
fn invalid_boolean() {
    let r = check(&okta().replace(
        "WantAuthnRequestsSigned=\"false\"",
        "WantAuthnRequestsSigned=\"yes\"",
    ));
    assert_fires(&r, "saml/invalid-boolean");
    let r = check(&okta().replace(
        "WantAuthnRequestsSigned=\"false\"",
        "WantAuthnRequestsSigned=\"1\"",
    ));
    assert_quiet(&r, "saml/invalid-boolean");
    assert_fires(&r, "saml/authn-requests-signed");
    let r = check(
        &fixture("adfs-federationmetadata.xml").replace("isDefault=\"true\"", "isDefault=\"TRUE\""),
    );
    assert_fires(&r, "saml/invalid-boolean");
}

#[test]
fn nameid_formats_near_misses_get_a_hint() {
    let r = check(&okta().replace(
        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:emailAddress",
    ));
    assert_fires(&r, "saml/nameid-format-unsupported");
    assert_quiet(&r, "saml/nameid-format-none-supported");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/nameid-format-unsupported")
        .unwrap();
    assert!(f
        .message
        .contains("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"));
    // Each of the five formats of the guide's NamedID Format row is accepted.
    for (urn, _) in preflight::saml::webex::SUPPORTED_NAMEID_FORMATS {
        let r =
            check(&okta().replace("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified", urn));
        assert_quiet(&r, "saml/nameid-format-unsupported");
    }
}

#[test]
fn certificate_undecodable() {
    let c = pem("md06-rsa2048");
    let b64: String = c.lines().filter(|l| !l.starts_with("-----")).collect();
    for bad in [
        "!!!not base64!!!".to_string(),
        String::new(),
        c.clone(),
        "SGVsbG8sIHdvcmxkIQ==".to_string(),
        b64[..b64.len() / 2].to_string(),
    ] {
        let r = check(&okta().replace(&b64, &bad));
        assert_fires(&r, "saml/certificate-undecodable");
        assert_fires(&r, "saml/no-signing-certificate");
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == "saml/certificate-undecodable")
            .unwrap();
        let c = &r.data.entities()[0].certificates[0];
        assert_eq!(c.text("sha256_fingerprint"), None);
        assert!(c.detail("subject").is_some());
        assert_eq!(c.use_.as_deref().unwrap(), "signing");
        assert_eq!(
            f.location.path.as_deref(),
            Some("/EntityDescriptor/IDPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate[1]")
        );
    }
    // Wrapped base64 with CR LF and character references decodes.
    let wrapped: String = b64
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap().to_string() + "&#13;\r\n")
        .collect();
    let r = check(&okta().replace(&b64, &wrapped));
    assert_quiet(&r, "saml/certificate-undecodable");
}

#[test]
fn embedded_certificate_kinds_are_described() {
    for (name, bits, alg) in [
        ("rsa1024", 1024, "sha256WithRSAEncryption"),
        ("rsa2048-sha1", 2048, "sha1WithRSAEncryption"),
        ("expired-rsa2048", 2048, "sha256WithRSAEncryption"),
    ] {
        let b64: String = pem(name)
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect();
        let ob64: String = pem("md06-rsa2048")
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect();
        let r = check(&okta().replace(&ob64, &b64));
        let c = &r.data.entities()[0].certificates[0];
        assert_eq!(*c.detail("key_bits").unwrap(), bits, "{name}");
        assert_eq!(*c.detail("signature_algorithm").unwrap(), alg, "{name}");
    }
}

#[test]
fn wrong_namespace() {
    let r = check(&okta().replace(
        "xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"",
        "xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata:\"",
    ));
    assert_fires(&r, "saml/wrong-namespace");
    // Reported once per element name, not for every element.
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.rule == "saml/wrong-namespace")
            .count(),
        5
    );
    let no_ns = "<EntityDescriptor entityID=\"https://idp.example.com\"><IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"/></EntityDescriptor>";
    assert_fires(&check(no_ns), "saml/wrong-namespace");
}

// ---------------------------------------------------------------- hostile and broken input

#[test]
fn xxe_and_billion_laughs_are_refused() {
    let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE md:EntityDescriptor [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&xxe;\"/>";
    let r = check(xxe);
    assert_fires(&r, "saml/xml-dtd-refused");
    let f = &r.findings[0];
    assert!(f.message.contains("XXE"), "{}", f.message);
    assert_eq!(f.location.line, Some(2));
    let mut lol =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        lol.push_str(&format!(
            " <!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    lol.push_str("]>\n<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&lol9;\"/>\n");
    let r = check(&lol);
    assert_fires(&r, "saml/xml-dtd-refused");
    assert!(r.findings[0].message.contains("billion laughs"));
    assert!(r.data.entities().is_empty());
    // An entity reference without a DTD is simply undefined.
    let r = check(&okta().replace("http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"", "&xxe;\""));
    assert_fires(&r, "saml/xml-not-well-formed");
    assert_quiet(&r, "saml/xml-dtd-refused");
}

#[test]
fn malformed_xml_gets_line_and_column() {
    let bad = fixture("pingfederate-idp.xml").replace("</md:NameIDFormat>", "</md:NameIDFormt>");
    let r = check(&bad);
    assert_fires(&r, "saml/xml-not-well-formed");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/xml-not-well-formed")
        .unwrap();
    assert_eq!(f.location.line, Some(14));
    assert!(f.location.column.is_some());
    for broken in [
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"a\" entityID=\"b\"/>",
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=a/>",
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a<b\"/>",
        "<x:EntityDescriptor entityID=\"https://a\"/>",
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a\"/><second/>",
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a\"/>trailing",
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a\"><a>&bogus;</a></md:EntityDescriptor>",
    ] {
        assert_fires(&check(broken), "saml/xml-not-well-formed");
    }
}

#[test]
fn every_truncation_is_a_finding_never_a_panic() {
    let text = fixture("pingfederate-idp.xml");
    let bytes = text.as_bytes();
    for cut in (1..bytes.len() - 2).step_by(7) {
        let r = check_metadata(&bytes[..cut], &MetadataOptions::at(now()));
        assert!(r.has_errors(), "cut at {cut} produced no error");
    }
    let r = check_metadata(&bytes[..bytes.len() / 2], &MetadataOptions::at(now()));
    assert_fires(&r, "saml/xml-not-well-formed");
    assert!(r.findings.iter().any(|f| f.message.contains("truncated")));
}

#[test]
fn binary_and_garbage_input() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    let r = check_metadata(png, &MetadataOptions::at(now()));
    assert_fires(&r, "saml/xml-encoding");
    let r = check_metadata(
        b"<md:EntityDescriptor \xff\xfe>",
        &MetadataOptions::at(now()),
    );
    assert_fires(&r, "saml/xml-encoding");
    assert_eq!(r.findings[0].location.line, Some(1));
    assert!(r.data.entities().is_empty());
    let r = check("<a>\u{1}</a>");
    assert_fires(&r, "saml/xml-encoding");
    // Pseudo-random bytes: findings only.
    let mut x: u64 = 0x9E3779B97F4A7C15;
    for len in [1usize, 2, 17, 300, 4096] {
        let mut v = Vec::with_capacity(len);
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            v.push((x >> 24) as u8);
        }
        let r = check_metadata(&v, &MetadataOptions::at(now()));
        assert!(r.has_errors());
    }
    // XML-looking garbage made of metadata fragments.
    let okta = okta();
    let frags: Vec<&str> = okta.split('>').collect();
    for i in 0..200 {
        let mut s = String::new();
        for j in 0..30 {
            s.push_str(frags[(i * 7 + j * 13) % frags.len()]);
            s.push('>');
        }
        let _ = check(&s);
    }
}

#[test]
fn not_metadata_inputs() {
    for (input, hint) in [
        ("", "empty"),
        ("   \n  ", "empty"),
        ("hello world", "not an XML element"),
        (
            "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
            "cert tool",
        ),
        ("{\"entityID\": \"x\"}", "JSON"),
        (
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/federationmetadata/2007-06/federationmetadata.xml\n",
            "a URL",
        ),
        (
            "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>",
            "saml-response",
        ),
        ("<html><body>Sign in</body></html>", "HTML"),
        ("<?xml version=\"1.0\"?><!-- only a comment -->", "empty"),
    ] {
        let r = check(input);
        assert_fires(&r, "saml/not-metadata");
        assert!(
            r.findings[0].message.contains(hint),
            "{input}: {}",
            r.findings[0].message
        );
        assert!(r.has_errors());
        assert!(r.data.entities().is_empty());
    }
}

#[test]
fn deep_nesting_is_bounded() {
    let depth = 100_000;
    let mut s = String::from("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a\"><md:Extensions>");
    s.push_str(&"<x>".repeat(depth));
    s.push_str(&"</x>".repeat(depth));
    s.push_str("</md:Extensions></md:EntityDescriptor>");
    let r = check(&s);
    assert_fires(&r, "saml/xml-too-deep");
    assert_eq!(r.findings.len(), 1);
}

#[test]
fn attribute_count_is_bounded() {
    let mut tag = String::from("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a\"><md:Extensions><x");
    for i in 0..100_000 {
        tag.push_str(&format!(" xmlns:p{i}=\"urn:x:{i}\""));
    }
    tag.push_str("/></md:Extensions></md:EntityDescriptor>");
    let r = check(&tag);
    assert_fires(&r, "saml/xml-too-many-attributes");
    // ADFS declares namespaces on many elements; that is fine.
    let adfs = check(&fixture("adfs-federationmetadata.xml"));
    assert_quiet(&adfs, "saml/xml-too-many-attributes");
    // Duplicates are caught with few and with many attributes.
    let mut many = String::from("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a\"><md:Extensions><x");
    for i in 0..40 {
        many.push_str(&format!(" a{i}=\"1\""));
    }
    many.push_str(" a3=\"2\"/></md:Extensions></md:EntityDescriptor>");
    assert_fires(&check(&many), "saml/xml-not-well-formed");
}

#[test]
fn huge_values_are_shortened_in_messages() {
    let huge = "x".repeat(10_000_000);
    let r = check(&okta().replace(
        "http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"",
        &format!("{huge}\""),
    ));
    assert_fires(&r, "saml/entity-id-not-absolute");
    assert!(r.findings.iter().all(|f| f.message.len() < 500));
    let r = check(&okta().replace(
        "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
        &huge,
    ));
    assert!(r.findings.iter().all(|f| f.message.len() < 500));
}

#[test]
fn utf16_and_bom_inputs_are_decoded() {
    let text = okta();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let r = check_metadata(&utf16, &MetadataOptions::at(now()));
    assert!(r.findings.is_empty(), "{:?}", rules_of(&r));
    assert_eq!(r.data.counts.entities, 1);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let r = check_metadata(&bom, &MetadataOptions::at(now()));
    assert!(r.findings.is_empty(), "{:?}", rules_of(&r));
    let latin1 = fixture("pingfederate-idp.xml")
        .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
        .replace("Pat", "Zo\u{eb}");
    let bytes: Vec<u8> = latin1.chars().map(|c| c as u32 as u8).collect();
    let r = check_metadata(&bytes, &MetadataOptions::at(now()));
    // Decoded cleanly: the only error is the EC key the fixture carries.
    assert_quiet(&r, "saml/xml-encoding");
    assert_quiet(&r, "saml/xml-not-well-formed");
    assert_eq!(
        rules_of(&r)
            .iter()
            .filter(|id| id.starts_with("saml/"))
            .count(),
        1,
        "{:?}",
        rules_of(&r)
    );
}

// ---------------------------------------------------------------- SP export

#[test]
fn sp_export_round_trips_without_errors() {
    let opts = SpMetadataOptions {
        acs_url: "https://loginp.webexconnect.com/cas/sso/contoso.example/wbxconnect".into(),
        nameid_format: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress".into(),
        authn_requests_signed: true,
        certificate_pem: pem("webex-sp"),
        single_logout_url: Some("https://loginp.webexconnect.com/cas/logout".into()),
        ..Default::default()
    };
    let xml = sp_metadata(&opts);
    assert!(xml.contains("SingleLogoutService"));
    let r = check(&xml);
    assert!(!r.has_errors(), "{:?}", r.findings);
    assert!(
        r.findings.iter().all(|f| f.severity != Severity::Warning),
        "{:?}",
        r.findings
    );
    let e = &r.data.entities()[0];
    assert_eq!(e.entity_id.as_deref().unwrap(), "http://www.webex.com");
    assert_eq!(e.roles, ["sp"]);
    assert_eq!(
        e.acs_services[0].location.as_deref().unwrap(),
        "https://loginp.webexconnect.com/cas/sso/contoso.example/wbxconnect"
    );
    assert_eq!(e.acs_services[0].is_default, Some(Flag::Bool(true)));
    assert_eq!(e.authn_requests_signed, Some(true));
    assert_eq!(
        e.nameid_formats,
        ["urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"]
    );
    let certs = &e.certificates;
    assert_eq!(certs.len(), 2);
    assert_eq!(certs[0].use_.as_deref().unwrap(), "signing");
    assert_eq!(certs[1].use_.as_deref().unwrap(), "encryption");
    assert_eq!(
        *certs[0].detail("subject").unwrap(),
        "C=US, O=Preflight Fixtures, CN=www.webex.com"
    );
}

#[test]
fn sp_export_escapes_values_and_defaults() {
    let xml = sp_metadata(&SpMetadataOptions {
        entity_id: "https://sp.example.com/?a=1&b=\"2\"".into(),
        acs_url: "https://sp.example.com/acs?x=<y>".into(),
        ..Default::default()
    });
    let r = check(&xml);
    assert_quiet(&r, "saml/xml-not-well-formed");
    assert_eq!(
        r.data.entities()[0].entity_id.as_deref().unwrap(),
        "https://sp.example.com/?a=1&b=\"2\""
    );
    let d = SpMetadataOptions::default();
    assert_eq!(d.entity_id, "http://www.webex.com");
    // An http ACS URL is exported as typed and then warned about.
    let r = check(&sp_metadata(&SpMetadataOptions {
        acs_url: "http://sp.example.com/acs".into(),
        ..Default::default()
    }));
    assert_fires(&r, "saml/endpoint-location-http");
}

#[test]
fn random_mutations_of_vendor_metadata_never_panic() {
    let mut x: u64 = 0x2545F4914F6CDD1D;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let alphabet = b"<>/=\"'&;:![]?- \n\0\xff\xc3ABCxmlns";
    for name in [
        "okta-idp.xml",
        "adfs-federationmetadata.xml",
        "federation-aggregate.xml",
    ] {
        let base = fixture(name).into_bytes();
        for _ in 0..300 {
            let mut v = base.clone();
            for _ in 0..(1 + next() % 4) {
                let at = (next() as usize) % v.len();
                match next() % 3 {
                    0 => v[at] = alphabet[(next() as usize) % alphabet.len()],
                    1 => {
                        v.remove(at);
                    }
                    _ => v.insert(at, alphabet[(next() as usize) % alphabet.len()]),
                }
            }
            let r = check_metadata(&v, &MetadataOptions::at(now()));
            assert!(r.data.entities.is_some());
            assert!(r.findings.iter().all(|f| f.message.len() < 2000));
        }
    }
}

// ------------------------------------------------- real-world shapes

#[test]
fn shibboleth_v4_default_metadata_has_no_false_errors() {
    // The IdP's generated metadata: a SAML 1.1-only AttributeAuthorityDescriptor,
    // protocolSupportEnumeration split over lines, certificates wrapped and
    // indented, commented-out endpoints, an mdui:Logo data: URI.
    let r = check(&fixture("shibboleth-idp-v4-default-metadata.xml"));
    assert_quiet(&r, "saml/protocol-support-missing");
    assert_quiet(&r, "saml/certificate-undecodable");
    assert!(!r.has_errors(), "{:?}", rules_of(&r));
    assert_fires(&r, "saml/nameid-format-unsupported");
    let e = &r.data.entities()[0];
    assert_eq!(e.roles, ["idp", "aa"]);
    assert_eq!(e.sso_services.len(), 5);
    let certs = &e.certificates;
    assert_eq!(certs.len(), 4);
    assert!(certs.iter().all(|c| c.text("subject").is_some()));
    assert_eq!(certs[3].role, "aa");
    assert_eq!(
        e.webex_import.as_ref().unwrap().nameid_formats[0].format,
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
    );
    // An IdP role that speaks only SAML 1.1 still cannot serve Webex.
    let saml1_only = fixture("shibboleth-idp-v4-default-metadata.xml").replacen(
        "urn:oasis:names:tc:SAML:2.0:protocol  ",
        "",
        1,
    );
    assert_fires(&check(&saml1_only), "saml/protocol-support-missing");
}

#[test]
fn uri_attributes_are_read_with_surrounding_whitespace_collapsed() {
    // xs:anyURI collapses whitespace: a Location or entityID a pretty
    // printer wrapped onto its own line is the same URL.
    let loc = "https://contoso.okta.com/app/contoso_webexmessenger_1/exk8a1b2c3D4e5F6g7h8/sso/saml";
    let text = okta()
        .replacen(
            &format!("Location=\"{loc}\""),
            &format!("Location=\"\n      {loc}\n    \""),
            1,
        )
        .replace(
            "entityID=\"http://www.okta.com/exk8a1b2c3D4e5F6g7h8\"",
            "entityID=\" http://www.okta.com/exk8a1b2c3D4e5F6g7h8\t\"",
        )
        .replace(
            "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"",
            "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST \"",
        );
    let r = check(&text);
    assert_quiet(&r, "saml/endpoint-location-invalid");
    assert_quiet(&r, "saml/entity-id-not-absolute");
    assert_quiet(&r, "saml/unknown-binding");
    assert!(r.findings.is_empty(), "{:?}", rules_of(&r));
    let e = &r.data.entities()[0];
    assert_eq!(
        e.entity_id.as_deref().unwrap(),
        "http://www.okta.com/exk8a1b2c3D4e5F6g7h8"
    );
    assert_eq!(e.sso_services[0].location.as_deref().unwrap(), loc);
    assert_eq!(
        e.sso_services[0].binding.as_deref().unwrap(),
        "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
    );
    // A space inside the URL is still an error.
    let inner = okta().replacen("/sso/saml\"", "/sso saml\"", 1);
    assert_fires(&check(&inner), "saml/endpoint-location-invalid");
}

#[test]
fn utf16_without_byte_order_mark_is_decoded() {
    // XML 1.0 Appendix F: `<` followed by a NUL byte is UTF-16LE.
    let text = okta();
    for big_endian in [false, true] {
        let mut bytes = Vec::new();
        for u in text.encode_utf16() {
            if big_endian {
                bytes.extend_from_slice(&u.to_be_bytes());
            } else {
                bytes.extend_from_slice(&u.to_le_bytes());
            }
        }
        let r = check_metadata(&bytes, &MetadataOptions::at(now()));
        assert_quiet(&r, "saml/xml-encoding");
        assert!(r.findings.is_empty(), "{:?}", rules_of(&r));
        assert_eq!(r.data.counts.entities, 1);
    }
}

// ---------------------------------------------------------------- one entity of an aggregate

fn paths<D>(r: &Report<D>) -> Vec<String> {
    r.findings
        .iter()
        .filter_map(|f| f.location.path.clone())
        .collect()
}

#[test]
fn focus_keeps_the_chosen_entity_and_the_document() {
    let whole = check(&fixture("federation-aggregate.xml"));
    let r = preflight::saml::focus(
        whole.clone(),
        "https://idp.gamma.example.org/idp/shibboleth",
    );
    assert_quiet(&r, "saml/entity-not-found");
    assert_eq!(r.data.focus.as_ref().unwrap().matched, 1);
    assert_eq!(r.data.focus.as_ref().unwrap().entities_in_file, 4);
    let entities = r.data.entities();
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0].path, "/EntitiesDescriptor/EntityDescriptor[3]");
    // Nothing about the other members; the aggregate's own findings stay.
    for p in paths(&r) {
        assert!(
            !p.contains("EntityDescriptor[")
                || p.starts_with("/EntitiesDescriptor/EntityDescriptor[3]"),
            "{p}"
        );
    }
    let doc_level = |r: &Report<MetadataData>| {
        paths(r)
            .iter()
            .filter(|p| !p.contains("EntityDescriptor["))
            .count()
    };
    assert!(doc_level(&r) > 0);
    assert_eq!(doc_level(&r), doc_level(&whole));
    assert!(r.findings.len() < whole.findings.len());
    let s = &r.summary;
    assert_eq!(s.errors + s.warnings + s.infos, r.findings.len());

    // A duplicated entityID keeps every copy, and the duplicate finding.
    let r = preflight::saml::focus(whole, " https://idp.alpha.example.org/idp/shibboleth ");
    assert_eq!(r.data.focus.as_ref().unwrap().matched, 2);
    assert_fires(&r, "saml/duplicate-entity-id");
}

#[test]
fn focus_on_a_missing_entity_is_an_error_with_a_suggestion() {
    let whole = check(&fixture("federation-aggregate.xml"));
    let r = preflight::saml::focus(
        whole.clone(),
        "https://idp.gamma.example.org/idp/Shibboleth/",
    );
    assert_fires(&r, "saml/entity-not-found");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/entity-not-found")
        .unwrap();
    assert!(
        f.message
            .contains("did you mean `https://idp.gamma.example.org/idp/shibboleth`"),
        "{}",
        f.message
    );
    assert!(r.has_errors());
    assert_eq!(r.data.entities().len(), 0);
    let r = preflight::saml::focus(whole, "urn:nothing:like:it");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml/entity-not-found")
        .unwrap();
    assert!(!f.message.contains("did you mean"), "{}", f.message);
}

/// The vendor metadata fixtures carry illustrative DigestValue and
/// SignatureValue (not computed), which verification rightly fails;
/// nothing else may be an error. Real signatures: tests/xmldsig.rs.
fn only_placeholder_signature_errors<D>(r: &Report<D>) {
    let errors: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.rule.as_str())
        .collect();
    assert!(
        errors.iter().all(|e| *e == "saml/signature-invalid"),
        "{errors:?}"
    );
}

#[test]
fn a_federation_aggregates_short_valid_until_is_information_an_entitys_a_warning() {
    // Federations re-sign their aggregate every few days, valid for two
    // weeks: the fixture's validUntil is 14 days after now().
    let r = check(&fixture("federation-aggregate.xml"));
    let soon: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "saml/valid-until-soon")
        .collect();
    assert_eq!(soon.len(), 1, "{:?}", r.findings);
    assert_eq!(soon[0].severity, Severity::Info);
    // The same date on one IdP's own metadata is a warning to plan for.
    let until = (now() + chrono::Duration::days(14)).format("%Y-%m-%dT%H:%M:%SZ");
    let single = fixture("okta-idp.xml").replacen(
        "entityID=",
        &format!("validUntil=\"{until}\" entityID="),
        1,
    );
    let r = check(&single);
    let soon: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "saml/valid-until-soon")
        .collect();
    assert_eq!(soon.len(), 1, "{:?}", r.findings);
    assert_eq!(soon[0].severity, Severity::Warning);
}

/// The page reads the worker's JSON report back as `MetadataData`: every
/// fixture's report survives the round trip unchanged (an ACS index or
/// isDefault that is not a number or boolean, a verified signature, an
/// undecodable certificate, a focused report), and a refused input's `{}`
/// reads as a report with nothing in it.
#[test]
fn the_json_report_reads_back_as_the_typed_data() {
    let mut inputs: Vec<String> = [
        "okta-idp.xml",
        "adfs-federationmetadata.xml",
        "entra-id-federationmetadata.xml",
        "pingfederate-idp.xml",
        "shibboleth-idp-metadata.xml",
        "shibboleth-idp-v4-default-metadata.xml",
        "federation-aggregate.xml",
    ]
    .iter()
    .map(|n| fixture(n))
    .collect();
    let b64 = okta()
        .split("<ds:X509Certificate>")
        .nth(1)
        .and_then(|s| s.split("</ds:X509Certificate>").next())
        .unwrap()
        .to_string();
    inputs.push(okta().replace(&b64, "not base64 at all"));
    inputs.push(sp_metadata(&SpMetadataOptions::default()).replace(
        "index=\"0\" isDefault=\"true\"",
        "index=\"first\" isDefault=\"yes\"",
    ));
    inputs.push(fixture("../xmldsig/metadata-aggregate-signed.xml"));
    inputs.push("not metadata".into());
    for text in &inputs {
        let typed = check(text);
        let focused = preflight::saml::focus(
            typed.clone(),
            "https://idp.alpha.example.org/idp/shibboleth",
        );
        for r in [typed, focused] {
            let json = r.clone().into_json();
            let back = json.clone().typed::<MetadataData>().unwrap();
            assert_eq!(back.clone().into_json(), json);
            assert_eq!(
                serde_json::to_string(&back).unwrap(),
                serde_json::to_string(&json).unwrap()
            );
        }
    }
    let refused = Report::new("saml-metadata", b"")
        .typed::<MetadataData>()
        .unwrap();
    assert_eq!(refused.data, MetadataData::empty());
}
