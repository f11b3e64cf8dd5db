//! `preflight ports MIN MAX`

use clap::Args;

use crate::cli::FormatOpt;
use crate::output::emit;

#[derive(Args)]
#[command(
    after_help = "Example: preflight ports 32434 33598\nThe guide's invalid example `preflight ports 1034 1024` exits 1."
)]
pub struct PortsArgs {
    /// The Min port (1024-65525).
    #[arg(allow_hyphen_values = true)]
    pub min: String,
    /// The Max port (1034-65535), greater than Min.
    #[arg(allow_hyphen_values = true)]
    pub max: String,
    #[command(flatten)]
    pub format: FormatOpt,
}

pub fn run(a: PortsArgs) -> Result<u8, String> {
    let report = preflight::net::ports::check(&a.min, &a.max);
    let d = &report.data;
    let text = match (d["min"].as_u64(), d["max"].as_u64(), d["width"].as_u64()) {
        (Some(min), Some(max), Some(width)) if width > 0 => {
            format!("P2P UDP range {min}-{max}: {width} ports (default 32434-33598: 1165 ports)\n")
        }
        _ => String::new(),
    };
    let text = text + &bar(&report.data["bar"]);
    emit(&report, a.format.format(), "p2p-port-range", &text)
}

/// Draw the core's bar fractions as two text rows against the 1024-65535 span.
fn bar(b: &serde_json::Value) -> String {
    const CELLS: usize = 60;
    let row = |seg: &serde_json::Value| -> Option<String> {
        let (start, end) = (seg["start"].as_f64()?, seg["end"].as_f64()?);
        let cells: String = (0..CELLS)
            .map(|i| {
                let (lo, hi) = (i as f64 / CELLS as f64, (i + 1) as f64 / CELLS as f64);
                if start < hi && end >= lo {
                    '#'
                } else {
                    '.'
                }
            })
            .collect();
        Some(cells)
    };
    match (row(&b["range"]), row(&b["default"])) {
        (Some(r), Some(d)) => {
            let low = b["span"]["min"].as_u64().unwrap_or(1024).to_string();
            let high = b["span"]["max"].as_u64().unwrap_or(65535).to_string();
            let gap = (CELLS + 2).saturating_sub(low.len() + high.len());
            format!(
                "range   [{r}]\ndefault [{d}]\n         {low}{}{high}\n",
                " ".repeat(gap.saturating_sub(2))
            )
        }
        _ => String::new(),
    }
}
