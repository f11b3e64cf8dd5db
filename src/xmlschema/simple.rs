//! Lexical checks of the XML Schema built-in datatypes the SAML schemas use
//! (XML Schema Part 2, section 3.2-3.3), with the facets they apply
//! (enumeration, length). Each failure says what was expected; the caller
//! adds the value and where it is.

use super::model::{Builtin, SimpleType};

fn is_xml_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Check `value` against `st`. `Err` names what is expected.
pub fn check(st: &SimpleType, value: &str) -> Result<(), String> {
    // xs:string keeps whitespace; every other type collapses it first.
    let v = if st.base == Builtin::String && !st.list {
        value
    } else {
        value.trim_matches(is_xml_ws)
    };
    if st.list {
        // A list's length facets count items; none of the SAML lists has any.
        for item in v.split(is_xml_ws).filter(|s| !s.is_empty()) {
            check_item(st, item)?;
        }
        return Ok(());
    }
    check_item(st, v)?;
    let len = match st.base {
        Builtin::Base64 | Builtin::HexBinary => None,
        _ => Some(v.chars().count()),
    };
    if let Some(len) = len {
        if len > st.max_len as usize {
            return Err(format!("at most {} characters (it has {len})", st.max_len));
        }
        if len < st.min_len as usize {
            return Err(format!("at least {} characters", st.min_len));
        }
    }
    Ok(())
}

fn check_item(st: &SimpleType, v: &str) -> Result<(), String> {
    if !st.enums.is_empty() {
        if st.enums.contains(&v) {
            return Ok(());
        }
        let list: Vec<String> = st.enums.iter().map(|e| format!("`{e}`")).collect();
        return Err(format!("one of {}", list.join(", ")));
    }
    if builtin(st.base, v) {
        Ok(())
    } else {
        Err(expected(st.base).to_string())
    }
}

/// What a value of `b` looks like, for messages.
pub fn expected(b: Builtin) -> &'static str {
    match b {
        Builtin::AnyUri => "a URI",
        Builtin::DateTime => "an xs:dateTime such as 2026-01-31T12:00:00Z",
        Builtin::Duration => "an xs:duration such as PT6H or P7D",
        Builtin::Boolean => "`true`, `false`, `1` or `0`",
        Builtin::UnsignedShort => "a whole number from 0 to 65535",
        Builtin::Integer => "a whole number",
        Builtin::NonNegativeInteger => "a whole number of 0 or more",
        Builtin::PositiveInteger => "a whole number of 1 or more",
        Builtin::Id => {
            "an XML ID (a name that starts with a letter or `_`, with no spaces or colons)"
        }
        Builtin::NcName => "an XML name without colons",
        Builtin::QName => "a qualified name (prefix:name)",
        Builtin::Base64 => "base64 (A-Z, a-z, 0-9, +, /, with = padding)",
        Builtin::Language => "a language tag such as `en` or `de-CH`",
        Builtin::NmToken => "a name token",
        Builtin::Decimal => "a decimal number",
        Builtin::HexBinary => "hexadecimal digits",
        Builtin::String | Builtin::Token | Builtin::AnySimple => "text",
    }
}

/// Whether `v` (whitespace already collapsed where the type says so) is in
/// the lexical space of `b`.
pub fn builtin(b: Builtin, v: &str) -> bool {
    match b {
        Builtin::String | Builtin::Token | Builtin::AnySimple => true,
        Builtin::AnyUri => any_uri(v),
        Builtin::DateTime => date_time(v),
        Builtin::Duration => duration(v),
        Builtin::Boolean => matches!(v, "true" | "false" | "1" | "0"),
        Builtin::UnsignedShort => {
            integer(v).is_some_and(|(neg, n)| (!neg || n == 0) && n <= 65_535)
        }
        Builtin::Integer => integer(v).is_some(),
        Builtin::NonNegativeInteger => integer(v).is_some_and(|(neg, n)| !neg || n == 0),
        Builtin::PositiveInteger => integer(v).is_some_and(|(neg, n)| !neg && n >= 1),
        Builtin::Id | Builtin::NcName => ncname(v),
        Builtin::QName => match v.split_once(':') {
            Some((p, l)) => ncname(p) && ncname(l),
            None => ncname(v),
        },
        Builtin::Base64 => base64(v),
        Builtin::Language => language(v),
        Builtin::NmToken => !v.is_empty() && v.chars().all(name_char),
        Builtin::Decimal => decimal(v),
        Builtin::HexBinary => v.len() % 2 == 0 && v.bytes().all(|b| b.is_ascii_hexdigit()),
    }
}

