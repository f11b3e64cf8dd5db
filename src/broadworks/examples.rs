//! Examples of the BroadWorks rules: for each rule a lookup or log that makes it fire and a near miss that does not.
//!
//! Without options the input is an error code or message to look up; with
//! `tool` it is a log: an Application Server PSLog (the `|`-separated
//! entries with tab-indented headers and body), XSP CLI output, Help Desk
//! user details or XSP sign-in logs, or a Webex app `current_log.txt`.

use super::client_log::{
    BC_SP_STANDARD as CLIENT_BC_SP_STANDARD, DEVICE_NOT_PROVISIONED, ERROR_CODE, NO_CONNECTOR,
    NO_SIGNATURE, SSO_FAILED,
};
use super::imp::{MISMATCH as SETTING_MISMATCH, MISSING as SETTING_MISSING};
use super::pslog::{
    ACCEPTED, BAD_REQUEST, CONFLICT, FAILED, FORBIDDEN, IMP_COMMUNICATION, IMP_PROVISIONING,
    INVALID_EMAIL, MISSING_EMAIL, MISSING_NODE, MISSING_PHONE, NO_REQUEST, NO_RESPONSE,
    ORG_NOT_FOUND, PROFILE_UNREADABLE, TARGET_IP, UNAUTHORIZED, UNTRUSTED_EMAIL,
};
use super::search::{NO_MATCH, TRANSIENT, UNKNOWN_CODE};
use super::sink::TOO_LARGE;
use super::text::NOT_UTF8;
use super::xsp::{INCOMPLETE, NOTHING_RECOGNISED, REQUEST_FAILED, TRACKING_ID_NOT_FOUND};
use super::xsp_config::{
    ALLOW_CLIENT_APP, ALLOW_USER_APP, BC_SP_STANDARD, CALLING_BEHAVIOR, CONNECTOR_MISSING,
    SBC_ADDRESS_EMPTY, SBC_ADDRESS_MISSING,
};
use crate::rules::{Example as E, RuleExamples as R};

const PSLOG: &str = r#"{"tool": "pslog"}"#;
const XSP: &str = r#"{"tool": "xsp"}"#;
const CLIENT_LOG: &str = r#"{"tool": "client-log"}"#;
const IMP_COMPARE: &str = r#"{"tool": "imp-compare"}"#;

/// The Application Server's Integrated IM&P settings (`AS_CLI` output).
const AS_MESSAGING: &str = "\
AS_CLI/Interface/Messaging> get
  Messaging Server URL = https://bwprovisioning.webex.com/api/v1
  Messaging Server Username = acme-prov
  Messaging Server Password = S3cret-Pass
";

/// The same settings as the Control Hub template lists them.
const TEMPLATE: &str = "\
Provisioning URL: https://bwprovisioning.webex.com/api/v1
Provisioning Account Name: acme-prov
Provisioning Account Password: S3cret-Pass
Confirm Password: S3cret-Pass
";

/// The template with the account name typed in another case.
const TEMPLATE_NAME_CASE: &str = "\
Provisioning URL: https://bwprovisioning.webex.com/api/v1
Provisioning Account Name: Acme-Prov
Provisioning Account Password: S3cret-Pass
Confirm Password: S3cret-Pass
";

/// The Application Server output without the password line.
const AS_MESSAGING_NO_PASSWORD: &str = "\
AS_CLI/Interface/Messaging> get
  Messaging Server URL = https://bwprovisioning.webex.com/api/v1
  Messaging Server Username = acme-prov
";

// ---- PSLog: a flowthrough provisioning POST and the bridge's answer ----

/// The POST and its 200 OK: every node of the subscriberProfile present.
const PS_200: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t  <email>alice.smith@acmedental.example</email>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 200 OK
";

/// The excerpt cut before the response.
const PS_NO_RESPONSE: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t  <email>alice.smith@acmedental.example</email>
\t</subscriberProfile>
";

