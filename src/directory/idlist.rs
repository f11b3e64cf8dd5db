//! userInactivation and groupDeletion files (admin guide, "User File
//! Formats": "User inactivation file format: userSSOID" — the email address
//! when SSO is not enabled; "Group File Formats": "Group deletion file
//! format: SSOGroupID" — the group name when SSO is not enabled).

use super::dialect::Record;
use super::names::Kind;
use super::rules as r;
use super::Sink;
use crate::csv::values;

/// One id and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id {
    pub id: String,
    pub line: u64,
}

/// The ids of one file, checked one record at a time into `out`.
pub fn record(rec: &Record, kind: Kind, sso: bool, out: &mut Vec<Id>, sink: &mut Sink) {
    let col = kind.id_column();
    let extra = rec
        .fields
        .iter()
        .skip(1)
        .filter(|f| !f.value.is_empty())
        .count();
    if extra > 0 || rec.fields.first().is_some_and(|f| f.value.is_empty()) {
        sink.add(
            &r::ID_LIST_FIELDS,
            format!(
                "the line has {} fields (`{}`); the file holds one {col} per line",
                rec.fields.len(),
                show(
                    &rec.fields
                        .iter()
                        .map(|f| f.value.as_ref())
                        .collect::<Vec<_>>()
                        .join(",")
                )
            ),
            Some(rec.line),
            Some(col),
        );
    }
    let Some(id) = rec.fields.iter().find(|f| !f.value.is_empty()) else {
        return;
    };
    if kind == Kind::UserInactivation && !sso && !values::is_email(id.value.as_bytes()) {
        sink.add(
                &r::INACTIVATION_EMAIL,
                format!(
                    "`{}` is not an email address; without SSO the job finds the user to inactivate by email",
                    show(&id.value)
                ),
                Some(rec.line),
                Some(col),
            );
    }
    out.push(Id {
        id: id.value.to_string(),
        line: rec.line,
    });
}

fn show(s: &str) -> String {
    values::show(s.as_bytes())
}
