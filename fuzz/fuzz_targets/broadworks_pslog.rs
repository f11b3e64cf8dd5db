#![no_main]
//! PSLog excerpts: any bytes (cut XML, invalid UTF-8, odd line endings)
//! must give a report, never a panic; the IM&P comparison too, with the
//! input split at the first NUL into the two sides.

use libfuzzer_sys::fuzz_target;
use preflight::broadworks::{imp, pslog};

fuzz_target!(|data: &[u8]| {
    let _ = pslog::analyse(data);
    let (a, t) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let _ = imp::compare(a, t);
});