/// Only the response was pasted.
const PS_ONLY_RESPONSE: &str = "\
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 200 OK
";

const PS_409: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t  <email>alice.smith@acmedental.example</email>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 409 Conflict
\t<error><message>User with the same email already exists</message></error>
";

const PS_503: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t  <email>alice.smith@acmedental.example</email>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 503 Service Unavailable
";

const PS_401: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t  <email>alice.smith@acmedental.example</email>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 401 Unauthorized
";

/// A 400 whose response has no `<message>`.
const PS_400: &str = "\
2022.03.16 11:02:10:001 EDT | Info       | Messaging |
\tPOST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>carol@bw.example.net</bwuserid>
\t  <group>NewCo</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085550003</primaryPhoneNumber>
\t  <email>carol@newco.example</email>
\t</subscriberProfile>
2022.03.16 11:02:10:350 EDT | Info       | Messaging |
\tHTTP/1.1 400 Bad Request
";

const PS_400_ORG_NOT_FOUND: &str = "\
2022.03.16 11:02:10:001 EDT | Info       | Messaging |
\tPOST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>carol@bw.example.net</bwuserid>
\t  <group>NewCo</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085550003</primaryPhoneNumber>
\t  <email>carol@newco.example</email>
\t</subscriberProfile>
2022.03.16 11:02:10:350 EDT | Info       | Messaging |
\tHTTP/1.1 400 Bad Request
\t<ErrorInfo><message>Customer org is not found in database and also new org creation flag is not enabled.</message></ErrorInfo>
";

const PS_400_UNTRUSTED_EMAIL: &str = "\
2022.03.16 11:02:10:001 EDT | Info       | Messaging |
\tPOST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>carol@bw.example.net</bwuserid>
\t  <group>NewCo</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085550003</primaryPhoneNumber>
\t  <email>carol@newco.example</email>
\t</subscriberProfile>
2022.03.16 11:02:10:350 EDT | Info       | Messaging |
\tHTTP/1.1 400 Bad Request
\t<ErrorInfo><message>Can not trust BroadWorks email with legacy provisioning API.</message></ErrorInfo>
";

/// An Application Server without patch ap373197 posts to an IP address.
const PS_403_IP: &str = "\
2022.03.17 09:00:01:100 EDT | Info       | Messaging |
\tPOST https://203.0.113.40:443/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>erin@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085550005</primaryPhoneNumber>
\t  <email>erin@acmedental.example</email>
\t</subscriberProfile>
2022.03.17 09:00:01:300 EDT | Info       | Messaging |
\tHTTP/1.1 403 Forbidden
";

const PS_403_URL: &str = "\
2022.03.17 09:00:01:100 EDT | Info       | Messaging |
\tPOST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>erin@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085550005</primaryPhoneNumber>
\t  <email>erin@acmedental.example</email>
\t</subscriberProfile>
2022.03.17 09:00:01:300 EDT | Info       | Messaging |
\tHTTP/1.1 403 Forbidden
";

const PS_200_URL: &str = "\
2022.03.17 09:00:01:100 EDT | Info       | Messaging |
\tPOST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>erin@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085550005</primaryPhoneNumber>
\t  <email>erin@acmedental.example</email>
\t</subscriberProfile>
2022.03.17 09:00:01:300 EDT | Info       | Messaging |
\tHTTP/1.1 200 OK
";

const PS_NO_PHONE: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <email>alice.smith@acmedental.example</email>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 400 Bad Request
";

const PS_NO_EMAIL: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 400 Bad Request
";

/// A mistyped email: two `@`.
const PS_BAD_EMAIL: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t  <email>alice.smith@@acmedental.example</email>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 400 Bad Request
";

const PS_NO_GROUP: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <serviceProvider>Acme_SP</serviceProvider>
\t  <primaryPhoneNumber>+14085551234</primaryPhoneNumber>
\t  <email>alice.smith@acmedental.example</email>
\t</subscriberProfile>
2022.03.16 10:21:03:912 EDT | Info       | Messaging | Thread-42 |
\tHTTP/1.1 200 OK
";

