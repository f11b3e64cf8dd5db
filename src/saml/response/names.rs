//! Names Webex knows: the attribute table of "Configuration of Single
//! Sign-on in Cisco WebEx Messenger Administration Tool", the NameID formats
//! of "Federated Web SSO Settings", and the URI/OID claim names ADFS, Entra ID
//! and Shibboleth emit for the same data.

/// `(name, required, takes several values)` in the guide's order.
pub const ATTRIBUTES: &[(&str, bool, bool)] = &[
    ("uid", true, false),
    ("firstname", true, false),
    ("lastname", true, false),
    ("email", true, false),
    // "Supports only create, not update"; a user may be in several groups.
    ("groupid", false, true),
    ("updateTimeStamp", false, false),
    ("displayName", false, false),
    ("companyName", false, false),
    ("businessFax", false, false),
    ("streetLine1", false, false),
    ("streetLine2", false, false),
    ("city", false, false),
    ("state", false, false),
    ("zipcode", false, false),
    ("jobTitle", false, false),
    ("mobilePhone", false, false),
    ("businessPhone", false, false),
    ("employeeid", false, false),
    ("imloggingenabled", false, false),
    ("imloggingendpointname", false, false),
    ("ISOCountry", false, false),
    ("upgradesite", false, false),
];

pub const REQUIRED: [&str; 4] = ["uid", "firstname", "lastname", "email"];

pub fn known(name: &str) -> Option<(&'static str, bool, bool)> {
    ATTRIBUTES.iter().copied().find(|(n, _, _)| *n == name)
}

/// Claim URIs and LDAP OIDs that carry a Webex attribute under another name.
const URI_NAMES: &[(&str, &str)] = &[
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "email",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
        "firstname",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
        "lastname",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
        "uid",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "uid",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/streetaddress",
        "streetLine1",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/locality",
        "city",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/stateorprovince",
        "state",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/postalcode",
        "zipcode",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/country",
        "ISOCountry",
    ),
    (
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/mobilephone",
        "mobilePhone",
    ),
    (
        "http://schemas.microsoft.com/identity/claims/displayname",
        "displayName",
    ),
    (
        "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
        "groupid",
    ),
    ("http://schemas.xmlsoap.org/claims/Group", "groupid"),
    ("urn:oid:0.9.2342.19200300.100.1.1", "uid"),
    ("urn:oid:0.9.2342.19200300.100.1.3", "email"),
    // PKCS #9 emailAddress: Keycloak's "X500 email" mapper.
    ("urn:oid:1.2.840.113549.1.9.1", "email"),
    ("urn:oid:2.5.4.42", "firstname"),
    ("urn:oid:2.5.4.4", "lastname"),
    ("urn:oid:2.16.840.1.113730.3.1.241", "displayName"),
    ("urn:oid:2.5.4.10", "companyName"),
    ("urn:oid:2.5.4.23", "businessFax"),
    ("urn:oid:2.5.4.9", "streetLine1"),
    ("urn:oid:2.5.4.7", "city"),
    ("urn:oid:2.5.4.8", "state"),
    ("urn:oid:2.5.4.17", "zipcode"),
    ("urn:oid:2.5.4.12", "jobTitle"),
    ("urn:oid:0.9.2342.19200300.100.1.41", "mobilePhone"),
    ("urn:oid:2.5.4.20", "businessPhone"),
    ("urn:oid:2.16.840.1.113730.3.1.3", "employeeid"),
    ("urn:oid:2.5.4.6", "ISOCountry"),
];

pub fn is_uri_name(name: &str) -> bool {
    name.starts_with("http://") || name.starts_with("https://") || name.starts_with("urn:")
}

/// The Webex name a URI-named attribute most likely carries.
pub fn uri_short_name(name: &str, friendly: Option<&str>) -> Option<&'static str> {
    if let Some((_, short)) = URI_NAMES.iter().find(|(u, _)| u.eq_ignore_ascii_case(name)) {
        return Some(short);
    }
    if let Some(f) = friendly {
        if let Some(s) = did_you_mean(f) {
            return Some(s);
        }
    }
    let last = name.rsplit(['/', ':', '#']).next().unwrap_or(name);
    did_you_mean(last)
}

