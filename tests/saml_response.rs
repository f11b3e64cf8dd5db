//! The SAML response checker on responses shaped like ADFS, Okta, Entra ID
//! and Shibboleth output (tests/fixtures/saml-response/), in every encoding,
//! plus hostile input. Every test uses a fixed "now".

use chrono::{DateTime, Utc};
use preflight::saml::response::{self, decode, NameIdSource, ResponseData, ResponseOptions};
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

fn fx(name: &str) -> String {
    let p = format!(
        "{}/tests/fixtures/saml-response/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn at(t: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(t).unwrap().with_timezone(&Utc)
}

/// Half a minute after the fixtures were issued.
fn now() -> DateTime<Utc> {
    at("2026-11-20T10:00:30Z")
}

fn run(input: &str) -> Report {
    response::check(input, &ResponseOptions::default(), now())
}

/// [`run`], with the report's data typed.
fn typed(input: &str) -> Report<ResponseData> {
    response::check_typed(input, &ResponseOptions::default(), now())
}

fn run_opts(input: &str, opts: &ResponseOptions) -> Report {
    response::check(input, opts, now())
}

fn rule_ids<D>(r: &Report<D>) -> Vec<String> {
    let mut v: Vec<String> = r.findings.iter().map(|f| f.rule.clone()).collect();
    v.sort();
    v.dedup();
    v
}

/// `okta.xml` with `from` replaced (which must occur).
fn okta_with(from: &str, to: &str) -> String {
    let x = fx("okta.xml");
    assert!(x.contains(from), "fixture lacks {from}");
    x.replacen(from, to, 1)
}

/// Cut the text from the first `start` through the end of the next `end`.
fn cut(x: &str, start: &str, end: &str) -> String {
    let a = x.find(start).expect("start");
    let b = a + x[a..].find(end).expect("end") + end.len();
    format!("{}{}", &x[..a], &x[b..])
}

fn okta_assertion() -> String {
    let x = fx("okta.xml");
    let a = x.find("<saml2:Assertion").unwrap();
    let b = x.find("</saml2:Assertion>").unwrap() + "</saml2:Assertion>".len();
    x[a..b].to_string()
}

#[test]
fn malformed_percent_escape_is_located_at_its_offset() {
    let post = decode::encode_post(
        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>",
    );
    let input = format!("SAMLResponse={}%G1", post.replace('+', "%2B"));
    let r = run(&input);
    assert_fires(&r, "saml-response/not-decodable");
    let f = &r.findings[0];
    let at = input.find("%G1").unwrap();
    assert_eq!(f.location.span, Some((at, at + 1)));
    assert!(f.message.contains(&format!("offset {at}")), "{}", f.message);
    assert!(f.message.contains("\"%G1\""), "{}", f.message);
    // The same value with a well-formed escape decodes.
    let ok = run(&format!("SAMLResponse={}", post.replace('+', "%2B")));
    assert_quiet(&ok, "saml-response/not-decodable");
}

#[test]
fn okta_response_is_clean_and_fully_described() {
    let r = run(&fx("okta.xml"));
    for id in [
        "saml-response/status-not-success",
        "saml-response/assertion-missing",
        "saml-response/unsigned",
        "saml-response/expired",
        "saml-response/audience-mismatch",
        "saml-response/attribute-required-missing",
    ] {
        assert!(!r.fired(id), "{id}");
    }
    // The fixture's DigestValue and SignatureValue are illustrative, not
    // computed: verification (tests/xmldsig.rs, real xmlsec1 signatures)
    // rightly fails them, and nothing else may be wrong.
    let others: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule != "saml-response/signature-invalid")
        .collect();
    assert!(
        !others
            .iter()
            .any(|f| f.severity != preflight::report::Severity::Info),
        "{others:?}"
    );
    let d = &r.data;
    assert_eq!(d["kind"], "Response");
    assert_eq!(d["encoding"], "xml");
    assert_eq!(d["issuer"], "http://www.okta.com/exk1a2b3c4d5E6f7g8h9");
    assert_eq!(d["name_id"]["value"], "jane.doe@example.com");
    assert_eq!(
        d["name_id"]["format"],
        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
    );
    assert_eq!(d["attributes"]["firstname"][0], "Jane");
    assert_eq!(d["attributes"]["ISOCountry"][0], "US");
    assert_eq!(d["conditions"]["not_before"], "2026-11-20T09:55:00.412Z");
    assert_eq!(
        d["conditions"]["not_on_or_after"],
        "2026-11-20T10:05:00.412Z"
    );
    assert_eq!(d["conditions"]["audiences"][0], "http://www.webex.com");
    assert_eq!(
        d["status"]["code"],
        "urn:oasis:names:tc:SAML:2.0:status:Success"
    );
    assert_eq!(
        d["subject_confirmation"]["recipient"],
        "https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example"
    );
    assert_eq!(
        d["subject_confirmation"]["in_response_to"],
        "_a9c3e1f04b2d4e3f8a71c0d5e6b7a8f9"
    );
    assert_eq!(
        d["authn"]["authn_context_class_ref"],
        "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
    );
    let sigs = d["signatures"].as_array().unwrap();
    assert_eq!(sigs.len(), 2);
    assert_eq!(sigs[0]["path"], "/saml2p:Response/ds:Signature");
    assert_eq!(
        sigs[1]["signature_method"],
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    );
    assert_eq!(
        sigs[1]["digest_methods"][0],
        "http://www.w3.org/2001/04/xmlenc#sha256"
    );
    assert_eq!(
        sigs[1]["canonicalization"],
        "http://www.w3.org/2001/10/xml-exc-c14n#"
    );
    assert_eq!(sigs[1]["reference_uri"], "#id44717864316234911595012048");
    assert_eq!(d["account"]["auto_account_creation"]["ready"], true);
    assert_eq!(d["account"]["auto_account_update"]["ready"], true);
    assert_eq!(
        d["account"]["auto_account_update"]["update_timestamp_form"],
        "long"
    );
    let table = d["attribute_table"].as_array().unwrap();
    assert_eq!(table.len(), 9);
    assert_eq!(table[0]["name"], "uid");
    assert_eq!(table[0]["status"], "ok");
    // A passing row names the rule it satisfies.
    assert_eq!(table[0]["rule"], "saml-response/attribute-required-missing");
    let ts = table
        .iter()
        .find(|r| r["name"] == "updateTimeStamp")
        .unwrap();
    assert_eq!(ts["rule"], "saml-response/update-timestamp-format");
    assert!(d["xml_pretty"]
        .as_str()
        .unwrap()
        .starts_with("<saml2p:Response"));
    assert_quiet(&r, "saml-response/status-missing");
    assert_quiet(&r, "saml-response/status-not-success");
    assert_quiet(&r, "saml-response/assertion-missing");
    assert_quiet(&r, "saml-response/assertion-encrypted");
    assert_quiet(&r, "saml-response/multiple-assertions");
    assert_quiet(&r, "saml-response/issuer-missing");
    assert_quiet(&r, "saml-response/issuer-inconsistent");
    assert_quiet(&r, "saml-response/subject-missing");
    assert_quiet(&r, "saml-response/nameid-missing");
    assert_quiet(&r, "saml-response/nameid-format-unsupported");
    assert_quiet(&r, "saml-response/nameid-email-invalid");
    assert_quiet(&r, "saml-response/nameid-comment");
    assert_quiet(&r, "saml-response/nameid-attribute-mismatch");
    assert_quiet(&r, "saml-response/subject-confirmation-missing");
    assert_quiet(&r, "saml-response/recipient-missing");
    assert_quiet(&r, "saml-response/subject-confirmation-expired");
    assert_quiet(&r, "saml-response/in-response-to-mismatch");
    assert_quiet(&r, "saml-response/recipient-destination-mismatch");
    assert_quiet(&r, "saml-response/bad-timestamp");
    assert_quiet(&r, "saml-response/conditions-missing");
    assert_quiet(&r, "saml-response/not-yet-valid");
    assert_quiet(&r, "saml-response/expired");
    assert_quiet(&r, "saml-response/audience-missing");
    assert_quiet(&r, "saml-response/audience-mismatch");
    assert_quiet(&r, "saml-response/authn-statement-missing");
    assert_quiet(&r, "saml-response/authn-context-missing");
    assert_quiet(&r, "saml-response/attribute-required-missing");
    assert_quiet(&r, "saml-response/attribute-unknown");
    assert_quiet(&r, "saml-response/attribute-uri-name");
    assert_quiet(&r, "saml-response/attribute-multi-valued");
    assert_quiet(&r, "saml-response/email-attribute-invalid");
    assert_quiet(&r, "saml-response/update-timestamp-format");
    assert_quiet(&r, "saml-response/iso-country-invalid");
    assert_quiet(&r, "saml-response/imlogging-not-boolean");
    assert_quiet(&r, "saml-response/auto-account-creation");
    assert_quiet(&r, "saml-response/auto-account-update");
    assert_quiet(&r, "saml-response/uid-without-domain");
    assert_quiet(&r, "saml-response/uid-domain-differs");
    assert_quiet(&r, "saml-response/unsigned");
    assert_quiet(&r, "saml-response/weak-signature-algorithm");
    assert_quiet(&r, "saml-response/signature-reference-mismatch");
    assert_quiet(&r, "saml-response/empty-input");
    assert_quiet(&r, "saml-response/input-too-large");
    assert_quiet(&r, "saml-response/not-decodable");
    assert_quiet(&r, "saml-response/inflate-limit");
    assert_quiet(&r, "saml-response/xml-malformed");
    assert_quiet(&r, "saml-response/xml-dtd-forbidden");
    assert_quiet(&r, "saml-response/xml-too-deep");
    assert_quiet(&r, "saml-response/unknown-root");
    // Without --idp-metadata the metadata rules have nothing to say.
    assert_quiet(&r, "saml-response/idp-metadata-unreadable");
    // uid is user@domain: the UPN reminder is an info.
    assert_fires(&r, "saml-response/uid-upn");
}

