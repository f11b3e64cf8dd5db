//! Examples of the whole-setup rules: for each rule a set of files that
//! makes it fire and a near miss that does not.
//!
//! The files of an ADFS to Webex SSO change: the IdP metadata, the
//! token-signing certificate, a captured response (the signed one of the
//! response examples), the Webex SP metadata and a user CSV. Times: now =
//! 2026-06-01T00:00:00Z; the token-signing certificate is valid
//! 2026-01-15 to 2027-01-15.

use super::rules::{
    CERT_EXPIRES_BEFORE_GO_LIVE, CERT_FILE_NOT_IN_METADATA, DESTINATION_NOT_SP_ACS,
    EMAIL_DOMAIN_NOT_CLAIMED, NAMEID_NOT_IN_USERS, NOT_RECOGNISED, PRIVATE_KEY, TOO_LARGE,
};
use crate::rules::{Example as E, RuleExamples as R};
use crate::saml::response::examples_signed::{old_signing_cert, signing_cert, SIGNED};

/// The ADFS IdP metadata (FederationMetadata.xml, shortened) listing the
/// current token-signing certificate.
const IDP_METADATA: &str = concat!(
    r#"<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://adfs.example.com/adfs/services/trust">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>"#,
    signing_cert!(),
    r#"</X509Certificate></X509Data></KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.example.com/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
"#
);

/// The token-signing certificate as base64, copied out of the metadata.
const SIGNING_CERT: &str = signing_cert!();

/// The previous token-signing certificate (expired 2026-01-15).
const OLD_SIGNING_CERT: &str = old_signing_cert!();

/// The Webex SP metadata: its assertion consumer service is the response's
/// Destination and Recipient.
const SP_METADATA: &str = r#"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.webex.com">
  <md:SPSSODescriptor AuthnRequestsSigned="false" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idbroker.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp" index="0" isDefault="true"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
"#;

/// The Webex SP metadata of an organization in the EU data centre
/// (idbroker-eu), while the IdP still posts to idbroker.webex.com.
const SP_METADATA_EU: &str = r#"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.webex.com">
  <md:SPSSODescriptor AuthnRequestsSigned="false" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idbroker-eu.webex.com/idb/Consumer/metaAlias/a1b2c3d4-0000-4000-8000-000000000001/sp" index="0" isDefault="true"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
"#;

/// The user import, with jane.doe@example.com (the response's NameID).
const USERS: &str = "firstName,lastName,email,userName,displayName,employeeID
Jane,Doe,jane.doe@example.com,jane.doe@example.com,Jane Doe,E1001
José,Núñez,jose.nunez@example.com,jose.nunez@example.com,José Núñez,E1002
Priya,Shah,priya.shah@example.com,priya.shah@example.com,Priya Shah,E1003
";

/// The user import without Jane Doe.
const USERS_WITHOUT_JANE: &str = "firstName,lastName,email,userName,displayName,employeeID
José,Núñez,jose.nunez@example.com,jose.nunez@example.com,José Núñez,E1002
Priya,Shah,priya.shah@example.com,priya.shah@example.com,Priya Shah,E1003
";

/// The user import with a colleague of the UK subsidiary (example.co.uk).
const USERS_UK: &str = "firstName,lastName,email,userName,displayName,employeeID
Jane,Doe,jane.doe@example.com,jane.doe@example.com,Jane Doe,E1001
José,Núñez,jose.nunez@example.com,jose.nunez@example.com,José Núñez,E1002
Priya,Shah,priya.shah@example.co.uk,priya.shah@example.co.uk,Priya Shah,E1003
";

/// The ADFS server's TLS certificate (EC P-256).
const TLS_CERT: &str = "-----BEGIN CERTIFICATE-----
MIIBiTCCATCgAwIBAgIIaw4vShw9XnkwCgYIKoZIzj0EAwIwGzEZMBcGA1UEAwwQ
YWRmcy5leGFtcGxlLmNvbTAeFw0yNjAxMTUwMDAwMDBaFw0yNzAxMTUwMDAwMDBa
MBsxGTAXBgNVBAMMEGFkZnMuZXhhbXBsZS5jb20wWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAASdv9Olmb286lQlmQKRD+Nmv7DGvwlC+iLdmhEKLDUUZrftIumlW1n5
67zmPKdXvK1OMRslCSYDrKdAQsxkoFOdo14wXDAJBgNVHRMEAjAAMBMGA1UdJQQM
MAoGCCsGAQUFBwMBMBsGA1UdEQQUMBKCEGFkZnMuZXhhbXBsZS5jb20wHQYDVR0O
BBYEFEjKOST4VxgdZBO6g1MQdv+sBn1QMAoGCCqGSM49BAMCA0cAMEQCIEQ3nQ6I
SKxPxpmEWAya2yZvgryb3jmo4CITiKapHuMAAiBqqRQfB9s7hA17cL68H+HCQCRb
hTe6t1FA+/vgScXElQ==
-----END CERTIFICATE-----
";

