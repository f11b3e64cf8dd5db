//! `www/boot.js` picks the app's page bundle from the address bar with its
//! own table; it must name the same bundle as `tools::APP_BUNDLES` for every
//! tool, or a page would load a bundle without it.

use preflight::tools::{app_bundle, APP_BUNDLES, TOOLS};

#[test]
fn boot_js_loads_the_bundle_that_holds_each_page() {
    let boot = include_str!("../www/boot.js");
    let table = boot
        .split("const BUNDLES = {")
        .nth(1)
        .and_then(|rest| rest.split("};").next())
        .expect("boot.js has a BUNDLES table");
    let mut entries: Vec<(String, String)> = table
        .split(',')
        .filter(|e| e.contains(':'))
        .map(|e| {
            let (k, v) = e.split_once(':').unwrap();
            let clean = |s: &str| s.trim().trim_matches('\'').to_string();
            (clean(k), clean(v))
        })
        .collect();
    entries.sort();
    // Every page of a bundle other than home: the tools' pages (their
    // slug is the tool id) and the other pages APP_BUNDLES names.
    let mut expected: Vec<(String, String)> = APP_BUNDLES
        .iter()
        .flat_map(|(bundle, pages)| pages.iter().map(|p| (p.to_string(), bundle.to_string())))
        .collect();
    for t in TOOLS {
        assert_eq!(
            expected.iter().any(|(p, _)| p == t.id),
            app_bundle(t.id) != "home",
            "{}",
            t.id
        );
    }
    expected.sort();
    assert_eq!(entries, expected);
    // Every bundle named has its entry file.
    for (name, _) in APP_BUNDLES {
        let path = format!(
            "{}/src/app_bundles/{}.rs",
            env!("CARGO_MANIFEST_DIR"),
            name.replace('-', "_")
        );
        assert!(std::path::Path::new(&path).exists(), "{path} is missing");
    }
}
