#![no_main]
//! User CSV: validation and the safe fixes accept any bytes without a panic.

use libfuzzer_sys::fuzz_target;
use preflight::csv::{fix, validate, FixSet, Options};

fuzz_target!(|data: &[u8]| {
    let options = Options::default();
    let _ = validate(data, &options);
    let _ = fix(data, &options, &FixSet::safe());
});
