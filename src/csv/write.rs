//! Writing CSV back out, record by record, in the encoding the administrator
//! asked for: UTF-8 with BOM (what Excel needs to open UTF-8 correctly) or
//! UTF-16LE with BOM (Excel "Unicode Text"), both accepted by the import.
//! Quoting is `csv_core`'s (RFC 4180, quote only when necessary); lines end
//! in CRLF like Excel's.

use csv_core::{Terminator, Writer, WriterBuilder};

use super::OutputEncoding;

pub struct Out {
    enc: OutputEncoding,
    wtr: Writer,
    row: Vec<u8>,
    pub bytes: Vec<u8>,
}

impl Out {
    pub fn new(enc: OutputEncoding, delimiter: u8, size_hint: usize) -> Self {
        let wtr = WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(Terminator::CRLF)
            .build();
        let mut bytes = Vec::with_capacity(size_hint);
        match enc {
            OutputEncoding::Utf8Bom => bytes.extend_from_slice(b"\xEF\xBB\xBF"),
            OutputEncoding::Utf16Le => bytes.extend_from_slice(b"\xFF\xFE"),
        }
        Self {
            enc,
            wtr,
            row: Vec::new(),
            bytes,
        }
    }

    /// Write one record.
    pub fn record<'a, I>(&mut self, cells: I)
    where
        I: IntoIterator<Item = &'a [u8]> + Clone,
    {
        // Worst case per cell: every byte a doubled quote, plus the two
        // enclosing quotes and a separator; so one call each never runs short.
        let need: usize = cells
            .clone()
            .into_iter()
            .map(|c| 2 * c.len() + 3)
            .sum::<usize>()
            + 4;
        self.row.clear();
        self.row.resize(need, 0);
        let mut n = 0;
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                n += self.wtr.delimiter(&mut self.row[n..]).1;
            }
            n += self.wtr.field(cell, &mut self.row[n..]).2;
        }
        n += self.wtr.terminator(&mut self.row[n..]).1;
        let row = &self.row[..n];
        match self.enc {
            OutputEncoding::Utf8Bom => self.bytes.extend_from_slice(row),
            OutputEncoding::Utf16Le => {
                for u in String::from_utf8_lossy(row).encode_utf16() {
                    self.bytes.extend_from_slice(&u.to_le_bytes());
                }
            }
        }
    }

    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }
}
