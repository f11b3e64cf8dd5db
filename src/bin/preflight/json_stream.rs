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

/// `value` pretty-printed as it appears `depth` levels deep (two spaces each).
fn pretty_at(value: &impl Serialize, depth: usize) -> io::Result<Vec<u8>> {
    let flat = serde_json::to_vec_pretty(value)?;
    let indent = "  ".repeat(depth);
    // JSON strings never hold a raw newline, so every newline is layout.
    let mut out = Vec::with_capacity(flat.len() + flat.len() / 8);
    for (i, line) in flat.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.extend_from_slice(indent.as_bytes());
        }
        out.extend_from_slice(line);
    }
    Ok(out)
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

    /// Write the next item of the list.
    pub fn item(&mut self, item: &impl Serialize) {
        if self.error.is_some() {
            return;
        }
        match pretty_at(item, 3) {
            Ok(body) => {
                self.write(if self.items == 0 {
                    b"\n      "
                } else {
                    b",\n      "
                });
                self.write(&body);
                self.items += 1;
            }
            Err(e) => self.error = Some(e),
        }
    }

    /// Close the list and write the rest of `report` (which holds no
    /// `data.<list>` of its own).
    pub fn end(mut self, report: &Report) -> io::Result<()> {
        self.write(if self.items == 0 { b"]" } else { b"\n    ]" });
        let whole = serde_json::to_value(report)?;
        let Value::Object(fields) = whole else {
            return Err(io::Error::other("a report serialises to an object"));
        };
        // `data` first: the streamed list left it open.
        let list = self.list;
        if let Some(Value::Object(data)) = fields.get("data") {
            for (k, v) in data.iter().filter(|(k, _)| k.as_str() != list) {
                let line = format!(",\n    {}: ", serde_json::to_string(k)?);
                self.write(line.as_bytes());
                self.write(&pretty_at(v, 2)?);
            }
        }
        self.write(b"\n  }");
        for (key, value) in fields
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "tool" | "data"))
        {
            let line = format!(",\n  {}: ", serde_json::to_string(key)?);
            self.write(line.as_bytes());
            self.write(&pretty_at(value, 1)?);
        }
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
