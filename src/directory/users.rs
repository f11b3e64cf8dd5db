//! The userFile (admin guide, "User File Formats", "User file format": 34
//! positional fields, no header; userSSOId, firstName, lastName and email
//! mandatory; IMLoggingEnable True or False; storageAllocated in MB;
//! userProfilePhotoURL used as-is). Value syntax is the user-CSV tool's
//! (`csv::values`), so both tools accept the same emails, numbers and URLs.

use foldhash::HashMap;

use serde::{Deserialize, Serialize};

use super::dialect::Record;
use super::rules as r;
use super::Sink;
use crate::csv::values::{self, Storage};

/// The fields in the guide's order (the spelling of its field table).
pub const COLUMNS: [&str; 34] = [
    "userSSOId",
    "displayName",
    "firstName",
    "lastName",
    "email",
    "jobTitle",
    "address1",
    "city",
    "state",
    "zip",
    "country",
    "phoneOffice",
    "phoneCell",
    "homeGroupSSOId",
    "homeGroupName",
    "businessUnit",
    "userProfilePhotoURL",
    "address2",
    "storageAllocated",
    "CUCMClusterName",
    "IMLoggingEnable",
    "EndPointName",
    "autoUpgradeSiteName",
    "center",
    "TC1",
    "TC2",
    "TC3",
    "TC4",
    "TC5",
    "TC6",
    "TC7",
    "TC8",
    "TC9",
    "TC10",
];

const ID: usize = 0;
const FIRST: usize = 2;
const LAST: usize = 3;
const EMAIL: usize = 4;
const HOME_ID: usize = 13;
const HOME_NAME: usize = 14;
const PHOTO: usize = 16;
const STORAGE: usize = 18;
const IM_LOGGING: usize = 20;

/// At most this many mis-counted rows are kept as field tables.
pub const MAX_TABLES: usize = 20;

/// One provisioned user, as the cross-file checks and the tree need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub line: u64,
    pub email: String,
    pub home_group: String,
    pub home_group_name: String,
}

/// A row with the wrong number of fields, shown field by field under the
/// guide's column names so that a shifted column is obvious.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldTable {
    pub file: String,
    pub row: u64,
    /// `(column name, value)`; columns past the 34th are named `(extra)`.
    pub fields: Vec<(String, String)>,
}

/// The userFile's checks, fed one record at a time.
#[derive(Debug, Default)]
pub struct UserFile {
    file: String,
    users: Vec<User>,
    tables: Vec<FieldTable>,
    ids: HashMap<String, u64>,
    emails: HashMap<String, u64>,
}

impl UserFile {
    pub fn new(file: &str) -> Self {
        Self {
            file: file.to_string(),
            ..Self::default()
        }
    }

