#![no_main]
//! The whole-setup check: any bytes, read as a bundle (the worker's input)
//! and, cut into up to four files with names from real setups (the first
//! bytes choose the names and cut points), recognised, expanded (zip, HAR),
//! checked by their tools and checked against each other — a report,
//! never a panic.

use libfuzzer_sys::fuzz_target;
use preflight::check::{self, bundle, Options};

const NAMES: [&str; 8] = [
    "kit/metadata.xml",
    "kit/response.xml",
    "kit/users.csv",
    "kit/userFile_2026-06-01_1.csv",
    "kit/schedule.txt",
    "kit/okta.zip",
    "kit/signin.har",
    "kit/rules.txt",
];

fuzz_target!(|data: &[u8]| {
    let _ = bundle::decode(data);
    if data.len() < 8 {
        return;
    }
    let (head, body) = data.split_at(8);
    let count = 1 + (head[0] as usize % 4);
    let mut cuts: Vec<usize> = head[1..count]
        .iter()
        .map(|&b| body.len() * b as usize / 255)
        .collect();
    cuts.push(0);
    cuts.push(body.len());
    cuts.sort_unstable();
    let files: Vec<(String, Vec<u8>)> = cuts
        .windows(2)
        .enumerate()
        .map(|(i, w)| {
            let name = NAMES[head[4 + i % 4] as usize % NAMES.len()];
            (format!("{name}.{i}"), body[w[0]..w[1]].to_vec())
        })
        .collect();
    let mut o = Options::at(chrono::DateTime::UNIX_EPOCH);
    o.add_domain("example.com").expect("a domain");
    o.set_go_live("2026-09-01").expect("a date");
    let report = check::check(files, &o);
    assert!(check::data(&report).is_some(), "a check report has its data");
});
