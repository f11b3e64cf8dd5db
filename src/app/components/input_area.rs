//! The input area every file-based tool shares: paste or type, pick a file,
//! drop a file, or load a sample. It reports the text upward; the page
//! decides when to validate.
//!
//! Binary inputs (DER certificates, PKCS#7 bundles) would be mangled by a
//! text conversion, so a page may pass `on_files`: picked and dropped files
//! (several at once) then go there as raw bytes with their names, and never
//! into the text box.

use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::browser;

/// Files read as raw bytes: `(file name, bytes)`, in the order given.
pub type LoadedFiles = Vec<(String, Vec<u8>)>;

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
    /// When given, picked and dropped files (one or several) are delivered
    /// here as `(file name, raw bytes)` instead of being turned into text,
    /// and the picker accepts several files.
    #[prop_or_default]
    pub on_files: Option<Callback<LoadedFiles>>,
    /// When set, the first picked or dropped file is handed over as it is,
    /// unread (large files go to a Web Worker; see `crate::app::worker`).
    /// Takes precedence over `on_files`.
    #[prop_or_default]
    pub on_file: Option<Callback<web_sys::File>>,
}

/// The files of a picker or a drop, in order.
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component(InputArea)]
pub fn input_area(props: &InputAreaProps) -> Html {
    let dragging = use_state(|| false);
    let status = use_state(String::new);

    // Reads the files; with `on_files` all of them go up as bytes, otherwise
    // the first one goes up as text.
    let load_files = {
        let on_change = props.on_change.clone();
        let on_files = props.on_files.clone();
        let on_file = props.on_file.clone();
        let status = status.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            if let Some(on_file) = &on_file {
                if let Some(file) = files.into_iter().next() {
                    status.set(format!("Opened {} ({} bytes)", file.name(), file.size()));
                    on_file.emit(file);
                }
                return;
            }
            let on_change = on_change.clone();
            let on_files = on_files.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(on_files) = on_files else {
                    let Some(file) = files.into_iter().next() else {
                        return;
                    };
                    let name = file.name();
                    match browser::read_file(file).await {
                        Ok(bytes) => {
                            let text = browser::file_text(&bytes);
                            status.set(format!("Loaded {name} ({} bytes)", bytes.len()));
                            on_change.emit(text);
                        }
                        Err(e) => status.set(e),
                    }
                    return;
                };
                let mut loaded = Vec::new();
                let mut errors = Vec::new();
                for file in files {
                    let name = file.name();
                    match browser::read_file(file).await {
                        Ok(bytes) => loaded.push((name, bytes)),
                        Err(e) => errors.push(format!("{name}: {e}")),
                    }
                }
                let total: usize = loaded.iter().map(|(_, b)| b.len()).sum();
                let mut note = match loaded.len() {
                    0 => String::new(),
                    1 => format!("Loaded {} ({total} bytes)", loaded[0].0),
                    n => format!("Loaded {n} files ({total} bytes)"),
                };
                if !errors.is_empty() {
                    if !note.is_empty() {
                        note.push_str("; ");
                    }
                    note.push_str(&errors.join("; "));
                }
                status.set(note);
                if !loaded.is_empty() {
                    on_files.emit(loaded);
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
        let load_files = load_files.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let files = files_of(input.files());
                if !files.is_empty() {
                    load_files.emit(files);
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
            let files = files_of(e.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                load_files.emit(files);
            }
        })
    };
    let onsample = props.sample.clone().map(|s| {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(s.to_string()))
    });
    let multiple = props.on_files.is_some();
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
                    {multiple} onchange={onpick} aria-label="Open file" tabindex="-1" />
                if let Some(onsample) = onsample {
                    <button type="button" class="button" onclick={onsample}>{ "Load sample" }</button>
                }
                <button type="button" class="button subtle" onclick={onclear}>{ "Clear" }</button>
                <span class="drop-hint">{ if multiple { "or drop files here" } else { "or drop a file here" } }</span>
                <span class="input-status" role="status">{ (*status).clone() }</span>
            </div>
        </div>
    }
}
