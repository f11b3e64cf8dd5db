//! Static assets the app ships: a stylesheet whose blocks are balanced (an
//! unclosed `@media` block silently moves every later rule into it) and a
//! page whose Content-Security-Policy stays strict.

use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

#[test]
fn stylesheet_blocks_are_balanced_and_sections_top_level() {
    let css = read("www/style.css");
    let mut depth: i32 = 0;
    let mut line = 1;
    let mut rest = css.as_str();
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            // Page sections are marked `/* ---- name ---- */`; each must start at top level.
            if rest.starts_with("/* ---- ") {
                assert_eq!(
                    depth, 0,
                    "the section starting on line {line} is inside a block"
                );
            }
            let end = rest.find("*/").expect("unterminated comment in style.css") + 2;
            line += rest[..end].matches('\n').count();
            rest = &rest[end..];
            continue;
        }
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '\n' => line += 1,
            _ => {}
        }
        assert!(depth >= 0, "unmatched `}}` on line {line}");
        rest = &rest[c.len_utf8()..];
    }
    assert_eq!(depth, 0, "style.css ends inside a block");
}

#[test]
fn page_keeps_a_strict_csp_and_no_inline_script_or_style() {
    let html = read("index.html");
    assert!(html.contains("default-src 'none'"));
    assert!(html.contains("connect-src 'self'"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no third-party origins"
    );
    assert!(
        !html.contains("<style"),
        "inline styles are blocked by the CSP"
    );
    assert!(
        !html.contains(" style=\""),
        "inline style attributes are blocked by the CSP"
    );
    assert!(html.contains("<script type=\"module\" src=\"boot.js\"></script>"));
}
