//! Row-level checks: blank and ragged rows, and the rules that compare
//! cells of a row or rows with each other (duplicate addresses, the phone
//! country code).

use super::*;

impl<S: Sink> Checker<S> {
    pub(super) fn row(&mut self, row: u64, rec: &Rec<'_>) {
        self.data_rows += 1;
        if rec.bytes().iter().all(|&b| b == b' ' || b == b'\t') {
            self.extend_empty(row, row);
            return;
        }
        self.flush_empty();
        self.too_wide(row, rec);
        if row <= HEADER_SEARCH_ROWS && !self.header_named_fields() && self.header_later.is_none() {
            let known = schema::known_field_count(rec.iter());
            if known >= HEADER_MIN_FIELDS {
                self.header_later = Some(row);
                let first = self.header_row.unwrap_or(1);
                self.add(
                    &HEADER_NOT_FIRST,
                    format!(
                        "row {row} looks like the header ({known} known column names), but the import reads row {first} as the header; delete the rows above it"
                    ),
                    Location {
                        row: Some(row),
                        ..Location::default()
                    },
                );
            }
        }
        let n = self.cols.len();
        if rec.odd_quotes {
            let lines = rec.bytes().iter().filter(|&&b| b == b'\n').count();
            let more = if lines > 0 {
                format!(
                    "; a cell spans {} lines, so following rows may have been swallowed into it",
                    lines + 1
                )
            } else {
                String::new()
            };
            let col = rec
                .iter()
                .position(|c| c.contains(&b'"') || c.contains(&b'\n'))
                .unwrap_or(0);
            self.cell(
                &UNBALANCED_QUOTE,
                format!("row {row} has an unclosed or undoubled quote character{more}"),
                row,
                col,
            );
        } else if rec.stray_quote {
            let col = rec.iter().position(|c| c.contains(&b'"')).unwrap_or(0);
            self.cell(
                &UNBALANCED_QUOTE,
                format!(
                    "row {row} has a quote inside a quoted cell that is not doubled (write \"\" for a quote inside quotes); the cell reads as \"{}\"",
                    crate::text::shorten(&String::from_utf8_lossy(rec.get(col)), 60)
                ),
                row,
                col,
            );
        }
        if rec.len() != n && n > 0 && !self.ragged(row, rec) {
            // Misaligned cells: checking them against their headers would
            // only produce noise.
            return;
        }
        // Control characters: one branch-free pass over the record; the
        // careful per-cell look happens only when something is there.
        if rec.bytes().iter().copied().min().is_some_and(|m| m < 0x20) {
            for i in 0..rec.len().min(n) {
                let v = rec.get(i);
                if let Some(&b) = v
                    .iter()
                    .find(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n'))
                {
                    self.cell(
                        &CONTROL_CHARACTER,
                        format!(
                            "cell contains the control character 0x{b:02X}: \"{}\"",
                            show(v)
                        ),
                        row,
                        i,
                    );
                }
            }
        }
        self.email_ok = None;
        for i in 0..n.min(rec.len()) {
            self.value(row, i, rec.get(i));
        }
        self.row_rules(row, rec);
    }

    /// Report a row whose cell count differs from the header's; true when the
    /// cells are still aligned (only empty cells were added at the end).
    pub(super) fn ragged(&mut self, row: u64, rec: &Rec<'_>) -> bool {
        let n = self.cols.len();
        let got = rec.len();
        let other = match self.dialect.as_ref().map(|d| d.delimiter) {
            Some(b'\t') => b',',
            _ => b'\t',
        };
        let others: usize = rec
            .iter()
            .map(|c| c.iter().filter(|&&b| b == other).count())
            .sum();
        if got < n && others > 0 && got + others >= n {
            let (this, that) = if other == b',' {
                ("tabs", "commas")
            } else {
                ("commas", "tabs")
            };
            self.cell(
                &MIXED_DELIMITERS,
                format!("row {row} is separated by {that} while the header uses {this}"),
                row,
                got.saturating_sub(1),
            );
            return false;
        }
        if got > n && (n..got).all(|i| trim(rec.get(i)).is_empty()) {
            let loc = Location::cell(row, self.col_name(n - 1));
            self.add_sev(
                &RAGGED_ROW,
                Severity::Warning,
                format!(
                    "row {row} has {got} cells, the header {n}; the {} extra cells are empty",
                    got - n
                ),
                loc,
            );
            return true;
        }
        let col = if got < n { got } else { n - 1 };
        self.cell(
            &RAGGED_ROW,
            format!(
                "row {row} has {got} cells but the header has {n}; values may be in the wrong columns"
            ),
            row,
            col,
        );
        false
    }

    pub(super) fn row_rules(&mut self, row: u64, rec: &Rec<'_>) {
        let sp = self.special;
        let usable = |i: Option<usize>| {
            i.map(|i| trim(rec.get(i)))
                .filter(|t| !t.is_empty() && *t != b"-" && !t.eq_ignore_ascii_case(b"N/A"))
        };
        let r32 = u32::try_from(row).unwrap_or(u32::MAX);
        let email = sp.email.zip(usable(sp.email));
        let user = sp.user.zip(usable(sp.user));
        let ke = email.map(|(_, v)| key(v));
        let ku = match (user, email) {
            (Some((_, u)), Some((_, e))) if u == e => ke,
            (Some((_, u)), _) => Some(key(u)),
            _ => None,
        };
        let mut dups: [Option<u32>; 2] = [None, None];
        for (slot, k) in [(0usize, ke), (1, ku)] {
            if let Some(k) = k {
                dups[slot] = self.seen.first_or_insert(k, slot, r32);
            }
        }
        if let (Some(first), Some((i, v))) = (dups[0], email) {
            self.cell(
                &DUPLICATE_EMAIL,
                format!("email {} is also in row {first}", show(v)),
                row,
                i,
            );
        }
        if let (Some(first), Some((i, v))) = (dups[1], user) {
            self.cell(
                &DUPLICATE_USERNAME,
                format!("userName {} is also in row {first}", show(v)),
                row,
                i,
            );
        }
        // "Create New Users": "The Business Email is the Username". Only
        // two valid addresses that differ (ignoring case, as the duplicate
        // checks do) are worth a word; an invalid one has its own error.
        if let (Some((i, u)), Some((_, e))) = (user, email) {
            if !u.eq_ignore_ascii_case(e) && values::is_email(u) && values::is_email(e) {
                self.cell(
                    &USERNAME_NOT_EMAIL,
                    format!(
                        "userName \"{}\" differs from email \"{}\"; the guide says the business email is the username",
                        show(u),
                        show(e)
                    ),
                    row,
                    i,
                );
            }
        }
        for (phone, iso, dial, which) in [
            (
                sp.biz_phone,
                sp.biz_iso,
                sp.biz_dial,
                "phoneBusinessISOCountry",
            ),
            (
                sp.mob_phone,
                sp.mob_iso,
                sp.mob_dial,
                "phoneMobileISOCountry",
            ),
        ] {
            let (Some(i), Some(v)) = (phone, usable(phone)) else {
                continue;
            };
            if !values::has_country_code(v)
                && values::is_phone(v)
                && usable(iso).is_none()
                && usable(dial).is_none()
            {
                self.cell(
                    &PHONE_NO_COUNTRY_CODE,
                    format!(
                        "phone number \"{}\" has no country code and {which} is empty: auto call-out will not occur",
                        show(v)
                    ),
                    row,
                    i,
                );
            }
        }
    }
}
