//! Large inputs off the main thread: the page side of `www/worker.js`.
//!
//! Any page whose tool has a streaming sink in `crate::stream` can check a
//! picked file (or a large paste turned into a Blob with [`text_blob`]) with
//!
//! ```ignore
//! let job = Job::new();                       // keep it to cancel
//! let report = job.run(StreamTool::SAML_METADATA, json!({"now": now}), file.into(),
//!                      Callback::from(|f: f64| progress.set(f))).await?;
//! job.cancel();                               // from a Cancel button
//! ```
//!
//! Each run starts a fresh module worker that loads `preflight-worker.wasm`
//! (the core without Yew) and is terminated when the run ends or is
//! cancelled. Where module workers cannot start — the single-file build
//! opened from `file://` — the same sink runs on the main thread instead:
//! the file is read in slices with a yield to the event loop between them
//! (progress shows and Cancel works while reading), but the final check is
//! one synchronous call, so the page is busy for its duration there.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::stream;
use crate::Report;

/// Inputs at most this large may be checked on the main thread directly;
/// larger ones go through [`Job::run`].
pub const MAIN_THREAD_MAX_BYTES: usize = 1024 * 1024;

/// Slice size when reading a file on the main thread (the worker uses 4 MB).
const FALLBACK_CHUNK: f64 = 1024.0 * 1024.0;

/// The message a cancelled run resolves to.
pub const CANCELLED: &str = "cancelled";

/// Whether a module worker can be started here (not from `file://`).
pub fn available() -> bool {
    gloo::utils::window()
        .location()
        .protocol()
        .map(|p| p.starts_with("http"))
        .unwrap_or(false)
}

/// A large paste as a Blob, so it can go through [`Job::run`] like a file.
pub fn text_blob(text: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type("text/plain;charset=utf-8");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &props)
        .map_err(|e| format!("could not hold the text for checking: {e:?}"))
}

/// Bytes held in memory (a fixed file) as a Blob, for [`Job::run`].
pub fn bytes_blob(bytes: &[u8]) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::Blob::new_with_u8_array_sequence(&parts)
        .map_err(|e| format!("could not hold the input for checking: {e:?}"))
}

/// One run at a time; cloning shares it (a Cancel button holds a clone).
#[derive(Clone, Default)]
pub struct Job {
    inner: Rc<Inner>,
}

#[derive(Default)]
struct Inner {
    worker: RefCell<Option<web_sys::Worker>>,
    /// Rejects the pending run's promise (the worker path).
    reject: RefCell<Option<js_sys::Function>>,
    cancelled: Cell<bool>,
}

impl PartialEq for Job {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Job {
    pub fn new() -> Self {
        Self::default()
    }

    /// Stop the run: the worker is terminated and [`Job::run`] returns
    /// `Err(CANCELLED)`.
    pub fn cancel(&self) {
        self.inner.cancelled.set(true);
        if let Some(w) = self.inner.worker.borrow_mut().take() {
            w.terminate();
        }
        if let Some(reject) = self.inner.reject.borrow_mut().take() {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(CANCELLED));
        }
    }

    /// Check `file` with `tool` (options as in `crate::stream`), reporting
    /// overall progress 0..=1 to `on_progress`.
    pub async fn run(
        &self,
        tool: stream::StreamTool,
        options: serde_json::Value,
        file: web_sys::Blob,
        on_progress: Callback<f64>,
    ) -> Result<Report, String> {
        self.inner.cancelled.set(false);
        if available() {
            match self.start_worker() {
                Ok(worker) => {
                    return self
                        .run_worker(worker, tool.id, options, file, on_progress)
                        .await
                }
                Err(e) => gloo::console::warn!(format!(
                    "Preflight: the worker could not start ({e}); checking on the page instead"
                )),
            }
        }
        self.run_here(tool, &options, &file, on_progress).await
    }

    fn start_worker(&self) -> Result<web_sys::Worker, String> {
        let opts = web_sys::WorkerOptions::new();
        opts.set_type(web_sys::WorkerType::Module);
        web_sys::Worker::new_with_options("./worker.js", &opts).map_err(|e| format!("{e:?}"))
    }