/// `(negative, magnitude)` of an xs:integer; magnitudes past u64 saturate.
fn integer(v: &str) -> Option<(bool, u64)> {
    let (neg, digits) = match v.as_bytes().first() {
        Some(b'-') => (true, &v[1..]),
        Some(b'+') => (false, &v[1..]),
        _ => (false, v),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.bytes().fold(0u64, |acc, b| {
        acc.saturating_mul(10).saturating_add(u64::from(b - b'0'))
    });
    Some((neg, n))
}

fn decimal(v: &str) -> bool {
    let d = v.strip_prefix(['+', '-']).unwrap_or(v);
    let (a, b) = d.split_once('.').unwrap_or((d, ""));
    (!a.is_empty() || !b.is_empty())
        && a.bytes().all(|c| c.is_ascii_digit())
        && b.bytes().all(|c| c.is_ascii_digit())
}

fn name_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn name_char(c: char) -> bool {
    name_start(c) || c.is_numeric() || matches!(c, '-' | '.' | '\u{B7}') || c == ':'
}

/// NCName: a name with no colon (Namespaces in XML, production 4).
pub fn ncname(v: &str) -> bool {
    let mut chars = v.chars();
    match chars.next() {
        Some(c) if name_start(c) => {}
        _ => return false,
    }
    chars.all(|c| c != ':' && name_char(c))
}

/// xs:anyURI accepts nearly any string (the spec leaves URI syntax to
/// RFC 3986 after escaping); what no URI can hold is a `%` that does not
/// start an escape, which is what schema validators reject too.
fn any_uri(v: &str) -> bool {
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if i + 2 >= b.len() {
                return false;
            }
            if !(b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit()) {
                return false;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    true
}

fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

/// xs:dateTime: `-?YYYY-MM-DDThh:mm:ss(.s+)?(Z|(+|-)hh:mm)?`.
pub fn date_time(v: &str) -> bool {
    let v = v.strip_prefix('-').unwrap_or(v);
    let Some((date, time)) = v.split_once('T') else {
        return false;
    };
    let mut parts = date.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    if y.len() < 4 || !y.bytes().all(|b| b.is_ascii_digit()) || (y.len() > 4 && y.starts_with('0'))
    {
        return false;
    }
    let year: i64 = y.parse().unwrap_or(0);
    if year == 0 && y.len() <= 4 && y == "0000" {
        return false;
    }
    let (Some(month), Some(day)) = (digits(m, 2), digits(d, 2)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days {
        return false;
    }
    // Time zone.
    let (clock, tz) = if let Some(c) = time.strip_suffix('Z') {
        (c, None)
    } else if time.len() > 6 && matches!(time.as_bytes()[time.len() - 6], b'+' | b'-') {
        (&time[..time.len() - 6], Some(&time[time.len() - 5..]))
    } else {
        (time, None)
    };
    if let Some(tz) = tz {
        let Some((h, m)) = tz.split_once(':') else {
            return false;
        };
        match (digits(h, 2), digits(m, 2)) {
            (Some(h), Some(m)) if m < 60 && (h < 14 || (h == 14 && m == 0)) => {}
            _ => return false,
        }
    }
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, ""));
    if clock.contains('.') && (frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let mut t = hms.splitn(3, ':');
    let (Some(h), Some(mi), Some(s)) = (t.next(), t.next(), t.next()) else {
        return false;
    };
    match (digits(h, 2), digits(mi, 2), digits(s, 2)) {
        (Some(24), Some(0), Some(0)) => frac.bytes().all(|b| b == b'0'),
        (Some(h), Some(mi), Some(s)) => h < 24 && mi < 60 && s < 60,
        _ => false,
    }
}

/// Whether an xs:dateTime value states UTC (`Z` or `+00:00`), as SAML
/// requires of its time values (SAML Core, section 1.3.3).
pub fn is_utc(v: &str) -> bool {
    let v = v.trim_matches(is_xml_ws);
    v.ends_with('Z') || v.ends_with("+00:00") || v.ends_with("-00:00")
}

/// xs:duration: `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?`, at least one part.
pub fn duration(v: &str) -> bool {
    let v = v.strip_prefix('-').unwrap_or(v);
    let Some(rest) = v.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => {
            if t.is_empty() {
                return false;
            }
            (d, Some(t))
        }
        None => (rest, None),
    };
    let mut any = false;
    if !units(date, b"YMD", false, &mut any) {
        return false;
    }
    if let Some(t) = time {
        let before = any;
        any = false;
        if !units(t, b"HMS", true, &mut any) || !any {
            return false;
        }
        any = any || before;
    }
    any
}

/// `nU` parts in the order of `order`; only the last (seconds) may have a fraction.
fn units(s: &str, order: &[u8], frac_last: bool, any: &mut bool) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut next_unit = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
        let num = &s[start..i];
        if num.is_empty() || i >= b.len() {
            return false;
        }
        let Some(pos) = order[next_unit..].iter().position(|&u| u == b[i]) else {
            return false;
        };
        let unit_index = next_unit + pos;
        let is_last = unit_index == order.len() - 1;
        if num.contains('.') {
            if !(frac_last && is_last && decimal(num)) {
                return false;
            }
            let (a, f) = num.split_once('.').unwrap_or((num, ""));
            if a.is_empty() || f.is_empty() {
                return false;
            }
        }
        next_unit = unit_index + 1;
        *any = true;
        i += 1;
    }
    true
}

