//! File names of a run (admin guide, "User File Formats":
//! `userFile_YYYY-MM-DD_n.csv`, `userInactivation_YYYY-MM-DD_n.csv`; "Group
//! File Formats": `groupFile_…`, `groupDeletion_…`; "Directory Integration
//! Import Process and File Formats": all four are uploaded). The prefixes are
//! the cron core's directory upload names, so the CRON page and this checker
//! spell them identically.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::cron::directory::FILE_PREFIXES;

/// The four kinds of file of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Kind {
    #[serde(rename = "userFile")]
    UserFile,
    #[serde(rename = "groupFile")]
    GroupFile,
    #[serde(rename = "userInactivation")]
    UserInactivation,
    #[serde(rename = "groupDeletion")]
    GroupDeletion,
}

impl Kind {
    /// In the order of [`FILE_PREFIXES`].
    pub const ALL: [Kind; 4] = [
        Kind::UserFile,
        Kind::GroupFile,
        Kind::UserInactivation,
        Kind::GroupDeletion,
    ];

    pub fn prefix(self) -> &'static str {
        FILE_PREFIXES[self as usize]
    }

    /// The guide's name of the one field of the id-list files, or of the
    /// first field otherwise.
    pub fn id_column(self) -> &'static str {
        match self {
            Kind::UserFile => "userSSOId",
            Kind::GroupFile => "recIndicator",
            Kind::UserInactivation => "userSSOID",
            Kind::GroupDeletion => "SSOGroupID",
        }
    }
}

/// What a file name says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The kind, also when the name is misspelt but recognisable.
    pub kind: Option<Kind>,
    pub date: Option<NaiveDate>,
    /// The date as written (kept when it is not a real date).
    pub date_text: Option<String>,
    pub instance: Option<u32>,
    /// Problems, in words; `None` when the name is exactly right.
    pub name_problem: Option<String>,
    pub date_problem: Option<String>,
}

/// The last path component: names may be given with a folder.
pub fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// Parse `userFile_2008-07-28_1.csv` and its near misses.
pub fn parse(name: &str) -> Name {
    let base = base_name(name);
    let mut out = Name {
        kind: None,
        date: None,
        date_text: None,
        instance: None,
        name_problem: None,
        date_problem: None,
    };
    let mut problems: Vec<String> = Vec::new();
    let (stem, ext) = match base.rfind('.') {
        Some(i) => (&base[..i], &base[i..]),
        None => (base, ""),
    };
    if ext != ".csv" {
        problems.push(if ext.is_empty() {
            "has no .csv extension".to_string()
        } else {
            format!("ends in `{}` instead of `.csv`", shorten(ext))
        });
    }
    // `<prefix>_YYYY-MM-DD_n`, split from the right so that a prefix with an
    // underscore of its own (`user_file`) still leaves the date and number.
    let pieces: Vec<&str> = stem.rsplitn(3, '_').collect();
    let (prefix, date_n) = match pieces.as_slice() {
        [n, date, prefix] => (*prefix, Some((*date, *n))),
        _ => (stem, None),
    };
    match Kind::ALL.iter().find(|k| k.prefix() == prefix) {
        Some(k) => out.kind = Some(*k),
        None => match Kind::ALL
            .iter()
            .find(|k| k.prefix().eq_ignore_ascii_case(prefix))
        {
            Some(k) => {
                out.kind = Some(*k);
                problems.push(format!(
                    "starts with `{}`; the prefix is case-sensitive: `{}`",
                    shorten(prefix),
                    k.prefix()
                ));
            }
            None => {
                out.kind = guess_kind(prefix);
                problems.push(format!(
                    "starts with `{}`, which is none of userFile, userInactivation, groupFile, groupDeletion",
                    shorten(prefix)
                ));
            }
        },
    }
    // `YYYY-MM-DD_n`: the date, then the instance after the last underscore.
    match date_n {
        Some((date, n)) => {
            out.date_text = Some(date.to_string());
            match parse_date(date) {
                Some(d) => out.date = Some(d),
                None => {
                    out.date_problem = Some(format!(
                        "`{}` is not a date in the form YYYY-MM-DD",
                        shorten(date)
                    ))
                }
            }
            match n.parse::<u32>() {
                Ok(v) if v >= 1 && n.bytes().all(|b| b.is_ascii_digit()) => out.instance = Some(v),
                _ => {
                    let p = format!("`{}` is not a job instance number (1, 2, 3 …)", shorten(n));
                    out.date_problem = Some(match out.date_problem.take() {
                        Some(d) => format!("{d}; {p}"),
                        None => p,
                    });
                }
            }
        }
        None => problems.push("lacks the `_YYYY-MM-DD_n` part".to_string()),
    }
    if !problems.is_empty() {
        out.name_problem = Some(problems.join(", "));
    }
    out
}

/// A strict `YYYY-MM-DD` (chrono alone would accept `2024-5-1`).
fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Names such as `users_2024-05-01_1.csv` or `user_file…` still say what
/// the file is, so its content can be checked.
fn guess_kind(prefix: &str) -> Option<Kind> {
    let p = prefix.to_ascii_lowercase().replace(['-', ' ', '.'], "");
    if p.contains("inactiv") || p.contains("deactiv") {
        Some(Kind::UserInactivation)
    } else if p.contains("group") && (p.contains("del") || p.contains("remov")) {
        Some(Kind::GroupDeletion)
    } else if p.contains("group") {
        Some(Kind::GroupFile)
    } else if p.contains("user") {
        Some(Kind::UserFile)
    } else {
        None
    }
}

/// The name the file should have, given what could be read from it.
pub fn expected(kind: Option<Kind>, date: Option<&str>, instance: Option<u32>) -> String {
    format!(
        "{}_{}_{}.csv",
        kind.map_or("userFile", Kind::prefix),
        date.filter(|d| parse_date(d).is_some())
            .unwrap_or("YYYY-MM-DD"),
        instance.map_or("n".to_string(), |n| n.to_string())
    )
}

fn shorten(s: &str) -> String {
    crate::csv::values::show(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_names() {
        let n = parse("userFile_2008-07-28_4.csv");
        assert_eq!(n.kind, Some(Kind::UserFile));
        assert_eq!(n.instance, Some(4));
        assert!(n.name_problem.is_none() && n.date_problem.is_none());
        let n = parse("in/groupDeletion_2008-07-28_1.csv");
        assert_eq!(n.kind, Some(Kind::GroupDeletion));
    }

    #[test]
    fn near_misses() {
        assert!(parse("UserFile_2008-07-28_1.csv").name_problem.is_some());
        assert!(parse("userFile_2008-07-28_1.CSV").name_problem.is_some());
        assert!(parse("userFile_2008-02-30_1.csv").date_problem.is_some());
        assert!(parse("userFile_2008-07-28_0.csv").date_problem.is_some());
        assert!(parse("userFile_2008-7-28_1.csv").date_problem.is_some());
        assert_eq!(
            parse("group_deletions_2008-07-28_1.csv").kind,
            Some(Kind::GroupDeletion)
        );
        assert_eq!(parse("x").kind, None);
    }
}
