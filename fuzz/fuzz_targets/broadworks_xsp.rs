#![no_main]
//! XSP CLI output and sign-in logs, with and without a tracking-id filter:
//! never a panic.

use libfuzzer_sys::fuzz_target;
use preflight::broadworks::xsp::{analyse, XspOptions};

fuzz_target!(|data: &[u8]| {
    let _ = analyse(data, &XspOptions::default());
    if let Ok(opts) = XspOptions::new(Some("CLIENT_abc_1")) {
        let _ = analyse(data, &opts);
    }
});
