//! The schedule panels of the CRON page: next fire times, the directory
//! upload file names each run picks up, and daylight-saving notes.

use super::*;
use crate::cron::directory::Run;
use crate::cron::dst::Direction;

#[derive(Properties, PartialEq)]
pub(super) struct DataProps {
    pub(super) data: CronData,
}

#[function_component(NextRuns)]
pub(super) fn next_runs(props: &DataProps) -> Html {
    let d = &props.data;
    let next = &d.next;
    let local = d.next_local.clone().unwrap_or_default();
    let zone = d.time_zone.as_deref().unwrap_or("");
    let from = d.from.as_str();
    if d.fires_never() {
        return html! {
            <section class="cron-next" aria-label="Next fire times">
                <h2>{ "Next fire times" }</h2>
                <p class="notice never">{ "Never fires: no date matches every field. See the findings." }</p>
            </section>
        };
    }
    if next.is_empty() {
        return html! {};
    }
    let as_text = next
        .iter()
        .enumerate()
        .map(|(i, t)| match local.get(i) {
            Some(l) => format!("{t}\t{l}"),
            None => t.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let skipped = d.skipped_months.clone().unwrap_or_default();
    html! {
        <section class="cron-next" aria-label="Next fire times">
            <h2>{ format!("Next {} fire times", next.len()) }</h2>
            <p class="muted">{ format!("After {} GMT (now, by this browser's clock). The job runs in GMT.", pretty(from, false)) }</p>
            <div class="table-wrap" tabindex="0">
                <table class="data next-runs">
                    <thead><tr>
                        <th>{ "#" }</th><th>{ "GMT (when the job runs)" }</th>
                        if !local.is_empty() { <th>{ format!("Local: {zone}") }</th> }
                    </tr></thead>
                    <tbody>
                        { for next.iter().enumerate().map(|(i, t)| html! {
                            <tr>
                                <td>{ i + 1 }</td>
                                <td><time datetime={t.clone()}>{ pretty(t, false) }</time></td>
                                if let Some(l) = local.get(i) {
                                    <td><time datetime={l.clone()}>{ pretty(l, true) }</time></td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if !skipped.is_empty() {
                <p class="skipped">{ format!("Months without a run (next 28 years, first {}): {}", skipped.len(), skipped.join(", ")) }</p>
            }
            <div class="actions">
                <CopyButton text={as_text} label="Copy fire times" />
            </div>
        </section>
    }
}

// ---- directory job ----

/// Runs shown before the rest fold away.
const FIRST_RUNS: usize = 6;

fn run_table(runs: &[Run]) -> Html {
    html! {
        <div class="table-wrap" tabindex="0">
            <table class="data dir-files">
                <thead><tr><th>{ "Run" }</th><th>{ "At (GMT)" }</th><th>{ "Files it expects" }</th></tr></thead>
                <tbody>
                    { for runs.iter().map(|run| html! {
                        <tr>
                            <td>{ run.n }</td>
                            <td class="nowrap">{ clock(&run.time) }</td>
                            <td class="files">
                                { for run.files.iter().map(|f| html! { <code>{ f.clone() }</code> }) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[function_component(Directory)]
pub(super) fn directory(props: &DataProps) -> Html {
    let Some(job) = &props.data.directory else {
        return html! {};
    };
    let per_day = job.runs_per_day;
    let gap = job.min_interval_seconds.map(u64::from);
    let df = job.directory_files.as_ref();
    let runs: &[Run] = df.map(|f| f.runs.as_slice()).unwrap_or_default();
    let total = df.map_or(0, |f| f.total_runs as u64);
    let date = df.map(|f| f.date.as_str()).unwrap_or("");
    let is_today = df.is_some_and(|f| f.is_today);
    let all_files = runs
        .iter()
        .flat_map(|r| r.files.iter().cloned())
        .collect::<Vec<_>>()
        .join("\n");
    let too_many = job.too_many_runs();
    let too_often = job.too_frequent();
    html! {
        <section class="cron-directory" aria-label="Directory job">
            <h2>{ "Directory job" }</h2>
            <dl class="stats">
                <div class={classes!("stat", too_many.then_some("warn"))}>
                    <dt>{ "Runs per day" }</dt><dd class="runs-per-day">{ per_day }</dd>
                </div>
                <div class={classes!("stat", too_often.then_some("warn"))}>
                    <dt>{ "Shortest interval" }</dt>
                    <dd class="min-interval">{ gap.map(duration).unwrap_or_else(|| "—".to_string()) }</dd>
                </div>
            </dl>
            if !runs.is_empty() {
                <p>
                    { format!("Each run n imports its own files, named with the GMT date and n. {} {date} (GMT), {}:",
                        if is_today { "Today," } else { "On the next day it runs," },
                        plural(total, "run")) }
                </p>
                { run_table(&runs[..runs.len().min(FIRST_RUNS)]) }
                if runs.len() > FIRST_RUNS {
                    <details class="more-runs">
                        <summary>{ format!("Show runs {}–{}", FIRST_RUNS + 1, runs.len()) }</summary>
                        { run_table(&runs[FIRST_RUNS..]) }
                    </details>
                }
                if total > runs.len() as u64 {
                    <p class="muted">{ format!("Showing the first {} of {total} runs.", runs.len()) }</p>
                }
                <div class="actions">
                    <CopyButton text={all_files} label="Copy file names" />
                </div>
            }
        </section>
    }
}

// ---- daylight saving ----

#[function_component(DstNotes)]
pub(super) fn dst_notes(props: &DataProps) -> Html {
    let d = &props.data;
    let Some(zone) = d.time_zone.as_deref() else {
        return html! {};
    };
    let Some(list) = &d.dst else {
        return html! {};
    };
    html! {
        <section class="cron-dst" aria-label="Daylight saving">
            <h2>{ format!("Daylight saving in {zone}") }</h2>
            <p class="muted">
                { "The scheduler runs in GMT, which has no daylight saving: the job never skips or repeats. What moves is the local time you see." }
            </p>
            if list.is_empty() {
                <p class="dst-none">{ format!("No fire time falls within an hour of a {zone} clock change in the next year.") }</p>
            } else {
                <ul class="dst-list">
                    { for list.iter().map(|t| {
                        let forward = t.direction == Direction::Forward;
                        let near = t.fire_times.iter().map(|f| format!("{} GMT = {} local",
                            pretty(&f.utc, false),
                            pretty(&f.local, true))).collect::<Vec<_>>().join("; ");
                        html! {
                            <li>
                                <strong>{ format!("{} GMT", pretty(&t.at, false)) }</strong>
                                { format!(": clocks go {} ({} → {}), so the local hour is {}. Fire times near it: {near}.",
                                    if forward { "forward" } else { "back" },
                                    t.offset_before,
                                    t.offset_after,
                                    if forward { "skipped" } else { "repeated" }) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