#[test]
fn adfs_unprefixed_assertion_with_claim_rule_typos() {
    let r = run(&fx("adfs.xml"));
    let d = &r.data;
    assert_eq!(d["kind"], "Response");
    assert_eq!(d["issuer"], "http://adfs.example.com/adfs/services/trust");
    assert_eq!(d["name_id"]["value"], "jdoe@corp.example.local");
    // FirstName instead of firstname: differs only in case, a warning naming
    // the exact name. Was: "unknown" and "firstname missing" (an error),
    // though the guide never says attribute names are case-sensitive.
    assert_fires(&r, "saml-response/attribute-name-case");
    let case = r
        .findings
        .iter()
        .find(|f| f.rule == "saml-response/attribute-name-case")
        .unwrap();
    assert!(
        case.message.contains("FirstName") && case.message.contains("use the exact name firstname"),
        "{}",
        case.message
    );
    assert_eq!(case.severity, preflight::Severity::Warning);
    assert_quiet(&r, "saml-response/attribute-unknown");
    assert_quiet(&r, "saml-response/attribute-required-missing");
    // A name that is not a case variant is still unknown, and a required
    // attribute really absent is still missing.
    let other = run(&fx("adfs.xml").replace("Name=\"FirstName\"", "Name=\"GivenNameX\""));
    assert_fires(&other, "saml-response/attribute-unknown");
    assert_fires(&other, "saml-response/attribute-required-missing");
    assert_quiet(&other, "saml-response/attribute-name-case");
    let creation = r
        .findings
        .iter()
        .find(|f| f.rule == "saml-response/auto-account-creation")
        .unwrap();
    assert!(
        creation
            .message
            .contains("firstname (sent only as FirstName, which differs in case)"),
        "{}",
        creation.message
    );
    assert_fires(&r, "saml-response/auto-account-creation");
    assert_eq!(
        d["account"]["auto_account_creation"]["missing"][0],
        "firstname"
    );
    // LDIF updateTimeStamp is accepted.
    assert_quiet(&r, "saml-response/update-timestamp-format");
    assert_quiet(&r, "saml-response/auto-account-update");
    assert_eq!(
        d["account"]["auto_account_update"]["update_timestamp_form"],
        "ldif"
    );
    // An Active Directory UPN with an internal suffix.
    assert_fires(&r, "saml-response/uid-upn");
    assert_fires(&r, "saml-response/uid-domain-differs");
    // The old rsa-sha1 relying party trust default.
    assert_fires(&r, "saml-response/weak-signature-algorithm");
    assert_quiet(&r, "saml-response/unsigned");
    assert_quiet(&r, "saml-response/attribute-uri-name");
    let row = d["attribute_table"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "FirstName")
        .unwrap();
    assert_eq!(row["status"], "warning");
    assert_eq!(row["rule"], "saml-response/attribute-name-case");
    // No "firstname missing" row: it was sent, under another case.
    assert!(!d["attribute_table"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["name"] == "firstname"));
    // Locations carry the XML path and, for pasted XML, line and column.
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml-response/uid-domain-differs")
        .unwrap();
    assert!(f
        .location
        .path
        .as_deref()
        .unwrap()
        .starts_with("/samlp:Response/Assertion/AttributeStatement/Attribute"));
    assert_eq!(f.location.line, Some(1));
}

#[test]
fn entra_id_claim_uris_are_not_webex_names() {
    let r = run(&fx("entra-id.xml"));
    assert_fires(&r, "saml-response/attribute-uri-name");
    let msgs: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.rule == "saml-response/attribute-uri-name")
        .map(|f| f.message.as_str())
        .collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("emailaddress") && m.ends_with("short name email")),
        "{msgs:?}"
    );
    assert!(msgs
        .iter()
        .any(|m| m.contains("givenname") && m.ends_with("short name firstname")));
    // Claims with no Webex counterpart are merely unknown.
    assert_fires(&r, "saml-response/attribute-unknown");
    assert_fires(&r, "saml-response/attribute-required-missing");
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("rename it to email")));
    assert_fires(&r, "saml-response/auto-account-update");
    assert_eq!(
        r.data["signatures"][0]["path"],
        "/samlp:Response/Assertion/Signature"
    );
    // The same response through the Redirect binding gives the same verdict.
    let d = run(&fx("entra-id.deflate.b64"));
    assert_eq!(d.data["encoding"], "base64-deflate");
    assert_eq!(rule_ids(&d), rule_ids(&r));
}

