//! The few browser services the app uses: downloads, clipboard, local
//! storage and reading dropped or picked files. All local: nothing here
//! sends data anywhere.

use wasm_bindgen::JsCast;

/// The browser's clock, for the "now" the core takes as a parameter (the
/// core never reads a clock itself).
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
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
