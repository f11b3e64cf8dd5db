//! Value syntax of the "CSV Fields" table, on raw bytes (no allocation: this
//! runs for every cell of million-row files).
//!
//! Email addresses are checked by hand rather than with a crate: the crates
//! that exist either parse full RFC 5322 mailboxes (`"Name" <a@b>`, comments),
//! which the import does not accept, or allocate per call. The rule here is
//! the common "addr-spec a directory would accept": dot-atom local part,
//! domain of at least two DNS labels, internationalised characters allowed.

/// Trim ASCII spaces and tabs (what Excel leaves around values).
#[inline]
pub fn trim(v: &[u8]) -> &[u8] {
    match (v.first(), v.last()) {
        (Some(a), Some(z)) if !matches!(a, b' ' | b'\t') && !matches!(z, b' ' | b'\t') => return v,
        (None, _) => return v,
        _ => {}
    }
    let start = v.iter().position(|b| !matches!(b, b' ' | b'\t'));
    match start {
        None => &[],
        Some(s) => {
            let end = v
                .iter()
                .rposition(|b| !matches!(b, b' ' | b'\t'))
                .unwrap_or(s);
            &v[s..=end]
        }
    }
}

pub fn is_email(v: &[u8]) -> bool {
    if v.len() > 254 {
        return false;
    }
    let Some(at) = v.iter().position(|&b| b == b'@') else {
        return false;
    };
    let (local, domain) = (&v[..at], &v[at + 1..]);
    local_ok(local) && domain_ok(domain)
}

fn local_ok(l: &[u8]) -> bool {
    if l.is_empty() || l.len() > 64 || l[0] == b'.' || l[l.len() - 1] == b'.' {
        return false;
    }
    let mut prev_dot = false;
    for &b in l {
        let ok = b.is_ascii_alphanumeric() || b >= 0x80 || b"!#$%&'*+/=?^_`{|}~-".contains(&b);
        if b == b'.' {
            if prev_dot {
                return false;
            }
            prev_dot = true;
            continue;
        }
        if !ok {
            return false;
        }
        prev_dot = false;
    }
    true
}

fn domain_ok(d: &[u8]) -> bool {
    if d.is_empty() || d.len() > 253 {
        return false;
    }
    let mut labels = 0;
    let mut last: &[u8] = &[];
    for label in d.split(|&b| b == b'.') {
        if label.is_empty()
            || label.len() > 63
            || label[0] == b'-'
            || label[label.len() - 1] == b'-'
            || !label
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80)
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    // A top-level domain is never all digits (that would be an IP address).
    labels >= 2 && !last.iter().all(u8::is_ascii_digit)
}

/// `Yes`/`No`-style enumerations are exact: the guide gives the spelling.
pub fn is_one_of(v: &[u8], a: &[u8], b: &[u8]) -> bool {
    v == a || v == b
}

/// A non-negative decimal number without units: `500`, `1.5`, `0`.
pub enum Storage {
    Ok,
    Negative,
    NotANumber,
}

pub fn storage(v: &[u8]) -> Storage {
    let (neg, digits) = match v.first() {
        Some(b'-') => (true, &v[1..]),
        Some(b'+') => (false, &v[1..]),
        _ => (false, v),
    };
    let mut seen_digit = false;
    let mut seen_dot = false;
    for &b in digits {
        match b {
            b'0'..=b'9' => seen_digit = true,
            b'.' if !seen_dot => seen_dot = true,
            _ => return Storage::NotANumber,
        }
    }
    if !seen_digit {
        Storage::NotANumber
    } else if neg && digits.iter().any(|&b| b.is_ascii_digit() && b != b'0') {
        Storage::Negative
    } else {
        Storage::Ok
    }
}

/// A number as Excel shows it in scientific notation (`4.08555E+11`): a
/// long number typed into a General cell. Excel keeps 15 significant
/// digits and shows fewer, so digits of a phone number are usually gone.
pub fn is_scientific_notation(v: &[u8]) -> bool {
    let Some(e) = v.iter().position(|&b| b == b'E' || b == b'e') else {
        return false;
    };
    let (mantissa, exp) = (&v[..e], &v[e + 1..]);
    let exp = exp.strip_prefix(b"+").unwrap_or(exp);
    let mut parts = mantissa.splitn(2, |&b| b == b'.');
    let int = parts.next().unwrap_or_default();
    let frac = parts.next().unwrap_or(b"0");
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    int.len() == 1 && digits(int) && digits(frac) && digits(exp)
}

/// Phone syntax: optional leading `+`, digits and the separators space - . ( ) /,
/// optionally followed by an extension (`x123`, `ext 123`, `ext. 123`, `;ext=123`).
pub fn is_phone(v: &[u8]) -> bool {
    // Fast path: no letters, so no extension to split off.
    let body = v.strip_prefix(b"+").unwrap_or(v);
    let mut digits = 0usize;
    let mut plain = true;
    for &b in body {
        if b.is_ascii_digit() {
            digits += 1;
        } else if !matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/') {
            plain = false;
            break;
        }
    }
    if plain {
        return digits >= 3;
    }
    let (main, ext) = split_extension(v);
    if let Some(e) = ext {
        if e.is_empty() || !e.iter().all(u8::is_ascii_digit) {
            return false;
        }
    }
    let body = main.strip_prefix(b"+").unwrap_or(main);
    let digits = body.iter().filter(|b| b.is_ascii_digit()).count();
    digits >= 3
        && body
            .iter()
            .all(|&b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/'))
}

