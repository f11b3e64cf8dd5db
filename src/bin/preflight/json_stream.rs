//! `--format json` for reports whose biggest list is written while the tool
//! runs (the entities of a federation aggregate): each item goes to the
//! output as soon as the core hands it over and is dropped, so memory does
//! not grow with the number of items. The result is the same JSON document
//! `emit` prints (the same fields and values, pretty-printed alike); only
//! the streamed list comes first inside `data`.

use std::io::{self, Write};

use preflight::Report;
use serde::Serialize;
use serde_json::Value;

pub struct JsonStream<W: Write> {
    out: W,
    list: &'static str,
    items: usize,
    /// The first write error; later writes are skipped.
    error: Option<io::Error>,
}

/// serde_json's pretty layout (two spaces a level) for a value that sits
/// `depth` levels deep in the whole document: the same bytes the pretty
/// printer writes for the whole report, written straight to the output.
struct Nested {
    depth: usize,
    has_value: bool,
}

impl Nested {
    fn newline(&self, out: &mut (impl Write + ?Sized), comma: bool) -> io::Result<()> {
        out.write_all(if comma { b",\n" } else { b"\n" })?;
        for _ in 0..self.depth {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open(&mut self, out: &mut (impl Write + ?Sized), bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close(&mut self, out: &mut (impl Write + ?Sized), bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(out, false)?;
        }
        out.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

impl<W: Write> JsonStream<W> {
    /// Start the document of `tool`'s report, opening `data.<list>`.
    pub fn begin(out: W, tool: &str, list: &'static str) -> Self {
        let mut s = Self {
            out,
            list,
            items: 0,
            error: None,
        };
        let head = serde_json::to_string(tool)
            .map(|tool| format!("{{\n  \"tool\": {tool},\n  \"data\": {{\n    \"{list}\": ["));
        match head {
            Ok(h) => s.write(h.as_bytes()),
            Err(e) => s.error = Some(e.into()),
        }
        s
    }

    fn write(&mut self, bytes: &[u8]) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(bytes) {
                self.error = Some(e);
            }
        }
    }

    /// Write `value` pretty-printed `depth` levels deep, straight to the
    /// output: a federation's findings are never held as a second copy.
    fn write_value(&mut self, value: &impl Serialize, depth: usize) {
        if self.error.is_some() {
            return;
        }
        let layout = Nested {
            depth,
            has_value: false,
        };
        let mut ser = serde_json::Serializer::with_formatter(&mut self.out, layout);
        if let Err(e) = value.serialize(&mut ser) {
            self.error = Some(e.into());
        }
    }

    /// Write the next item of the list.
    pub fn item(&mut self, item: &impl Serialize) {
        if self.error.is_some() {
            return;
        }
        self.write(if self.items == 0 {
            b"\n      "
        } else {
            b",\n      "
        });
        self.write_value(item, 3);
        self.items += 1;
    }

    /// Close the list and write the rest of `report` (which holds no
    /// `data.<list>` of its own).
    pub fn end(mut self, report: &Report) -> io::Result<()> {
        self.write(if self.items == 0 { b"]" } else { b"\n    ]" });
        // The rest of `data` (the streamed list left it open), then the
        // report's other fields in the order `Report` serialises them.
        let list = self.list;
        if let Value::Object(data) = &report.data {
            for (k, v) in data.iter().filter(|(k, _)| k.as_str() != list) {
                self.write(b",\n    ");
                self.write_value(k, 0);
                self.write(b": ");
                self.write_value(v, 2);
            }
        }
        self.write(b"\n  },\n  \"findings\": ");
        self.write_value(&report.findings, 1);
        self.write(b",\n  \"summary\": ");
        self.write_value(&report.summary, 1);
        self.write(b",\n  \"input_sha256\": ");
        self.write_value(&report.input_sha256, 1);
        self.write(b"\n}\n");
        if self.error.is_none() {
            if let Err(e) = self.out.flush() {
                self.error = Some(e);
            }
        }
        match self.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        let mut r = Report::new("saml-metadata", b"<x/>");
        r.set_data("root", Value::from("EntitiesDescriptor"));
        r.set_data("counts", serde_json::json!({"entities": 2}));
        r
    }

    #[test]
    fn the_streamed_document_equals_the_whole_report_printed_at_once() {
        let items = [
            serde_json::json!({"entity_id": "https://a", "roles": ["idp"], "nested": {"x": [1, 2]}}),
            serde_json::json!({"entity_id": "https://b\nline", "roles": []}),
        ];
        let mut out = Vec::new();
        let mut s = JsonStream::begin(&mut out, "saml-metadata", "entities");
        for i in &items {
            s.item(i);
        }
        s.end(&report()).unwrap();
        let streamed: Value = serde_json::from_slice(&out).unwrap();
        let mut whole = report();
        whole.set_data("entities", Value::Array(items.to_vec()));
        assert_eq!(streamed, serde_json::to_value(&whole).unwrap());
        // Laid out as serde_json's pretty printer lays out the whole report.
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("\n    \"entities\": [\n      {\n        \"entity_id\": \"https://a\",")
        );
        assert!(text.ends_with("\n}\n"));
        // Byte for byte what the pretty printer writes for the whole report
        // with `data` right after `tool` and the list first inside it.
        let mut first = Report::new("saml-metadata", b"<x/>");
        first.set_data("entities", Value::Array(items.to_vec()));
        first.set_data("root", Value::from("EntitiesDescriptor"));
        first.set_data("counts", serde_json::json!({"entities": 2}));
        first.add(
            &preflight::saml::checks::NOT_METADATA,
            "a finding\nwith a newline",
            preflight::report::Location::xml_path("/x"),
        );
        let mut out = Vec::new();
        let mut s = JsonStream::begin(&mut out, "saml-metadata", "entities");
        for i in &items {
            s.item(i);
        }
        let mut rest = report();
        rest.findings = first.findings.clone();
        rest.summary = first.summary;
        s.end(&rest).unwrap();
        let Value::Object(mut fields) = serde_json::to_value(&first).unwrap() else {
            unreachable!()
        };
        let mut ordered = serde_json::Map::new();
        for key in ["tool", "data", "findings", "summary", "input_sha256"] {
            ordered.insert(key.into(), fields.remove(key).unwrap());
        }
        assert!(
            fields.is_empty(),
            "a report field the stream does not write"
        );
        let whole = serde_json::to_string_pretty(&ordered).unwrap() + "\n";
        assert_eq!(String::from_utf8(out).unwrap(), whole);
    }

    #[test]
    fn an_empty_list_is_an_empty_array() {
        let mut out = Vec::new();
        JsonStream::begin(&mut out, "saml-metadata", "entities")
            .end(&report())
            .unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["data"]["entities"], serde_json::json!([]));
        assert_eq!(v["summary"]["errors"], 0);
    }
}
