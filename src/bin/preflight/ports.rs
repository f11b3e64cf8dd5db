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
    emit(&report, a.format.format(), "p2p-port-range", &text)
}
