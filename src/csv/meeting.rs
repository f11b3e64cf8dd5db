//! Converting a Webex Meetings site user export into a Messenger import file,
//! by the table in "Provision Tightly Coupled Integration" (Scenario 2, step
//! 4): UserName is deleted, FirstName -> firstName, ..., Country/Region ->
//! country, PhoneCntry -> phoneBusinessCountryCode, CellLocal ->
//! phoneMobileNumber, and "all tracking codes" -> TC1, TC2 ... in order.
//! Other columns "do not need to be modified or deleted" and are kept. The
//! result is UTF-8 with BOM (step 5: "Save the file in the UTF-8 format").
//!
//! One addition to the guide's table: userName is mandatory in "CSV Fields"
//! ("in the user@email.com format") and the Meetings UserName (`jdoe`) is
//! deleted, so when the export has Email and no userName column we append a
//! userName column filled from Email. Without it every converted row fails.

use super::dialect::Dialect;
use super::engine::{Engine, Handler, Rec};
use super::schema::{is_tracking_code_source, MEETING_RENAMES};
use super::write::Out;
use super::{OutputEncoding, CHUNK};

struct Converter {
    out: Option<Out>,
    size_hint: usize,
    /// Per input column: `None` = delete, `Some(name)` = new header.
    plan: Option<Vec<Option<String>>>,
    /// Column whose value is repeated as the appended userName.
    user_from: Option<usize>,
    error: Option<String>,
}

impl Converter {
    fn plan(&mut self, rec: &Rec<'_>) {
        let names: Vec<String> = rec
            .iter()
            .map(|c| String::from_utf8_lossy(c).trim().to_string())
            .collect();
        let known = names
            .iter()
            .filter(|n| MEETING_RENAMES.iter().any(|(from, _)| from == n))
            .count();
        if known < 3 || !names.iter().any(|n| n == "FirstName" || n == "Email") {
            self.error = Some(format!(
                "not a Webex Meetings site export: the header has {known} of the export's columns (UserName, FirstName, LastName, Email, ...)"
            ));
            return;
        }
        let mut tc = 0;
        let plan = names
            .iter()
            .map(
                |n| match MEETING_RENAMES.iter().find(|(from, _)| from == n) {
                    Some((_, to)) => to.map(str::to_string),
                    None if is_tracking_code_source(n) => {
                        tc += 1;
                        Some(format!("TC{tc}"))
                    }
                    None => Some(n.clone()),
                },
            )
            .collect();
        let plan: Vec<Option<String>> = plan;
        if !plan.iter().flatten().any(|n| n == "userName") {
            self.user_from = names.iter().position(|n| n == "Email");
        }
        self.plan = Some(plan);
    }
}

impl Handler for Converter {
    fn dialect(&mut self, d: &Dialect) {
        let delim = d.output_delimiter();
        self.out = Some(Out::new(OutputEncoding::Utf8Bom, delim, self.size_hint));
    }

    fn record(&mut self, _row: u64, rec: &Rec<'_>) {
        if self.error.is_some() {
            return;
        }
        let Some(plan) = &self.plan else {
            self.plan(rec);
            let extra: &[u8] = if self.user_from.is_some() {
                b"userName"
            } else {
                b""
            };
            if let (Some(plan), Some(out)) = (&self.plan, self.out.as_mut()) {
                let cells = plan.iter().flatten().map(|s| s.as_bytes());
                if self.user_from.is_some() {
                    out.record(cells.chain([extra]));
                } else {
                    out.record(cells);
                }
            }
            return;
        };
        let Some(out) = self.out.as_mut() else { return };
        // Cells beyond the header (a ragged row) are kept rather than lost.
        let width = plan.len();
        let kept = (0..rec.len().max(width))
            .filter(|i| plan.get(*i).is_none_or(|p| p.is_some()))
            .map(|i| rec.get(i));
        match self.user_from {
            // Pad short rows so that userName lands in its own column.
            Some(u) => out.record(kept.chain([rec.get(u)])),
            None => out.record(
                (0..rec.len())
                    .filter(|i| plan.get(*i).is_none_or(|p| p.is_some()))
                    .map(|i| rec.get(i)),
            ),
        }
    }
}

/// Convert a Meetings site export; `Err` explains why the input is not one.
pub fn convert_meeting_export(input: &[u8]) -> Result<Vec<u8>, String> {
    let mut c = Converter {
        out: None,
        size_hint: input.len() + 16,
        plan: None,
        user_from: None,
        error: None,
    };
    let mut engine = Engine::new();
    for chunk in input.chunks(CHUNK) {
        engine.push(chunk, &mut c);
        if c.error.is_some() {
            break;
        }
    }
    engine.finish(&mut c);
    if let Some(e) = c.error {
        return Err(e);
    }
    match (c.plan, c.out) {
        (Some(_), Some(out)) => Ok(out.finish()),
        _ => Err("the file is empty: there is no header row to convert".into()),
    }
}
