//! The field table of admin guide "CSV File Format" / "CSV Fields": the
//! column names the import knows, which are mandatory, which
//! the organization may make mandatory, and what kind of value each takes.
//! Also the column names of a Webex Meetings site export and their renaming
//! from "Provision Tightly Coupled Integration" (Scenario 2, step 4).

/// What a field's values must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Email,
    UserName,
    Country,
    YesNo,
    TrueFalse,
    Storage,
    Phone,
    Fax,
    Url,
    /// Dialing code of a converted Meetings export (PhoneCntry -> phoneBusinessCountryCode).
    DialCode,
}

/// When a field must be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Mandatory,
    /// "Mandatory (only SSO enabled)".
    Sso,
    /// Optional, but "the Organization Administrator can configure this field so that it is mandatory".
    OrgConfigurable,
    Optional,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    pub name: &'static str,
    pub need: Need,
    pub kind: Kind,
}

const fn f(name: &'static str, need: Need, kind: Kind) -> FieldSpec {
    FieldSpec { name, need, kind }
}

use Kind::*;
use Need::*;

/// The "CSV Fields" table, in the guide's order.
pub const FIELDS: &[FieldSpec] = &[
    f("employeeID", Sso, Text),
    f("displayName", Optional, Text),
    f("firstName", Mandatory, Text),
    f("lastName", Mandatory, Text),
    f("email", Mandatory, Email),
    f("userName", Mandatory, UserName),
    f("jobTitle", Optional, Text),
    f("address1", OrgConfigurable, Text),
    f("address2", OrgConfigurable, Text),
    f("city", OrgConfigurable, Text),
    f("state", OrgConfigurable, Text),
    f("zipCode", OrgConfigurable, Text),
    f("ISOcountry", OrgConfigurable, Country),
    f("phoneBusinessISOCountry", OrgConfigurable, Country),
    f("phoneBusinessNumber", OrgConfigurable, Phone),
    f("phoneMobileISOCountry", OrgConfigurable, Country),
    f("phoneMobileNumber", OrgConfigurable, Phone),
    f("fax", Optional, Fax),
    f("policyGroupName", Optional, Text),
    f("userProfilePhotoURL", Optional, Url),
    f("activeConnect", Optional, YesNo),
    f("center", Optional, YesNo),
    f("storageAllocated", Optional, Storage),
    f("CUCMClusterName", Optional, Text),
    f("businessUnit", OrgConfigurable, Text),
    f("IMLoggingEnable", Optional, TrueFalse),
    f("endpointName", Optional, Text),
    f("autoUpgradeSiteName", Optional, Text),
];

/// Names the Tightly Coupled Integration table tells administrators to use
/// for a converted Meetings export. They are not in the "CSV Fields" table,
/// but the guide imports such a file, so we accept them rather than warn.
pub const MEETING_TARGETS: &[FieldSpec] = &[
    f("country", Optional, Text),
    f("phoneBusinessCountryCode", Optional, DialCode),
    f("phoneMobileCountryCode", Optional, DialCode),
];

/// The guide's renaming table: Meetings export header -> Messenger header;
/// `None` means "Delete this column".
pub const MEETING_RENAMES: &[(&str, Option<&str>)] = &[
    ("UserName", None),
    ("FirstName", Some("firstName")),
    ("LastName", Some("lastName")),
    ("Email", Some("email")),
    ("Address1", Some("address1")),
    ("Address2", Some("address2")),
    ("City", Some("city")),
    ("State/Prov", Some("state")),
    ("Zip/Postal", Some("zipCode")),
    ("Country/Region", Some("country")),
    ("PhoneCntry", Some("phoneBusinessCountryCode")),
    ("PhoneLocal", Some("phoneBusinessNumber")),
    ("CellCntry", Some("phoneMobileCountryCode")),
    ("CellLocal", Some("phoneMobileNumber")),
];

/// Other spellings of a field that the guide itself uses, and the field of
/// the table they name. The table spells `ISOcountry`, but "Workaround to
/// Resolve a Potential Import Issue" tells the administrator to locate the
/// field titled `ISOCountry`: both are the guide's, so both are accepted.
pub const GUIDE_SPELLINGS: &[(&str, &str)] = &[("ISOCountry", "ISOcountry")];

/// Lookup by the exact name of the table (or another spelling the guide
/// itself uses). The guide does not say whether the import compares names
/// case-insensitively, so any other spelling is not a match.
pub fn lookup(name: &str) -> Option<&'static FieldSpec> {
    let name = GUIDE_SPELLINGS
        .iter()
        .find(|(alt, _)| *alt == name)
        .map_or(name, |(_, to)| to);
    FIELDS
        .iter()
        .chain(MEETING_TARGETS)
        .find(|s| s.name == name)
        .or_else(|| is_tracking_code_target(name).then_some(&TC_SPEC))
}

/// Whether `name` differs from the table's `field` only in letter case.
pub fn differs_only_in_case(name: &str, field: &str) -> bool {
    name != field
        && name
            .trim_start_matches('\u{feff}')
            .eq_ignore_ascii_case(field)
}

const TC_SPEC: FieldSpec = f("TC", Optional, Text);

/// `TC1`, `TC2` ...: tracking codes of a converted Meetings export.
fn is_tracking_code_target(name: &str) -> bool {
    name.len() > 2 && name.starts_with("TC") && name[2..].bytes().all(|b| b.is_ascii_digit())
}

/// A Meetings export column holding a tracking code ("Tracking Code 1",
/// "TrackingCode2", "TC3").
pub fn is_tracking_code_source(name: &str) -> bool {
    let n = squash(name);
    n.starts_with("trackingcode")
        || (n.len() > 2 && n.starts_with("tc") && n[2..].bytes().all(|b| b.is_ascii_digit()))
}

