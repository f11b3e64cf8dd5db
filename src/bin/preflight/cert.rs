//! `preflight cert FILE... [--now RFC3339] [--expiry-warning-days N] [--sp] [--encryption] [--ics OUT.ics]`

use clap::Args;
use preflight::x509::{self, LintContext};

use crate::cli::FormatOpt;
use crate::output::emit;

#[derive(Args)]
#[command(
    after_help = "Reads PEM (one or many blocks), DER, bare base64 and PKCS#7 (.p7b); `-` reads standard input.\nExample: preflight cert idp-signing.crt --ics expiry.ics"
)]
pub struct CertArgs {
    /// Certificate files (`-` for standard input).
    #[arg(required = true)]
    pub files: Vec<String>,
    /// The time to check validity against (RFC 3339); defaults to the system clock.
    #[arg(long)]
    pub now: Option<String>,
    /// Warn when fewer days than this are left before expiry.
    #[arg(long, default_value_t = x509::lints::DEFAULT_EXPIRY_WARNING_DAYS)]
    pub expiry_warning_days: i64,
    /// The certificate is a Webex SP certificate (checks the 90-3652 day validity period).
    #[arg(long)]
    pub sp: bool,
    /// The certificate encrypts rather than signs (skips the digitalSignature key-usage check).
    #[arg(long)]
    pub encryption: bool,
    /// Write the expiry dates as an iCalendar file with reminders 30 and 7 days ahead.
    #[arg(long, value_name = "OUT.ics")]
    pub ics: Option<String>,
    #[command(flatten)]
    pub format: FormatOpt,
}

pub fn run(a: CertArgs) -> Result<u8, String> {
    let now = crate::input::time_or_now("--now", a.now.as_deref())?;
    let ctx = LintContext::checked(now, a.expiry_warning_days, a.sp, !a.encryption)
        .map_err(crate::input::option_error)?;

    let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
    for f in &a.files {
        let bytes = crate::input::read_input(f)?;
        let name = if f == "-" {
            "<stdin>".to_string()
        } else {
            f.clone()
        };
        inputs.push((name, bytes));
    }
    let refs: Vec<(Option<&str>, &[u8])> = inputs
        .iter()
        .map(|(n, b)| (Some(n.as_str()), b.as_slice()))
        .collect();
    let report = x509::check_files_typed(&refs, &ctx);
    let certs = &report.data.certificates;

    if let Some(out) = &a.ics {
        std::fs::write(out, x509::expiry_calendar(certs, now))
            .map_err(|e| format!("cannot write {out}: {e}"))?;
    }

    let mut text = String::new();
    if a.format.format() == crate::output::Format::Text {
        for c in certs {
            text.push_str(&x509::details_text(c));
            text.push('\n');
        }
        let picture = &report.data.rollover.picture;
        if certs.len() > 1 && !picture.is_empty() {
            text.push_str("Rollover timeline\n");
            text.push_str(picture);
            text.push('\n');
        }
    }
    emit(&report, a.format.format(), "certificates", &text)
}
