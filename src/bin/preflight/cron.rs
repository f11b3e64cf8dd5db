//! `preflight cron 'EXPR' [--from RFC3339] [--count N] [--tz ZONE]`

use std::time::Instant;

use chrono::{DateTime, Utc};
use clap::Args;

use crate::cli::FormatOpt;
use crate::output::emit;
use preflight::cron::CronOptions;

#[derive(Args)]
#[command(
    after_help = "Example: preflight cron '0 0 12 * * ?' --count 5 --tz Europe/London\nFields: seconds minutes hours day-of-month month day-of-week [year]; the job runs in GMT."
)]
pub struct CronArgs {
    /// The Quartz expression (quote it), or `-` to read it from stdin.
    #[arg(allow_hyphen_values = true)]
    pub expr: String,
    /// Start of the preview (RFC 3339); defaults to now.
    #[arg(long, alias = "now")]
    pub from: Option<String>,
    /// How many fire times to list.
    #[arg(long, default_value_t = preflight::cron::DEFAULT_COUNT)]
    pub count: usize,
    /// IANA time zone for local times and daylight-saving notes (e.g. Europe/London).
    #[arg(long)]
    pub tz: Option<String>,
    /// Time the next 1,000 fire times N times per expression and print µs per run.
    #[arg(long, hide = true)]
    pub bench: Option<u32>,
    #[command(flatten)]
    pub format: FormatOpt,
}

fn read_expr(arg: &str) -> Result<String, String> {
    if arg == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        Ok(s)
    } else {
        Ok(arg.to_string())
    }
}

pub fn run(a: CronArgs) -> Result<u8, String> {
    let expr = read_expr(&a.expr)?;
    let from = crate::input::time_or_now("--from", a.from.as_deref())?;
    if let Some(reps) = a.bench {
        return bench(&expr, from, reps.max(1));
    }
    let options = CronOptions::new(from, a.count, a.tz.as_deref());
    let report = preflight::cron::check_with(&expr, &options);
    let d = &report.data;
    let mut text = String::new();
    text.push_str(&d.description);
    text.push('\n');
    if !d.next.is_empty() {
        text.push_str("Next runs (GMT):\n");
        for (i, t) in d.next.iter().enumerate() {
            let l = d
                .next_local
                .as_ref()
                .and_then(|l| l.get(i))
                .map(|s| format!("   {s}"))
                .unwrap_or_default();
            text.push_str(&format!("  {t}{l}\n"));
        }
    }
    if let Some(files) = d
        .directory
        .as_ref()
        .and_then(|j| j.directory_files.as_ref())
    {
        let total = files.total_runs;
        text.push_str(&format!(
            "Directory uploads for {} (GMT), {total} run{}:\n",
            files.date,
            if total == 1 { "" } else { "s" }
        ));
        for r in files.runs.iter().take(4) {
            text.push_str(&format!(
                "  run {} at {}: {}\n",
                r.n,
                r.time,
                r.files.join(", ")
            ));
        }
        if total > 4 {
            text.push_str(&format!(
                "  … {} more runs (see --format json)\n",
                total - 4
            ));
        }
    }
    if let Some(q) = &d.quartz_equivalent {
        text.push_str(&format!("Quartz equivalent: {}\n", q.expression));
    }
    emit(&report, a.format.format(), "cron-expression", &text)
}

/// `--bench N`: next 1,000 fire times of each `;`-separated expression, N times.
fn bench(exprs: &str, from: DateTime<Utc>, reps: u32) -> Result<u8, String> {
    for expr in exprs.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let Some(e) = preflight::cron::parse(expr).expr else {
            return Err(format!(
                "not a valid expression: {}",
                preflight::text::shorten(expr, 80)
            ));
        };
        let mut n = 0;
        let mut times: Vec<f64> = Vec::with_capacity(reps as usize);
        for _ in 0..reps {
            let t0 = Instant::now();
            n = std::hint::black_box(e.upcoming(from, 1000)).len();
            times.push(t0.elapsed().as_secs_f64() * 1e6);
        }
        times.sort_by(|a, b| a.total_cmp(b));
        let median = times[times.len() / 2];
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        let expr = preflight::text::escape_for_display(expr);
        println!(
            "{expr:<32} {n:>5} fire times  median {median:>9.1} µs  mean {mean:>9.1} µs per 1,000"
        );
    }
    Ok(0)
}