    async fn run_worker(
        &self,
        worker: web_sys::Worker,
        tool: &str,
        options: serde_json::Value,
        file: web_sys::Blob,
        on_progress: Callback<f64>,
    ) -> Result<Report, String> {
        let mut resolve_fn = None;
        let mut reject_fn = None;
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            resolve_fn = Some(resolve);
            reject_fn = Some(reject);
        });
        let (Some(resolve), Some(reject)) = (resolve_fn, reject_fn) else {
            return Err("could not wait for the worker".into());
        };
        *self.inner.reject.borrow_mut() = Some(reject.clone());

        let on_progress_done = on_progress.clone();
        let onmessage = {
            let (resolve, reject) = (resolve.clone(), reject.clone());
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let field = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
                match field("type").and_then(|t| t.as_string()).as_deref() {
                    Some("progress") => {
                        if let Some(f) = field("overall").and_then(|v| v.as_f64()) {
                            on_progress.emit(f.clamp(0.0, 1.0));
                        }
                    }
                    Some("report") => {
                        let _ = resolve.call1(&JsValue::NULL, &field("report").unwrap_or_default());
                    }
                    _ => {
                        let msg = field("message")
                            .and_then(|m| m.as_string())
                            .unwrap_or_else(|| "the worker sent an unexpected message".into());
                        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&msg));
                    }
                }
            })
        };
        let onerror = {
            let reject = reject.clone();
            // A module that fails to load fires a plain Event, not an
            // ErrorEvent, so the message is read defensively.
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                let detail = js_sys::Reflect::get(&e, &JsValue::from_str("message"))
                    .ok()
                    .and_then(|m| m.as_string())
                    .unwrap_or_else(|| "it could not start".into());
                let msg = format!("the worker failed: {detail}");
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&msg));
            })
        };
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));

        let message = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&message, &JsValue::from_str(k), v);
        let posted = set("tool", &JsValue::from_str(tool))
            .and_then(|_| {
                let opts = js_sys::JSON::parse(&options.to_string())?;
                set("options", &opts)
            })
            .and_then(|_| set("file", &file))
            .and_then(|_| worker.post_message(&message));
        *self.inner.worker.borrow_mut() = Some(worker);
        if let Err(e) = posted {
            self.finish_worker();
            return Err(format!("could not start the check: {e:?}"));
        }

        let outcome = JsFuture::from(promise).await;
        self.finish_worker();
        drop((onmessage, onerror));
        match outcome {
            Ok(json) => {
                // Reading a federation-sized report takes a moment on the
                // page: let it paint "preparing the report" first.
                on_progress_done.emit(1.0);
                TimeoutFuture::new(30).await;
                // UTF-8 bytes from the worker, read as they are.
                let json = json
                    .dyn_into::<js_sys::Uint8Array>()
                    .map(|bytes| bytes.to_vec())
                    .unwrap_or_default();
                crate::app::report_reader::read(&json).await
            }
            Err(e) => Err(e.as_string().unwrap_or_else(|| format!("{e:?}"))),
        }
    }

    fn finish_worker(&self) {
        if let Some(w) = self.inner.worker.borrow_mut().take() {
            w.terminate();
        }
        self.inner.reject.borrow_mut().take();
    }

    /// The fallback: the same sink on the main thread, reading in slices.
    async fn run_here(
        &self,
        tool: stream::StreamTool,
        options: &serde_json::Value,
        file: &web_sys::Blob,
        on_progress: Callback<f64>,
    ) -> Result<Report, String> {
        let mut sink = (tool.sink)(options)?;
        let total = file.size();
        let share = sink.push_share();
        let mut start = 0.0;
        while start < total {
            let end = (start + FALLBACK_CHUNK).min(total);
            let slice = file
                .slice_with_f64_and_f64(start, end)
                .map_err(|e| format!("could not read the input: {e:?}"))?;
            let buf = JsFuture::from(slice.array_buffer())
                .await
                .map_err(|e| format!("could not read the input: {e:?}"))?;
            sink.push(&js_sys::Uint8Array::new(&buf).to_vec());
            start = end;
            on_progress.emit(share * start / total);
            // Let the page paint the progress and handle a Cancel click.
            TimeoutFuture::new(0).await;
            if self.inner.cancelled.get() {
                return Err(CANCELLED.into());
            }
        }
        on_progress.emit(share);
        // The check itself is one synchronous call here: give the browser
        // a frame to paint the progress bar before the page is busy.
        TimeoutFuture::new(30).await;
        if self.inner.cancelled.get() {
            return Err(CANCELLED.into());
        }
        Ok(sink.finish())
    }
}
