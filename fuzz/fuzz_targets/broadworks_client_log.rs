#![no_main]
//! Webex app logs: signature scan and error-code lookup of any text, never a panic.

use libfuzzer_sys::fuzz_target;
use preflight::broadworks::{client_log, search};

fuzz_target!(|data: &[u8]| {
    let _ = client_log::analyse(data);
    let _ = search::lookup(&String::from_utf8_lossy(data));
});