#[test]
fn shibboleth_oid_names_and_transient_nameid() {
    let r = typed(&fx("shibboleth.xml"));
    assert_fires(&r, "saml-response/nameid-format-unsupported");
    assert_fires(&r, "saml-response/attribute-uri-name");
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("urn:oid:2.5.4.42") && f.message.contains("firstname")));
    let confirmation = r.data.subject_confirmation.clone().flatten().unwrap();
    assert_eq!(confirmation.address.as_deref(), Some("203.0.113.45"));
    assert_eq!(
        r.data.name_id().unwrap().sp_name_qualifier.as_deref(),
        Some("http://www.webex.com")
    );
}

#[test]
fn shibboleth_encrypted_assertion_lists_algorithms() {
    let r = typed(&fx("shibboleth-encrypted.xml"));
    assert_fires(&r, "saml-response/assertion-encrypted");
    assert_quiet(&r, "saml-response/assertion-missing");
    assert_quiet(&r, "saml-response/unsigned");
    let a = r.data.assertion.as_ref().unwrap();
    assert!(a.encrypted);
    let algs: Vec<&str> = a
        .encryption_methods
        .iter()
        .flatten()
        .map(String::as_str)
        .collect();
    assert!(
        algs.contains(&"http://www.w3.org/2009/xmlenc11#aes128-gcm"),
        "{algs:?}"
    );
    assert!(
        algs.contains(&"http://www.w3.org/2009/xmlenc11#rsa-oaep"),
        "{algs:?}"
    );
    assert!(!r.has_errors());
}

#[test]
fn non_success_status_is_explained_with_second_level_code() {
    let r = typed(&fx("adfs-status-invalid-nameid-policy.xml"));
    assert_fires(&r, "saml-response/status-not-success");
    assert_quiet(&r, "saml-response/assertion-missing");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml-response/status-not-success")
        .unwrap();
    assert!(f.message.contains("Responder"), "{}", f.message);
    assert!(f.message.contains("InvalidNameIDPolicy"), "{}", f.message);
    assert!(f.message.contains("NameID Format"), "{}", f.message);
    let st = r.data.status().unwrap();
    assert!(!st.success);
    assert_eq!(
        st.second_level[0].code,
        "urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy"
    );
}

#[test]
fn status_and_assertion_presence() {
    let no_status = cut(&fx("okta.xml"), "<saml2p:Status>", "</saml2p:Status>");
    assert_fires(&run(&no_status), "saml-response/status-missing");
    let no_assertion = cut(&fx("okta.xml"), "<saml2:Assertion ", "</saml2:Assertion>");
    let r = run(&no_assertion);
    assert_fires(&r, "saml-response/assertion-missing");
    assert_eq!(r.data["assertion"]["present"], false);
    let a = okta_assertion();
    let two = okta_with("</saml2p:Response>", &format!("{a}\n</saml2p:Response>"));
    assert_fires(&run(&two), "saml-response/multiple-assertions");
}

#[test]
fn issuers() {
    let line = "<saml2:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:entity\">http://www.okta.com/exk1a2b3c4d5E6f7g8h9</saml2:Issuer>\n    <ds:Signature";
    let r = run(&okta_with(line, "<ds:Signature"));
    assert_fires(&r, "saml-response/issuer-missing");
    let r = run(&okta_with(
        ">http://www.okta.com/exk1a2b3c4d5E6f7g8h9</saml2:Issuer>",
        ">http://www.okta.com/exkOTHERAPP</saml2:Issuer>",
    ));
    assert_fires(&r, "saml-response/issuer-inconsistent");
}

#[test]
fn subject_and_nameid() {
    let r = run(&cut(&fx("okta.xml"), "<saml2:Subject>", "</saml2:Subject>"));
    assert_fires(&r, "saml-response/subject-missing");
    let nameid = "<saml2:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">jane.doe@example.com</saml2:NameID>";
    let r = run(&okta_with(nameid, ""));
    assert_fires(&r, "saml-response/nameid-missing");
    let r = run(&okta_with(
        nameid,
        "<saml2:EncryptedID><xenc:EncryptedData xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\"/></saml2:EncryptedID>",
    ));
    assert_fires(&r, "saml-response/nameid-missing");
    // The SAML 2.0 emailAddress URN does not exist: suggest the 1.1 one.
    let r = run(&okta_with(
        "nameid-format:emailAddress\">jane",
        "nameid-format:emailAddress\">jane",
    ));
    assert_quiet(&r, "saml-response/nameid-format-unsupported");
    let r = run(&okta_with(
        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">jane",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:emailAddress\">jane",
    ));
    assert_fires(&r, "saml-response/nameid-format-unsupported");
    assert!(r.findings.iter().any(|f| f
        .message
        .contains("did you mean urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")));
    let r = run(&okta_with(
        nameid,
        &nameid.replace("jane.doe@example.com", "CORP\\jdoe"),
    ));
    assert_fires(&r, "saml-response/nameid-email-invalid");
    // The same value with Format unspecified is not an email claim.
    let r = run(&okta_with(
        nameid,
        "<saml2:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">CORP\\jdoe</saml2:NameID>",
    ));
    assert_quiet(&r, "saml-response/nameid-email-invalid");
}

#[test]
fn nameid_comment_does_not_truncate_and_is_flagged() {
    let r = run(&fx("okta-nameid-comment.xml"));
    assert_fires(&r, "saml-response/nameid-comment");
    assert_eq!(
        r.data["name_id"]["value"],
        "jane.doe@example.com.attacker.example"
    );
    assert_eq!(r.data["name_id"]["has_comment"], true);
    // The full value no longer equals uid.
    assert_fires(&r, "saml-response/nameid-attribute-mismatch");
}

#[test]
fn nameid_source_selection() {
    // ADFS sends the UPN as NameID; an Email organisation expects the mail address.
    let adfs = fx("adfs.xml");
    let email = ResponseOptions {
        nameid_source: NameIdSource::Email,
        ..ResponseOptions::default()
    };
    assert_fires(
        &run_opts(&adfs, &email),
        "saml-response/nameid-attribute-mismatch",
    );
    assert_quiet(&run(&adfs), "saml-response/nameid-attribute-mismatch");
    // Okta: NameID is the email, compared case-insensitively.
    let okta = fx("okta.xml").replace(
        ">jane.doe@example.com</saml2:NameID>",
        ">Jane.Doe@Example.com</saml2:NameID>",
    );
    assert_quiet(
        &run_opts(&okta, &email),
        "saml-response/nameid-attribute-mismatch",
    );
    let emp = ResponseOptions {
        nameid_source: NameIdSource::EmployeeId,
        ..ResponseOptions::default()
    };
    let r = run_opts(&okta, &emp);
    assert_fires(&r, "saml-response/nameid-attribute-mismatch");
    assert_eq!(
        NameIdSource::parse("EmployeeID"),
        Some(NameIdSource::EmployeeId)
    );
}