fn split_extension(v: &[u8]) -> (&[u8], Option<&[u8]>) {
    let lower = |i: usize| v.get(i).map(u8::to_ascii_lowercase);
    for i in 0..v.len() {
        let rest_at = |n: usize| {
            let mut j = i + n;
            while matches!(v.get(j), Some(b' ' | b'.' | b'=' | b':')) {
                j += 1;
            }
            v.get(j..).unwrap_or(&[])
        };
        match lower(i) {
            Some(b';') if v[i..].len() >= 5 && v[i + 1..i + 4].eq_ignore_ascii_case(b"ext") => {
                return (trim(&v[..i]), Some(rest_at(4)));
            }
            Some(b'e') if i > 0 && v.len() >= i + 3 && v[i..i + 3].eq_ignore_ascii_case(b"ext") => {
                return (trim(&v[..i]), Some(rest_at(3)));
            }
            Some(b'x') if i > 0 => return (trim(&v[..i]), Some(rest_at(1))),
            _ => {}
        }
    }
    (v, None)
}

/// Whether the number carries its own country code (`+1 ...` or `001 ...`).
pub fn has_country_code(v: &[u8]) -> bool {
    v.starts_with(b"+") || v.starts_with(b"00")
}

/// Absolute `http://` or `https://` URL with a host and no spaces.
pub fn is_http_url(v: &[u8]) -> bool {
    let rest = if v.len() > 8 && v[..8].eq_ignore_ascii_case(b"https://") {
        &v[8..]
    } else if v.len() > 7 && v[..7].eq_ignore_ascii_case(b"http://") {
        &v[7..]
    } else {
        return false;
    };
    let host_end = rest
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = &rest[..host_end];
    let host = match authority.iter().rposition(|&b| b == b'@') {
        Some(i) => &authority[i + 1..],
        None => authority,
    };
    let host = match host.iter().rposition(|&b| b == b':') {
        Some(i) if !host.starts_with(b"[") => {
            if !host[i + 1..].iter().all(u8::is_ascii_digit) {
                return false;
            }
            &host[..i]
        }
        _ => host,
    };
    !host.is_empty()
        && host.iter().all(|&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'[' | b']' | b':') || b >= 0x80
        })
        && rest.iter().all(|&b| b > b' ' && b != 0x7F)
}

/// A dialing code as a Meetings export writes it (`1`, `44`, `+49`).
pub fn is_dial_code(v: &[u8]) -> bool {
    let d = v.strip_prefix(b"+").unwrap_or(v);
    (1..=4).contains(&d.len()) && d.iter().all(u8::is_ascii_digit)
}

/// A value for a message, escaped and capped by the shared text layer: a
/// 10 MB cell must not become a 10 MB message.
pub fn show(v: &[u8]) -> String {
    crate::text::shorten_bytes(v, 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_scientific_notation() {
        for yes in ["4.08555E+11", "1.4085550101E10", "4E+11", "4.1e+09"] {
            assert!(is_scientific_notation(yes.as_bytes()), "{yes}");
        }
        for no in [
            "+1 408 555 0100",
            "408E",
            "E+11",
            "40.8E+11",
            "4.E+11",
            "4.0E+",
            "ext 12",
        ] {
            assert!(!is_scientific_notation(no.as_bytes()), "{no}");
        }
    }

    #[test]
    fn emails() {
        for ok in [
            "jdoe@example.com",
            "j.o'brien+tag@mail.acme-corp.co.uk",
            "josé@exämple.de",
            "a@b.io",
        ] {
            assert!(is_email(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "jdoeexample.com",
            "jdoe @example.com",
            "jdoe@",
            "@example.com",
            "a@@b.com",
            "a@b",
            "a..b@example.com",
            "John <j@example.com>",
            "a@-x.com",
            "a@1.2.3.4",
            "a@b..com",
        ] {
            assert!(!is_email(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn phones() {
        for ok in [
            "+1 408 555 0100",
            "(408) 555-0100",
            "+44 20 7946 0958 x12",
            "408.555.0100 ext. 7",
            "+49-89-1234/56",
        ] {
            assert!(is_phone(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "call me",
            "+1 408 CALL NOW",
            "12",
            "555-0100 x",
            "+1 (408) #5",
        ] {
            assert!(!is_phone(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn urls_storage_trim() {
        assert!(is_http_url(b"https://intranet.example.com/p/j.jpg"));
        assert!(is_http_url(b"http://10.1.2.3:8080/x"));
        assert!(!is_http_url(b"intranet/photos/j.jpg"));
        assert!(!is_http_url(b"ftp://x/y"));
        assert!(!is_http_url(b"https:// x"));
        assert!(!is_http_url(b"https://"));
        assert!(matches!(storage(b"1.5"), Storage::Ok));
        assert!(matches!(storage(b"-0"), Storage::Ok));
        assert!(matches!(storage(b"-5"), Storage::Negative));
        assert!(matches!(storage(b"lots"), Storage::NotANumber));
        assert!(matches!(storage(b"500MB"), Storage::NotANumber));
        assert!(matches!(storage(b"."), Storage::NotANumber));
        assert_eq!(trim(b"  a b \t"), b"a b");
        assert_eq!(trim(b"   "), b"");
        assert_eq!(
            show(&[b'x'; 100]),
            format!("{}… (+40 characters)", "x".repeat(60))
        );
    }
}
