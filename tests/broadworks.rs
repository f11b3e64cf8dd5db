//! The BroadWorks troubleshooting kit on log excerpts written in the shapes
//! the troubleshooting guide describes: every diagnosis fires on its case
//! and stays quiet on a near miss.

use preflight::broadworks::pslog;
use preflight::testkit::{assert_fires, assert_quiet};
use preflight::Report;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/broadworks/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn ps(name: &str) -> Report<pslog::PslogData> {
    pslog::analyse(&fixture(name))
}

fn ps_text(s: &str) -> Report<pslog::PslogData> {
    pslog::analyse(s.as_bytes())
}

/// A one-request PSLog with `status` and `message`, in the AS pipe format.
fn one(profile: &str, status_line: &str, body: &str) -> String {
    format!(
        "2022.03.16 10:21:03:456 EDT | Info       | Messaging |\n\tPOST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber\n\t{profile}\n2022.03.16 10:21:03:900 EDT | Info       | Messaging |\n\t{status_line}\n\t{body}\n"
    )
}

const GOOD: &str = "<subscriberProfile><bwuserid>u1@bw.example.net</bwuserid><group>G</group><serviceProvider>SP</serviceProvider><primaryPhoneNumber>+14085550001</primaryPhoneNumber><email>u1@example.com</email></subscriberProfile>";

#[test]
fn conflict_409_with_profile_and_tracking_id() {
    let r = ps("pslog-409.txt");
    assert_fires(&r, "broadworks/provisioning-conflict");
    assert_quiet(&r, "broadworks/provisioning-forbidden");
    assert_quiet(&r, "broadworks/provisioning-accepted");
    assert_quiet(&r, "broadworks/profile-missing-phone");
    assert_quiet(&r, "broadworks/profile-invalid-email");
    assert_quiet(&r, "broadworks/profile-unreadable");
    assert_quiet(&r, "broadworks/pslog-no-request");
    assert_quiet(&r, "broadworks/pslog-no-response");
    assert_quiet(&r, "broadworks/not-utf8");
    let req = &r.data.requests[0];
    assert_eq!(req.line, 2);
    assert_eq!(req.status, Some(409));
    assert_eq!(
        req.diagnosis.as_deref(),
        Some("broadworks/provisioning-conflict")
    );
    assert_eq!(
        req.message.as_deref(),
        Some("User with the same email already exists")
    );
    let p = req.profile.as_ref().unwrap();
    assert_eq!(p.bwuserid.as_deref(), Some("alice.smith@bw.example.net"));
    assert_eq!(
        p.org_name_service_provider_mode.as_deref(),
        Some("acme_dental_group")
    );
    assert_eq!(p.org_name_enterprise_mode.as_deref(), Some("acme_sp"));
    assert_eq!(
        r.data.tracking_ids[0],
        "AS_8d1f2c3e-4b5a-4c6d-8e7f-901234567890"
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "broadworks/provisioning-conflict")
        .unwrap();
    assert!(
        f.message.contains("alice.smith@acmedental.example"),
        "{}",
        f.message
    );
    assert_eq!(f.location.line, Some(2));
}

#[test]
fn accepted_200_single_line_crlf() {
    let r = ps("pslog-200-crlf.txt");
    assert_fires(&r, "broadworks/provisioning-accepted");
    assert_quiet(&r, "broadworks/provisioning-failed");
    assert_quiet(&r, "broadworks/provisioning-conflict");
    assert_eq!(r.data.requests[0].status, Some(200));
    assert_eq!(
        r.data.requests[0]
            .profile
            .as_ref()
            .unwrap()
            .email
            .as_deref(),
        Some("bob@acmedental.example")
    );
    assert_eq!(r.summary.errors, 0);
}

#[test]
fn bad_request_messages_are_explained() {
    let r = ps("pslog-400.txt");
    assert_fires(&r, "broadworks/provisioning-org-not-found");
    assert_fires(&r, "broadworks/provisioning-untrusted-email");
    assert_fires(&r, "broadworks/profile-invalid-email");
    // Both 400s carry a known message, so the generic diagnosis stays quiet.
    assert_quiet(&r, "broadworks/provisioning-bad-request");
    let reqs = &r.data.requests;
    assert_eq!(reqs.len(), 2);
    assert_eq!(
        reqs[0].diagnosis.as_deref(),
        Some("broadworks/provisioning-org-not-found")
    );
    assert_eq!(reqs[1].line, 8);

    let other = ps_text(&one(
        GOOD,
        "HTTP/1.1 400 Bad Request",
        "<message>Invalid phone number</message>",
    ));
    assert_fires(&other, "broadworks/provisioning-bad-request");
    assert_quiet(&other, "broadworks/provisioning-untrusted-email");
    assert_quiet(&other, "broadworks/provisioning-org-not-found");
    assert_quiet(&other, "broadworks/profile-invalid-email");
}

