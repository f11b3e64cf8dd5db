//! Reading a large report on the page without freezing it.
//!
//! The Web Worker hands the page a report as JSON; a federation aggregate's
//! or a whole directory's report is tens of megabytes, and reading it in
//! one call keeps the main thread busy for a few hundred milliseconds. Here
//! the JSON is first split into its parts without building anything (the
//! findings and each field of `data` stay raw text; arrays are split into
//! their items), and the parts are then read a slice at a time, handing the
//! event loop back between slices so the page keeps painting and answering.

use gloo::timers::future::TimeoutFuture;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::report::{Finding, Summary};
use crate::Report;

/// Work done between two yields to the event loop, in milliseconds.
const SLICE_MS: f64 = 25.0;

/// A report with its large parts still raw.
#[derive(Deserialize)]
struct Envelope<'a> {
    tool: String,
    #[serde(borrow)]
    findings: Vec<&'a RawValue>,
    summary: Summary,
    #[serde(borrow)]
    data: RawFields<'a>,
    input_sha256: String,
}

/// The fields of a JSON object in their order, values raw.
struct RawFields<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for RawFields<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Fields<'a> {
            type Value = RawFields<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, &'de RawValue>()? {
                    out.push((k, v));
                }
                Ok(RawFields(out))
            }
        }
        d.deserialize_map(Fields(std::marker::PhantomData))
    }
}

/// Yields to the event loop once a slice of work has taken its time.
struct Pacer {
    since: f64,
}

impl Pacer {
    fn new() -> Self {
        Self { since: now() }
    }

    async fn tick(&mut self) {
        if now() - self.since >= SLICE_MS {
            TimeoutFuture::new(0).await;
            self.since = now();
        }
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Read `json` (a [`Report`] as UTF-8 JSON) in slices.
pub async fn read(json: &[u8]) -> Result<Report, String> {
    let wrong = |e: serde_json::Error| format!("the report could not be read: {e}");
    let envelope: Envelope = serde_json::from_slice(json).map_err(wrong)?;
    let mut pace = Pacer::new();
    pace.tick().await;
    let mut findings = Vec::with_capacity(envelope.findings.len());
    for raw in envelope.findings {
        findings.push(serde_json::from_str::<Finding>(raw.get()).map_err(wrong)?);
        pace.tick().await;
    }
    let mut data = Map::new();
    for (key, raw) in envelope.data.0 {
        let value = match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
            // A list (entities, groups, files …) item by item.
            Ok(items) => {
                let mut list = Vec::with_capacity(items.len());
                for item in items {
                    list.push(serde_json::from_str::<Value>(item.get()).map_err(wrong)?);
                    pace.tick().await;
                }
                Value::Array(list)
            }
            Err(_) => serde_json::from_str::<Value>(raw.get()).map_err(wrong)?,
        };
        data.insert(key, value);
        pace.tick().await;
    }
    Ok(Report {
        tool: envelope.tool,
        findings,
        summary: envelope.summary,
        data: Value::Object(data),
        input_sha256: envelope.input_sha256,
    })
}

/// The items of a list already read as JSON (a report's `data.entities`),
/// each read as `T` a slice at a time, for a page that reads a large
/// report's data as its tool's typed struct.
pub async fn typed_items<T: serde::de::DeserializeOwned>(
    items: &[Value],
) -> Result<Vec<T>, String> {
    let mut pace = Pacer::new();
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(
            T::deserialize(item)
                .map_err(|e| format!("the report's data is not what the tool writes: {e}"))?,
        );
        pace.tick().await;
    }
    Ok(out)
}
