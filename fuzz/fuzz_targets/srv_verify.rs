#![no_main]
//! SRV records: the first line is the domain, the rest pasted `dig` /
//! `nslookup` / `host` / zone-file output. The domain validator (through
//! `generate`) and the verifier must accept any input without a panic.

use libfuzzer_sys::fuzz_target;
use preflight::net::srv::{generate, SrvOptions};
use preflight::net::srv_verify::verify_bytes;

fuzz_target!(|data: &[u8]| {
    let (domain, pasted) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let domain = String::from_utf8_lossy(domain);
    let opts = SrvOptions::default();
    let _ = generate(&domain, &opts);
    let _ = verify_bytes(&domain, &opts, pasted);
});
