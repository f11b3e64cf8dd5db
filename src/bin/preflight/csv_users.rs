//! `preflight csv-users FILE [--sso] [--mandatory city,state] [--fix OUT.csv] [--status-file OUT.csv] [--utf16]`

use std::io::Read;
use std::path::PathBuf;

use clap::Args;

use crate::cli::FormatOpt;
use crate::output::emit;
use preflight::csv::{self as core, CsvData, FixSet, Options, OutputEncoding};

#[derive(Args)]
#[command(
    after_help = "Example: preflight csv-users users.csv --sso --mandatory city,ISOcountry --fix users-fixed.csv\nReads UTF-8 (with or without BOM) and UTF-16LE, comma- or tab-separated. `-` reads stdin."
)]
pub struct CsvUsersArgs {
    /// The user-import CSV file, or `-` for stdin.
    #[arg(allow_hyphen_values = true)]
    pub file: String,
    /// SSO is enabled for the organization: employeeID is mandatory.
    #[arg(long)]
    pub sso: bool,
    /// Fields the organization made mandatory, comma-separated (address1, address2, city, state, zipCode, ISOcountry, phone fields, businessUnit).
    #[arg(long, value_name = "FIELDS")]
    pub mandatory: Option<String>,
    /// Write the file with the safe automatic fixes applied (trim, N/A -> -, upper-case country codes, Yes/No and True/False spelling, header renames, empty rows removed, Windows-1252 bytes re-read).
    #[arg(long, value_name = "OUT.csv")]
    pub fix: Option<PathBuf>,
    /// Write the predicted import status file (input plus status and statusMessage columns).
    #[arg(long, value_name = "OUT.csv")]
    pub status_file: Option<PathBuf>,
    /// Convert a Webex Meetings site export to a Messenger import file (guide: Provision Tightly Coupled Integration).
    #[arg(long, value_name = "OUT.csv")]
    pub convert_meeting_export: Option<PathBuf>,
    /// Write --fix, --status-file output as UTF-16LE (Excel "Unicode Text") instead of UTF-8 with BOM.
    #[arg(long)]
    pub utf16: bool,
    /// Findings listed per rule (0 = all); data.by_rule always has the totals.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub max_findings: usize,
    #[command(flatten)]
    pub format: FormatOpt,
}

fn stream(file: &str, options: &Options) -> Result<preflight::Report<CsvData>, String> {
    let (mut reader, size): (Box<dyn Read>, u64) = if file == "-" {
        (Box::new(std::io::stdin().lock()), 0)
    } else {
        let f = std::fs::File::open(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        let size = f.metadata().map(|m| m.len()).unwrap_or(0);
        (Box::new(f), size)
    };
    let mut v = core::Validator::with_size_hint(options, size);
    let mut buf = vec![0u8; 1 << 20];
    loop {
        match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => v.push(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("cannot read {file}: {e}")),
        }
    }
    Ok(v.finish())
}

fn write_output(path: &PathBuf, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

pub fn run(a: CsvUsersArgs) -> Result<u8, String> {
    let mandatory: Vec<&str> = a.mandatory.as_deref().into_iter().collect();
    let options = Options::new(a.sso, &mandatory, Some(a.max_findings))?.with_output(if a.utf16 {
        OutputEncoding::Utf16Le
    } else {
        OutputEncoding::Utf8Bom
    });
    let needs_whole =
        a.fix.is_some() || a.status_file.is_some() || a.convert_meeting_export.is_some();
    // Validation alone streams: memory stays at one chunk however big the file.
    let (input, report) = if needs_whole {
        let input = crate::input::read_input(&a.file)?;
        let report = core::validate(&input, &options);
        (input, report)
    } else {
        (Vec::new(), stream(&a.file, &options)?)
    };
    let mut text = String::new();
    let d = &report.data;
    let dialect = d.dialect.as_ref();
    text.push_str(&format!(
        "{} rows, {} columns, {} {}, {}-separated, {} line endings; {} rows with errors, {} with warnings\n",
        d.rows,
        d.columns_total,
        dialect.map_or("?", |x| x.encoding.as_str()),
        if dialect.is_some_and(|x| x.bom) {
            "with BOM"
        } else {
            "without BOM"
        },
        dialect.map_or("comma", |x| x.delimiter_name()),
        dialect.map_or("?", |x| x.line_ending.as_str()),
        d.rows_with_errors,
        d.rows_with_warnings,
    ));
    if let Some(path) = &a.fix {
        write_output(path, &core::fix(&input, &options, &FixSet::safe()))?;
        text.push_str(&format!("wrote fixed file {}\n", path.display()));
    }
    if let Some(path) = &a.status_file {
        write_output(path, &core::status_file(&input, &options))?;
        text.push_str(&format!("wrote status file {}\n", path.display()));
    }
    if let Some(path) = &a.convert_meeting_export {
        let converted = core::convert_meeting_export(&input)?;
        write_output(path, &converted)?;
        text.push_str(&format!(
            "wrote converted Meetings export {}\n",
            path.display()
        ));
    }
    emit(&report, a.format.format(), "users.csv", &text)
}
