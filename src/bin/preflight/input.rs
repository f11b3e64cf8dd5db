//! Reading what the user named on the command line: files (or `-` for
//! standard input) and RFC 3339 times. Shared by every tool.

use std::io::Read;

use chrono::{DateTime, Utc};

/// The bytes of `path`, or of standard input for `-`.
pub fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
    }
}

/// A core option error as the CLI reports it (`--flag: why`).
pub fn option_error(e: preflight::options::OptionError) -> String {
    format!("{}: {}", e.flag(), e.message)
}

/// The time named by option `flag` (e.g. `--now`), or the system clock when
/// it was not given. The core never reads the clock itself.
pub fn time_or_now(flag: &str, value: Option<&str>) -> Result<DateTime<Utc>, String> {
    match value {
        Some(s) => DateTime::parse_from_rfc3339(s.trim())
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| format!("{flag} `{s}` is not an RFC 3339 date-time ({e})")),
        None => Ok(Utc::now()),
    }
}

/// The `--trust-cert FILE` certificates (or metadata), read and parsed by
/// the core; a file without a certificate is a usage error.
pub fn trust_store(files: &[String]) -> Result<preflight::xmldsig::TrustStore, String> {
    let mut trust = preflight::xmldsig::TrustStore::default();
    for f in files {
        let bytes = read_input(f)?;
        trust
            .add(&bytes, f)
            .map_err(|e| format!("--trust-cert {e}"))?;
    }
    Ok(trust)
}
