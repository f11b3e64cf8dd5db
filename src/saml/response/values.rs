//! Value checks for the attribute table: email addresses, updateTimeStamp
//! ("Supports long value, UTC time format, & LDIF time format"), ISOCountry
//! ("2-letter ISO country code"), booleans, and SAML xs:dateTime.
//!
//! The email check is deliberately small (the shape Webex accepts as a user
//! id, not the full RFC 5322 grammar with quoted local parts and comments,
//! which no directory issues); internationalised domains go through `idna`.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// ISO 3166-1 alpha-2 codes officially assigned (249 entries).
const ISO_3166_ALPHA2: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY \
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
NA NC NE NF NG NI NL NO NP NR NU NZ OM \
PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW \
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

pub fn is_iso_country(code: &str) -> bool {
    code.len() == 2 && ISO_3166_ALPHA2.split_whitespace().any(|c| c == code)
}

pub fn iso_country_count() -> usize {
    ISO_3166_ALPHA2.split_whitespace().count()
}

pub fn is_email(s: &str) -> bool {
    if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    if !local_ok {
        return false;
    }
    let Ok(ascii) = idna::domain_to_ascii(domain) else {
        return false;
    };
    let labels: Vec<&str> = ascii.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && !t.chars().all(|c| c.is_ascii_digit()))
}

/// xs:boolean, as imloggingenabled takes it.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// A SAML time (xs:dateTime; SAML requires UTC, and every IdP writes `Z`).
pub fn parse_saml_time(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    // xs:dateTime without a zone; SAML says such times are UTC.
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|n| Utc.from_utc_datetime(&n))
}

/// Which of the guide's three updateTimeStamp forms a value is in, with
/// the time it denotes.
pub fn parse_update_timestamp(s: &str) -> Option<(&'static str, DateTime<Utc>)> {
    let s = s.trim();
    if !s.is_empty() && s.len() <= 19 && s.chars().all(|c| c.is_ascii_digit()) && s.len() != 14 {
        let ms: i64 = s.parse().ok()?;
        return DateTime::from_timestamp_millis(ms).map(|t| ("long", t));
    }
    if let Some(t) = parse_saml_time(s) {
        return Some(("utc", t));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.fZ",
        "%Y-%m-%d %H:%M:%S%.f UTC",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(("utc", Utc.from_utc_datetime(&n)));
        }
    }
    parse_generalized_time(s).map(|t| ("ldif", t))
}

/// LDAP GeneralizedTime (RFC 4517 §3.3.13) as LDIF exports and Active
/// Directory's whenChanged write it: `YYYYMMDDHHMMSS[.f]Z` or with an offset.
fn parse_generalized_time(s: &str) -> Option<DateTime<Utc>> {
    if s.len() < 15 || !s.is_char_boundary(14) {
        return None;
    }
    let (digits, rest) = s.split_at(14);
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let num = |a: usize, b: usize| digits[a..b].parse::<u32>().ok();
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(4, 6)?, num(6, 8)?)?;
    let naive = date.and_hms_opt(num(8, 10)?, num(10, 12)?, num(12, 14)?)?;
    let rest = match rest.strip_prefix(['.', ',']) {
        Some(r) => r.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => rest,
    };
    let offset_secs = if rest == "Z" {
        0
    } else if rest.len() == 5 && rest.is_ascii() && (rest.starts_with('+') || rest.starts_with('-'))
    {
        let h: i64 = rest[1..3].parse().ok()?;
        let m: i64 = rest[3..5].parse().ok()?;
        let v = h * 3600 + m * 60;
        if rest.starts_with('-') {
            -v
        } else {
            v
        }
    } else {
        return None;
    };
    Some(Utc.from_utc_datetime(&naive) - chrono::Duration::seconds(offset_secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes() {
        assert_eq!(iso_country_count(), 249);
        assert!(is_iso_country("US") && is_iso_country("GB") && is_iso_country("DE"));
        assert!(!is_iso_country("UK") && !is_iso_country("USA") && !is_iso_country("us"));
    }

    #[test]
    fn emails() {
        assert!(is_email("jane.doe@example.com"));
        assert!(is_email("j+tag@sub.example.co.uk"));
        assert!(is_email("anna@bücher.de"));
        for bad in [
            "jane",
            "jane@",
            "@x.com",
            "jane doe@x.com",
            "jane@localhost",
            "a..b@x.com",
            "CORP\\jane",
            "jane@x.123",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn update_timestamps() {
        assert_eq!(parse_update_timestamp("1700000000000").unwrap().0, "long");
        assert_eq!(
            parse_update_timestamp("2024-05-01T12:00:00Z").unwrap().0,
            "utc"
        );
        assert_eq!(
            parse_update_timestamp("20240501120000.0Z").unwrap().0,
            "ldif"
        );
        assert_eq!(parse_update_timestamp("20240501120000Z").unwrap().0, "ldif");
        assert_eq!(
            parse_update_timestamp("20240501140000+0200").unwrap().1,
            parse_update_timestamp("2024-05-01T12:00:00Z").unwrap().1
        );
        assert!(parse_update_timestamp("yesterday").is_none());
        assert!(parse_update_timestamp("5/1/2024 12:00 PM").is_none());
        assert!(parse_update_timestamp("20241341120000Z").is_none());
        assert!(parse_update_timestamp("20240501120000+1é1").is_none());
        assert!(parse_update_timestamp("2024050112000é").is_none());
        assert!(parse_update_timestamp("99999999999999999999").is_none());
    }
}