/// The excerpt ends in the middle of the subscriberProfile.
const PS_CUT_PROFILE: &str = "\
2022.03.16 10:21:03:456 EDT | Info       | Messaging | Thread-42 |
\tHTTP POST https://bwprovisioning.webex.com/api/v1/provisioning/subscriber
\t<subscriberProfile>
\t  <bwuserid>alice.smith@bw.example.net</bwuserid>
\t  <group>Acme_Dental_Group</group>
";

const PS_18215: &str = "\
2022.03.17 09:00:05:000 EDT | Warning    | Messaging | [Error 18215] Provisioning error with Messaging server
";

const PS_18211: &str = "\
2022.03.17 09:00:06:000 EDT | Warning    | Messaging | [Error 18211] Communication error with Messaging server
";

// ---- XSP: CLI output, Help Desk details and sign-in logs ----

const CERT_AUTH_OK: &str = "\
XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get
  allowUserApp = false
  allowClientApp = true
";

const CERT_AUTH_USER_APP: &str = "\
XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get
  allowUserApp = true
  allowClientApp = true
";

const CERT_AUTH_NO_CLIENT_APP: &str = "\
XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get
  allowUserApp = false
  allowClientApp = false
";

const TAGS_OK: &str = "\
AS_CLI/System/DeviceType/SIP/CustomTags> get \"Business Communicator - PC\"
  Tag Name                      Tag Value
=====================================================
  %SBC_ADDRESS_WXT%             sbc1.acme-voice.example
  %SBC_PORT_WXT%                5075
  %BWDEVICEID_WXT%              %BWDEVICEID%
3 entries found.
";

const TAGS_SBC_EMPTY: &str = "\
AS_CLI/System/DeviceType/SIP/CustomTags> get \"Business Communicator - PC\"
  Tag Name                      Tag Value
=====================================================
  %SBC_ADDRESS_WXT%
  %SBC_PORT_WXT%                5075
  %BWDEVICEID_WXT%              %BWDEVICEID%
3 entries found.
";

const TAGS_NO_SBC: &str = "\
AS_CLI/System/DeviceType/SIP/CustomTags> get \"Business Communicator - PC\"
  Tag Name                      Tag Value
=====================================================
  %SBC_PORT_WXT%                5075
  %BWDEVICEID_WXT%              %BWDEVICEID%
2 entries found.
";

/// Help Desk, User Details of a user set up for Webex for BroadWorks.
const USER_OK: &str = "\
User Details
Display name: Alice Smith
Calling Behavior: Calling in Webex
Entitlements:
  spark
  squared-call-initiation
  broadworks-connector
";

const USER_BC_SP_STANDARD: &str = "\
User Details
Display name: Alice Smith
Calling Behavior: Calling in Webex
Entitlements:
  spark
  squared-call-initiation
  broadworks-connector
  bc-sp-standard
";

const USER_NO_CONNECTOR: &str = "\
User Details
Display name: Alice Smith
Calling Behavior: Calling in Webex
Entitlements:
  spark
  squared-call-initiation
";

const USER_JABBER: &str = "\
User Details
Display name: Alice Smith
Calling Behavior: Use Cisco Jabber app
Entitlements:
  spark
  squared-call-initiation
  broadworks-connector
";

/// tomcat access_log: the IdP proxy's profile request refused.
const ACCESS_PROFILE_401: &str = "\
10.20.0.5 - - [16/Mar/2022:11:40:12 -0400] \"GET /com.broadsoft.xsi-actions/v2.0/user/bob@acmedental.example/profile HTTP/1.1\" 401 212
";

const ACCESS_PROFILE_200: &str = "\
10.20.0.5 - - [16/Mar/2022:11:40:12 -0400] \"GET /com.broadsoft.xsi-actions/v2.0/user/bob@acmedental.example/profile HTTP/1.1\" 200 1187
";