#[test]
fn forbidden_ip_target_unauthorized_imp_errors_and_a_cut_log() {
    let r = ps("pslog-403-ip.txt");
    assert_fires(&r, "broadworks/provisioning-forbidden");
    assert_fires(&r, "broadworks/pslog-target-ip-address");
    assert_fires(&r, "broadworks/profile-missing-phone");
    assert_fires(&r, "broadworks/provisioning-unauthorized");
    assert_fires(&r, "broadworks/imp-provisioning-error");
    assert_fires(&r, "broadworks/imp-communication-error");
    assert_fires(&r, "broadworks/pslog-no-response");
    assert_fires(&r, "broadworks/profile-unreadable");
    let reqs = &r.data.requests;
    assert_eq!(reqs.len(), 3);
    assert_eq!(reqs[1].status, Some(401));
    assert_eq!(reqs[2].status, None);

    // 403 to the bridge's name: forbidden, but not the IP-address case.
    let named = ps_text(&one(GOOD, "HTTP/1.1 403 Forbidden", ""));
    assert_fires(&named, "broadworks/provisioning-forbidden");
    assert_quiet(&named, "broadworks/pslog-target-ip-address");
    assert_quiet(&named, "broadworks/provisioning-unauthorized");
    assert_quiet(&named, "broadworks/imp-provisioning-error");
    assert_quiet(&named, "broadworks/imp-communication-error");
}

#[test]
fn imp_error_near_miss() {
    let r = ps_text("2022.03.17 09:00:05:000 EDT | Warning | Messaging | [Error 18210] Something else\n2022.03.17 09:00:05:000 EDT | Info | Messaging | user 18215 logged in\n");
    assert_quiet(&r, "broadworks/imp-provisioning-error");
    assert_quiet(&r, "broadworks/imp-communication-error");
    assert_fires(&r, "broadworks/pslog-no-request");
}

#[test]
fn other_status_is_a_failure() {
    let r = ps_text(&one(GOOD, "HTTP/1.1 500 Internal Server Error", ""));
    assert_fires(&r, "broadworks/provisioning-failed");
    assert_eq!(
        r.data.requests[0].diagnosis.as_deref(),
        Some("broadworks/provisioning-failed")
    );
    assert_quiet(
        &ps_text(&one(GOOD, "HTTP/1.1 200 OK", "")),
        "broadworks/provisioning-failed",
    );
}

#[test]
fn profile_nodes() {
    let no_email = GOOD.replace("<email>u1@example.com</email>", "");
    let r = ps_text(&one(&no_email, "HTTP/1.1 400 Bad Request", ""));
    assert_fires(&r, "broadworks/profile-missing-email");
    assert_quiet(&r, "broadworks/profile-missing-node");
    let no_group = GOOD.replace("<group>G</group>", "");
    let r = ps_text(&one(&no_group, "HTTP/1.1 200 OK", ""));
    assert_fires(&r, "broadworks/profile-missing-node");
    assert_quiet(&r, "broadworks/profile-missing-email");
    // The services stanza is ignored: an email inside it does not count.
    let in_services = no_email.replace(
        "</subscriberProfile>",
        "<services><email>x@example.com</email></services></subscriberProfile>",
    );
    assert_fires(
        &ps_text(&one(&in_services, "HTTP/1.1 200 OK", "")),
        "broadworks/profile-missing-email",
    );
    let broken = GOOD.replace("</group>", "</grp>");
    let r = ps_text(&one(&broken, "HTTP/1.1 200 OK", ""));
    assert_fires(&r, "broadworks/profile-unreadable");
}