#[test]
fn subject_confirmation() {
    let r = run(&okta_with(
        "Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"",
        "Method=\"urn:oasis:names:tc:SAML:2.0:cm:holder-of-key\"",
    ));
    assert_fires(&r, "saml-response/subject-confirmation-missing");
    let r = run(&okta_with(
        " Recipient=\"https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example\"/>",
        "/>",
    ));
    assert_fires(&r, "saml-response/recipient-missing");
    let late = response::check(
        &fx("okta.xml"),
        &ResponseOptions::default(),
        at("2026-11-20T10:09:00Z"),
    );
    assert_fires(&late, "saml-response/subject-confirmation-expired");
    let r = run(&okta_with(
        "<saml2:SubjectConfirmationData InResponseTo=\"_a9c3",
        "<saml2:SubjectConfirmationData InResponseTo=\"_b9c3",
    ));
    assert_fires(&r, "saml-response/in-response-to-mismatch");
    let r = run(&okta_with(
        "Recipient=\"https://example.webex.com/dispatcher/SAML2AuthService?siteurl=example\"",
        "Recipient=\"https://example.webex.com/dispatcher/SAML2AuthService?siteurl=other\"",
    ));
    assert_fires(&r, "saml-response/recipient-destination-mismatch");
    let r = run(&okta_with(
        "IssueInstant=\"2026-11-20T10:00:00.412Z\" Version",
        "IssueInstant=\"now\" Version",
    ));
    assert_fires(&r, "saml-response/bad-timestamp");
    let r = run(&okta_with(
        "NotBefore=\"2026-11-20T09:55:00.412Z\"",
        "NotBefore=\"20.11.2026 09:55\"",
    ));
    assert_fires(&r, "saml-response/bad-timestamp");
}

#[test]
fn conditions_window_with_clock_skew() {
    let okta = fx("okta.xml");
    // NotBefore 09:55:00.412, NotOnOrAfter 10:05:00.412, default skew 180 s.
    let early = response::check(
        &okta,
        &ResponseOptions::default(),
        at("2026-11-20T09:51:00Z"),
    );
    assert_fires(&early, "saml-response/not-yet-valid");
    let within = response::check(
        &okta,
        &ResponseOptions::default(),
        at("2026-11-20T09:53:00Z"),
    );
    assert_quiet(&within, "saml-response/not-yet-valid");
    let strict = ResponseOptions {
        clock_skew_secs: 0,
        ..ResponseOptions::default()
    };
    assert_fires(
        &response::check(&okta, &strict, at("2026-11-20T09:53:00Z")),
        "saml-response/not-yet-valid",
    );
    let late = response::check(
        &okta,
        &ResponseOptions::default(),
        at("2026-11-20T10:08:01Z"),
    );
    assert_fires(&late, "saml-response/expired");
    let grace = response::check(
        &okta,
        &ResponseOptions::default(),
        at("2026-11-20T10:07:00Z"),
    );
    assert_quiet(&grace, "saml-response/expired");
    assert_fires(
        &response::check(&okta, &strict, at("2026-11-20T10:07:00Z")),
        "saml-response/expired",
    );
    let r = run(&cut(&okta, "<saml2:Conditions ", "</saml2:Conditions>"));
    assert_fires(&r, "saml-response/conditions-missing");
    assert!(r.data["conditions"].is_null());
}

#[test]
fn audience_against_sp_entity_id() {
    let okta = fx("okta.xml");
    let r = run(&cut(
        &okta,
        "<saml2:AudienceRestriction>",
        "</saml2:AudienceRestriction>",
    ));
    assert_fires(&r, "saml-response/audience-missing");
    let custom = ResponseOptions {
        sp_entity_id: "https://idbroker.webex.com/example".into(),
        ..ResponseOptions::default()
    };
    assert_fires(&run_opts(&okta, &custom), "saml-response/audience-mismatch");
    let slash = okta.replace(
        "<saml2:Audience>http://www.webex.com</saml2:Audience>",
        "<saml2:Audience>http://www.webex.com/</saml2:Audience>",
    );
    let r = run(&slash);
    assert_fires(&r, "saml-response/audience-mismatch");
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("trailing slash")));
}

#[test]
fn authn_statement() {
    let okta = fx("okta.xml");
    let r = run(&cut(
        &okta,
        "<saml2:AuthnStatement ",
        "</saml2:AuthnStatement>",
    ));
    assert_fires(&r, "saml-response/authn-statement-missing");
    let r = run(&cut(
        &okta,
        "<saml2:AuthnContextClassRef>",
        "</saml2:AuthnContextClassRef>",
    ));
    assert_fires(&r, "saml-response/authn-context-missing");
}

fn okta_attr(name: &str, value: &str) -> String {
    okta_with(
        "    </saml2:AttributeStatement>",
        &format!("      <saml2:Attribute Name=\"{name}\"><saml2:AttributeValue>{value}</saml2:AttributeValue></saml2:Attribute>\n    </saml2:AttributeStatement>"),
    )
}

#[test]
fn attribute_values() {
    let two = okta_with(
        ">Jane</saml2:AttributeValue>",
        ">Jane</saml2:AttributeValue><saml2:AttributeValue>Janet</saml2:AttributeValue>",
    );
    assert_fires(&run(&two), "saml-response/attribute-multi-valued");
    let dup = okta_attr("lastname", "Doe-Smith");
    assert_fires(&run(&dup), "saml-response/attribute-multi-valued");
    // groupid may carry several groups.
    let groups = okta_attr("groupid", "sales").replace(
        ">sales</saml2:AttributeValue>",
        ">sales</saml2:AttributeValue><saml2:AttributeValue>emea</saml2:AttributeValue>",
    );
    assert_quiet(&run(&groups), "saml-response/attribute-multi-valued");

    let x = okta_with(">1763632800000<", ">last Tuesday<");
    let r = run(&x);
    assert_fires(&r, "saml-response/update-timestamp-format");
    assert_fires(&r, "saml-response/auto-account-update");
    for good in ["2026-11-18T09:30:12Z", "20261118093012Z"] {
        let r = run(&okta_with(">1763632800000<", &format!(">{good}<")));
        assert_quiet(&r, "saml-response/update-timestamp-format");
    }
    for (bad, hint) in [
        ("USA", ""),
        ("uk", "GB"),
        ("UK", "GB"),
        ("United States", ""),
    ] {
        let r = run(&okta_with(">US<", &format!(">{bad}<")));
        assert_fires(&r, "saml-response/iso-country-invalid");
        assert!(r.findings.iter().any(|f| f.message.contains(hint)));
    }
    assert_quiet(
        &run(&okta_with(">US<", ">GB<")),
        "saml-response/iso-country-invalid",
    );
    let r = run(&okta_with(
        "<saml2:Attribute Name=\"email\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified\">\n        <saml2:AttributeValue xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"xs:string\">jane.doe@example.com<",
        "<saml2:Attribute Name=\"email\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified\">\n        <saml2:AttributeValue xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"xs:string\">Jane Doe<",
    ));
    assert_fires(&r, "saml-response/email-attribute-invalid");
    let r = run(&okta_with(">true<", ">yes<"));
    assert_fires(&r, "saml-response/imlogging-not-boolean");
    assert_quiet(
        &run(&okta_with(">true<", ">FALSE<")),
        "saml-response/imlogging-not-boolean",
    );
    let row = r.data["attribute_table"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "imloggingenabled")
        .unwrap()
        .clone();
    // Was an error: the guide gives no values for imloggingenabled (only
    // that it defaults to false), so true/false is best practice.
    assert_eq!(row["status"], "warning");
    assert_eq!(row["rule"], "saml-response/imlogging-not-boolean");
    // The fixture's signatures are illustrative (see okta_response_is_clean…).
    let errors: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.severity == preflight::report::Severity::Error)
        .filter(|f| f.rule != "saml-response/signature-invalid")
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(row["values"][0], "yes");
    // Every optional attribute of the guide's table is known by name.
    let mut all = fx("okta.xml");
    for n in [
        "groupid",
        "companyName",
        "businessFax",
        "streetLine1",
        "streetLine2",
        "city",
        "state",
        "zipcode",
        "mobilePhone",
        "businessPhone",
        "employeeid",
        "imloggingendpointname",
        "upgradesite",
    ] {
        all = all.replacen(
            "    </saml2:AttributeStatement>",
            &format!("      <saml2:Attribute Name=\"{n}\"><saml2:AttributeValue>x</saml2:AttributeValue></saml2:Attribute>\n    </saml2:AttributeStatement>"),
            1,
        );
    }
    let r = run(&all);
    assert_quiet(&r, "saml-response/attribute-unknown");
    assert_eq!(r.data["account"]["upgradesite"], "x");
}