/// The same certificate followed by its private key, as exported for a
/// load balancer.
const TLS_CERT_AND_KEY: &str = "-----BEGIN CERTIFICATE-----
MIIBiTCCATCgAwIBAgIIaw4vShw9XnkwCgYIKoZIzj0EAwIwGzEZMBcGA1UEAwwQ
YWRmcy5leGFtcGxlLmNvbTAeFw0yNjAxMTUwMDAwMDBaFw0yNzAxMTUwMDAwMDBa
MBsxGTAXBgNVBAMMEGFkZnMuZXhhbXBsZS5jb20wWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAASdv9Olmb286lQlmQKRD+Nmv7DGvwlC+iLdmhEKLDUUZrftIumlW1n5
67zmPKdXvK1OMRslCSYDrKdAQsxkoFOdo14wXDAJBgNVHRMEAjAAMBMGA1UdJQQM
MAoGCCsGAQUFBwMBMBsGA1UdEQQUMBKCEGFkZnMuZXhhbXBsZS5jb20wHQYDVR0O
BBYEFEjKOST4VxgdZBO6g1MQdv+sBn1QMAoGCCqGSM49BAMCA0cAMEQCIEQ3nQ6I
SKxPxpmEWAya2yZvgryb3jmo4CITiKapHuMAAiBqqRQfB9s7hA17cL68H+HCQCRb
hTe6t1FA+/vgScXElQ==
-----END CERTIFICATE-----
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgLwjLiBIovGPAHVt/
/YDVDPt3TbD4oCSXd8qY7Fr16mehRANCAASdv9Olmb286lQlmQKRD+Nmv7DGvwlC
+iLdmhEKLDUUZrftIumlW1n567zmPKdXvK1OMRslCSYDrKdAQsxkoFOd
-----END PRIVATE KEY-----
";

pub const EXAMPLES: &[R] = &[
    R {
        rule: &CERT_FILE_NOT_IN_METADATA,
        examples: &[
            E::fires_files(&[
                ("FederationMetadata.xml", IDP_METADATA),
                ("adfs-signing.cer", OLD_SIGNING_CERT),
            ]),
            E::quiet_files(&[
                ("FederationMetadata.xml", IDP_METADATA),
                ("adfs-signing.cer", SIGNING_CERT),
            ]),
        ],
    },
    R {
        rule: &CERT_EXPIRES_BEFORE_GO_LIVE,
        examples: &[
            E::fires_files(&[("FederationMetadata.xml", IDP_METADATA)])
                .with(r#"{"go_live": "2027-02-01"}"#),
            E::quiet_files(&[("FederationMetadata.xml", IDP_METADATA)])
                .with(r#"{"go_live": "2026-12-01"}"#),
        ],
    },
    R {
        rule: &DESTINATION_NOT_SP_ACS,
        examples: &[
            E::fires_files(&[
                ("webex-sp-metadata.xml", SP_METADATA_EU),
                ("response.xml", SIGNED),
            ]),
            E::quiet_files(&[
                ("webex-sp-metadata.xml", SP_METADATA),
                ("response.xml", SIGNED),
            ]),
        ],
    },
    R {
        rule: &NAMEID_NOT_IN_USERS,
        examples: &[
            E::fires_files(&[("response.xml", SIGNED), ("users.csv", USERS_WITHOUT_JANE)]),
            E::quiet_files(&[("response.xml", SIGNED), ("users.csv", USERS)]),
        ],
    },
    R {
        rule: &EMAIL_DOMAIN_NOT_CLAIMED,
        examples: &[
            E::fires_files(&[("users.csv", USERS_UK)]).with(r#"{"domains": ["example.com"]}"#),
            E::quiet_files(&[("users.csv", USERS_UK)])
                .with(r#"{"domains": ["example.com", "example.co.uk"]}"#),
        ],
    },
    R {
        rule: &PRIVATE_KEY,
        examples: &[
            E::fires_files(&[("adfs.example.com.pem", TLS_CERT_AND_KEY)]),
            E::quiet_files(&[("adfs.example.com.pem", TLS_CERT)]),
        ],
    },
    R {
        rule: &NOT_RECOGNISED,
        examples: &[
            E::fires_files(&[(
                "schedule.txt",
                "Directory sync: every day at 02:00 GMT, 0 0 2 * * ?\n",
            )]),
            E::quiet_files(&[(
                "schedule.txt",
                "# Directory sync: every day at 02:00 GMT\n0 0 2 * * ?\n",
            )]),
        ],
    },
    R {
        rule: &TOO_LARGE,
        examples: &[
            E::fires_generated(
                "512 MiB and one byte of files, more than the page checks at once",
                over_the_limit,
            ),
            E::quiet_files(&[("users.csv", USERS)]),
        ],
    },
];

/// One byte more than the page checks at once (`stream::MAX_INPUT_BYTES`).
fn over_the_limit() -> Vec<u8> {
    vec![0; crate::stream::MAX_INPUT_BYTES + 1]
}
