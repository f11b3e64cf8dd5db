//! Entry point of the browser face with every page in one wasm (the
//! single-file build; the served app loads page bundles, `src/app_bundles/`). Natively this binary
//! only explains itself, so `cargo build` of the whole package stays simple.

#[cfg(target_arch = "wasm32")]
fn main() {
    preflight::app::start(preflight::app::pages::all);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "preflight-web is the browser app; build it for wasm32-unknown-unknown (see README)."
    );
    std::process::exit(2);
}