/// Directory (LDAP / Active Directory) names administrators map by habit,
/// lower-cased, with the Webex name that carries the same data.
const SYNONYMS: &[(&str, &str)] = &[
    ("givenname", "firstname"),
    ("fname", "firstname"),
    ("sn", "lastname"),
    ("lname", "lastname"),
    ("surname", "lastname"),
    ("familyname", "lastname"),
    ("mail", "email"),
    ("emailaddress", "email"),
    ("userprincipalname", "uid"),
    ("upn", "uid"),
    ("samaccountname", "uid"),
    ("username", "uid"),
    ("edupersonprincipalname", "uid"),
    ("telephonenumber", "businessPhone"),
    ("phone", "businessPhone"),
    ("workphone", "businessPhone"),
    ("officephone", "businessPhone"),
    ("mobile", "mobilePhone"),
    ("mobilenumber", "mobilePhone"),
    ("cellphone", "mobilePhone"),
    ("title", "jobTitle"),
    ("company", "companyName"),
    ("o", "companyName"),
    ("organization", "companyName"),
    ("organizationname", "companyName"),
    ("facsimiletelephonenumber", "businessFax"),
    ("fax", "businessFax"),
    ("streetaddress", "streetLine1"),
    ("street", "streetLine1"),
    ("l", "city"),
    ("st", "state"),
    ("postalcode", "zipcode"),
    ("zip", "zipcode"),
    ("c", "ISOCountry"),
    ("countrycode", "ISOCountry"),
    ("country", "ISOCountry"),
    ("employeenumber", "employeeid"),
    ("whenchanged", "updateTimeStamp"),
    ("modifytimestamp", "updateTimeStamp"),
    ("memberof", "groupid"),
];

/// The Webex attribute a misspelt, mis-cased or directory-named attribute
/// was probably meant to be: a case-insensitive match, a habitual directory
/// name (givenName, sn, mail, given_name...), or a typo: one edit (a
/// transposition counts as one) for names of up to six characters, two
/// for longer ones. Short names get one edit only because two edits turn
/// unrelated claims into Webex names (`wids`, `aud` and `zip` are not `uid`,
/// `status` is not `state`).
pub fn did_you_mean(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let squashed: String = lower
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    if let Some((_, w)) = SYNONYMS.iter().find(|(s, _)| *s == lower || *s == squashed) {
        return Some(w);
    }
    if let Some((n, _, _)) = ATTRIBUTES
        .iter()
        .find(|(n, _, _)| n.eq_ignore_ascii_case(&lower) || n.to_ascii_lowercase() == squashed)
    {
        return Some(n);
    }
    if name.len() > 64 {
        return None;
    }
    let max = if squashed.chars().count() <= 6 { 1 } else { 2 };
    ATTRIBUTES
        .iter()
        // The distance is at least the length difference: skip the rest.
        .filter(|(n, _, _)| n.len().abs_diff(squashed.len()) <= max)
        .map(|(n, _, _)| (n, strsim::osa_distance(&n.to_ascii_lowercase(), &squashed)))
        .filter(|(_, d)| *d <= max)
        .min_by_key(|(_, d)| *d)
        .map(|(n, _)| *n)
}

pub const NAMEID_UNSPECIFIED: &str = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
pub const NAMEID_EMAIL: &str = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

/// The NameID formats "Federated Web SSO Settings" lists (one table for
/// the metadata and the response tools).
pub use crate::saml::webex::SUPPORTED_NAMEID_FORMATS as NAMEID_FORMATS;

/// The supported format a wrong one was probably meant to be (the SAML 2.0
/// `emailAddress` URN that does not exist, a case slip...).
pub fn nameid_format_suggestion(format: &str) -> Option<&'static str> {
    let last = format.rsplit(':').next().unwrap_or(format);
    NAMEID_FORMATS
        .iter()
        .find(|(u, _)| {
            u.rsplit(':')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(last))
        })
        .map(|(u, _)| *u)
}

pub use crate::saml::webex::webex_nameid_label as nameid_format_label;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses() {
        assert_eq!(did_you_mean("FirstName"), Some("firstname"));
        assert_eq!(did_you_mean("first_name"), Some("firstname"));
        assert_eq!(did_you_mean("lastnme"), Some("lastname"));
        assert_eq!(did_you_mean("isocountry"), Some("ISOCountry"));
        assert_eq!(did_you_mean("objectGUID"), None);
        assert_eq!(did_you_mean("givenName"), Some("firstname"));
        assert_eq!(did_you_mean("sn"), Some("lastname"));
        assert_eq!(did_you_mean("mail"), Some("email"));
        assert_eq!(did_you_mean("userPrincipalName"), Some("uid"));
        assert_eq!(did_you_mean("emial"), Some("email"));
        assert_eq!(did_you_mean("given_name"), Some("firstname"));
        assert_eq!(did_you_mean("zip"), Some("zipcode"));
        assert_eq!(did_you_mean("eduPersonPrincipalName"), Some("uid"));
        // Unrelated short claims are not typos of Webex names.
        for other in ["wids", "aud", "status", "date", "site", "role", "cn"] {
            assert_eq!(did_you_mean(other), None, "{other}");
        }
        assert_eq!(
            uri_short_name(
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
                None
            ),
            Some("email")
        );
        assert_eq!(
            nameid_format_suggestion("urn:oasis:names:tc:SAML:2.0:nameid-format:emailAddress"),
            Some(NAMEID_EMAIL)
        );
    }
}
