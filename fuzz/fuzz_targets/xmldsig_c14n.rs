#![no_main]
//! The canonicalizer and the signature engine: any bytes give canonical
//! octets or an error, never a panic. Canonicalizing twice is idempotent
//! (a canonical document is its own canonical form).

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use preflight::xmldsig::c14n::{self, Canon};

fuzz_target!(|data: &[u8]| {
    for uri in [c14n::C14N10_COMMENTS, c14n::C14N11, c14n::EXC_C14N_COMMENTS] {
        let canon = Canon::from_uri(uri).expect("known");
        if let Ok(once) = c14n::canonicalize(data, &canon, None, None) {
            let twice = c14n::canonicalize(&once, &canon, None, None).expect("canonical XML parses");
            assert_eq!(once, twice, "{uri}");
        }
        let _ = c14n::canonicalize(data, &canon, Some(1), Some(2));
    }
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap();
    let _ = preflight::xmldsig::verify(data, &Default::default(), now);
});
