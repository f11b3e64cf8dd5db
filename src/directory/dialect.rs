//! Records and fields of one file (admin guide, "Directory Integration
//! Import Process and File Formats": "You can use tab, or comma-separated CSV
//! files"; "User File Formats" and "Group File Formats": "A header record
//! should not be present in the file").
//!
//! Line-based on purpose: a directory record is one line, and the finding
//! locations are line numbers. Double-quoted fields (RFC 4180) are
//! understood within a line, which is what directory export scripts write
//! for values with a comma ("Smith, John").

use std::borrow::Cow;

use super::names::Kind;
use super::rules as r;
use super::users::COLUMNS;
use super::Sink;

/// One field: its value without quotes and surrounding spaces, and whether
/// there were spaces around it. The value borrows the file's text unless
/// quotes had to be undone (`""` inside a quoted field): a 200,000-user
/// file has seven million fields, and copying each was most of the time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    pub value: Cow<'a, str>,
    pub spaced: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// 1-based line number.
    pub line: u64,
    pub fields: Vec<Field<'a>>,
}

impl Record<'_> {
    pub fn get(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", |f| &f.value)
    }
}

/// What [`split`] learnt of the file besides its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// `,` or `\t`; `None` when no line has either (an id list, an empty file).
    pub delimiter: Option<char>,
    /// Non-blank lines, the header included.
    pub rows: u64,
}

/// The guide's name of field `index` on a line of a `kind` file.
pub fn column_name(kind: Kind, index: usize, line: &str) -> Option<&'static str> {
    match kind {
        Kind::UserFile => COLUMNS.get(index).copied(),
        Kind::UserInactivation | Kind::GroupDeletion => Some(kind.id_column()),
        Kind::GroupFile => {
            let ind = line
                .split([',', '\t'])
                .next()
                .unwrap_or_default()
                .trim()
                .trim_matches('"');
            Some(match (ind, index) {
                (_, 0) => "recIndicator",
                (_, 1) => "ssoGroupId",
                ("g", 2) => "groupName",
                ("g", _) => "groupType",
                ("gg", _) => "subGroupSSOID",
                ("gu", _) => "memberSSOID",
                _ => return None,
            })
        }
    }
}

/// Split `text` into records and hand each to `each` as it is read, with
/// the sink (the file's findings stay in line order, and no file is held
/// as records: a userFile of 200,000 rows has seven million fields).
pub fn split<'a>(
    text: &'a str,
    kind: Kind,
    sink: &mut Sink,
    mut each: impl FnMut(Record<'a>, &mut Sink),
) -> Shape {
    let lines: Vec<&'a str> = {
        let mut v: Vec<&str> = text.split('\n').collect();
        if v.last() == Some(&"") {
            v.pop();
        }
        v
    };
    let delimiter = lines
        .iter()
        .find(|l| !l.trim().is_empty())
        .and_then(|l| {
            if l.contains('\t') {
                Some('\t')
            } else if l.contains(',') {
                Some(',')
            } else {
                None
            }
        })
        .or_else(|| {
            // An id list has no separator; a later line may still have one.
            lines.iter().find_map(|l| {
                if l.contains('\t') {
                    Some('\t')
                } else if l.contains(',') {
                    Some(',')
                } else {
                    None
                }
            })
        });
    let positional = matches!(kind, Kind::UserFile | Kind::GroupFile);
    let mut rows = 0u64;
    let mut first = true;
    for (i, raw) in lines.iter().enumerate() {
        let line_no = i as u64 + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let mut d = delimiter.unwrap_or(',');
        if positional && !line.contains(d) {
            let other = if d == ',' { '\t' } else { ',' };
            if line.contains(other) {
                sink.add(
                    &r::MIXED_DELIMITERS,
                    format!(
                        "this line is {}-separated, the file's first line {}-separated",
                        name(other),
                        name(d)
                    ),
                    Some(line_no),
                    None,
                );
                d = other;
            }
        }
        let (fields, unclosed) = fields(line, d);
        if unclosed {
            sink.add(
                &r::UNBALANCED_QUOTE,
                "a quoted field is not closed before the end of the line".to_string(),
                Some(line_no),
                column_name(kind, fields.len().saturating_sub(1), line),
            );
        }
        if fields.iter().all(|f| f.value.is_empty()) {
            sink.add(
                &r::BLANK_LINE,
                if line.trim().is_empty() {
                    "blank line".to_string()
                } else {
                    "the line has separators but no values".to_string()
                },
                Some(line_no),
                None,
            );
            continue;
        }
        rows += 1;
        if std::mem::take(&mut first) && looks_like_header(kind, &fields) {
            sink.add(
                &r::HEADER_ROW,
                format!(
                    "the first row `{}` is a header; the job would import it as a record",
                    show(line)
                ),
                Some(line_no),
                Some(kind.id_column()),
            );
            continue;
        }
        if let Some((idx, f)) = fields.iter().enumerate().find(|(_, f)| f.spaced) {
            let col = column_name(kind, idx, line);
            let written = spaced_text(line, d, idx);
            let side = match (
                written.starts_with('␠') || written.starts_with('␉'),
                written.ends_with('␠') || written.ends_with('␉'),
            ) {
                (true, true) => "leading and trailing spaces",
                (true, false) => "a leading space",
                _ => "a trailing space",
            };
            sink.add(
                &r::FIELD_SPACES,
                format!(
                    "`{}`{} would carry {side} if the job keeps the spaces (`{}`), and then not match `{}` elsewhere",
                    show(&f.value),
                    col.map(|c| format!(" ({c})")).unwrap_or_default(),
                    show(&written),
                    show(&f.value)
                ),
                Some(line_no),
                col,
            );
        }
        each(
            Record {
                line: line_no,
                fields,
            },
            sink,
        );
    }
    Shape { delimiter, rows }
}

