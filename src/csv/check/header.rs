//! The header row: its columns matched against the "CSV Fields" table
//! (names, case, duplicates, missing mandatory fields, a Webex Meetings
//! site export, a header that is not on the first row).

use super::*;

impl<S: Sink> Checker<S> {
    pub(super) fn header(&mut self, row: u64, rec: &Rec<'_>) {
        self.header_row = Some(row);
        self.too_wide(row, rec);
        let mut seen: HashMap<&'static str, usize> = HashMap::new();
        for (i, raw) in rec.iter().enumerate() {
            let name = String::from_utf8_lossy(raw).into_owned();
            let spec = schema::lookup(&name);
            let mandatory = spec.is_some_and(|s| {
                s.need == Need::Mandatory
                    || (s.need == Need::Sso && self.sso)
                    || self.org_mandatory.iter().any(|m| m == s.name)
            });
            let suggestion = if spec.is_none() {
                schema::suggest(&name)
            } else {
                None
            };
            self.cols.push(Col {
                name,
                spec,
                mandatory,
                suggestion,
            });
            if let Some(s) = spec {
                if s.kind == Kind::Text && s.name == "TC" {
                    continue;
                }
                if let Some(&first) = seen.get(s.name) {
                    self.cell(
                        &DUPLICATE_COLUMN,
                        format!(
                            "column {} appears twice (columns {} and {})",
                            s.name,
                            first + 1,
                            i + 1
                        ),
                        row,
                        i,
                    );
                } else {
                    seen.insert(s.name, i);
                }
            }
        }
        let meeting = is_meeting_header(&self.cols);
        for i in 0..self.cols.len() {
            if self.cols[i].spec.is_some() {
                continue;
            }
            // One csv/meeting-site-export finding covers the export's own
            // columns; listing each of them again would bury the rest.
            let name = self.cols[i].name.as_str();
            if meeting
                && (schema::MEETING_RENAMES
                    .iter()
                    .any(|(from, _)| *from == name)
                    || schema::is_tracking_code_source(name))
            {
                continue;
            }
            let c = &self.cols[i];
            if let Some(s) = c
                .suggestion
                .filter(|s| schema::differs_only_in_case(&c.name, s))
            {
                let msg = format!(
                    "column \"{}\" differs from the CSV Fields table's {s} only in case; use the exact name {s}",
                    show(c.name.as_bytes())
                );
                self.cell(&COLUMN_NAME_CASE, msg, row, i);
                continue;
            }
            let msg = match (c.name.trim().is_empty(), c.suggestion) {
                (true, _) => format!("column {} has no name; it will be skipped", i + 1),
                (false, Some(s)) => format!(
                    "unknown column \"{}\" will be skipped; did you mean {s}?",
                    show(c.name.as_bytes())
                ),
                (false, None) => format!(
                    "unknown column \"{}\" is not in the CSV Fields table and will be skipped",
                    show(c.name.as_bytes())
                ),
            };
            self.cell(&UNKNOWN_COLUMN, msg, row, i);
        }
        let mut required: Vec<&'static str> = schema::FIELDS
            .iter()
            .filter(|s| s.need == Need::Mandatory || (s.need == Need::Sso && self.sso))
            .map(|s| s.name)
            .collect();
        for m in &self.org_mandatory {
            if let Some(s) = schema::FIELDS.iter().find(|s| s.name == m) {
                if !required.contains(&s.name) {
                    required.push(s.name);
                }
            }
        }
        for name in required {
            if !seen.contains_key(name) {
                let why = match schema::FIELDS
                    .iter()
                    .find(|s| s.name == name)
                    .map(|s| s.need)
                {
                    Some(Need::Sso) => " (mandatory when SSO is enabled)",
                    Some(Need::OrgConfigurable) => " (made mandatory by the organization)",
                    _ => "",
                };
                let near = self
                    .cols
                    .iter()
                    .find(|c| c.suggestion == Some(name))
                    .map(|c| format!("; column \"{}\" looks like it", show(c.name.as_bytes())))
                    .unwrap_or_default();
                self.add(
                    &MISSING_COLUMN,
                    format!("mandatory column {name} is missing{why}{near}"),
                    Location::cell(row, name),
                );
            }
        }
        self.meeting_export = meeting;
        if self.meeting_export {
            self.add(
                &MEETING_SITE_EXPORT,
                "the header (UserName, FirstName, Email ...) is a Webex Meetings site export; convert it before importing".into(),
                Location {
                    row: Some(row),
                    ..Location::default()
                },
            );
        }
        let find = |n: &str| {
            self.cols
                .iter()
                .position(|c| c.spec.is_some_and(|s| s.name == n))
        };
        self.special = Special {
            email: find("email"),
            user: find("userName"),
            biz_phone: find("phoneBusinessNumber"),
            biz_iso: find("phoneBusinessISOCountry"),
            biz_dial: find("phoneBusinessCountryCode"),
            mob_phone: find("phoneMobileNumber"),
            mob_iso: find("phoneMobileISOCountry"),
            mob_dial: find("phoneMobileCountryCode"),
        };
    }

    /// Whether the header row names at least one field of the table.
    pub(super) fn header_named_fields(&self) -> bool {
        self.cols.iter().any(|c| c.spec.is_some())
    }
}

/// A Webex Meetings site export header: several of the renaming table's
/// source names, including its name columns.
fn is_meeting_header(cols: &[Col]) -> bool {
    let hits = schema::MEETING_RENAMES
        .iter()
        .filter(|(from, _)| cols.iter().any(|c| c.name == *from))
        .count();
    hits >= 4
        && cols
            .iter()
            .any(|c| c.name == "UserName" || c.name == "FirstName")
}
