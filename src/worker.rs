//! The Web Worker face: a second wasm entry that runs any tool with a
//! streaming sink (`preflight::stream`) off the page's main thread, so a
//! 50 MB federation aggregate or a 150 MB user CSV never freezes the page.
//!
//! It links the core only (no Yew, no DOM): the worker script
//! `www/worker.js` feeds it a `File` in slices and posts the report back.
//! JavaScript API (wasm-bindgen, `preflight-worker.js`):
//!
//! ```js
//! const job = new Job('saml-metadata', JSON.stringify({ now: new Date().toISOString() }));
//! job.push(uint8array);            // any number of times, chunks of any size
//! job.received();                  // bytes pushed so far
//! job.push_share();                // the share of the work done while pushing
//! const json = job.finish();       // the Report as JSON; the job is consumed
//! // or job.finish_with_progress((fraction) => ...) to hear the core's progress
//!
//! // A sink may name a helper job for a second worker (saml-metadata: the
//! // signatures, verified beside the reading):
//! job.helper();                    // the helper's tool id, or undefined
//! job.prepare_with_progress((f) => ...);   // everything but the helper's part
//! job.accept_helper(helperJson);   // the helper's report (JSON); false if unusable
//! ```
//!
//! `new Job` throws (a string) for an unknown tool or bad options.

#[cfg(target_arch = "wasm32")]
mod job {
    use preflight::stream::{self, Sink};
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub struct Job {
        sink: Box<dyn Sink>,
    }

    #[wasm_bindgen]
    impl Job {
        #[wasm_bindgen(constructor)]
        pub fn new(tool: &str, options_json: &str) -> Result<Job, JsValue> {
            let options: serde_json::Value = serde_json::from_str(options_json)
                .map_err(|e| JsValue::from_str(&format!("options are not JSON: {e}")))?;
            let sink = stream::sink_for(tool, &options).map_err(|e| JsValue::from_str(&e))?;
            Ok(Job { sink })
        }

        /// The next chunk of the input.
        pub fn push(&mut self, chunk: &[u8]) {
            self.sink.push(chunk);
        }

        /// The share (0..1) of the work done while pushing; the rest is
        /// done by `finish` (weighs the progress bar).
        pub fn push_share(&self) -> f64 {
            self.sink.push_share()
        }

        /// Bytes pushed so far.
        pub fn received(&self) -> f64 {
            self.sink.received() as f64
        }

        /// The tool id of a job a second worker can run on the same input
        /// and options meanwhile (see `accept_helper`).
        pub fn helper(&self) -> Option<String> {
            self.sink.helper().map(str::to_string)
        }

        /// Do the work that does not need the helper's report, calling
        /// `on_progress(fraction)` as it goes.
        pub fn prepare_with_progress(&mut self, on_progress: &js_sys::Function) {
            let mut last = -1.0f64;
            self.sink.prepare(&mut |f| {
                if f >= 1.0 || f - last >= 0.01 {
                    last = f;
                    let _ = on_progress.call1(&JsValue::NULL, &JsValue::from_f64(f));
                }
            });
        }

        /// The helper job's report (its JSON); false when it cannot be read
        /// (the job then does that part itself).
        pub fn accept_helper(&mut self, report_json: &str) -> bool {
            match serde_json::from_str::<preflight::Report>(report_json) {
                Ok(report) => {
                    self.sink.accept_helper(&report);
                    true
                }
                Err(_) => false,
            }
        }

        /// Run the checks; the Report as (compact) JSON.
        pub fn finish(self) -> String {
            report_json(&self.sink.finish())
        }

        /// As `finish`, calling `on_progress(fraction)` while the core works
        /// (a worker can post messages from inside the call).
        pub fn finish_with_progress(self, on_progress: &js_sys::Function) -> String {
            let mut last = -1.0f64;
            let report = self.sink.finish_with_progress(&mut |f| {
                // A message per entity would flood the page: one per percent.
                if f >= 1.0 || f - last >= 0.01 {
                    last = f;
                    let _ = on_progress.call1(&JsValue::NULL, &JsValue::from_f64(f));
                }
            });
            report_json(&report)
        }
    }

    fn report_json(report: &preflight::Report) -> String {
        serde_json::to_string(report).unwrap_or_else(|e| {
            serde_json::json!({"error": format!("the report could not be serialised: {e}")})
                .to_string()
        })
    }
}

fn main() {
    // Natively there is nothing to run; in the worker (where wasm-bindgen
    // runs `main` on init), the exports above are the whole interface.
    #[cfg(target_arch = "wasm32")]
    preflight::embed::install_panic_hook();
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("preflight-worker is the browser's Web Worker; build it for wasm32-unknown-unknown (see README).");
        std::process::exit(2);
    }
}
