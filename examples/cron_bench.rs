//! Next 1,000 fire times of the six anchor expressions (shared performance
//! anchors, RESULTS.md section 4: croner 11 took 1.7-64 ms per expression),
//! 100 repetitions each after a warm-up, parse included.
//!
//! `cargo run --release --example cron_bench [-- --json]` (`--json` is what
//! `scripts/bench.sh` reads for BENCHMARKS.md).

use std::hint::black_box;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use preflight::cron::parse;

const EXPRS: &[&str] = &[
    "0 0 12 * * ?",
    "0 0/5 14,18 * * ?",
    "0 15 10 ? * 6L",
    "0 0 0 LW * ?",
    "0 0 12 1/5 * ?",
    "0 11 11 11 11 ? 2030-2099",
];
const REPS: u32 = 100;

fn main() {
    let json = std::env::args().any(|a| a == "--json");
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let mut rows = Vec::new();
    if !json {
        println!(
            "{:<28} {:>6} {:>12} {:>12}",
            "expression", "fires", "median µs", "max µs"
        );
    }
    for expr in EXPRS {
        let run = || {
            let e = parse(black_box(expr)).expr.expect("valid anchor");
            e.upcoming(start, 1000).len()
        };
        for _ in 0..5 {
            black_box(run());
        }
        let mut times = Vec::with_capacity(REPS as usize);
        let mut n = 0;
        for _ in 0..REPS {
            let t0 = Instant::now();
            n = black_box(run());
            times.push(t0.elapsed().as_secs_f64() * 1e6);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        let median = (times[49] + times[50]) / 2.0;
        let max = times[times.len() - 1];
        if json {
            rows.push(serde_json::json!({
                "expr": expr, "fires": n,
                "median_us": (median * 10.0).round() / 10.0,
                "max_us": (max * 10.0).round() / 10.0,
            }));
        } else {
            println!("{expr:<28} {n:>6} {median:>12.1} {max:>12.1}");
        }
    }
    // A full check (description, DST scan, directory files) for scale.
    let t0 = Instant::now();
    for _ in 0..REPS {
        black_box(preflight::cron::check(
            "0 15 10 ? * 6L",
            start,
            1000,
            Some("Europe/London"),
        ));
    }
    let full_us = t0.elapsed().as_secs_f64() * 1e6 / f64::from(REPS);
    if json {
        let out =
            serde_json::json!({"results": rows, "full_check_us": (full_us * 10.0).round() / 10.0});
        println!("{out}");
    } else {
        println!("full check, 1,000 fire times + Europe/London DST scan: {full_us:.1} µs");
    }
}