#[test]
fn empty_required_attribute_counts_as_missing() {
    let r = run(&okta_with(">Doe<", "><"));
    assert_fires(&r, "saml-response/attribute-required-missing");
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("lastname is present but empty")));
    assert_fires(&r, "saml-response/auto-account-creation");
}

#[test]
fn uid_shapes() {
    let r = run(&okta_with(
        ">jane.doe@example.com</saml2:AttributeValue>",
        ">jdoe</saml2:AttributeValue>",
    ));
    assert_fires(&r, "saml-response/uid-without-domain");
    assert_quiet(&r, "saml-response/uid-upn");
    assert_quiet(&r, "saml-response/uid-domain-differs");
}

#[test]
fn idp_metadata_issuer_and_certificate() {
    let okta = fx("okta.xml");
    let with = |md: &str| ResponseOptions {
        idp_metadata: Some(fx(md)),
        ..ResponseOptions::default()
    };
    let r = run_opts(&okta, &with("okta-idp-metadata.xml"));
    assert_quiet(&r, "saml-response/issuer-not-idp-entity");
    assert_quiet(&r, "saml-response/signing-cert-unknown");
    assert_quiet(&r, "saml-response/idp-metadata-unreadable");
    assert_eq!(
        r.data["idp_metadata"]["entity_id"],
        "http://www.okta.com/exk1a2b3c4d5E6f7g8h9"
    );
    let r = run_opts(&okta, &with("okta-idp-metadata-rolled-over.xml"));
    assert_fires(&r, "saml-response/signing-cert-unknown");
    assert_quiet(&r, "saml-response/issuer-not-idp-entity");
    let r = run_opts(&okta, &with("other-idp-metadata.xml"));
    assert_fires(&r, "saml-response/issuer-not-idp-entity");
    let garbage = ResponseOptions {
        idp_metadata: Some("not metadata".into()),
        ..ResponseOptions::default()
    };
    let r = run_opts(&okta, &garbage);
    assert_fires(&r, "saml-response/idp-metadata-unreadable");
    // The metadata checker is hardened like the response parser.
    let hostile = ResponseOptions {
        idp_metadata: Some(fx("billion-laughs.xml")),
        ..ResponseOptions::default()
    };
    let r = run_opts(&okta, &hostile);
    assert_fires(&r, "saml-response/idp-metadata-unreadable");
}

#[test]
fn signatures() {
    let okta = fx("okta.xml");
    let unsigned = cut(
        &cut(&okta, "<ds:Signature", "</ds:Signature>"),
        "<ds:Signature",
        "</ds:Signature>",
    );
    let r = run(&unsigned);
    assert_fires(&r, "saml-response/unsigned");
    assert_eq!(r.data["signatures"].as_array().unwrap().len(), 0);
    // Signing only the response is enough.
    let response_only = {
        let a = okta.find("<saml2:Assertion").unwrap();
        let (head, tail) = okta.split_at(a);
        format!("{head}{}", cut(tail, "<ds:Signature", "</ds:Signature>"))
    };
    assert_quiet(&run(&response_only), "saml-response/unsigned");
    let r = run(&okta_with(
        "URI=\"#id4471786431577282201340651\"",
        "URI=\"#id44717864316234911595012048\"",
    ));
    assert_fires(&r, "saml-response/signature-reference-mismatch");
    let r = run(&okta_with(
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
        "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
    ));
    assert_fires(&r, "saml-response/weak-signature-algorithm");
}

#[test]
fn bare_assertion() {
    let a = okta_assertion();
    let r = run(&a);
    assert_eq!(r.data["kind"], "Assertion");
    assert_eq!(r.data["issuer"], "http://www.okta.com/exk1a2b3c4d5E6f7g8h9");
    assert_quiet(&r, "saml-response/unsigned");
    let unsigned = cut(&a, "<ds:Signature", "</ds:Signature>");
    assert_fires(&run(&unsigned), "saml-response/unsigned");
}

#[test]
fn authn_request_in_every_encoding() {
    for (f, enc, url) in [
        ("authn-request.xml", "xml", false),
        ("authn-request.deflate.b64", "base64-deflate", false),
        ("authn-request.redirect-url.txt", "base64-deflate", true),
    ] {
        let r = typed(&fx(f));
        assert_eq!(r.data.kind.as_deref(), Some("AuthnRequest"), "{f}");
        assert_eq!(r.data.encoding.as_deref(), Some(enc), "{f}");
        assert_eq!(r.data.url_encoded, Some(url), "{f}");
        assert_eq!(r.data.issuer(), Some("http://www.webex.com"));
        let request = r.data.authn_request.as_ref().unwrap();
        assert_eq!(
            request.name_id_policy.as_ref().unwrap().format.as_deref(),
            Some("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")
        );
        assert!(r
            .data
            .xml_pretty
            .as_deref()
            .unwrap()
            .contains("<samlp:NameIDPolicy"));
        assert_eq!(r.summary.errors, 0, "{f}: {:?}", r.findings);
        assert_quiet(&r, "saml-response/nameid-format-unsupported");
    }
    let r = typed(&fx("authn-request.redirect-url.txt"));
    assert_eq!(r.data.form_field(), Some("SAMLRequest"));
    let transient = fx("authn-request.xml").replace(
        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
    );
    assert_fires(&run(&transient), "saml-response/nameid-format-unsupported");
}