    pub fn record(&mut self, rec: &Record, sink: &mut Sink) {
        let UserFile {
            file,
            users,
            tables,
            ids,
            emails,
        } = self;
        let row = Some(rec.line);
        let n = rec.fields.len();
        let counted = n == COLUMNS.len();
        if !counted {
            let table: Vec<(String, String)> = rec
                .fields
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    (
                        COLUMNS.get(i).unwrap_or(&"(extra)").to_string(),
                        values::show(f.value.as_bytes()),
                    )
                })
                .collect();
            let shown: Vec<String> = table
                .iter()
                .take(8)
                .map(|(c, v)| format!("{c}={v}"))
                .collect();
            sink.add(
                &r::USER_FIELD_COUNT,
                format!(
                    "the row has {n} field{} instead of 34 ({}); read positionally: {}{}",
                    if n == 1 { "" } else { "s" },
                    if n < 34 { "too few" } else { "too many" },
                    shown.join(", "),
                    if table.len() > 8 { ", …" } else { "" }
                ),
                row,
                COLUMNS.get(n.min(34)).copied().or(Some("TC10")),
            );
            if tables.len() < MAX_TABLES {
                tables.push(FieldTable {
                    file: file.clone(),
                    row: rec.line,
                    fields: table,
                });
            }
        }
        let id = rec.get(ID);
        for (i, col) in [
            (ID, "userSSOId"),
            (FIRST, "firstName"),
            (LAST, "lastName"),
            (EMAIL, "email"),
        ] {
            if rec.get(i).is_empty() {
                sink.add(
                    &r::USER_MANDATORY,
                    format!("{col} is empty{}", who(id)),
                    row,
                    Some(col),
                );
            }
        }
        let email = rec.get(EMAIL);
        if counted && !email.is_empty() {
            if !values::is_email(email.as_bytes()) {
                sink.add(
                    &r::USER_EMAIL,
                    format!("`{}` is not a valid email address{}", show(email), who(id)),
                    row,
                    Some("email"),
                );
            } else if let Some(first) = emails.get(&email.to_lowercase()) {
                sink.add(
                    &r::USER_EMAIL_DUPLICATE,
                    format!(
                        "`{}`{} is also the email of the user on row {first}",
                        show(email),
                        who(id)
                    ),
                    row,
                    Some("email"),
                );
            } else {
                emails.insert(email.to_lowercase(), rec.line);
            }
        }
        if !id.is_empty() {
            if let Some(first) = ids.get(id) {
                sink.add(
                    &r::USER_ID_DUPLICATE,
                    format!(
                        "userSSOId `{}` is also on row {first}; this row overwrites it",
                        show(id)
                    ),
                    row,
                    Some("userSSOId"),
                );
            } else {
                ids.insert(id.to_string(), rec.line);
            }
        }
        if counted {
            values_of(rec, id, sink);
        }
        if !id.is_empty() {
            users.push(User {
                id: id.to_string(),
                line: rec.line,
                email: email.to_string(),
                home_group: if counted {
                    rec.get(HOME_ID).to_string()
                } else {
                    String::new()
                },
                home_group_name: if counted {
                    rec.get(HOME_NAME).to_string()
                } else {
                    String::new()
                },
            });
        }
    }

    /// The users (in file order) and the field tables of miscounted rows.
    pub fn finish(self) -> (Vec<User>, Vec<FieldTable>) {
        (self.users, self.tables)
    }
}

fn values_of(rec: &Record, id: &str, sink: &mut Sink) {
    let row = Some(rec.line);
    let im = rec.get(IM_LOGGING);
    if !im.is_empty() && !values::is_one_of(im.as_bytes(), b"True", b"False") {
        sink.add(
            &r::USER_IM_LOGGING,
            format!(
                "IMLoggingEnable is `{}`{}; write True or False",
                show(im),
                who(id)
            ),
            row,
            Some("IMLoggingEnable"),
        );
    }
    let storage = rec.get(STORAGE);
    if !storage.is_empty() {
        let why = match values::storage(storage.as_bytes()) {
            Storage::Ok => None,
            Storage::Negative => Some("is negative"),
            Storage::NotANumber => Some("is not a plain number of MB"),
        };
        if let Some(why) = why {
            sink.add(
                &r::USER_STORAGE,
                format!("storageAllocated `{}` {why}{}", show(storage), who(id)),
                row,
                Some("storageAllocated"),
            );
        }
    }
    let photo = rec.get(PHOTO);
    if !photo.is_empty() && !values::is_http_url(photo.as_bytes()) {
        sink.add(
            &r::USER_PHOTO_URL,
            format!(
                "userProfilePhotoURL `{}` is not an absolute http(s) URL{}",
                show(photo),
                who(id)
            ),
            row,
            Some("userProfilePhotoURL"),
        );
    }
}

fn who(id: &str) -> String {
    if id.is_empty() {
        String::new()
    } else {
        format!(" (user `{}`)", show(id))
    }
}

fn show(s: &str) -> String {
    values::show(s.as_bytes())
}