fn name(d: char) -> &'static str {
    if d == '\t' {
        "tab"
    } else {
        "comma"
    }
}

/// Split one line; `true` when a quote was left open.
fn fields(line: &str, d: char) -> (Vec<Field<'_>>, bool) {
    let mut out = Vec::new();
    let mut rest = line;
    let mut unclosed = false;
    loop {
        let lead = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let body = &rest[lead..];
        // A tab-separated file keeps tabs as separators, not as padding.
        let lead = if d == '\t' {
            rest.len() - rest.trim_start_matches(' ').len()
        } else {
            lead
        };
        let body = if d == '\t' { &rest[lead..] } else { body };
        if let Some(q) = body.strip_prefix('"') {
            let (value, end) = unquote(q);
            match end {
                None => {
                    unclosed = true;
                    out.push(Field {
                        value,
                        spaced: lead > 0,
                    });
                    return (out, unclosed);
                }
                Some(e) => {
                    let after = &q[e..];
                    let next = after.find(d);
                    let tail = &after[..next.unwrap_or(after.len())];
                    out.push(Field {
                        value,
                        spaced: lead > 0 || !tail.is_empty(),
                    });
                    match next {
                        Some(n) => rest = &after[n + d.len_utf8()..],
                        None => return (out, unclosed),
                    }
                }
            }
        } else {
            let next = rest.find(d);
            let raw = &rest[..next.unwrap_or(rest.len())];
            let value = if d == '\t' {
                raw.trim_matches(' ')
            } else {
                raw.trim_matches([' ', '\t'])
            };
            out.push(Field {
                value: Cow::Borrowed(value),
                spaced: !value.is_empty() && value.len() != raw.len(),
            });
            match next {
                Some(n) => rest = &rest[n + d.len_utf8()..],
                None => return (out, unclosed),
            }
        }
    }
}

/// The value of a quoted field whose opening quote is already consumed,
/// and the offset just past its closing quote (`None` when it is not
/// closed on the line). Borrowed unless a doubled quote has to be undone.
fn unquote(q: &str) -> (Cow<'_, str>, Option<usize>) {
    let b = q.as_bytes();
    let mut i = 0;
    let mut owned: Option<String> = None;
    let mut copied_to = 0;
    while let Some(rel) = memchr::memchr(b'"', &b[i..]) {
        let at = i + rel;
        if b.get(at + 1) == Some(&b'"') {
            let s = owned.get_or_insert_with(String::new);
            s.push_str(&q[copied_to..=at]);
            copied_to = at + 2;
            i = at + 2;
        } else {
            let value = match owned {
                Some(mut s) => {
                    s.push_str(&q[copied_to..at]);
                    Cow::Owned(s)
                }
                None => Cow::Borrowed(&q[..at]),
            };
            return (value, Some(at + 1));
        }
    }
    let value = match owned {
        Some(mut s) => {
            s.push_str(&q[copied_to..]);
            Cow::Owned(s)
        }
        None => Cow::Borrowed(q),
    };
    (value, None)
}

