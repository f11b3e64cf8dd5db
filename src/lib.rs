//! Preflight core: pure Rust validators for Webex and BroadWorks configuration.
//!
//! Every tool is a function from input (bytes or strings, plus "now" where
//! time matters) to a [`report::Report`]. Nothing here touches the DOM, the
//! file system, stdout or the clock, so the same code runs natively (CLI,
//! tests, benchmarks) and in the browser (WebAssembly).

/// The browser face (Yew), compiled only for WebAssembly. It calls the core
/// modules below and renders their reports; it decides nothing itself.
#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod broadworks;
pub mod check;
pub mod cron;
pub mod csv;
pub mod directory;
pub mod embed;
pub mod net;
pub mod options;
pub mod render;
pub mod report;
pub mod rules;
pub mod run;
pub mod saml;
pub mod stream;
#[cfg(any(test, feature = "testkit"))]
pub mod testkit;
pub mod text;
pub mod tool;
pub mod tools;
pub mod x509;
pub mod xmldsig;
pub mod xmlschema;

pub use report::{Finding, Location, Report, Severity};
pub use rules::Rule;

/// A page bundle of the browser app (`src/app_bundles/`):
/// `app_bundle!(cron)` is a wasm entry that mounts the app with only the
/// `cron` bundle's pages (`app::pages::cron`), so it links only that part
/// of the core. Natively the bin has nothing to do.
#[macro_export]
macro_rules! app_bundle {
    ($pages:ident) => {
        fn main() {
            #[cfg(target_arch = "wasm32")]
            $crate::app::start($crate::app::pages::$pages);
            #[cfg(not(target_arch = "wasm32"))]
            {
                eprintln!("this is a page bundle of the browser app; build it for wasm32-unknown-unknown (see README)");
                std::process::exit(2);
            }
        }
    };
}