/// Byte classes for [`base64`]: 1 the alphabet, 0 whitespace, 2 anything else.
const B64_CLASS: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if c.is_ascii_alphanumeric() || c == b'+' || c == b'/' {
            t[i] = 1;
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            t[i] = 0;
        }
        i += 1;
    }
    t
};

/// base64Binary: whitespace is ignored; groups of four with `=` padding
/// only at the end. Certificates make up most of a metadata aggregate, so
/// the body is classified branch-free through a table.
pub fn base64(v: &str) -> bool {
    let b = v.as_bytes();
    let mut end = b.len();
    let mut pad = 0usize;
    while end > 0 {
        match b[end - 1] {
            b' ' | b'\t' | b'\n' | b'\r' => end -= 1,
            b'=' if pad < 2 => {
                pad += 1;
                end -= 1;
            }
            _ => break,
        }
    }
    let body = &b[..end];
    let mut n = 0usize;
    let mut bad = 0u8;
    for &c in body {
        let k = B64_CLASS[c as usize];
        n += usize::from(k & 1);
        bad |= k & 2;
    }
    if bad != 0 {
        return false;
    }
    let last = body
        .iter()
        .rev()
        .copied()
        .find(|&c| B64_CLASS[c as usize] == 1);
    // Before padding, the unused low bits of the last character are zero
    // (XML Schema Part 2, 3.2.16: the lexical space is canonical there).
    let value = match last {
        Some(c @ b'A'..=b'Z') => c - b'A',
        Some(c @ b'a'..=b'z') => c - b'a' + 26,
        Some(c @ b'0'..=b'9') => c - b'0' + 52,
        Some(b'+') => 62,
        Some(_) => 63,
        None => return pad == 0,
    };
    let bits_ok = match pad {
        0 => true,
        1 => value & 0b11 == 0,
        _ => value & 0b1111 == 0,
    };
    (n + pad) % 4 == 0 && bits_ok
}

/// xml:lang: a BCP 47-shaped tag, or empty (xml.xsd allows "").
fn language(v: &str) -> bool {
    v.is_empty()
        || v.split('-').enumerate().all(|(i, part)| {
            (1..=8).contains(&part.len())
                && if i == 0 {
                    part.bytes().all(|b| b.is_ascii_alphabetic())
                } else {
                    part.bytes().all(|b| b.is_ascii_alphanumeric())
                }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times() {
        for ok in [
            "2026-01-31T12:00:00Z",
            "2026-01-31T12:00:00.123Z",
            "2026-01-31T12:00:00+02:00",
            "2024-02-29T00:00:00",
            "2026-01-31T24:00:00Z",
        ] {
            assert!(date_time(ok), "{ok}");
        }
        for bad in [
            "2026-01-31",
            "2026-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-01-31 12:00:00Z",
            "2026-01-31T12:00Z",
            "31/01/2026",
            "2026-01-31T12:00:00.Z",
            "2026-01-31T25:00:00Z",
        ] {
            assert!(!date_time(bad), "{bad}");
        }
    }

    #[test]
    fn durations() {
        for ok in ["PT6H", "P7D", "P1Y2M3DT4H5M6.5S", "-PT1S", "PT0S"] {
            assert!(duration(ok), "{ok}");
        }
        for bad in ["P", "PT", "6H", "P1H", "PT1D", "P1.5D", "P1M1Y", "21600"] {
            assert!(!duration(bad), "{bad}");
        }
    }

    #[test]
    fn numbers_names_base64() {
        assert!(builtin(Builtin::UnsignedShort, "65535"));
        assert!(!builtin(Builtin::UnsignedShort, "65536"));
        assert!(!builtin(Builtin::UnsignedShort, "-1"));
        assert!(!builtin(Builtin::UnsignedShort, "one"));
        assert!(ncname("_abc-1.2"));
        assert!(!ncname("1abc"));
        assert!(!ncname("a:b"));
        assert!(base64("TWFu\n TWE="));
        assert!(!base64("TWF="));
        assert!(base64("TQ==") && !base64("TR=="));
        assert!(!base64("TWF"));
        assert!(!base64("TW=u"));
        assert!(any_uri("https://a.example/x%20y"));
        assert!(!any_uri("https://a.example/%zz"));
        assert!(!any_uri("50%"));
        assert!(language("en") && language("de-CH") && !language("en_US"));
    }
}
