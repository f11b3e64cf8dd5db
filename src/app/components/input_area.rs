//! The input area every file-based tool shares: paste or type, pick a file,
//! drop a file, or load a sample. It reports the text upward; the page
//! decides when to validate.

use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::browser;

#[derive(Properties, PartialEq)]
pub struct InputAreaProps {
    pub value: AttrValue,
    /// Called with new text (typing, paste, file, sample).
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Sample input offered by the "Load sample" button.
    #[prop_or_default]
    pub sample: Option<AttrValue>,
    /// `accept` attribute of the file picker, e.g. `.xml,.txt`.
    #[prop_or_default]
    pub accept: AttrValue,
    #[prop_or(AttrValue::Static("Input"))]
    pub label: AttrValue,
    /// When set, a picked or dropped file is handed over as it is (not read
    /// as text): for binary or UTF-16 input, or files too large to hold.
    #[prop_or_default]
    pub on_file: Option<Callback<web_sys::File>>,
}

#[function_component(InputArea)]
pub fn input_area(props: &InputAreaProps) -> Html {
    let dragging = use_state(|| false);
    let status = use_state(String::new);

    let load_file = {
        let on_change = props.on_change.clone();
        let on_file = props.on_file.clone();
        let status = status.clone();
        Callback::from(move |file: web_sys::File| {
            if let Some(on_file) = &on_file {
                status.set(format!("Opened {} ({} bytes)", file.name(), file.size()));
                on_file.emit(file);
                return;
            }
            let on_change = on_change.clone();
            let status = status.clone();
            let name = file.name();
            wasm_bindgen_futures::spawn_local(async move {
                match browser::read_file(file).await {
                    Ok(bytes) => {
                        // Text tools take UTF-8; invalid bytes are shown as U+FFFD
                        // and the tool's own checks report the encoding problem.
                        let text = String::from_utf8_lossy(&bytes).into_owned();
                        status.set(format!("Loaded {name} ({} bytes)", bytes.len()));
                        on_change.emit(text);
                    }
                    Err(e) => status.set(e),
                }
            });
        })
    };

    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                on_change.emit(t.value());
            }
        })
    };
    let onpick = {
        let load_file = load_file.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                if let Some(file) = input.files().and_then(|f| f.get(0)) {
                    load_file.emit(file);
                }
                input.set_value("");
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                load_file.emit(file);
            }
        })
    };
    let onsample = props.sample.clone().map(|s| {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(s.to_string()))
    });
    let onclear = {
        let on_change = props.on_change.clone();
        let status = status.clone();
        Callback::from(move |_| {
            status.set(String::new());
            on_change.emit(String::new());
        })
    };
    let picker_ref = use_node_ref();
    let open_picker = {
        let picker_ref = picker_ref.clone();
        Callback::from(move |_| {
            if let Some(el) = picker_ref.cast::<web_sys::HtmlElement>() {
                el.click();
            }
        })
    };

    html! {
        <div class={classes!("input-area", dragging.then_some("dragging"))}
            {ondragover} {ondragleave} {ondrop}>
            <label class="input-label" for="tool-input">{ props.label.clone() }</label>
            <textarea id="tool-input" class="code" spellcheck="false" autocomplete="off"
                placeholder={props.placeholder.clone()} value={props.value.clone()} {oninput} />
            <div class="input-tools">
                <button type="button" class="button" onclick={open_picker}>{ "Open file…" }</button>
                <input ref={picker_ref} class="hidden-input" type="file" accept={props.accept.clone()}
                    onchange={onpick} aria-label="Open file" tabindex="-1" />
                if let Some(onsample) = onsample {
                    <button type="button" class="button" onclick={onsample}>{ "Load sample" }</button>
                }
                <button type="button" class="button subtle" onclick={onclear}>{ "Clear" }</button>
                <span class="drop-hint">{ "or drop a file here" }</span>
                <span class="input-status" role="status">{ (*status).clone() }</span>
            </div>
        </div>
    }
}
