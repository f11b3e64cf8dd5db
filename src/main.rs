//! Entry point of the browser face: mounts the Yew app. Natively this binary
//! only explains itself, so `cargo build` of the whole package stays simple.

#[cfg(target_arch = "wasm32")]
fn main() {
    preflight::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "preflight-web is the browser app; build it for wasm32-unknown-unknown (see README)."
    );
    std::process::exit(2);
}
