//! Directory Integration page: drop the four files of a run at once and see,
//! before the job runs, what is wrong with each file, what is wrong between
//! them, the group tree the job will build and a summary of the run; files
//! saved in UTF-8 or UTF-16 can be downloaded converted to ISO-8859-1.
//!
//! The page only gathers the files and options and renders the core's
//! typed [`directory::Data`]; every verdict is the core's. A set larger than
//! [`worker::MAIN_THREAD_MAX_BYTES`] is checked in the Web Worker with a
//! progress bar, so the page stays responsive while a whole directory is read.

use std::rc::Rc;

use gloo::timers::future::TimeoutFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::browser;
use crate::app::components::{
    FindingsList, InputArea, LoadedFiles, Shared, SharedReport, SharedReportActions,
};
use crate::app::worker::{self, Job};
use crate::directory::{self, Data, GroupNode, Input, Options, RunSummary};
use crate::report::{Report, Severity};

/// The form as typed; turned into [`Options`] by the core.
#[derive(Clone, PartialEq)]
struct Form {
    sso: bool,
    date: String,
    schedule: String,
}

impl Default for Form {
    fn default() -> Self {
        Self {
            sso: true,
            date: String::new(),
            schedule: String::new(),
        }
    }
}

/// The result of one check.
#[derive(Clone, PartialEq)]
enum Outcome {
    Empty,
    Options(String),
    /// In the Web Worker, this far (0..=1).
    Running(f64),
    Failed(String),
    Report(SharedReport, Shared<Data>),
}

/// The outcome of a typed report: its JSON form for the shared components
/// (findings, downloads), its data for the page.
fn done(report: Report<Data>) -> Outcome {
    let json = serde_json::to_value(&report.data).unwrap_or_default();
    let Report {
        tool,
        findings,
        summary,
        data,
        input_sha256,
    } = report;
    let json = Report {
        tool,
        findings,
        summary,
        data: json,
        input_sha256,
    };
    Outcome::Report(SharedReport::new(json), Shared::new(data))
}

/// Check the set: a small one at once on the page, a large one in the Web
/// Worker (the latest check wins; an earlier one still running is stopped).
fn run(
    files: &LoadedFiles,
    form: &Form,
    outcome: &UseStateHandle<Outcome>,
    job: &Rc<std::cell::RefCell<Job>>,
) {
    job.borrow().cancel();
    if files.is_empty() {
        return outcome.set(Outcome::Empty);
    }
    // Options are checked here first, so a typo is a plain message.
    let options = match Options::new(form.sso, Some(&form.date), Some(&form.schedule)) {
        Ok(o) => o,
        Err(e) => return outcome.set(Outcome::Options(e)),
    };
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    if total <= worker::MAIN_THREAD_MAX_BYTES {
        let inputs: Vec<Input> = files
            .iter()
            .map(|(name, bytes)| Input { name, bytes })
            .collect();
        return outcome.set(done(directory::check(&inputs, &options)));
    }
    let this = Job::new();
    *job.borrow_mut() = this.clone();
    outcome.set(Outcome::Running(0.0));
    let blob = worker::bytes_blob(&crate::check::bundle::encode(files));
    let (outcome, options) = (outcome.clone(), options.to_json());
    wasm_bindgen_futures::spawn_local(async move {
        let blob = match blob {
            Ok(b) => b,
            Err(e) => return outcome.set(Outcome::Failed(e)),
        };
        let progress = {
            let outcome = outcome.clone();
            Callback::from(move |f: f64| outcome.set(Outcome::Running(f)))
        };
        match this
            .run(
                crate::stream::StreamTool::DIRECTORY,
                options,
                blob,
                progress,
            )
            .await
        {
            Ok(report) => {
                // Reading a large set's report, reading its tree and drawing
                // it are three steps: give the page a breath between them.
                TimeoutFuture::new(0).await;
                let next = match report.typed::<Data>() {
                    Ok(report) => done(report),
                    Err(e) => Outcome::Failed(e),
                };
                TimeoutFuture::new(0).await;
                outcome.set(next);
            }
            Err(e) if e == worker::CANCELLED => {}
            Err(e) => outcome.set(Outcome::Failed(e)),
        }
    });
}

/// A report holding only some findings of `report`, for a per-file list.
fn subset(report: &Report, keep: impl Fn(usize, &crate::Finding) -> bool) -> Report {
    let mut out = Report::new(&report.tool, b"");
    out.input_sha256 = report.input_sha256.clone();
    out.extend(
        report
            .findings
            .iter()
            .enumerate()
            .filter(|(i, f)| keep(*i, f))
            .map(|(_, f)| f.clone()),
    );
    out
}