#[test]
fn invalid_utf8_is_reported_not_fatal() {
    let mut bytes = fixture("pslog-409.txt");
    bytes.splice(10..10, [0xFFu8, 0xFE]);
    let r = pslog::analyse(&bytes);
    assert_fires(&r, "broadworks/not-utf8");
    assert_fires(&r, "broadworks/provisioning-conflict");
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let alphabet: &[&[u8]] = &[
        b"POST https://",
        b"HTTP/1.1 ",
        b"GET /com.broadsoft.xsi-actions/v2.0/user/a%40b.c/profile",
        b"/authService/token",
        b"UserPrimaryAndSCADeviceGetListResponse",
        b"%SBC_ADDRESS_WXT%",
        b"allowUserApp = ",
        b"@",
        b"%40",
        b"+1",
        b"password=",
        b"Bearer ",
        b"::",
        b"203.0.113.",
        b"the device profile '",
        b"errorCode=200039",
        b"\r",
        b"<subscriberProfile>",
        b"</subscriberProfile>",
        b"<email>",
        b"\n",
        b"\r\n",
        b"409",
        b"\xFF",
        b"\xE2\x82",
        b"trackingid: ",
        b"<",
        b"&",
        b"Host:",
        b"StatusCode=",
    ];
    for _ in 0..2000 {
        let mut input = Vec::new();
        for _ in 0..(seed % 40) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            input.extend_from_slice(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let _ = pslog::analyse(&input);
        let _ = preflight::broadworks::xsp::analyse(
            &input,
            &preflight::broadworks::xsp::XspOptions::default(),
        );
        let _ = preflight::broadworks::client_log::analyse(&input);
        let _ = preflight::broadworks::redact::redact(&input);
        let _ = preflight::broadworks::imp::compare(&input, &input);
        let _ = preflight::broadworks::search::lookup(&String::from_utf8_lossy(&input));
    }
}

// ---- XSP configuration and sign-in logs ----

use preflight::broadworks::xsp::{self, XspOptions};

fn xs(name: &str) -> Report<xsp::XspData> {
    xsp::analyse(&fixture(name), &XspOptions::default())
}

fn xs_text(s: &str) -> Report<xsp::XspData> {
    xsp::analyse(s.as_bytes(), &XspOptions::default())
}

#[test]
fn certificate_authentication_settings() {
    let ok = xs("xsp-cert-auth-ok.txt");
    assert_quiet(&ok, "broadworks/xsp-allow-user-app");
    assert_quiet(&ok, "broadworks/xsp-allow-client-app");
    assert_quiet(&ok, "broadworks/xsp-nothing-recognised");
    assert_eq!(ok.summary.errors + ok.summary.warnings, 0);
    assert_eq!(ok.data.settings[0].name, "allowUserApp");
    let bad = xs("xsp-cert-auth-bad-crlf.txt");
    assert_fires(&bad, "broadworks/xsp-allow-user-app");
    assert_fires(&bad, "broadworks/xsp-allow-client-app");
    let f = &bad.findings[0];
    assert_eq!(f.location.line, Some(2));
    // The prompt without the values is a finding too.
    let empty = xs_text("XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get\n");
    assert_fires(&empty, "broadworks/xsp-allow-client-app");
}

#[test]
fn sbc_address_tag() {
    let r = xs("xsp-tags.txt");
    assert_fires(&r, "broadworks/xsp-sbc-address-empty");
    assert_quiet(&r, "broadworks/xsp-sbc-address-missing");
    let set =
        xs_text("  %SBC_ADDRESS_WXT%              sbc1.acme.example\n  %SBC_PORT_WXT%  5075\n");
    assert_quiet(&set, "broadworks/xsp-sbc-address-empty");
    assert_eq!(set.data.settings[0].value, "sbc1.acme.example");
    let missing = xs_text("  %SBC_PORT_WXT%                5075\n  %BWDEVICEID_WXT%   x\n");
    assert_fires(&missing, "broadworks/xsp-sbc-address-missing");
}

#[test]
fn registration_checks_from_help_desk() {
    let r = xs("helpdesk-user.txt");
    assert_fires(&r, "broadworks/calling-behavior-not-webex");
    assert_fires(&r, "broadworks/entitlement-bc-sp-standard");
    assert_fires(&r, "broadworks/entitlement-connector-missing");
    let good = xs_text(
        "Calling Behavior: Calling in Webex\nEntitlements:\n  spark\n  broadworks-connector\n",
    );
    assert_quiet(&good, "broadworks/calling-behavior-not-webex");
    assert_quiet(&good, "broadworks/entitlement-bc-sp-standard");
    assert_quiet(&good, "broadworks/entitlement-connector-missing");
}

#[test]
fn successful_signin_timeline() {
    let r = xs("xsp-signin-ok.log");
    assert_quiet(&r, "broadworks/xsp-signin-incomplete");
    assert_quiet(&r, "broadworks/xsp-request-failed");
    assert!(r.data.complete);
    assert!(r.data.timeline.iter().all(|e| !e.failed));
    let steps: Vec<&str> = r.data.timeline.iter().map(|e| e.step.as_str()).collect();
    assert_eq!(
        steps,
        [
            "profile-request",
            "profile-request",
            "authentication-verify",
            "authentication-verify",
            "user-get",
            "user-get",
            "token-request",
            "login-info",
            "token-issued",
            "device-profile-request",
            "token-validation",
            "device-list-request",
            "device-list-response"
        ]
    );
    assert_eq!(r.data.timeline[0].status, Some(200));
    assert_eq!(r.data.timeline[8].status, Some(200));
    let ids = &r.data.tracking_ids;
    assert!(ids
        .iter()
        .any(|i| i == "CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2"));
    assert_eq!(
        r.data.timeline[9].tracking_id.as_deref(),
        Some("CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2")
    );
}

#[test]
fn failed_signin_says_where_it_stopped() {
    let r = xs("xsp-signin-401.log");
    assert_fires(&r, "broadworks/xsp-request-failed");
    assert_fires(&r, "broadworks/xsp-signin-incomplete");
    // The failed step is marked, and only steps answering 400 or above are.
    assert!(r.data.timeline.iter().any(|e| e.failed));
    assert!(r
        .data
        .timeline
        .iter()
        .all(|e| e.failed == e.status.is_some_and(|s| s >= 400)));
    assert_eq!(
        r.data.stopped_after.as_deref(),
        Some("authentication-verify")
    );
    assert_eq!(r.data.next_expected.as_deref(), Some("user-get"));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "broadworks/xsp-request-failed")
        .unwrap();
    assert!(
        f.message.contains("401") && f.message.contains("Web Access"),
        "{}",
        f.message
    );
}