/// An access_log line of a request that is not part of the sign-in flow.
const ACCESS_SERVICES_200: &str = "\
10.20.0.5 - - [16/Mar/2022:11:40:12 -0400] \"GET /com.broadsoft.xsi-actions/v2.0/user/bob@acmedental.example/services HTTP/1.1\" 200 812
";

/// XsiActionsLog: the device profile request, and the device list asked of BroadWorks.
const XSI_DEVICES_ASKED: &str = "\
2022.03.16 10:21:06:010 EDT | Info       | Xsi-Actions |
\tGET /com.broadsoft.xsi-actions/v2.0/user/alice.smith%40bw.example.net/profile/device
\tauthorization: Bearer <hidden>
\tuser-agent: WebexTeams (Windows/42.3)
\ttrackingid: CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2
2022.03.16 10:21:06:060 EDT | Info       | OCI-P | UserPrimaryAndSCADeviceGetListRequest alice.smith@bw.example.net
";

/// As above, with BroadWorks' answer: the flow is complete.
const XSI_DEVICES_LISTED: &str = "\
2022.03.16 10:21:06:010 EDT | Info       | Xsi-Actions |
\tGET /com.broadsoft.xsi-actions/v2.0/user/alice.smith%40bw.example.net/profile/device
\tauthorization: Bearer <hidden>
\tuser-agent: WebexTeams (Windows/42.3)
\ttrackingid: CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2
2022.03.16 10:21:06:060 EDT | Info       | OCI-P | UserPrimaryAndSCADeviceGetListRequest alice.smith@bw.example.net
2022.03.16 10:21:06:090 EDT | Info       | OCI-P | UserPrimaryAndSCADeviceGetListResponse accessDeviceTable rows=2
";

// ---- Webex app log (current_log.txt, bwc/current_log.txt) ----

const BWC_DEVICE_NOT_FOUND: &str = "\
2022-03-16 10:25:01.112 <Info> [0x70000476b000] BroadWorksConfigDownloader.cpp:88 requestAccessDeviceList:BWC:SCF: ConfigDownload - requesting access devices
<Error> [0x70000476b000] BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - the device profile 'Business Communicator - PC' is not found.
";

const BWC_DEVICE_FOUND: &str = "\
2022-03-16 10:25:01.112 <Info> [0x70000476b000] BroadWorksConfigDownloader.cpp:88 requestAccessDeviceList:BWC:SCF: ConfigDownload - requesting access devices
<Info> [0x70000476b000] BroadWorksConfigDownloader.cpp:112 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - using the device profile 'Business Communicator - PC'.
";

const CLIENT_SSO_FAILED: &str = "\
2022-03-16T10:20:04.000Z [INFO] Entitlement check: spark, broadworks-connector
2022-03-16T10:20:12.000Z [ERROR] Phone Services: BroadWorks login: Single Sign On failed trackingid=CLIENT_aa11bb22-cc33_1
";

/// A healthy registration: "SSO Session: You're signed in".
const CLIENT_SIGNED_IN: &str = "\
2022-03-16T10:20:04.000Z [INFO] Entitlement check: spark, broadworks-connector
2022-03-16T10:20:09.000Z [INFO] Phone Services: SSO Session: You're signed in trackingid=CLIENT_aa11bb22-cc33_1
";

const CLIENT_ERROR_CODE: &str = r#"2022-03-16T10:20:11.000Z [WARN] UserActivationPortal: activation failed {"errorCode":200039,"message":"Failed validating email as emailId already in use in a different Org"}
"#;

/// The same digits as a byte count, not an error code.
const CLIENT_BYTE_COUNT: &str = "\
2022-03-16T10:20:10.000Z [INFO] LogUploader: uploaded 200039 bytes
";

const BWC_ENTITLEMENTS_BC: &str = "\
2022-03-16 10:25:01.300 <Info> [0x70000476b000] Entitlements for user: spark, squared-call-initiation, broadworks-connector, bc-sp-standard
";

