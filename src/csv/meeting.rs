//! Converting a Webex Meetings site user export into a Messenger import file,
//! by the table in "Provision Tightly Coupled Integration" (Scenario 2, step
//! 4): UserName is deleted, FirstName -> firstName, ..., Country/Region ->
//! country, PhoneCntry -> phoneBusinessCountryCode, CellLocal ->
//! phoneMobileNumber, and "all tracking codes" -> TC1, TC2 ... in order.
//! Other columns "do not need to be modified or deleted" and are kept. The
//! result is UTF-8 with BOM (step 5: "Save the file in the UTF-8 format").

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
        self.plan = Some(plan);
    }
}

impl Handler for Converter {
    fn dialect(&mut self, d: &Dialect) {
        let delim = if d.delimiter == b';' {
            b','
        } else {
            d.delimiter
        };
        self.out = Some(Out::new(OutputEncoding::Utf8Bom, delim, self.size_hint));
    }

    fn record(&mut self, _row: u64, rec: &Rec<'_>) {
        if self.error.is_some() {
            return;
        }
        let Some(plan) = &self.plan else {
            self.plan(rec);
            if let (Some(plan), Some(out)) = (&self.plan, self.out.as_mut()) {
                out.record(plan.iter().flatten().map(|s| s.as_bytes()));
            }
            return;
        };
        let Some(out) = self.out.as_mut() else { return };
        // Cells beyond the header (a ragged row) are kept rather than lost.
        let cells = rec
            .iter()
            .enumerate()
            .filter(|(i, _)| plan.get(*i).is_none_or(|p| p.is_some()))
            .map(|(_, c)| c);
        out.record(cells);
    }
}

/// Convert a Meetings site export; `Err` explains why the input is not one.
pub fn convert_meeting_export(input: &[u8]) -> Result<Vec<u8>, String> {
    let mut c = Converter {
        out: None,
        size_hint: input.len() + 16,
        plan: None,
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