#[test]
fn response_encodings_are_detected() {
    for (f, enc, url) in [
        ("okta.post.b64", "base64", false),
        ("okta.post.wrapped.b64", "base64", false),
        ("adfs.post-form.txt", "base64", true),
        ("entra-id.deflate.b64", "base64-deflate", false),
        ("okta.post-form.html", "base64", false),
    ] {
        let r = run(&fx(f));
        assert_eq!(r.data["encoding"], enc, "{f}");
        assert_eq!(r.data["url_encoded"], url, "{f}");
        assert_eq!(r.data["kind"], "Response", "{f}");
    }
    assert_eq!(
        rule_ids(&run(&fx("okta.post.wrapped.b64"))),
        rule_ids(&run(&fx("okta.xml")))
    );
    let html = run(&fx("okta.post-form.html"));
    assert_eq!(html.data["form_field"], "SAMLResponse");
    assert_eq!(rule_ids(&html), rule_ids(&run(&fx("okta.xml"))));
    assert_eq!(
        rule_ids(&run(&fx("adfs.post-form.txt"))),
        rule_ids(&run(&fx("adfs.xml")))
    );
    let d = decode(&fx("okta.post.b64")).unwrap();
    assert_eq!(d.encoding.as_str(), "base64");
    assert_eq!(d.xml, fx("okta.xml").trim());
}

#[test]
fn redacted_copy_keeps_structure_and_rule_results() {
    for f in [
        "okta.xml",
        "adfs.xml",
        "entra-id.xml",
        "shibboleth.xml",
        "shibboleth-encrypted.xml",
        "adfs-status-invalid-nameid-policy.xml",
        "okta-nameid-comment.xml",
        "okta.post.b64",
        "adfs.post-form.txt",
        "authn-request.redirect-url.txt",
    ] {
        let original = fx(f);
        let red = response::redact(&original).unwrap();
        let opts = ResponseOptions {
            nameid_source: NameIdSource::Email,
            ..ResponseOptions::default()
        };
        // Redacting changes signed content (and drops the Redirect query
        // string), so signature verdicts may differ; everything else may not.
        let ids = |r: &Report| -> Vec<String> {
            rule_ids(r)
                .into_iter()
                .filter(|id| {
                    !id.starts_with("saml-response/signature-")
                        || id == "saml-response/signature-reference-mismatch"
                })
                .collect()
        };
        assert_eq!(ids(&run(&red)), ids(&run(&original)), "{f}");
        assert_eq!(
            ids(&run_opts(&red, &opts)),
            ids(&run_opts(&original, &opts)),
            "{f}"
        );
        for secret in [
            "jane.doe",
            "Jane",
            "John",
            "jdoe",
            "Maria",
            "Garcia",
            "pkumar",
            "Priya",
            "203.0.113.45",
            "Network Engineer",
        ] {
            assert!(!red.contains(secret), "{f} still contains {secret}");
        }
    }
    let red = response::redact(&fx("okta.xml")).unwrap();
    assert!(
        red.contains(">user1@example.invalid</saml2:NameID>"),
        "{red}"
    );
    assert!(red.contains("http://www.okta.com/exk1a2b3c4d5E6f7g8h9"));
    assert!(red.contains(">US<") && red.contains(">1763632800000<"));
    let r = run(&red);
    assert_eq!(r.data["attributes"]["email"][0], "user1@example.invalid");
    assert_eq!(r.data["attributes"]["uid"][0], "user1@example.invalid");
    assert!(response::redact("").is_err());
    assert!(response::redact(&fx("xxe.xml")).is_err());
}

#[test]
fn hostile_and_broken_input_never_panics() {
    assert_fires(&run(""), "saml-response/empty-input");
    assert_fires(&run("   \n\t"), "saml-response/empty-input");
    let r = run("this is not a SAML response!");
    assert_fires(&r, "saml-response/not-decodable");
    assert!(r.data["encoding"].is_null());
    let binary: String = (0u8..=255).map(char::from).collect();
    assert_fires(&run(&binary), "saml-response/not-decodable");
    assert_fires(&run("aGVsbG8gd29ybGQ="), "saml-response/not-decodable");
    // 20 MB is refused up front, without a 20 MB message.
    let huge = "A".repeat(20 * 1024 * 1024);
    let r = run(&huge);
    assert_fires(&r, "saml-response/input-too-large");
    assert!(r.findings.iter().all(|f| f.message.len() < 300));
    // A deflate bomb stops at the bound.
    let bomb = response::decode::encode_redirect(&"<a>".repeat(4 * 1024 * 1024));
    let r = run(&bomb);
    assert_fires(&r, "saml-response/inflate-limit");
    // Truncated base64 and truncated XML.
    let post = fx("okta.post.b64");
    let r = run(&post[..post.len() / 2]);
    assert!(r.fired("saml-response/xml-malformed") || r.fired("saml-response/not-decodable"));
    let x = fx("okta.xml");
    let r = run(&x[..x.len() / 2]);
    assert_fires(&r, "saml-response/xml-malformed");
    assert!(
        r.findings[0].message.contains("truncated"),
        "{}",
        r.findings[0].message
    );
    let r = run(&fx("xxe.xml"));
    assert_fires(&r, "saml-response/xml-dtd-forbidden");
    assert_eq!(r.findings[0].location.line, Some(2));
    assert_fires(
        &run(&fx("billion-laughs.xml")),
        "saml-response/xml-dtd-forbidden",
    );
    let deep = "<a>".repeat(100_000);
    assert_fires(&run(&deep), "saml-response/xml-too-deep");
    let saml11 = r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol" MajorVersion="1" MinorVersion="1"/>"#;
    let r = run(saml11);
    assert_fires(&r, "saml-response/unknown-root");
    assert!(r.findings[0].message.contains("SAML 1.x"));
    let r = run(&fx("okta-idp-metadata.xml"));
    assert_fires(&r, "saml-response/unknown-root");
    assert!(r.findings[0].message.contains("saml-metadata"));
    // Every prefix of every encoded fixture: findings, never a panic.
    for f in [
        "okta.post.b64",
        "entra-id.deflate.b64",
        "authn-request.redirect-url.txt",
        "adfs.xml",
    ] {
        let s = fx(f);
        let mut cut_at = 0;
        while cut_at < s.len() {
            if s.is_char_boundary(cut_at) {
                let _ = run(&s[..cut_at]);
            }
            cut_at += 97;
        }
    }
}

#[test]
fn many_attributes_and_siblings_stay_fast_enough_to_finish() {
    // ~30,000 unknown attributes on one line: each finding's line/column
    // lookup must not rescan the input.
    let attrs: String = (0..30_000)
        .map(|i| format!("<saml2:Attribute Name=\"x{i}\"><saml2:AttributeValue>v</saml2:AttributeValue></saml2:Attribute>"))
        .collect();
    let x = fx("okta.xml").replace('\n', " ").replacen(
        "</saml2:AttributeStatement>",
        &format!("{attrs}</saml2:AttributeStatement>"),
        1,
    );
    let r = run(&x);
    assert_fires(&r, "saml-response/attribute-unknown");
    assert_eq!(r.data["attribute_table"].as_array().unwrap().len(), 30_009);
    // Many distinct sibling names (path numbering) and the element cap.
    let siblings: String = (0..60_000).map(|i| format!("<e{i}/>")).collect();
    assert!(!run(&format!("<r>{siblings}</r>")).fired("saml-response/xml-too-deep"));
    let over: String = "<e/>".repeat(120_000);
    assert_fires(
        &run(&format!("<r>{over}</r>")),
        "saml-response/xml-too-deep",
    );
}