const BWC_ENTITLEMENTS_OK: &str = "\
2022-03-16 10:25:01.300 <Info> [0x70000476b000] Entitlements for user: spark, squared-call-initiation, broadworks-connector
";

const BWC_ENTITLEMENTS_NO_CONNECTOR: &str = "\
2022-03-16 10:25:01.300 <Info> [0x70000476b000] Entitlements for user: spark, squared-call-initiation
";

/// A display name in Windows-1252 (`ü` as the single byte 0xFC).
const CLIENT_CP1252: &[u8] = b"2022-03-16T10:20:02.000Z [INFO] Display name: J\xfcrgen M\xfcller\n\
2022-03-16T10:20:04.000Z [INFO] Entitlement check: spark, broadworks-connector\n";

const CLIENT_UTF8: &str = "\
2022-03-16T10:20:02.000Z [INFO] Display name: Jürgen Müller
2022-03-16T10:20:04.000Z [INFO] Entitlement check: spark, broadworks-connector
";

/// A client log one byte larger than the tools take at once.
fn oversized_log() -> Vec<u8> {
    const LINE: &[u8] =
        b"2022-03-16T10:20:04.000Z [INFO] Entitlement check: spark, broadworks-connector\n";
    LINE.repeat(crate::stream::MAX_INPUT_BYTES / LINE.len() + 1)
}

