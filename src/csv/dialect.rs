//! Which separator and line ending the file uses, decided from the header
//! line (the guide, "CSV Fields" note: "You can use tab, or comma-separated
//! CSV files"). The header is the one line we know the shape of: it names
//! fields from the table, so we pick the separator that splits it into the
//! most known field names. Semicolons (Excel with a European list separator)
//! are recognised so that we can say so instead of reporting one huge column.

use super::decode::TextEncoding;
use super::schema;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialect {
    pub delimiter: u8,
    pub encoding: TextEncoding,
    pub bom: bool,
    /// "CRLF", "LF", "CR", "CRCRLF" (a CRLF file whose line ends were
    /// converted again) or "none" (single line without terminator).
    pub line_ending: &'static str,
    /// The header also contains the other separator outside quotes.
    pub mixed: bool,
    /// A second byte-order mark follows the first (csv_core drops it
    /// silently, the import would not).
    pub double_bom: bool,
    /// Set when the input is a known binary format (see `decode`).
    pub binary: Option<&'static str>,
    /// The file starts with Excel's `sep=X` line (the separator named in
    /// it): the engine hands it to `Handler::sep_line`, not as a record,
    /// and the header is the next line.
    pub sep_line: Option<u8>,
}

impl Dialect {
    /// The separator of files we write from this one: the same, except
    /// that semicolons (which the import does not read) become commas.
    pub fn output_delimiter(&self) -> u8 {
        if self.delimiter == b';' {
            b','
        } else {
            self.delimiter
        }
    }

    pub fn delimiter_label(&self) -> &'static str {
        match self.delimiter {
            b'\t' => "\t",
            b';' => ";",
            _ => ",",
        }
    }
}

/// The end of the first record (exclusive, before its terminator) if `buf`
/// already contains it, honouring quotes.
pub fn header_end(buf: &[u8]) -> Option<usize> {
    let mut in_quotes = false;
    for (i, &b) in buf.iter().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\r' | b'\n' if !in_quotes => return Some(i),
            _ => {}
        }
    }
    None
}

/// Excel's separator hint: a first line `sep=,` (or `sep=;`, `sep=<tab>`,
/// any case) that Excel reads and hides, and every other reader, the import
/// included, takes for the header.
pub fn sep_line(line: &[u8]) -> Option<u8> {
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    match line {
        [s, e, p, b'=', d] if [*s, *e, *p].eq_ignore_ascii_case(b"sep") => Some(*d),
        _ => None,
    }
}

/// The end of the header line when `buf` already contains it: the first
/// line, or the second after a [`sep_line`].
pub fn header_ready(buf: &[u8]) -> bool {
    match header_end(buf) {
        Some(end) if sep_line(&buf[..end]).is_some() => header_end(after_line(buf, end)).is_some(),
        Some(_) => true,
        None => false,
    }
}

/// `buf` after the line ending at `end` and its terminator.
fn after_line(buf: &[u8], end: usize) -> &[u8] {
    let skip = match (buf.get(end), buf.get(end + 1)) {
        (Some(b'\r'), Some(b'\n')) => 2,
        (Some(_), _) => 1,
        (None, _) => 0,
    };
    &buf[(end + skip).min(buf.len())..]
}

/// Decide the dialect from the decoded start of the file (the header line,
/// after Excel's `sep=` line if there is one).
pub fn detect(buf: &[u8], encoding: TextEncoding, bom: bool) -> Dialect {
    if let Some(end) = header_end(buf) {
        if let Some(sep) = sep_line(&buf[..end]) {
            let mut d = detect(after_line(buf, end), encoding, bom);
            d.double_bom = buf.starts_with("\u{feff}".as_bytes());
            d.sep_line = Some(sep);
            return d;
        }
    }
    let end = header_end(buf);
    let line = &buf[..end.unwrap_or(buf.len())];
    let line_ending = match end.map(|e| (buf.get(e), buf.get(e + 1))) {
        Some((Some(b'\r'), Some(b'\r'))) if end.and_then(|e| buf.get(e + 2)) == Some(&b'\n') => {
            "CRCRLF"
        }
        Some((Some(b'\r'), Some(b'\n'))) => "CRLF",
        Some((Some(b'\r'), _)) => "CR",
        Some((Some(b'\n'), _)) => "LF",
        _ => "none",
    };
    let count = |d: u8| {
        let mut in_q = false;
        let mut n = 0usize;
        for &b in line {
            if b == b'"' {
                in_q = !in_q;
            } else if b == d && !in_q {
                n += 1;
            }
        }
        n
    };
    let (commas, tabs, semis) = (count(b','), count(b'\t'), count(b';'));
    let known = |d: u8| {
        line.split(|&b| b == d)
            .filter(|name| {
                let name = String::from_utf8_lossy(name);
                schema::lookup(name.trim_matches(|c| c == '"' || c == '\u{feff}')).is_some()
            })
            .count()
    };
    let (delimiter, mixed) = match (commas > 0, tabs > 0) {
        (true, false) => (b',', false),
        (false, true) => (b'\t', false),
        (true, true) => {
            let d = if known(b'\t') > known(b',') || (known(b'\t') == known(b',') && tabs > commas)
            {
                b'\t'
            } else {
                b','
            };
            (d, true)
        }
        (false, false) if semis > 0 => (b';', false),
        (false, false) => (b',', false),
    };
    Dialect {
        delimiter,
        encoding,
        bom,
        line_ending,
        mixed,
        double_bom: buf.starts_with("\u{feff}".as_bytes()),
        binary: None,
        sep_line: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Dialect {
        detect(s.as_bytes(), TextEncoding::Utf8, false)
    }

    #[test]
    fn comma_tab_semicolon_and_line_endings() {
        assert_eq!(d("firstName,lastName\r\nx,y").delimiter, b',');
        assert_eq!(d("firstName,lastName\r\nx,y").line_ending, "CRLF");
        assert_eq!(d("firstName\tlastName\nx").delimiter, b'\t');
        assert_eq!(d("firstName\tlastName\nx").line_ending, "LF");
        assert_eq!(d("firstName;lastName").delimiter, b';');
        assert_eq!(d("firstName;lastName").line_ending, "none");
        assert_eq!(d("\"a,b\"\tc\rx").delimiter, b'\t');
        assert_eq!(d("\"a,b\"\tc\rx").line_ending, "CR");
    }

    #[test]
    fn mixed_header_picks_the_separator_naming_more_fields() {
        let m = d("firstName\tlastName\temail,userName\r\n");
        assert!(m.mixed);
        assert_eq!(m.delimiter, b'\t');
        assert_eq!(d("email").delimiter, b',');
    }
}
