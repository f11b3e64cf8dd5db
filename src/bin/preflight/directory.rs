//! `preflight directory FILE... [--sso|--no-sso] [--date YYYY-MM-DD] [--schedule 'CRON'] [--fix DIR]`

use std::path::PathBuf;

use clap::Args;

use crate::cli::FormatOpt;
use crate::output::emit;
use preflight::csv::values::show;
use preflight::directory::{self as core, GroupNode, Input, Options};

#[derive(Args)]
#[command(
    after_help = "Example: preflight directory userFile_2026-03-02_1.csv userInactivation_2026-03-02_1.csv groupFile_2026-03-02_1.csv groupDeletion_2026-03-02_1.csv --schedule '0 0 6 * * ?'\nGive the four files of a run (several runs of a day may be given together). Files are read as the job reads them: ISO-8859-1, tab or comma."
)]
pub struct DirectoryArgs {
    /// The directory files: userFile_…, userInactivation_…, groupFile_…, groupDeletion_… (YYYY-MM-DD_n.csv), or a zip of them.
    #[arg(required = true)]
    pub files: Vec<String>,
    /// SSO is enabled (the default): inactivation and deletion lines are SSO ids.
    #[arg(long, overrides_with = "no_sso")]
    pub sso: bool,
    /// SSO is not enabled: inactivation lines are email addresses, deletion lines group names.
    #[arg(long, overrides_with = "sso")]
    pub no_sso: bool,
    /// The GMT day the job runs; the files must be named for it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The Job Scheduling CRON expression (Quartz, GMT): check that the set's instance number is one of the day's runs.
    #[arg(long, value_name = "CRON")]
    pub schedule: Option<String>,
    /// Write the ISO-8859-1 conversion of every UTF-8 or UTF-16 file whose characters all fit into DIR.
    #[arg(long, value_name = "DIR")]
    pub fix: Option<PathBuf>,
    #[command(flatten)]
    pub format: FormatOpt,
}

pub fn run(a: DirectoryArgs) -> Result<u8, String> {
    let options = Options::new(!a.no_sso, a.date.as_deref(), a.schedule.as_deref())?;
    let mut read = Vec::with_capacity(a.files.len());
    for f in &a.files {
        if f == "-" {
            return Err("directory: name each file (the file names carry the date and run number); `-` is not accepted".into());
        }
        read.push((f.clone(), crate::input::read_input(f)?));
    }
    // A zip of the set is opened; one that cannot be read is checked as it is.
    let (read, notes) = core::archive::expand(read);
    let inputs: Vec<Input> = read
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    let report = core::check(&inputs, &options);
    let mut text = String::new();
    for n in &notes {
        text.push_str(&format!("{}\n", show(n.as_bytes())));
    }
    let format = a.format.format();
    // The summary and the tree are the text output's; JSON and SARIF carry
    // them in the report itself.
    let text_output = matches!(format, crate::output::Format::Text);
    let data = &report.data;
    for f in data.files.iter().filter(|_| text_output) {
        text.push_str(&format!(
            "{}  {}, {}, {} rows\n",
            show(f.name.as_bytes()),
            f.encoding,
            match f.delimiter.as_deref() {
                Some("\t") => "tab-separated",
                Some(",") => "comma-separated",
                _ => "one field per line",
            },
            f.rows
        ));
    }
    for set in data.sets.iter().filter(|_| text_output) {
        text.push_str(&format!(
            "\nRun {} _{}{}\n",
            set.date.as_deref().unwrap_or("?"),
            set.instance.map_or("?".to_string(), |n| n.to_string()),
            set.run_time
                .as_deref()
                .map(|t| format!(" (job runs {t})"))
                .unwrap_or_default()
        ));
        let s = &set.summary;
        text.push_str(&format!(
            "  users created or updated {}, inactivated {}; groups created or updated {}, deleted {}, moved {}; memberships {}, home-group assignments {}\n",
            s.users_created_or_updated,
            s.users_inactivated,
            s.groups_created_or_updated,
            s.groups_deleted,
            s.groups_moved,
            s.memberships,
            s.home_group_assignments
        ));
        if !set.groups.is_empty() {
            text.push_str("  Group tree (direct members / in total):\n");
            let mut budget = 400usize;
            for g in &set.groups {
                tree_text(g, 2, &mut budget, &mut text);
            }
            if budget == 0 {
                text.push_str("    … (tree shortened; --format json has more of it)\n");
            }
            if set.groups_omitted > 0 {
                text.push_str(&format!(
                    "    … and {} more top-level groups, past the {} groups drawn\n",
                    set.groups_omitted,
                    core::tree::MAX_NODES
                ));
            }
        }
    }
    if let Some(dir) = &a.fix {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        for (name, bytes) in &read {
            if let Some(latin1) = core::convert(bytes) {
                let base = core::names::base_name(name);
                let out = dir.join(base);
                std::fs::write(&out, latin1)
                    .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
                text.push_str(&format!("wrote ISO-8859-1 conversion {}\n", out.display()));
            }
        }
    }
    text.push('\n');
    let status = emit(&report, format, "directory", &text);
    // The process ends right after this; freeing a directory-sized set and
    // its report piece by piece would only delay the exit.
    std::mem::forget((report, read));
    status
}

fn tree_text(g: &GroupNode, depth: usize, budget: &mut usize, out: &mut String) {
    if *budget == 0 {
        return;
    }
    *budget -= 1;
    let mut notes = Vec::new();
    if g.group_type == 4 {
        notes.push("presence");
    }
    if !g.defined {
        notes.push("no g record");
    }
    if g.deleted {
        notes.push("deleted");
    }
    if g.cycle {
        notes.push("cycle");
    }
    if g.truncated {
        notes.push("not expanded further");
    }
    out.push_str(&format!(
        "{}{} {} — {} ({}/{}){}\n",
        "  ".repeat(depth),
        if g.children.is_empty() { "·" } else { "▸" },
        show(g.id.as_bytes()),
        show(g.name.as_bytes()),
        g.members,
        g.total_members,
        if notes.is_empty() {
            String::new()
        } else {
            format!(" [{}]", notes.join(", "))
        }
    ));
    for c in &g.children {
        tree_text(c, depth + 1, budget, out);
    }
}
