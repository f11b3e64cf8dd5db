//! Attribute values as the checks read them: xs:dateTime, absolute URIs
//! and endpoint Locations.

use chrono::{DateTime, NaiveDateTime, Utc};

/// Parse an xs:dateTime. SAML requires UTC; a value with no zone is read as UTC.
pub fn parse_datetime(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.with_timezone(&Utc));
    }
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|n| n.and_utc())
}

pub(super) fn rfc3339(d: DateTime<Utc>) -> String {
    d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// An absolute URI (RFC 3986 section 4.3): a scheme, a colon, something
/// after it, and no whitespace.
pub fn is_absolute_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// What a Location is: https, http, or unusable (with the reason).
pub(super) fn classify_location(loc: &str) -> Result<bool, String> {
    if loc.trim().is_empty() {
        return Err("is empty".into());
    }
    if loc.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("contains spaces or control characters".into());
    }
    let lower = loc.get(..8).unwrap_or(loc).to_ascii_lowercase();
    let (secure, rest) = if lower.starts_with("https://") {
        (true, &loc[8..])
    } else if lower.starts_with("http://") {
        (false, &loc[7..])
    } else if is_absolute_uri(loc) {
        return Err("is not an http(s) URL".into());
    } else {
        return Err("is not an absolute URL".into());
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    if host.is_empty() || host.starts_with(':') {
        return Err("has no host name".into());
    }
    Ok(secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_uris() {
        for ok in ["https://a", "urn:x:y", "http://www.webex.com", "a+b-c.d:x"] {
            assert!(is_absolute_uri(ok), "{ok}");
        }
        for bad in ["", "a", ":x", "1a:x", "a:", "https://a b", "host/path"] {
            assert!(!is_absolute_uri(bad), "{bad}");
        }
    }

    #[test]
    fn locations() {
        assert_eq!(classify_location("https://idp.example.com/sso"), Ok(true));
        assert_eq!(classify_location("HTTPS://idp.example.com"), Ok(true));
        assert_eq!(classify_location("http://idp.example.com"), Ok(false));
        assert!(classify_location("https://").is_err());
        assert!(classify_location("https://:443/x").is_err());
        assert!(classify_location("ftp://x").is_err());
        assert!(classify_location("/relative").is_err());
        assert!(classify_location("é").is_err());
    }

    #[test]
    fn datetimes() {
        assert!(parse_datetime("2026-11-22T00:00:00Z").is_some());
        assert!(parse_datetime(" 2026-11-22T00:00:00.5+02:00 ").is_some());
        assert!(parse_datetime("2026-11-22T00:00:00").is_some());
        assert!(parse_datetime("2026-11-22").is_none());
        assert!(parse_datetime("tomorrow").is_none());
    }
}
