//! Rows for the app's table, a page at a time: the report never carries cell
//! values (a 150 MB file would not fit twice in a browser tab), so the table
//! asks for the rows it shows.

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
}

struct Pager {
    offset: u64,
    limit: usize,
    seen: u64,
    page: RowsPage,
    header_done: bool,
    done: bool,
}

fn cells(rec: &Rec<'_>) -> Vec<String> {
    rec.iter()
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
            self.page.header = cells(rec);
            return;
        }
        let i = self.seen;
        self.seen += 1;
        if i < self.offset {
            return;
        }
        if self.page.rows.len() >= self.limit {
            self.page.has_more = true;
            self.done = true;
            return;
        }
        self.page.rows.push(RowView {
            row,
            cells: cells(rec),
        });
    }
}

/// Data rows `offset .. offset + limit` (0-based, header excluded) and the header.
pub fn rows(input: &[u8], offset: u64, limit: usize) -> RowsPage {
    let mut p = Pager {
        offset,
        limit,
        seen: 0,
        page: RowsPage::default(),
        header_done: false,
        done: false,
    };
    let mut engine = Engine::new();
    for c in input.chunks(CHUNK) {
        engine.push(c, &mut p);
        if p.done {
            return p.page;
        }
    }
    engine.finish(&mut p);
    p.page
}
