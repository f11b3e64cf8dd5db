//! Benchmark of the certificate tool's core: parse and lint every
//! certificate of a multi-PEM file (workload: `python3
//! shared/anchors/gen_certs_pem.py 10000 /tmp/certs_10k.pem`).
//!
//! `cargo run --release --example cert_bench -- /tmp/certs_10k.pem [RUNS]`
//! prints the median of RUNS (default 3) for `x509::check` alone and for
//! check plus JSON rendering (what `preflight cert --format json` does).

use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "/tmp/certs_10k.pem".into());
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let ctx = preflight::x509::LintContext::new(chrono::Utc::now());

    let mut check_times = Vec::new();
    let mut json_times = Vec::new();
    let mut certs = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let report = preflight::x509::check(&input, Some(&path), &ctx);
        check_times.push(t.elapsed());
        let json = preflight::render::json(&report);
        json_times.push(t.elapsed());
        certs = report.data["certificates"]
            .as_array()
            .map_or(0, |a| a.len());
        std::hint::black_box(json);
    }
    println!(
        "{path}: {certs} certificates, {} bytes; median of {}: check {:.3} s, check + JSON {:.3} s",
        input.len(),
        check_times.len(),
        median(check_times).as_secs_f64(),
        median(json_times).as_secs_f64()
    );
}