#[test]
fn directory_attribute_names_get_the_webex_name_suggested() {
    let x = fx("okta.xml")
        .replace("Name=\"firstname\"", "Name=\"givenName\"")
        .replace("Name=\"lastname\"", "Name=\"sn\"");
    let r = run(&x);
    assert_fires(&r, "saml-response/attribute-unknown");
    assert_fires(&r, "saml-response/attribute-required-missing");
    let msgs: Vec<&str> = r.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("givenName is not a Webex attribute; did you mean firstname?")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter().any(|m| m.contains(
            "required attribute lastname is missing (the IdP sends sn — rename it to lastname)"
        )),
        "{msgs:?}"
    );
}

#[test]
fn file_bytes_in_utf16_and_binary() {
    let x = fx("okta.xml");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in x.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let r = response::check_bytes(&utf16, &ResponseOptions::default(), now());
    assert_eq!(r.data["kind"], "Response");
    assert_eq!(rule_ids(&r), rule_ids(&run(&x)));
    assert_eq!(r.input_sha256, preflight::report::sha256_hex(&utf16));
    // Without the byte-order mark, the leading `<` gives UTF-16 away.
    let r = response::check_bytes(&utf16[2..], &ResponseOptions::default(), now());
    assert_eq!(r.data["kind"], "Response");
    assert_eq!(rule_ids(&r), rule_ids(&run(&x)));
    let bin = [0u8, 0x9f, 0x92, 0x96, 0xff, 0x00];
    let r = response::check_bytes(&bin, &ResponseOptions::default(), now());
    assert_fires(&r, "saml-response/not-decodable");
}

/// Deterministic mutations of every fixture (no external fuzzer needed):
/// characters that matter to XML, base64, dates and percent-encoding are
/// sprinkled in; checking and redacting must never panic.
#[test]
fn mutated_fixtures_never_panic() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet: Vec<char> = "<>&;\"'/=:%+-.#@!?[]é0123456789ZTaA \n\u{0}"
        .chars()
        .collect();
    for f in [
        "okta.xml",
        "adfs.xml",
        "entra-id.xml",
        "shibboleth.xml",
        "shibboleth-encrypted.xml",
        "authn-request.xml",
        "okta.post.b64",
        "authn-request.redirect-url.txt",
        "okta.post-form.html",
    ] {
        let original: Vec<char> = fx(f).chars().collect();
        // PREFLIGHT_FUZZ_ROUNDS=5000 for a longer local run.
        let rounds: usize = std::env::var("PREFLIGHT_FUZZ_ROUNDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(60);
        for _ in 0..rounds {
            let mut m = original.clone();
            for _ in 0..(next() % 8 + 1) {
                let i = (next() as usize) % m.len();
                let c = alphabet[(next() as usize) % alphabet.len()];
                match next() % 3 {
                    0 => m[i] = c,
                    1 => m.insert(i, c),
                    _ => {
                        m.remove(i);
                    }
                }
            }
            let s: String = m.into_iter().collect();
            let opts = ResponseOptions {
                idp_metadata: Some(s.clone()),
                ..ResponseOptions::default()
            };
            let _ = run_opts(&s, &opts);
            let _ = response::redact(&s);
        }
    }
}

#[test]
fn captures_from_browsers_logs_and_mail_are_decoded() {
    // A DevTools HAR export, a URL-encoded form body wrapped at 76 columns
    // (escapes split across lines), and a server log line that quotes the
    // form body then goes on with other words.
    let log = format!(
        "2026-11-20 10:00:01,123 DEBUG [acs] POST body: {} (from 192.0.2.10)",
        fx("adfs.post-form.txt").trim()
    );
    let header = format!("SAMLResponse: {}", fx("okta.post.b64").trim());
    for (name, input, expected, url) in [
        ("okta.har.json", fx("okta.har.json"), "okta.xml", true),
        (
            "adfs.post-form.wrapped.txt",
            fx("adfs.post-form.wrapped.txt"),
            "adfs.xml",
            true,
        ),
        ("log line", log, "adfs.xml", true),
        ("header dump", header, "okta.xml", false),
    ] {
        let r = run(&input);
        assert_quiet(&r, "saml-response/not-decodable");
        assert_eq!(r.data["kind"], "Response", "{name}");
        assert_eq!(r.data["encoding"], "base64", "{name}");
        assert_eq!(r.data["url_encoded"], url, "{name}");
        assert_eq!(r.data["form_field"], "SAMLResponse", "{name}");
        assert_eq!(rule_ids(&r), rule_ids(&run(&fx(expected))), "{name}");
    }
}

#[test]
fn undecodable_input_points_at_the_offending_character() {
    // The offset is in the input as given (line breaks included), not in
    // the base64 with its whitespace removed.
    let b64 = fx("okta.post.wrapped.b64");
    let at = b64.len() / 2;
    let at = at + b64[at..].find('\n').unwrap() + 1;
    let broken = format!("{}!{}", &b64[..at], &b64[at..]);
    let r = run(&broken);
    assert_fires(&r, "saml-response/not-decodable");
    let loc = &r.findings[0].location;
    assert_eq!(loc.span, Some((at, at + 1)));
    let line = u32::try_from(b64[..at].matches('\n').count() + 1).unwrap();
    assert_eq!(loc.line, Some(line));
}

#[test]
fn redirect_query_signature_is_reported() {
    let r = typed(&fx("authn-request.redirect-url.txt"));
    let sig = r.data.redirect_signature().unwrap();
    assert_eq!(
        sig.sig_alg.as_deref(),
        Some("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
    );
    assert!(sig.signature);
    assert_quiet(&r, "saml-response/weak-signature-algorithm");
    let r = typed(&fx("authn-request.redirect-url-sha1.txt"));
    assert_eq!(
        r.data.redirect_signature().unwrap().sig_alg.as_deref(),
        Some("http://www.w3.org/2000/09/xmldsig#rsa-sha1")
    );
    assert_fires(&r, "saml-response/weak-signature-algorithm");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml-response/weak-signature-algorithm")
        .unwrap();
    let (s, e) = f.location.span.unwrap();
    assert!(fx("authn-request.redirect-url-sha1.txt")[s..e].ends_with("rsa-sha1"));
    // A POST capture has no query signature.
    let post = typed(&fx("adfs.post-form.txt")).data;
    assert_eq!(post.redirect_signature, Some(None));
}

#[test]
fn keycloak_x500_mappers_and_role_list() {
    // Keycloak: `dsig:` signature prefix, default-namespace Assertion, the
    // X500 email/givenName/surname mappers (OIDs with FriendlyName) and the
    // role list as repeated Attribute elements.
    let r = run(&fx("keycloak.xml"));
    assert_eq!(r.data["issuer"], "https://sso.example.com/realms/corp");
    assert_eq!(r.data["signatures"].as_array().unwrap().len(), 1);
    assert_quiet(&r, "saml-response/unsigned");
    assert_eq!(
        r.data["attributes"]["Role"],
        serde_json::json!(["offline_access", "uma_authorization"])
    );
    let msg = |rule: &str| -> Vec<String> {
        r.findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.message.clone())
            .collect()
    };
    let uri = msg("saml-response/attribute-uri-name");
    assert!(uri
        .iter()
        .any(|m| m.contains("1.2.840.113549.1.9.1") && m.ends_with("short name email")));
    assert!(msg("saml-response/attribute-required-missing")
        .iter()
        .any(|m| m.contains("email is missing (the IdP sends urn:oid:1.2.840.113549.1.9.1")));
    // uid has no counterpart in the Keycloak defaults: nothing is suggested.
    assert!(msg("saml-response/attribute-required-missing")
        .iter()
        .any(|m| m.ends_with("required attribute uid is missing")));
}

