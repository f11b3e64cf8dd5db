#![no_main]
//! Firewall rule files (`preflight firewall --verify`): any bytes give a
//! report against the requirements, never a panic.

use libfuzzer_sys::fuzz_target;
use preflight::net::firewall::FirewallOptions;
use preflight::net::firewall_verify::verify;

fuzz_target!(|data: &[u8]| {
    let opts = FirewallOptions {
        p2p: Some("40000-41999".into()),
        ..FirewallOptions::default()
    };
    let _ = verify(data, &opts);
});
