//! When the app itself fails: a panic (a bug in Preflight, not a problem with
//! the input) is reported on the page instead of leaving it silently dead.
//!
//! The browser build aborts on panic (the wasm instance traps), so Yew may not
//! render again: the hook builds the notice with plain DOM calls, outside the
//! Yew root, with the message as text (never markup). The notice offers a
//! reload, which brings the app back on the same page (the route is in the
//! URL). Traps that are not panics (stack overflow, out of memory) reach the
//! window's `error` event as a `WebAssembly.RuntimeError` and get the same
//! notice.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The notice's element id (tests and styles look for it).
pub const NOTICE_ID: &str = "panic-notice";

/// Install the panic hook and the trap listener (once, at start).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        log_error(&message);
        show_notice(&message);
    }));
    let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(|e: web_sys::ErrorEvent| {
        if is_wasm_trap(&e.error()) {
            show_notice(&e.message());
        }
    });
    let window = gloo::utils::window();
    let _ = window.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_error.forget();
}

fn is_wasm_trap(error: &JsValue) -> bool {
    error.is_instance_of::<js_sys::WebAssembly::RuntimeError>()
}

fn log_error(message: &str) {
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).ok();
    let error = console
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"error".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(c), Some(f)) = (console, error) {
        let _ = f.call1(&c, &JsValue::from_str(&format!("Preflight: {message}")));
    }
}

/// Show (or update) the notice: what failed, that the input never left the
/// browser, and a Reload button. Safe to call more than once.
pub fn show_notice(message: &str) {
    let doc = gloo::utils::document();
    let Some(body) = doc.body() else { return };
    if let Some(old) = doc.get_element_by_id(NOTICE_ID) {
        old.remove();
    }
    let Ok(notice) = doc.create_element("div") else {
        return;
    };
    notice.set_id(NOTICE_ID);
    notice.set_class_name("panic-notice");
    let _ = notice.set_attribute("role", "alert");

    let heading = doc.create_element("strong").ok();
    if let Some(h) = &heading {
        h.set_text_content(Some("Preflight stopped after an internal error."));
        let _ = notice.append_child(h);
    }
    if let Ok(p) = doc.create_element("p") {
        p.set_text_content(Some(
            "This is a bug in Preflight, not a problem with your input, which never left this \
             browser. Reload to continue on this page.",
        ));
        let _ = notice.append_child(&p);
    }
    if let Ok(detail) = doc.create_element("pre") {
        detail.set_class_name("panic-detail");
        // Text, never markup; bounded and with control characters shown.
        detail.set_text_content(Some(&crate::text::shorten(message.trim(), 400)));
        let _ = notice.append_child(&detail);
    }
    if let Ok(button) = doc.create_element("button") {
        button.set_id("panic-reload");
        button.set_class_name("button");
        let _ = button.set_attribute("type", "button");
        button.set_text_content(Some("Reload"));
        let reload = Closure::<dyn FnMut()>::new(|| {
            let _ = gloo::utils::window().location().reload();
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
        let _ = notice.append_child(&button);
    }
    let _ = body.append_child(&notice);
    if let Some(b) = doc
        .get_element_by_id("panic-reload")
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = b.focus();
    }
}