#[test]
fn tracking_id_filter() {
    let id = "CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2";
    let opts = XspOptions::new(Some(id)).unwrap();
    let r = xsp::analyse(&fixture("xsp-signin-ok.log"), &opts);
    assert_quiet(&r, "broadworks/xsp-tracking-id-not-found");
    let t = &r.data.timeline;
    assert!(!t.is_empty() && t.iter().all(|e| e.tracking_id.as_deref() == Some(id)));
    let other = XspOptions::new(Some("CLIENT_nope_1")).unwrap();
    let r = xsp::analyse(&fixture("xsp-signin-ok.log"), &other);
    assert_fires(&r, "broadworks/xsp-tracking-id-not-found");
    assert!(XspOptions::new(Some("bad id; rm")).is_err());
}

#[test]
fn unrecognised_xsp_input() {
    let r = xs_text("hello world\nnothing to see\n");
    assert_fires(&r, "broadworks/xsp-nothing-recognised");
    assert_quiet(&xs("xsp-tags.txt"), "broadworks/xsp-nothing-recognised");
}

// ---- Webex app logs ----

use preflight::broadworks::client_log;

#[test]
fn bwc_log_signatures() {
    let r = client_log::analyse(&fixture("bwc-current_log.txt"));
    assert_fires(&r, "broadworks/client-device-not-provisioned");
    assert_fires(&r, "broadworks/client-bc-sp-standard");
    assert_fires(&r, "broadworks/client-no-connector-entitlement");
    assert_quiet(&r, "broadworks/client-no-signature");
    let s = &r.data.signatures[0];
    assert_eq!(s.line, 2);
    assert_eq!(s.issue, "Desktop Device not Provisioned for User");
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "broadworks/client-device-not-provisioned")
        .unwrap();
    assert!(f.message.contains("'Business Communicator - PC'"));
    assert_eq!(
        r.data.tracking_ids[0],
        "CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_3"
    );
}