/// Lower-case ASCII letters and digits only, for forgiving comparisons.
fn squash(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Common spellings administrators use, squashed, and the field they mean.
const ALIASES: &[(&str, &str)] = &[
    ("emailaddress", "email"),
    ("mail", "email"),
    ("username", "userName"),
    ("login", "userName"),
    ("first", "firstName"),
    ("givenname", "firstName"),
    ("last", "lastName"),
    ("surname", "lastName"),
    ("familyname", "lastName"),
    ("title", "jobTitle"),
    ("country", "ISOcountry"),
    ("countryregion", "ISOcountry"),
    ("countrycode", "ISOcountry"),
    ("zip", "zipCode"),
    ("zippostal", "zipCode"),
    ("postalcode", "zipCode"),
    ("postcode", "zipCode"),
    ("stateprov", "state"),
    ("province", "state"),
    ("phone", "phoneBusinessNumber"),
    ("businessphone", "phoneBusinessNumber"),
    ("phonelocal", "phoneBusinessNumber"),
    ("mobile", "phoneMobileNumber"),
    ("mobilephone", "phoneMobileNumber"),
    ("cellphone", "phoneMobileNumber"),
    ("celllocal", "phoneMobileNumber"),
    ("department", "businessUnit"),
    ("employeenumber", "employeeID"),
    ("photourl", "userProfilePhotoURL"),
    ("street", "address1"),
];

/// The field an unknown column name most likely means: same letters ignoring
/// case, spaces and punctuation; a known alias; or one or two typos away.
pub fn suggest(name: &str) -> Option<&'static str> {
    // Field names are short; a long cell in the header row is not a near
    // miss, and edit distance on it would cost quadratic time.
    if name.len() > 64 {
        return None;
    }
    let n = squash(name.trim_start_matches('\u{feff}'));
    if n.is_empty() {
        return None;
    }
    if let Some(s) = FIELDS.iter().find(|s| squash(s.name) == n) {
        return Some(s.name);
    }
    if let Some((_, to)) = ALIASES.iter().find(|(a, _)| *a == n) {
        return Some(to);
    }
    let limit = if n.len() > 8 { 2 } else { 1 };
    let len = n.chars().count();
    FIELDS
        .iter()
        // The edit distance is at least the length difference: skip the
        // quadratic comparison when it cannot be within the limit.
        .filter(|s| s.name.len().abs_diff(len) <= limit)
        .map(|s| (strsim::osa_distance(&squash(s.name), &n), s.name))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

/// Parse an organization-mandatory list (`city,state,ISOcountry`): only the
/// fields the guide says the administrator can make mandatory.
pub fn parse_mandatory_list(list: &str) -> Result<Vec<&'static FieldSpec>, String> {
    let mut out = Vec::new();
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match lookup(name).filter(|s| FIELDS.contains(s)) {
            Some(s) if s.need == OrgConfigurable => out.push(s),
            Some(s) if s.need == Mandatory => {}
            _ => {
                let choices: Vec<&str> = org_configurable().map(|s| s.name).collect();
                return Err(format!(
                    "`{name}` cannot be made mandatory; choose from {}",
                    choices.join(", ")
                ));
            }
        }
    }
    Ok(out)
}

/// How many of `cells` are exactly a field name of the table: a row with
/// three or more is a header.
pub fn known_field_count<'a>(cells: impl Iterator<Item = &'a [u8]>) -> usize {
    cells
        .filter(|c| std::str::from_utf8(c).is_ok_and(|n| lookup(n).is_some()))
        .count()
}

/// The fields an organization can make mandatory (the app's checkboxes).
pub fn org_configurable() -> impl Iterator<Item = &'static FieldSpec> {
    FIELDS.iter().filter(|s| s.need == OrgConfigurable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_the_guide_fields() {
        assert_eq!(FIELDS.len(), 28);
        assert!(lookup("firstName").is_some());
        assert!(lookup("FirstName").is_none());
        assert!(lookup("TC3").is_some());
    }

    #[test]
    fn both_spellings_the_guide_uses_for_the_country_field() {
        // Was: "ISOCountry" (the guide's "Workaround" spelling) was unknown.
        assert_eq!(lookup("ISOcountry").map(|s| s.name), Some("ISOcountry"));
        assert_eq!(lookup("ISOCountry").map(|s| s.name), Some("ISOcountry"));
        assert!(lookup("isocountry").is_none());
        assert_eq!(parse_mandatory_list("ISOCountry").map(|v| v.len()), Ok(1));
        assert!(differs_only_in_case("FirstName", "firstName"));
        assert!(differs_only_in_case("\u{feff}FIRSTNAME", "firstName"));
        assert!(!differs_only_in_case("First Name", "firstName"));
        assert!(!differs_only_in_case("firstName", "firstName"));
    }

    #[test]
    fn did_you_mean() {
        assert_eq!(suggest("FirstName"), Some("firstName"));
        assert_eq!(suggest("First Name"), Some("firstName"));
        assert_eq!(suggest("E-mail"), Some("email"));
        assert_eq!(suggest("emial"), Some("email"));
        assert_eq!(suggest("State/Prov"), Some("state"));
        assert_eq!(suggest("\u{feff}userName"), Some("userName"));
        assert_eq!(suggest("IsoCountry"), Some("ISOcountry"));
        assert_eq!(suggest("Favourite colour"), None);
    }

    #[test]
    fn mandatory_list() {
        assert_eq!(parse_mandatory_list("city, state").map(|v| v.len()), Ok(2));
        assert!(parse_mandatory_list("fax").is_err());
    }
}
