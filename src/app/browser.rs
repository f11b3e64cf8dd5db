//! The few browser services the app uses: downloads, clipboard, local
//! storage and reading dropped or picked files. All local: nothing here
//! sends data anywhere.

use wasm_bindgen::JsCast;

/// The browser's clock, for the "now" the core takes as a parameter (the
/// core never reads a clock itself).
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A picked or dropped file as text for a text box: Unicode by its
/// byte-order mark (a Windows editor's UTF-16 is read, not mangled),
/// otherwise UTF-8 with invalid bytes shown as U+FFFD — the tool's own
/// checks then report the encoding problem.
pub fn file_text(bytes: &[u8]) -> String {
    crate::text::decode::unicode_lossy(bytes).into_owned()
}

/// Offer `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &[u8]) {
    let array = js_sys::Uint8Array::from(content);
    let parts = js_sys::Array::of1(&array);
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &props) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            if let Some(body) = document.body() {
                let _ = body.append_child(&a);
                a.click();
                let _ = body.remove_child(&a);
            }
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copy text to the clipboard; resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}

pub fn store(key: &str, value: &str) {
    if let Ok(Some(s)) = gloo::utils::window().local_storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn load(key: &str) -> Option<String> {
    gloo::utils::window()
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Read a picked or dropped file as bytes.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let gloo_file = gloo::file::File::from(file);
    gloo::file::futures::read_as_bytes(&gloo_file)
        .await
        .map_err(|e| format!("could not read the file: {e}"))
}

/// The path a file was picked with: its path inside a chosen folder
/// (`webkitRelativePath`, Chromium, Firefox and Safari alike), else its name.
pub fn relative_path(file: &web_sys::File) -> String {
    js_sys::Reflect::get(file, &"webkitRelativePath".into())
        .ok()
        .and_then(|v| v.as_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| file.name())
}

/// The entries of a drop (files and folders), taken while the drop event
/// lasts: the browser empties the list when the handler returns. Uses the
/// File and Directory Entries API (`webkitGetAsEntry`), which every
/// current browser has; without it the drop's plain file list is used.
pub fn dropped_entries(dt: &web_sys::DataTransfer) -> Vec<wasm_bindgen::JsValue> {
    use js_sys::{Function, Reflect};
    let Ok(items) = Reflect::get(dt, &"items".into()) else {
        return Vec::new();
    };
    let length = Reflect::get(&items, &"length".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0) as u32;
    (0..length)
        .filter_map(|i| {
            let item = Reflect::get_u32(&items, i).ok()?;
            let f: Function = Reflect::get(&item, &"webkitGetAsEntry".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let entry = f.call0(&item).ok()?;
            (!entry.is_null() && !entry.is_undefined()).then_some(entry)
        })
        .collect()
}

/// Calls `method(resolve, reject)` on `target` and waits for the callback
/// (the entries API predates promises).
async fn callback_call(
    target: &wasm_bindgen::JsValue,
    method: &str,
) -> Result<wasm_bindgen::JsValue, String> {
    use js_sys::{Function, Promise, Reflect};
    let f: Function = Reflect::get(target, &method.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| format!("the browser cannot {method} here"))?;
    let target = target.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let _ = f.call2(&target, &resolve, &reject);
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| format!("{method} failed: {e:?}"))
}

/// Every file under the dropped `entries`, with its path inside the drop
/// (`kit/metadata.xml`), folders read recursively; hidden files (`.DS_Store`)
/// are left out. At most `max` files.
pub async fn read_entries(
    entries: Vec<wasm_bindgen::JsValue>,
    max: usize,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    use js_sys::Reflect;
    let flag = |e: &wasm_bindgen::JsValue, k: &str| {
        Reflect::get(e, &k.into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    };
    let mut stack = entries;
    let mut out = Vec::new();
    while let Some(entry) = stack.pop() {
        let name = Reflect::get(&entry, &"name".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if flag(&entry, "isDirectory") {
            let create: js_sys::Function = Reflect::get(&entry, &"createReader".into())
                .ok()
                .and_then(|f| f.dyn_into().ok())
                .ok_or("the browser cannot read dropped folders")?;
            let reader = create
                .call0(&entry)
                .map_err(|e| format!("cannot read the folder {name}: {e:?}"))?;
            // readEntries returns a batch at a time, an empty one at the end.
            loop {
                let batch = js_sys::Array::from(&callback_call(&reader, "readEntries").await?);
                if batch.length() == 0 {
                    break;
                }
                stack.extend(batch.iter());
            }
        } else if flag(&entry, "isFile") {
            if out.len() >= max {
                return Err(format!("the drop holds more than {max} files"));
            }
            let path = Reflect::get(&entry, &"fullPath".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or(name);
            let file: web_sys::File = callback_call(&entry, "file")
                .await?
                .dyn_into()
                .map_err(|_| "a dropped entry is not a file".to_string())?;
            let bytes = read_file(file).await?;
            out.push((path.trim_start_matches('/').to_string(), bytes));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}