#[test]
fn desktop_log_crlf_with_a_cut_last_line() {
    let r = client_log::analyse(&fixture("current_log-crlf.txt"));
    assert_fires(&r, "broadworks/client-error-code");
    // The last line is cut before "failed": not the SSO signature.
    assert_quiet(&r, "broadworks/client-sso-failed");
    assert_quiet(&r, "broadworks/client-device-not-provisioned");
    assert_quiet(&r, "broadworks/client-bc-sp-standard");
    assert_quiet(&r, "broadworks/client-no-connector-entitlement");
    assert!(r.data.signed_in);
    // "uploaded 200039 bytes" is not an error code; only the errorCode line is.
    let codes: Vec<u32> = r.data.signatures.iter().map(|s| s.line).collect();
    assert_eq!(codes, [5]);
    assert_eq!(r.data.tracking_ids[0], "CLIENT_aa11bb22-cc33_1");
}

#[test]
fn sso_failed_and_quiet_logs() {
    let r = client_log::analyse(b"2022-03-16 10:00:00 [ERROR] Single Sign On failed for user\n");
    assert_fires(&r, "broadworks/client-sso-failed");
    assert_quiet(&r, "broadworks/client-error-code");
    let quiet = client_log::analyse(
        b"2022-03-16 10:00:00 [INFO] the device profile 'Business Communicator - PC' is found\n",
    );
    assert_fires(&quiet, "broadworks/client-no-signature");
    assert_quiet(&quiet, "broadworks/client-device-not-provisioned");
}

#[test]
fn error_codes_need_an_error_label_right_before_them() {
    let codes_on = |log: &str| -> Vec<u32> {
        let r = client_log::analyse(log.as_bytes());
        r.data
            .signatures
            .iter()
            .filter(|s| s.rule == "broadworks/client-error-code")
            .map(|s| s.line)
            .collect()
    };
    // Numbers that share digits with a code but are not presented as one.
    let near_misses = "\
2022-03-16 10:00:00 [INFO] response statusCode=200 contentLength=200013\n\
2022-03-16 10:00:01 [WARN] error dialing 600011 after 3 tries\n\
2022-03-16 10:00:02 [INFO] showing QR code 300005 to the user\n\
2022-03-16 10:00:03 [INFO] errorCount=2 id=A200039\n\
2022-03-16 10:00:04 [INFO] error_code_version 200039\n";
    assert_eq!(codes_on(near_misses), Vec::<u32>::new());
    let hits = "\
2022-03-16 10:00:00 [ERROR] login rejected {\"errorCode\":200039}\n\
2022-03-16 10:00:01 [ERROR] error: 200039\n\
2022-03-16 10:00:02 [ERROR] Error code 200039 returned\n\
2022-03-16 10:00:03 [ERROR] err=200039 é\n";
    assert_eq!(codes_on(hits), [1, 2, 3, 4]);
}

#[test]
fn a_line_repeated_by_a_retry_loop_is_summed_up() {
    let mut log = String::new();
    for i in 0..200 {
        log.push_str(&format!(
            "2022-03-16 10:{:02}:{:02} [ERROR] Single Sign On failed for user\n",
            i / 60,
            i % 60
        ));
    }
    let r = client_log::analyse(log.as_bytes());
    let sso: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "broadworks/client-sso-failed")
        .collect();
    assert_eq!(sso.len(), client_log::MAX_REPEATED_FINDINGS + 1);
    let summary = sso.last().unwrap();
    assert!(
        summary.message.contains("met 200 times in all"),
        "{}",
        summary.message
    );
    assert!(summary.message.contains("the last at line 200"));
    assert_eq!(summary.location.line, Some(200));
    // Every occurrence stays in data.signatures (below its own cap).
    assert_eq!(r.data.signatures.len(), 200);
    assert_eq!(r.data.signatures_omitted, 0);
}

#[test]
fn tracking_ids_are_capped_and_say_so() {
    use preflight::broadworks::tracking::MAX_TRACKING_IDS;
    let mut log = String::new();
    for i in 0..MAX_TRACKING_IDS + 5 {
        log.push_str(&format!(
            "2022-03-16 10:00:00 [INFO] TrackingID: CLIENT_{i:08x}-77de-4b4c-9a0e-51d2c9e8b7aa_1\n"
        ));
    }
    let r = client_log::analyse(log.as_bytes());
    assert_eq!(r.data.tracking_ids.len(), MAX_TRACKING_IDS);
    assert!(r.data.tracking_ids_truncated);
    let short = client_log::analyse(&fixture("bwc-current_log.txt"));
    assert!(!short.data.tracking_ids_truncated);
}
