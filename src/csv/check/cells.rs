//! One cell against its field's rules (mandatory, length, format, the
//! values a field allows, country codes).

use super::*;

impl<S: Sink> Checker<S> {
    pub(super) fn value(&mut self, row: u64, i: usize, v: &[u8]) {
        let col = &self.cols[i];
        let (spec, mandatory) = (col.spec, col.mandatory);
        let kind = spec.map(|s| s.kind);
        if v.is_empty() {
            if mandatory {
                let name = col.name.clone();
                self.cell(
                    &MANDATORY_EMPTY,
                    format!("mandatory field {name} is empty"),
                    row,
                    i,
                );
            }
            return;
        }
        let b0 = v[0];
        let is_phone_kind = matches!(kind, Some(Kind::Phone | Kind::Fax));
        let phone_ok = is_phone_kind && values::is_phone(trim(v));
        // A phone number in a column that will be renamed to a phone field
        // (`Mobile` → phoneMobileNumber) is not a formula either.
        let phone_like_column = col
            .suggestion
            .and_then(schema::lookup)
            .is_some_and(|s| matches!(s.kind, Kind::Phone | Kind::Fax));
        let phone_value = phone_ok || (phone_like_column && values::is_phone(trim(v)));
        if matches!(b0, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
            && v != b"-"
            && !(phone_value && b0 == b'+')
        {
            self.cell(
                &FORMULA_INJECTION,
                format!(
                    "\"{}\" starts with {} and would run as a formula when the file is opened in a spreadsheet",
                    show(v),
                    match b0 {
                        b'\t' => "a tab".to_string(),
                        b'\r' => "a carriage return".to_string(),
                        c => format!("'{}'", c as char),
                    }
                ),
                row,
                i,
            );
        }
        let Some(spec) = spec else { return };
        let t = trim(v);
        if t.len() != v.len() {
            if t.is_empty() {
                if mandatory {
                    self.cell(
                        &MANDATORY_EMPTY,
                        format!("mandatory field {} contains only spaces", spec.name),
                        row,
                        i,
                    );
                }
                return;
            }
            self.cell(
                &SURROUNDING_WHITESPACE,
                format!("\"{}\" has leading or trailing spaces", show(v)),
                row,
                i,
            );
        }
        if t == b"-" {
            if mandatory {
                self.cell(
                    &DASH_IN_MANDATORY,
                    format!(
                        "\"-\" (empty) is not allowed in the mandatory field {}",
                        spec.name
                    ),
                    row,
                    i,
                );
            }
            return;
        }
        if t.len() == 3 && t.eq_ignore_ascii_case(b"N/A") {
            let msg = format!("do not use the value \"{}\" in {}", show(t), spec.name);
            let loc = Location::cell(row, self.col_name(i));
            if mandatory {
                // N/A in a mandatory field fails the row, like any missing value.
                self.add_sev(
                    &NOT_APPLICABLE,
                    Severity::Error,
                    format!("{msg} (a mandatory field)"),
                    loc,
                );
            } else {
                self.add(
                    &NOT_APPLICABLE,
                    format!("{msg}; use \"-\" to leave it empty"),
                    loc,
                );
            }
            // A field with a type cannot store N/A either (not a country
            // code, not Yes/No, not a number): it also gets its own error.
            if spec.kind == Kind::Text {
                return;
            }
        }
        match spec.kind {
            Kind::Text | Kind::Phone | Kind::Fax => {}
            Kind::Email => {
                let ok = values::is_email(t);
                self.email_ok = Some(ok);
                self.email_buf.clear();
                self.email_buf.extend_from_slice(t);
                if !ok {
                    self.cell(
                        &EMAIL_INVALID,
                        format!("\"{}\" is not a valid email address", show(t)),
                        row,
                        i,
                    );
                }
            }
            Kind::UserName => {
                // userName usually repeats the email: validate the bytes once.
                let ok = match self.email_ok {
                    Some(ok) if self.email_buf == t => ok,
                    _ => values::is_email(t),
                };
                if !ok {
                    self.cell(
                        &USERNAME_INVALID,
                        format!("userName \"{}\" is not in the user@domain form", show(t)),
                        row,
                        i,
                    );
                }
            }
            Kind::Country => self.country(row, i, t, spec.name),
            Kind::YesNo => self.one_of(&YES_NO_INVALID, ("Yes", "No"), t, spec.name, row, i),
            Kind::TrueFalse => {
                self.one_of(&TRUE_FALSE_INVALID, ("True", "False"), t, spec.name, row, i)
            }
            Kind::Storage => match values::storage(t) {
                values::Storage::Ok => {}
                values::Storage::Negative => self.cell(
                    &STORAGE_INVALID,
                    format!("storageAllocated \"{}\" is negative", show(t)),
                    row,
                    i,
                ),
                values::Storage::NotANumber => self.cell(
                    &STORAGE_INVALID,
                    format!(
                        "storageAllocated \"{}\" is not a number of megabytes{}",
                        show(t),
                        if t.contains(&b',') {
                            " (write it without a thousands separator, e.g. 1000)"
                        } else {
                            ""
                        }
                    ),
                    row,
                    i,
                ),
            },
            Kind::Url => {
                if !values::is_http_url(t) {
                    self.cell(
                        &PHOTO_URL_INVALID,
                        format!("\"{}\" is not an absolute http(s) URL", show(t)),
                        row,
                        i,
                    );
                }
            }
            Kind::DialCode => {
                if !values::is_dial_code(t) {
                    self.cell(
                        &PHONE_INVALID,
                        format!(
                            "{} \"{}\" is not a dialing code (1 to 4 digits)",
                            spec.name,
                            show(t)
                        ),
                        row,
                        i,
                    );
                }
            }
        }
        if is_phone_kind && !phone_ok {
            let why = if values::is_scientific_notation(t) {
                ": Excel turned it into scientific notation and its last digits are lost; format the column as Text and enter the numbers again"
            } else {
                ""
            };
            self.cell(
                &PHONE_INVALID,
                format!("{} \"{}\" is not a phone number{why}", spec.name, show(t)),
                row,
                i,
            );
        }
    }

    /// A field that takes one of two words (Yes/No, True/False). Another
    /// value is an error; the right word in another case only a warning,
    /// since the guide does not say whether the import ignores case.
    pub(super) fn one_of(
        &mut self,
        rule: &'static Rule,
        (a, b): (&str, &str),
        t: &[u8],
        name: &str,
        row: u64,
        i: usize,
    ) {
        if values::is_one_of(t, a.as_bytes(), b.as_bytes()) {
            return;
        }
        let loc = Location::cell(row, self.col_name(i));
        match [a, b].into_iter().find(|w| t.eq_ignore_ascii_case(w.as_bytes())) {
            Some(w) => self.add_sev(
                rule,
                Severity::Warning,
                format!(
                    "{name} \"{}\" differs from {w} only in case; write {a} or {b} as the CSV Fields table does",
                    show(t)
                ),
                loc,
            ),
            None => self.add_sev(
                rule,
                rule.severity,
                format!("{name} must be {a} or {b}, not \"{}\"", show(t)),
                loc,
            ),
        }
    }

    pub(super) fn country(&mut self, row: u64, i: usize, t: &[u8], name: &str) {
        if country::is_assigned(t) {
            return;
        }
        let upper = t.to_ascii_uppercase();
        if country::is_assigned(&upper) {
            self.cell(
                &COUNTRY_CASE,
                format!(
                    "{name} \"{}\" should be upper case: {}",
                    show(t),
                    show(&upper)
                ),
                row,
                i,
            );
            return;
        }
        let hint = country::suggestion(&String::from_utf8_lossy(t))
            .map(|s| format!("; did you mean {s}?"))
            .unwrap_or_default();
        self.cell(
            &COUNTRY_INVALID,
            format!(
                "{name} \"{}\" is not an ISO 3166-1 alpha-2 code{hint}",
                show(t)
            ),
            row,
            i,
        );
    }
}
