#![no_main]
//! Schema validator: any text — and any mutation of a real metadata file,
//! since the fuzzer starts from the corpus — is validated without a panic,
//! and the problem count is never below the problems reported.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let outcome = preflight::xmlschema::validate_str(text);
        assert!(outcome.count >= outcome.problems.len());
        assert!(outcome.problems.len() <= preflight::xmlschema::validator::MAX_PROBLEMS);
    }
});