#[test]
fn unrelated_short_claims_are_not_suggested_as_webex_names() {
    // Entra's `wids` (role template ids) and `aud`, a `status` flag and a
    // `zip` code are not typos of uid or state.
    let mut x = fx("keycloak.xml");
    for (name, value) in [
        ("wids", "b79fbf4d-3ef9-4689-8143-76b194e85509"),
        ("aud", "http://www.webex.com"),
        ("status", "active"),
        ("zip", "94043"),
        ("given_name", "Jane"),
    ] {
        let at = x.find("</saml:AttributeStatement>").unwrap();
        x.insert_str(
            at,
            &format!("<saml:Attribute Name=\"{name}\"><saml:AttributeValue>{value}</saml:AttributeValue></saml:Attribute>"),
        );
    }
    let r = run(&x);
    let about = |n: &str| {
        r.findings
            .iter()
            .find(|f| {
                f.rule == "saml-response/attribute-unknown"
                    && f.message.contains(&format!("attribute {n} "))
            })
            .map(|f| f.message.clone())
            .unwrap_or_default()
    };
    for n in ["wids", "aud", "status"] {
        assert!(
            about(n).ends_with("is not in the Webex attribute table"),
            "{n}: {}",
            about(n)
        );
    }
    assert!(about("zip").ends_with("did you mean zipcode?"));
    assert!(about("given_name").ends_with("did you mean firstname?"));
    let uid = r
        .findings
        .iter()
        .find(|f| f.message.starts_with("required attribute uid"))
        .unwrap();
    assert!(!uid.message.contains("wids") && !uid.message.contains("aud"));
}

#[test]
fn soap_and_artifact_wrappers_are_unwrapped() {
    // A back-channel capture (HTTP-Artifact resolution): the Response sits
    // in soap11:Envelope/soap11:Body/saml2p:ArtifactResponse.
    let r = typed(&fx("shibboleth.artifact-response.soap.xml"));
    assert_quiet(&r, "saml-response/unknown-root");
    assert_eq!(r.data.kind.as_deref(), Some("Response"));
    assert_eq!(
        r.data.envelope.as_deref(),
        Some(&["soap11:Envelope", "soap11:Body", "saml2p:ArtifactResponse"].map(String::from)[..])
    );
    assert_eq!(
        r.data.issuer(),
        Some("https://idp.example.edu/idp/shibboleth")
    );
    assert_eq!(rule_ids(&r), rule_ids(&run(&fx("shibboleth.xml"))));
    assert!(r.findings.iter().all(|f| f
        .location
        .path
        .as_deref()
        .is_none_or(|p| p.starts_with("/soap11:Envelope/"))));
    assert_eq!(typed(&fx("okta.xml")).data.envelope, Some(Vec::new()));
    // A logout message is named as such.
    let logout = "<samlp:LogoutResponse xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_1\" Version=\"2.0\" IssueInstant=\"2026-11-20T10:00:00Z\"><samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status></samlp:LogoutResponse>";
    let r = run(logout);
    assert_fires(&r, "saml-response/unknown-root");
    assert!(r.findings[0].message.contains("single logout"));
}

#[test]
fn an_attribute_without_a_name_is_said_to_be_unusable() {
    let okta = fx("okta.xml");
    let at = okta.find("<saml2:AttributeStatement").expect("statement");
    let open = at + okta[at..].find('>').expect("tag end") + 1;
    let input = format!(
        "{}<saml2:Attribute><saml2:AttributeValue>orphan</saml2:AttributeValue></saml2:Attribute>{}",
        &okta[..open],
        &okta[open..]
    );
    let r = run(&input);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml-response/attribute-unknown")
        .expect("the nameless attribute is reported");
    assert!(f.message.contains("has no Name"), "{}", f.message);
    assert!(f.location.path.is_some());
}

#[test]
fn a_nil_required_attribute_says_the_idp_has_no_value() {
    let okta = fx("okta.xml");
    let start = okta.find("Name=\"lastname\"").expect("lastname attribute");
    let value_start = start + okta[start..].find("<saml2:AttributeValue").unwrap();
    let value_end = value_start
        + okta[value_start..].find("</saml2:AttributeValue>").unwrap()
        + "</saml2:AttributeValue>".len();
    let input = format!(
        "{}<saml2:AttributeValue xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>{}",
        &okta[..value_start],
        &okta[value_end..]
    );
    let r = run(&input);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "saml-response/attribute-required-missing")
        .expect("lastname is empty");
    assert!(
        f.message.contains("lastname is present but empty (xsi:nil"),
        "{}",
        f.message
    );
    assert_eq!(r.data["attributes"]["lastname"], serde_json::json!([""]));
}

#[test]
fn verdicts_are_decided_in_the_core() {
    // What the page shows as badges ("valid now", "does not name the SP") is
    // data.verdicts; the page never looks at rule ids.
    let okta = fx("okta.xml");
    let check = |t: &str| {
        response::check_typed(&okta, &ResponseOptions::default(), at(t))
            .data
            .verdicts
            .unwrap()
    };
    let within = check("2026-11-20T10:00:00Z");
    assert_eq!(within.window.as_deref(), Some("valid"));
    assert!(within.issuer_ok && within.audience_ok && within.name_id_format_supported);
    assert_eq!(
        check("2026-11-20T10:08:01Z").window.as_deref(),
        Some("expired")
    );
    assert_eq!(
        check("2026-11-20T09:51:00Z").window.as_deref(),
        Some("not-yet-valid")
    );
    let other_sp = ResponseOptions {
        sp_entity_id: "https://other.example.com/sp".into(),
        ..ResponseOptions::default()
    };
    let r = response::check_typed(&okta, &other_sp, at("2026-11-20T10:00:00Z"));
    assert!(!r.data.verdicts.unwrap().audience_ok);
    // Nothing decodable: no verdicts at all rather than made-up ones.
    let junk = typed("not saml");
    assert!(junk.data.verdicts.is_none());
    // ... and the JSON has no `verdicts` key.
    assert!(run("not saml").data.get("verdicts").is_none());
}
