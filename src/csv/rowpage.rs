//! Rows for the app's table, a page at a time: the report never carries cell
//! values (a 150 MB file would not fit twice in a browser tab), so the table
//! asks for the rows it shows. [`RowPager`] takes the input chunk by chunk
//! (slices of a `File`) and says when it has the page, so the whole file is
//! never needed in memory for the first pages.

use std::collections::BTreeSet;

use serde::Serialize;

use super::engine::{Engine, Handler, Rec};
use super::CHUNK;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowView {
    /// Spreadsheet row number (the header is row 1), as in finding locations.
    pub row: u64,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct RowsPage {
    pub header: Vec<String>,
    pub rows: Vec<RowView>,
    /// More data rows follow this page.
    pub has_more: bool,
    /// The widest record's cells beyond [`MAX_SHOWN_COLUMNS`], not shown.
    pub hidden_columns: usize,
}

/// Columns a page holds. The import has a few dozen fields; a record with
/// thousands of cells is junk (or a binary file), and drawing each as an
/// editable cell would freeze the tab, so the rest are only counted.
pub const MAX_SHOWN_COLUMNS: usize = 200;

enum Want {
    /// Data rows `offset .. offset + limit` (0-based, header excluded).
    Range { offset: u64, limit: usize },
    /// These spreadsheet row numbers (the header is row 1).
    Rows(BTreeSet<u64>),
}

struct Pager {
    want: Want,
    seen: u64,
    page: RowsPage,
    header_done: bool,
    done: bool,
}

fn cells(rec: &Rec<'_>, hidden: &mut usize) -> Vec<String> {
    let total = rec.iter().count();
    *hidden = (*hidden).max(total.saturating_sub(MAX_SHOWN_COLUMNS));
    rec.iter()
        .take(MAX_SHOWN_COLUMNS)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect()
}

impl Handler for Pager {
    fn record(&mut self, row: u64, rec: &Rec<'_>) {
        if self.done {
            return;
        }
        if !self.header_done {
            self.header_done = true;
            self.page.header = cells(rec, &mut self.page.hidden_columns);
            if let Want::Rows(set) = &self.want {
                self.done = set.last().is_none_or(|&last| last <= row);
            }
            return;
        }
        match &self.want {
            Want::Range { offset, limit } => {
                let i = self.seen;
                self.seen += 1;
                if i < *offset {
                    return;
                }
                if self.page.rows.len() >= *limit {
                    self.page.has_more = true;
                    self.done = true;
                    return;
                }
                let cells = cells(rec, &mut self.page.hidden_columns);
                self.page.rows.push(RowView { row, cells });
            }
            Want::Rows(set) => {
                if set.contains(&row) {
                    let cells = cells(rec, &mut self.page.hidden_columns);
                    self.page.rows.push(RowView { row, cells });
                }
                if set.last().is_none_or(|&last| last <= row) {
                    self.done = true;
                }
            }
        }
    }
}

/// A row page built from input pushed chunk by chunk.
pub struct RowPager {
    engine: Engine,
    pager: Pager,
}

impl RowPager {
    fn new(want: Want) -> Self {
        Self {
            engine: Engine::new(),
            pager: Pager {
                want,
                seen: 0,
                page: RowsPage::default(),
                header_done: false,
                done: false,
            },
        }
    }

    /// Data rows `offset .. offset + limit` (0-based, header excluded).
    pub fn range(offset: u64, limit: usize) -> Self {
        Self::new(Want::Range { offset, limit })
    }

    /// The data rows with these spreadsheet numbers (the header is row 1;
    /// numbers that are not data rows are ignored). `has_more` stays false.
    pub fn numbered(rows: impl IntoIterator<Item = u64>) -> Self {
        Self::new(Want::Rows(rows.into_iter().collect()))
    }

    /// Feed the next chunk; true once the page is complete (stop reading).
    pub fn push(&mut self, chunk: &[u8]) -> bool {
        for c in chunk.chunks(CHUNK) {
            if self.pager.done {
                break;
            }
            self.engine.push(c, &mut self.pager);
        }
        self.pager.done
    }

    pub fn is_done(&self) -> bool {
        self.pager.done
    }

    /// The page; call at the end of the input or once `push` returned true.
    pub fn finish(mut self) -> RowsPage {
        if !self.pager.done {
            self.engine.finish(&mut self.pager);
        }
        self.pager.page
    }
}

/// Data rows `offset .. offset + limit` (0-based, header excluded) and the header.
pub fn rows(input: &[u8], offset: u64, limit: usize) -> RowsPage {
    let mut p = RowPager::range(offset, limit);
    p.push(input);
    p.finish()
}

/// The data rows with these spreadsheet numbers (the header is row 1), and the header.
pub fn rows_numbered(input: &[u8], wanted: impl IntoIterator<Item = u64>) -> RowsPage {
    let mut p = RowPager::numbered(wanted);
    p.push(input);
    p.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &[u8] =
        b"firstName,lastName\r\nA,1\r\n\"B\nb\",2\r\nC,3\r\nD,4\r\nE,5\r\nF,6\r\nG,7\r\n";

    #[test]
    fn numbered_rows_pick_spreadsheet_rows() {
        let p = rows_numbered(CSV, [3, 5, 99]);
        assert_eq!(p.header, ["firstName", "lastName"]);
        let got: Vec<_> = p
            .rows
            .iter()
            .map(|r| (r.row, r.cells[0].as_str()))
            .collect();
        assert_eq!(got, [(3, "B\nb"), (5, "D")]);
        assert!(rows_numbered(CSV, []).rows.is_empty());
        assert!(rows_numbered(CSV, [1]).rows.is_empty());
    }

    #[test]
    fn pager_stops_early_and_matches_whole_input() {
        let mut csv = CSV.to_vec();
        for i in 0..500 {
            csv.extend_from_slice(format!("N{i},{i}\r\n").as_bytes());
        }
        let whole = rows(&csv, 1, 2);
        let mut p = RowPager::range(1, 2);
        let mut done = false;
        for c in csv.chunks(3) {
            if p.push(c) {
                done = true;
                break;
            }
        }
        assert!(done, "the page is complete before the end");
        assert_eq!(p.finish(), whole);
        assert_eq!(whole.rows.len(), 2);
        assert!(whole.has_more);
        let mut q = RowPager::numbered([2, 4]);
        for c in CSV.chunks(5) {
            q.push(c);
        }
        let q = q.finish();
        assert_eq!(q.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 4]);
    }

    #[test]
    fn a_record_with_thousands_of_cells_is_cut_to_the_shown_columns() {
        let junk = "\u{0}=cmd|,\"".repeat(20_000);
        let page = rows(junk.as_bytes(), 0, 50);
        assert!(page.header.len() <= MAX_SHOWN_COLUMNS);
        assert!(page.rows.iter().all(|r| r.cells.len() <= MAX_SHOWN_COLUMNS));
        assert!(page.hidden_columns > 0, "{}", page.hidden_columns);
        let normal = rows(b"firstName,lastName\nA,B\n", 0, 50);
        assert_eq!(normal.hidden_columns, 0);
    }
}
