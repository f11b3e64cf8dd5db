//! Human-readable text for terminals: one aligned line per finding, the help
//! indented beneath, and a summary line. ANSI colour only when the caller
//! asks for it (the CLI decides from TTY and NO_COLOR).
//!
//! Messages, locations, help and the input's label carry text from the input;
//! every one passes through [`escape_for_display`] here, so the only escape
//! sequences this output contains are the colours it adds itself.

use crate::report::{Report, Severity};
use crate::text::escape_for_display;

pub struct Style {
    pub colour: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn severity(&self, sev: Severity, padded: &str) -> String {
        let code = match sev {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, padded)
    }

    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }

    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
}

/// Findings and the summary as text. `label` names the input (a file name).
pub fn findings<D>(report: &Report<D>, label: Option<&str>, style: &Style) -> String {
    let mut out = String::new();
    let rule_width = report
        .findings
        .iter()
        .map(|f| f.rule.len())
        .max()
        .unwrap_or(0);
    for f in &report.findings {
        let sev = format!("{:<7}", f.severity.as_str());
        out.push_str(&style.severity(f.severity, &sev));
        out.push(' ');
        out.push_str(&style.bold(&format!("{:<rule_width$}", f.rule)));
        out.push_str("  ");
        out.push_str(&escape_for_display(&f.message));
        let mut loc = f.location.describe();
        if let (Some(l), false) = (label, f.location.file.is_some()) {
            loc = if loc.is_empty() {
                l.to_string()
            } else {
                format!("{l}: {loc}")
            };
        }
        if !loc.is_empty() {
            let loc = escape_for_display(&loc);
            out.push_str(&style.dim(&format!("  ({loc})")));
        }
        out.push('\n');
        let indent = " ".repeat(8 + rule_width + 2);
        let help = escape_for_display(&f.help);
        out.push_str(&style.dim(&format!("{indent}help: {help}")));
        out.push('\n');
    }
    out.push_str(&summary_line(report, style));
    out.push('\n');
    out
}

pub fn summary_line<D>(report: &Report<D>, style: &Style) -> String {
    totals_line(&report.summary, style)
}

/// The summary line for counts that may come from several reports.
pub fn totals_line(s: &crate::report::Summary, style: &Style) -> String {
    if s.errors + s.warnings + s.infos == 0 {
        return style.paint("1;32", "✓ no findings");
    }
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let text = format!(
        "{}, {}, {}",
        plural(s.errors, "error"),
        plural(s.warnings, "warning"),
        plural(s.infos, "info")
    );
    if s.errors > 0 {
        style.paint("1;31", &format!("✗ {text}"))
    } else {
        style.paint("1;33", &format!("! {text}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_plain_text_without_colour() {
        let r = crate::net::ports::check("1023", "1024");
        let out = findings(&r, None, &Style { colour: false });
        assert!(!out.contains('\x1b'));
        assert!(out.contains("error   ports/min-out-of-range"));
        assert!(out.contains("help: "));
        assert!(out.trim_end().ends_with("info") || out.contains("errors"));
    }

    #[test]
    fn input_text_is_escaped_and_only_colours_are_emitted() {
        use crate::report::{Finding, Location};
        let evil = "x\x1b]0;pwned\x07\x1b[2J\u{202e}y";
        let mut r = Report::new("test", b"");
        r.push(Finding {
            rule: "test/evil".into(),
            severity: Severity::Error,
            message: evil.into(),
            location: Location {
                path: Some(evil.into()),
                ..Location::default()
            },
            help: evil.into(),
        });
        let out = findings(&r, Some(evil), &Style { colour: true });
        assert!(
            !out.contains('\u{7}') && !out.contains('\u{202e}'),
            "{out:?}"
        );
        // Every ESC left starts one of the renderer's own SGR colour codes.
        for (i, _) in out.match_indices('\x1b') {
            let code: String = out[i + 1..].chars().take_while(|c| *c != 'm').collect();
            assert!(
                code.starts_with('[') && code[1..].chars().all(|c| c.is_ascii_digit() || c == ';'),
                "{out:?}"
            );
        }
        assert_eq!(
            out.matches("x\\x1b]0;pwned\\x07\\x1b[2J\\u202ey").count(),
            3 + 1
        );
    }

    #[test]
    fn colour_when_asked() {
        let r = crate::net::ports::check("1034", "1024");
        let out = findings(&r, None, &Style { colour: true });
        assert!(out.contains("\x1b[1;31m"));
    }
}
