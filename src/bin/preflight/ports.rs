//! `preflight ports MIN MAX`

use clap::Args;

use crate::cli::FormatOpt;
use crate::output::emit;
use preflight::net::ports::{Bar, Segment};

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
    let mut text = match (d.min, d.max, d.width) {
        (Some(min), Some(max), Some(width)) if width > 0 => {
            let default = d.default;
            format!(
                "P2P UDP range {min}-{max}: {width} ports (default {}-{}: {} ports)\n",
                default.min, default.max, default.width
            )
        }
        _ => String::new(),
    };
    if let Some(b) = &d.bar {
        text += &bar(b);
    }
    emit(&report, a.format.format(), "p2p-port-range", &text)
}

/// Draw the core's bar fractions as two text rows against the 1024-65535 span.
fn bar(b: &Bar) -> String {
    const CELLS: usize = 60;
    let row = |seg: &Segment| -> String {
        (0..CELLS)
            .map(|i| {
                let (lo, hi) = (i as f64 / CELLS as f64, (i + 1) as f64 / CELLS as f64);
                if seg.start < hi && seg.end >= lo {
                    '#'
                } else {
                    '.'
                }
            })
            .collect()
    };
    let (low, high) = (b.span.min.to_string(), b.span.max.to_string());
    let gap = (CELLS + 2).saturating_sub(low.len() + high.len());
    format!(
        "range   [{}]\ndefault [{}]\n         {low}{}{high}\n",
        row(&b.range),
        row(&b.default),
        " ".repeat(gap.saturating_sub(2))
    )
}
