#![no_main]
//! Directory file sets: any bytes, split into the four files of a run (the
//! first bytes choose the split points), give a report, never a panic, and
//! the ISO-8859-1 conversion of any file never panics either.

use libfuzzer_sys::fuzz_target;
use preflight::directory::{check, convert, Input, Options};

const NAMES: [&str; 4] = [
    "userFile_2026-03-02_1.csv",
    "userInactivation_2026-03-02_1.csv",
    "groupFile_2026-03-02_1.csv",
    "groupDeletion_2026-03-02_1.csv",
];

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (head, body) = data.split_at(4);
    let mut cuts: Vec<usize> = head
        .iter()
        .take(3)
        .map(|&b| body.len() * b as usize / 255)
        .collect();
    cuts.sort_unstable();
    let (a, b, c) = (cuts[0], cuts[1], cuts[2]);
    let parts = [&body[..a], &body[a..b], &body[b..c], &body[c..]];
    let inputs: Vec<Input> = NAMES
        .iter()
        .zip(parts)
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    let sso = head[3] & 1 == 0;
    let options = Options::new(sso, None, Some("0 0 6,18 * * ?")).expect("valid options");
    let _ = check(&inputs, &options);
    for p in parts {
        let _ = convert(p);
    }
});