pub const EXAMPLES: &[R] = &[
    R {
        rule: &NOT_UTF8,
        examples: &[
            E::fires_bytes(CLIENT_CP1252).with(CLIENT_LOG),
            E::quiet(CLIENT_UTF8).with(CLIENT_LOG),
        ],
    },
    R {
        rule: &TOO_LARGE,
        examples: &[
            E::fires_generated(
                "a Webex app log of 512 MiB and a few bytes (one line repeated)",
                oversized_log,
            )
            .with(CLIENT_LOG),
            E::quiet(CLIENT_SIGNED_IN).with(CLIENT_LOG),
        ],
    },
    // ---- Error-code lookup ----
    R {
        rule: &UNKNOWN_CODE,
        // 200039 with two digits swapped.
        examples: &[E::fires("200093"), E::quiet("200039")],
    },
    R {
        rule: &NO_MATCH,
        examples: &[
            E::fires("Login failed: account disabled"),
            E::quiet("Login failed: User ID/Password is incorrect"),
        ],
    },
    R {
        rule: &TRANSIENT,
        // A sync already running, and a sync not enabled.
        examples: &[E::fires("600005"), E::quiet("600004")],
    },
    // ---- PSLog ----
    R {
        rule: &NO_REQUEST,
        examples: &[
            E::fires(PS_ONLY_RESPONSE).with(PSLOG),
            E::quiet(PS_200).with(PSLOG),
        ],
    },
    R {
        rule: &NO_RESPONSE,
        examples: &[
            E::fires(PS_NO_RESPONSE).with(PSLOG),
            E::quiet(PS_200).with(PSLOG),
        ],
    },
    R {
        rule: &ACCEPTED,
        examples: &[E::fires(PS_200).with(PSLOG), E::quiet(PS_409).with(PSLOG)],
    },
    R {
        rule: &FAILED,
        examples: &[E::fires(PS_503).with(PSLOG), E::quiet(PS_200).with(PSLOG)],
    },
    R {
        rule: &BAD_REQUEST,
        // A 400 with one of the guide's messages gets its own rule.
        examples: &[
            E::fires(PS_400).with(PSLOG),
            E::quiet(PS_400_ORG_NOT_FOUND).with(PSLOG),
        ],
    },
    R {
        rule: &UNTRUSTED_EMAIL,
        examples: &[
            E::fires(PS_400_UNTRUSTED_EMAIL).with(PSLOG),
            E::quiet(PS_400_ORG_NOT_FOUND).with(PSLOG),
        ],
    },
    R {
        rule: &ORG_NOT_FOUND,
        examples: &[
            E::fires(PS_400_ORG_NOT_FOUND).with(PSLOG),
            E::quiet(PS_400_UNTRUSTED_EMAIL).with(PSLOG),
        ],
    },
    R {
        rule: &UNAUTHORIZED,
        examples: &[E::fires(PS_401).with(PSLOG), E::quiet(PS_200).with(PSLOG)],
    },
    R {
        rule: &FORBIDDEN,
        examples: &[
            E::fires(PS_403_IP).with(PSLOG),
            E::quiet(PS_200_URL).with(PSLOG),
        ],
    },
    R {
        rule: &TARGET_IP,
        examples: &[
            E::fires(PS_403_IP).with(PSLOG),
            E::quiet(PS_403_URL).with(PSLOG),
        ],
    },
    R {
        rule: &CONFLICT,
        examples: &[E::fires(PS_409).with(PSLOG), E::quiet(PS_200).with(PSLOG)],
    },
    R {
        rule: &MISSING_PHONE,
        examples: &[
            E::fires(PS_NO_PHONE).with(PSLOG),
            E::quiet(PS_200).with(PSLOG),
        ],
    },
    R {
        rule: &MISSING_EMAIL,
        examples: &[
            E::fires(PS_NO_EMAIL).with(PSLOG),
            E::quiet(PS_200).with(PSLOG),
        ],
    },
    R {
        rule: &INVALID_EMAIL,
        examples: &[
            E::fires(PS_BAD_EMAIL).with(PSLOG),
            E::quiet(PS_200).with(PSLOG),
        ],
    },
    R {
        rule: &MISSING_NODE,
        examples: &[
            E::fires(PS_NO_GROUP).with(PSLOG),
            E::quiet(PS_200).with(PSLOG),
        ],
    },
    R {
        rule: &PROFILE_UNREADABLE,
        examples: &[
            E::fires(PS_CUT_PROFILE).with(PSLOG),
            E::quiet(PS_NO_RESPONSE).with(PSLOG),
        ],
    },
    R {
        rule: &IMP_PROVISIONING,
        examples: &[
            E::fires(PS_18215).with(PSLOG),
            E::quiet(PS_18211).with(PSLOG),
        ],
    },
    R {
        rule: &IMP_COMMUNICATION,
        examples: &[
            E::fires(PS_18211).with(PSLOG),
            E::quiet(PS_18215).with(PSLOG),
        ],
    },
    // ---- XSP configuration ----
    R {
        rule: &ALLOW_USER_APP,
        examples: &[
            E::fires(CERT_AUTH_USER_APP).with(XSP),
            E::quiet(CERT_AUTH_OK).with(XSP),
        ],
    },
    R {
        rule: &ALLOW_CLIENT_APP,
        examples: &[
            E::fires(CERT_AUTH_NO_CLIENT_APP).with(XSP),
            E::quiet(CERT_AUTH_OK).with(XSP),
        ],
    },
    R {
        rule: &SBC_ADDRESS_EMPTY,
        examples: &[
            E::fires(TAGS_SBC_EMPTY).with(XSP),
            E::quiet(TAGS_OK).with(XSP),
        ],
    },
    R {
        rule: &SBC_ADDRESS_MISSING,
        examples: &[E::fires(TAGS_NO_SBC).with(XSP), E::quiet(TAGS_OK).with(XSP)],
    },
    R {
        rule: &CONNECTOR_MISSING,
        examples: &[
            E::fires(USER_NO_CONNECTOR).with(XSP),
            E::quiet(USER_OK).with(XSP),
        ],
    },
    R {
        rule: &BC_SP_STANDARD,
        examples: &[
            E::fires(USER_BC_SP_STANDARD).with(XSP),
            E::quiet(USER_OK).with(XSP),
        ],
    },
    R {
        rule: &CALLING_BEHAVIOR,
        examples: &[E::fires(USER_JABBER).with(XSP), E::quiet(USER_OK).with(XSP)],
    },
    // ---- XSP sign-in logs ----
    R {
        rule: &REQUEST_FAILED,
        examples: &[
            E::fires(ACCESS_PROFILE_401).with(XSP),
            E::quiet(ACCESS_PROFILE_200).with(XSP),
        ],
    },
    R {
        rule: &INCOMPLETE,
        examples: &[
            E::fires(XSI_DEVICES_ASKED).with(XSP),
            E::quiet(XSI_DEVICES_LISTED).with(XSP),
        ],
    },
    R {
        rule: &NOTHING_RECOGNISED,
        examples: &[
            E::fires(ACCESS_SERVICES_200).with(XSP),
            E::quiet(ACCESS_PROFILE_200).with(XSP),
        ],
    },
    R {
        rule: &TRACKING_ID_NOT_FOUND,
        examples: &[
            E::fires(XSI_DEVICES_LISTED).with(
                r#"{"tool": "xsp", "tracking_id": "CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_3"}"#,
            ),
            E::quiet(XSI_DEVICES_LISTED).with(
                r#"{"tool": "xsp", "tracking_id": "CLIENT_f3a91c20-77de-4b4c-9a0e-51d2c9e8b7aa_2"}"#,
            ),
        ],
    },
    // ---- Webex app log ----
    R {
        rule: &DEVICE_NOT_PROVISIONED,
        examples: &[
            E::fires(BWC_DEVICE_NOT_FOUND).with(CLIENT_LOG),
            E::quiet(BWC_DEVICE_FOUND).with(CLIENT_LOG),
        ],
    },
    R {
        rule: &SSO_FAILED,
        examples: &[
            E::fires(CLIENT_SSO_FAILED).with(CLIENT_LOG),
            E::quiet(CLIENT_SIGNED_IN).with(CLIENT_LOG),
        ],
    },
    R {
        rule: &ERROR_CODE,
        examples: &[
            E::fires(CLIENT_ERROR_CODE).with(CLIENT_LOG),
            E::quiet(CLIENT_BYTE_COUNT).with(CLIENT_LOG),
        ],
    },
    R {
        rule: &CLIENT_BC_SP_STANDARD,
        examples: &[
            E::fires(BWC_ENTITLEMENTS_BC).with(CLIENT_LOG),
            E::quiet(BWC_ENTITLEMENTS_OK).with(CLIENT_LOG),
        ],
    },
    R {
        rule: &NO_CONNECTOR,
        examples: &[
            E::fires(BWC_ENTITLEMENTS_NO_CONNECTOR).with(CLIENT_LOG),
            E::quiet(BWC_ENTITLEMENTS_OK).with(CLIENT_LOG),
        ],
    },
    R {
        rule: &NO_SIGNATURE,
        examples: &[
            E::fires(CLIENT_SIGNED_IN).with(CLIENT_LOG),
            E::quiet(CLIENT_SSO_FAILED).with(CLIENT_LOG),
        ],
    },
    R {
        rule: &SETTING_MISMATCH,
        examples: &[
            E::fires_files(&[("as-messaging.txt", AS_MESSAGING), ("template.txt", TEMPLATE_NAME_CASE)])
                .with(IMP_COMPARE),
            E::quiet_files(&[("as-messaging.txt", AS_MESSAGING), ("template.txt", TEMPLATE)])
                .with(IMP_COMPARE),
        ],
    },
    R {
        rule: &SETTING_MISSING,
        examples: &[
            E::fires_files(&[("as-messaging.txt", AS_MESSAGING_NO_PASSWORD), ("template.txt", TEMPLATE)])
                .with(IMP_COMPARE),
            E::quiet_files(&[("as-messaging.txt", AS_MESSAGING), ("template.txt", TEMPLATE)])
                .with(IMP_COMPARE),
        ],
    },
];