/// The field as written, spaces included, for the message.
fn spaced_text(line: &str, d: char, idx: usize) -> String {
    let raw = line.split(d).nth(idx).unwrap_or_default();
    raw.replace(' ', "␠").replace('\t', "␉")
}

fn looks_like_header(kind: Kind, fields: &[Field]) -> bool {
    let is = |f: &Field, names: &[&str]| names.iter().any(|n| f.value.eq_ignore_ascii_case(n));
    match kind {
        Kind::UserFile => {
            fields.iter().filter(|f| is(f, &COLUMNS)).count() >= 2
                || fields.first().is_some_and(|f| is(f, &["userSSOId"]))
        }
        Kind::GroupFile => fields.first().is_some_and(|f| {
            is(f, &["recIndicator", "recordIndicator"])
                || fields
                    .get(1)
                    .is_some_and(|g| is(g, &["ssoGroupId", "groupSSOId"]))
        }),
        Kind::UserInactivation => fields
            .first()
            .is_some_and(|f| is(f, &["userSSOId", "email", "userSSO"])),
        Kind::GroupDeletion => fields
            .first()
            .is_some_and(|f| is(f, &["SSOGroupID", "groupSSOId", "groupName"])),
    }
}

fn show(s: &str) -> String {
    crate::csv::values::show(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Parsed<'a> {
        delimiter: Option<char>,
        records: Vec<Record<'a>>,
    }

    fn parse(text: &str, kind: Kind) -> (Parsed<'_>, Vec<String>) {
        let mut sink = Sink::new(100);
        let mut records = Vec::new();
        let shape = split(text, kind, &mut sink, |r, _| records.push(r));
        let p = Parsed {
            delimiter: shape.delimiter,
            records,
        };
        (p, sink.findings.iter().map(|f| f.rule.clone()).collect())
    }

    #[test]
    fn quoted_and_spaced_fields() {
        let (p, f) = parse("g,\"Sales, EMEA\",x\r\n", Kind::GroupFile);
        assert_eq!(p.records[0].get(1), "Sales, EMEA");
        assert!(f.is_empty());
        let (p, f) = parse("g, groupSSOID1, Group SSO Name1\n", Kind::GroupFile);
        assert_eq!(p.records[0].get(1), "groupSSOID1");
        assert_eq!(f, ["directory/field-spaces"]);
        let (_, f) = parse("g,\"open,x\n", Kind::GroupFile);
        assert_eq!(f, ["directory/unbalanced-quote"]);
    }

    #[test]
    fn doubled_quotes_are_undone_and_plain_values_borrowed() {
        let (p, f) = parse("g,\"The \"\"A\"\" team\",x,\"\"\"\"\n", Kind::GroupFile);
        assert_eq!(p.records[0].get(1), "The \"A\" team");
        assert_eq!(p.records[0].get(3), "\"");
        assert!(matches!(p.records[0].fields[2].value, Cow::Borrowed("x")));
        assert!(f.is_empty());
        let (p, f) = parse("g,\"open \"\" x\n", Kind::GroupFile);
        assert_eq!(p.records[0].get(1), "open \" x");
        assert_eq!(f, ["directory/unbalanced-quote"]);
    }

    #[test]
    fn tabs_blank_lines_and_headers() {
        let (p, f) = parse("g\ta\tA\n\ng\tb\tB\n", Kind::GroupFile);
        assert_eq!(p.delimiter, Some('\t'));
        assert_eq!(p.records.len(), 2);
        assert_eq!(f, ["directory/blank-line"]);
        let (p, f) = parse(
            "recIndicator,ssoGroupId,groupName\ng,a,A\n",
            Kind::GroupFile,
        );
        assert_eq!(p.records.len(), 1);
        assert_eq!(f, ["directory/header-row"]);
        let (_, f) = parse("g,a,A\ng\tb\tB\n", Kind::GroupFile);
        assert_eq!(f, ["directory/mixed-delimiters"]);
    }
}