#[function_component(DirectoryPage)]
pub fn directory_page() -> Html {
    let files = use_state(|| Rc::new(LoadedFiles::new()));
    let form = use_state(Form::default);
    let outcome = use_state(|| Outcome::Empty);
    let job = use_mut_ref(Job::new);

    let recheck = {
        let (outcome, job) = (outcome.clone(), job.clone());
        move |files: &LoadedFiles, form: &Form| run(files, form, &outcome, &job)
    };
    let on_files = {
        let (files, form, recheck) = (files.clone(), form.clone(), recheck.clone());
        Callback::from(move |loaded: LoadedFiles| {
            // A zip of the set is opened (one that cannot be read is checked,
            // and reported, as it is).
            let (loaded, _) = directory::archive::expand(loaded);
            // Dropping a file again replaces its namesake; new names are added.
            let mut next: LoadedFiles = (**files).clone();
            for (name, bytes) in loaded {
                match next.iter_mut().find(|(n, _)| *n == name) {
                    Some(slot) => slot.1 = bytes,
                    None => next.push((name, bytes)),
                }
            }
            recheck(&next, &form);
            files.set(Rc::new(next));
        })
    };
    let on_text = {
        let (files, form, recheck) = (files.clone(), form.clone(), recheck.clone());
        // The text box is not an input here; "Clear" empties the set.
        Callback::from(move |t: String| {
            if t.is_empty() {
                let none = LoadedFiles::new();
                recheck(&none, &form);
                files.set(Rc::new(none));
            }
        })
    };
    let set_form = {
        let (files, form, recheck) = (files.clone(), form.clone(), recheck.clone());
        move |next: Form| {
            recheck(&files, &next);
            form.set(next);
        }
    };
    let on_sso = {
        let (form, set_form) = (form.clone(), set_form.clone());
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                set_form(Form {
                    sso: i.checked(),
                    ..(*form).clone()
                });
            }
        })
    };
    let text_field = |set: fn(&mut Form, String)| {
        let (form, set_form) = (form.clone(), set_form.clone());
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*form).clone();
                set(&mut next, i.value());
                set_form(next);
            }
        })
    };
    let on_date = text_field(|f, v| f.date = v);
    let on_schedule = text_field(|f, v| f.schedule = v);

    html! {
        <section class="page tool directory-page" data-tool="directory">
            <h1>{ "Directory files" }</h1>
            <p class="lede">
                { "Drop the four files of a Directory Integration run — " }
                <code>{ "userFile_YYYY-MM-DD_n.csv" }</code>{ ", " }
                <code>{ "userInactivation_…" }</code>{ ", " }
                <code>{ "groupFile_…" }</code>{ ", " }
                <code>{ "groupDeletion_…" }</code>
                { " — to check them as the job reads them (ISO-8859-1, tab or comma) and see the group tree it will build. Everything stays in this browser." }
            </p>
            <form class="directory-options" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="check">
                    <input id="directory-sso" type="checkbox" checked={form.sso} onchange={on_sso} />
                    <span>{ "SSO enabled" }<small>{ "without SSO, inactivation lines are email addresses and deletion lines group names" }</small></span>
                </label>
                <label class="field">
                    <span>{ "Job day (GMT)" }</span>
                    <input id="directory-date" type="text" placeholder="YYYY-MM-DD" value={form.date.clone()} onchange={on_date} />
                </label>
                <label class="field">
                    <span>{ "Job Scheduling (CRON)" }</span>
                    <input id="directory-schedule" type="text" class="code" placeholder="0 0 6 * * ?" value={form.schedule.clone()} onchange={on_schedule} />
                </label>
            </form>
            <InputArea value={AttrValue::Static("")} on_change={on_text} on_files={on_files}
                label="The four files of a run, or a zip of them (pick or drop them together)"
                placeholder="Pick or drop userFile_…, userInactivation_…, groupFile_… and groupDeletion_… here."
                accept=".csv,.txt,.zip,.gpg,.pgp,.asc,text/csv,application/zip" />
            { match &*outcome {
                Outcome::Empty => html! {},
                Outcome::Options(e) | Outcome::Failed(e) => html! { <p class="notice error" role="alert">{ e.clone() }</p> },
                Outcome::Running(f) => html! {
                    <div class="progress" id="directory-progress" role="status">
                        <progress max="1" value={f.to_string()} aria-label="Checking the files" />
                        <span>{ format!("Checking the files in the background… {:.0}%", f * 100.0) }</span>
                    </div>
                },
                Outcome::Report(report, data) => html! {
                    <Results report={report.clone()} data={data.clone()} files={Shared((*files).clone())} />
                },
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    report: SharedReport,
    data: Shared<Data>,
    files: Shared<LoadedFiles>,
}

#[function_component(Results)]
fn results(props: &ResultsProps) -> Html {
    let (r, d) = (&*props.report.0, &*props.data);
    let cross = subset(r, |i, _| d.cross_file.contains(&i));
    html! {
        <>
            <FileTable data={props.data.clone()} files={props.files.clone()} report={props.report.clone()} />
            { for d.sets.iter().enumerate().map(|(set_index, set)| {
                let opened = open_depth(&set.groups);
                html! {
                    <section class="directory-set" data-date={set.date.clone().unwrap_or_default()}
                        data-instance={set.instance.map(|n| n.to_string()).unwrap_or_default()}>
                        <h2>{ format!("Run {} _{}", set.date.as_deref().unwrap_or("?"),
                            set.instance.map_or("?".to_string(), |n| n.to_string())) }
                            if let Some(t) = &set.run_time {
                                <small class="muted">{ format!(" job runs {t}") }</small>
                            }
                        </h2>
                        <SummaryView summary={set.summary.clone()} />
                        <div class="group-tree" aria-label="Group tree">
                            <h3>{ "Group tree" }</h3>
                            if set.groups.is_empty() {
                                <p class="muted">{ "No groups in this run." }</p>
                            }
                            { for (0..set.groups.len()).map(|i| html! {
                                <TreeNode key={i} forest={props.data.clone()} set={set_index} path={vec![i]}
                                    open_depth={opened} />
                            }) }
                            if set.groups_omitted > 0 {
                                <p class="muted tree-omitted">{ format!("… and {} more top-level groups, past the {} groups drawn.", set.groups_omitted, crate::directory::tree::MAX_NODES) }</p>
                            }
                        </div>
                    </section>
                }
            }) }
            <section class="cross-file" aria-label="Cross-file findings">
                <h2>{ "Across the files" }</h2>
                <FindingsList report={cross} />
            </section>
            { for d.files.iter().map(|f| {
                let name = f.name.clone();
                let mine = subset(r, |i, x| !d.cross_file.contains(&i) && x.location.file.as_deref() == Some(name.as_str()));
                html! {
                    <section class="file-findings" data-file={f.name.clone()}>
                        <h2>{ f.name.clone() }</h2>
                        <FindingsList report={mine} />
                    </section>
                }
            }) }
            if !d.field_tables.is_empty() {
                <section class="field-tables">
                    <h2>{ "Rows with the wrong number of fields" }</h2>
                    { for d.field_tables.iter().map(|t| html! {
                        <div class="table-wrap" tabindex="0">
                            <table class="data">
                                <caption>{ format!("{}, row {}", t.file, t.row) }</caption>
                                <tbody>
                                    { for t.fields.iter().enumerate().map(|(i, (col, val))| html! {
                                        <tr><th scope="row">{ format!("{} {col}", i + 1) }</th><td class="mono">{ val.clone() }</td></tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    }) }
                </section>
            }
            <SharedReportActions report={props.report.clone()} stem="directory" sarif={crate::app::components::sarif_with!(crate::directory::RULES, crate::cron::RULES)} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FileTableProps {
    data: Shared<Data>,
    files: Shared<LoadedFiles>,
    report: SharedReport,
}

#[function_component(FileTable)]
fn file_table(props: &FileTableProps) -> Html {
    let worst = |name: &str| {
        props
            .report
            .0
            .findings
            .iter()
            .filter(|f| f.location.file.as_deref() == Some(name))
            .map(|f| f.severity)
            .min()
    };
    html! {
        <div class="table-wrap" tabindex="0">
            <table class="data directory-files">
                <thead><tr>
                    <th>{ "File" }</th><th>{ "Kind" }</th><th>{ "Date" }</th><th>{ "Run" }</th>
                    <th>{ "Encoding" }</th><th>{ "Separator" }</th><th>{ "Rows" }</th><th>{ "ISO-8859-1" }</th>
                </tr></thead>
                <tbody>
                    { for props.data.files.iter().map(|f| {
                        let status = match worst(&f.name) {
                            Some(Severity::Error) => "error",
                            Some(Severity::Warning) => "warning",
                            _ => "ok",
                        };
                        let bytes = props.files.iter().find(|(n, _)| *n == f.name).map(|(_, b)| b.clone());
                        let download = bytes.filter(|_| f.convertible).map(|b| {
                            let name = directory::names::base_name(&f.name).to_string();
                            Callback::from(move |_| {
                                if let Some(latin1) = directory::convert(&b) {
                                    browser::download(&name, "text/csv;charset=iso-8859-1", &latin1);
                                }
                            })
                        });
                        html! {
                            <tr class={classes!("file-row", status)} data-file={f.name.clone()}>
                                <td class="mono">{ f.name.clone() }</td>
                                <td>{ f.kind.map_or("unknown", |k| k.prefix()) }</td>
                                <td class="nowrap">{ f.date.clone().unwrap_or_else(|| "—".into()) }</td>
                                <td>{ f.instance.map_or("—".to_string(), |n| n.to_string()) }</td>
                                <td class="encoding">{ f.encoding.clone() }</td>
                                <td>{ match f.delimiter.as_deref() { Some("\t") => "tab", Some(",") => "comma", _ => "—" } }</td>
                                <td>{ f.rows }</td>
                                <td>
                                    if let Some(onclick) = download {
                                        <button type="button" class="button convert" {onclick}>{ "Download converted" }</button>
                                    } else if f.job_reads_as_is {
                                        <span class="muted">{ "as is" }</span>
                                    } else {
                                        <span class="muted">{ "—" }</span>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    summary: RunSummary,
}

#[function_component(SummaryView)]
fn summary_view(props: &SummaryProps) -> Html {
    let s = &props.summary;
    let items = [
        (
            "users",
            "Users created or updated",
            s.users_created_or_updated,
        ),
        ("inactivated", "Users inactivated", s.users_inactivated),
        (
            "groups",
            "Groups created or updated",
            s.groups_created_or_updated,
        ),
        ("deleted", "Groups deleted", s.groups_deleted),
        ("moved", "Groups placed under a parent", s.groups_moved),
        ("memberships", "Group memberships", s.memberships),
        ("home", "Home-group assignments", s.home_group_assignments),
    ];
    html! {
        <dl class="run-summary">
            { for items.iter().map(|(key, label, n)| html! {
                <div data-key={*key}><dt>{ *label }</dt><dd>{ *n }</dd></div>
            }) }
        </dl>
    }
}

/// Whether a cycle, a deletion or a group without a g record sits in the
/// subtree: such nodes are shown open so the mark is visible.
fn notable(g: &GroupNode) -> bool {
    g.cycle || g.deleted || !g.defined || g.children.iter().any(notable)
}

#[derive(Properties, PartialEq)]
struct NodeProps {
    forest: Shared<Data>,
    /// Index into `sets`.
    set: usize,
    /// Child indexes from a top-level group down to this one.
    path: Vec<usize>,
    /// Groups less deep than this start open.
    open_depth: usize,
}

/// Groups in a forest (at most the core's node budget).
fn count(groups: &[GroupNode]) -> usize {
    groups.iter().map(|g| 1 + count(&g.children)).sum()
}

/// How many levels start open: two for a tree that fits on a screen or
/// three, only the top level for a directory-sized one (its other levels
/// are drawn as they are opened).
fn open_depth(groups: &[GroupNode]) -> usize {
    if count(groups) <= 500 {
        2
    } else {
        1
    }
}

fn node_at<'d>(data: &'d Data, set: usize, path: &[usize]) -> Option<&'d GroupNode> {
    let (first, rest) = path.split_first()?;
    let mut node = data.sets.get(set)?.groups.get(*first)?;
    for i in rest {
        node = node.children.get(*i)?;
    }
    Some(node)
}

/// One group of the tree. A closed group draws only its own line: its
/// users and subgroups are drawn when it is opened, so a directory of
/// thousands of groups costs the page only the part that is looked at.
#[function_component(TreeNode)]
fn tree_node(props: &NodeProps) -> Html {
    let node = node_at(&props.forest, props.set, &props.path);
    let depth = props.path.len().saturating_sub(1);
    let open = use_state(|| {
        node.is_some_and(|g| depth < props.open_depth || g.children.iter().any(notable))
    });
    let Some(g) = node else {
        return html! {};
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    let more = g.members.saturating_sub(g.users.len());
    html! {
        <details class="group-node" open={*open} {ontoggle} data-group={g.id.clone()}>
            <summary>
                <span class="group-id mono">{ g.id.clone() }</span>
                { " " }<span class="group-name">{ g.name.clone() }</span>
                { " " }<span class="member-count">{ format!("{} member{}, {} in total", g.members,
                    if g.members == 1 { "" } else { "s" }, g.total_members) }</span>
                if g.group_type == 4 { <span class="tag">{ "presence" }</span> }
                if !g.defined { <span class="tag warning">{ "no g record" }</span> }
                if g.deleted { <span class="tag error">{ "deleted" }</span> }
                if g.cycle { <span class="tag error">{ "cycle" }</span> }
                if g.truncated { <span class="tag">{ "shortened" }</span> }
            </summary>
            if *open {
                if !g.users.is_empty() {
                    <p class="group-users mono">
                        { g.users.join(", ") }
                        if more > 0 { { format!(" … and {more} more") } }
                    </p>
                }
                { for (0..g.children.len()).map(|i| {
                    let mut path = props.path.clone();
                    path.push(i);
                    html! { <TreeNode key={i} forest={props.forest.clone()} set={props.set} {path} open_depth={props.open_depth} /> }
                }) }
            }
        </details>
    }
}
