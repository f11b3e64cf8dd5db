//! Printing a report in the chosen format and mapping it to the exit status.

use std::io::{IsTerminal, Write};

use preflight::render;
use preflight::Report;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

/// Colour only for a terminal, and never when NO_COLOR is set (no-color.org).
pub fn colour_wanted() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Print `report`; `extra_text` is tool output shown before the findings in
/// text mode (generated records, explanations). Returns the exit status.
pub fn emit<D: serde::Serialize>(
    report: &Report<D>,
    format: Format,
    artifact: &str,
    extra_text: &str,
) -> Result<u8, String> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let text = match format {
        Format::Json => {
            // Streamed: a report on a 5,000-entity aggregate is tens of MB, and
            // building it as one String first doubles the memory and the time.
            let written = serde_json::to_writer_pretty(&mut out, report)
                .map_err(std::io::Error::from)
                .and_then(|_| out.write_all(b"\n"))
                .and_then(|_| out.flush());
            return finish(written, report);
        }
        Format::Sarif => render::sarif::render(report, artifact, env!("CARGO_PKG_VERSION")) + "\n",
        Format::Text => {
            let style = render::text::Style {
                colour: colour_wanted(),
            };
            // Tool output (certificate details, generated records) quotes the
            // input: shown escaped, like the findings, never emitted raw.
            let mut s = preflight::text::escape_lines(extra_text).into_owned();
            if !s.is_empty() && !s.ends_with('\n') {
                s.push('\n');
            }
            s + &render::text::findings(report, None, &style)
        }
    };
    let written = out.write_all(text.as_bytes()).and_then(|_| out.flush());
    finish(written, report)
}

/// Print data the tool produced from the input (decoded or generated XML):
/// faithful when piped to a file, escaped when it reaches a terminal.
pub fn print_data(data: &str) {
    if std::io::stdout().is_terminal() {
        print!("{}", preflight::text::escape_lines(data));
    } else {
        print!("{data}");
    }
}

pub fn finish<D>(written: std::io::Result<()>, report: &Report<D>) -> Result<u8, String> {
    // A closed pipe (`preflight … | head`) is not an error worth a message.
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(format!("cannot write output: {e}"));
        }
    }
    Ok(if report.has_errors() { 1 } else { 0 })
}
