//! Which tool runs on which file, with which options, in which batch.

use super::expand::File;
use super::facts;
use super::recognise::{Kind, LogKind, Recognised};
use super::{Job, Options};
use crate::report::Report;

/// Where a batch's report goes: one file, or the directory files of a set
/// (its findings split by the file they name).
#[derive(Debug, Clone)]
pub enum Target {
    File(usize),
    Directory(Vec<usize>),
}

pub struct Plan<'a> {
    files: &'a [File],
    kinds: Vec<Kind>,
    logs: Vec<Option<LogKind>>,
    options: &'a Options,
}

/// What batch 1 found that batch 2 needs.
pub struct Context {
    /// `(file index, metadata facts)` of every metadata file.
    pub metadata: Vec<(usize, facts::Metadata)>,
    /// The SP entityID the responses are checked against.
    pub sp_entity_id: String,
    /// Where it came from (a file path, `--sp-entity-id`, or the default).
    pub sp_entity_id_from: String,
}

impl Context {
    pub fn from_reports(
        files: &[File],
        recognised: &[Recognised],
        reports: &[Option<Report>],
        options: &Options,
    ) -> Self {
        let metadata: Vec<(usize, facts::Metadata)> = recognised
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind == Kind::SamlMetadata)
            .filter_map(|(i, _)| reports[i].as_ref().map(|r| (i, facts::Metadata::of(r))))
            .collect();
        let sp = metadata.iter().find_map(|(i, m)| {
            m.entities
                .iter()
                .find(|e| e.is_sp() && !e.is_idp())
                .and_then(|e| e.entity_id.clone())
                .map(|id| (id, files[*i].path.clone()))
        });
        let (sp_entity_id, sp_entity_id_from) = match (sp, &options.sp_entity_id) {
            (Some((id, path)), _) => (id, path),
            (None, Some(id)) => (id.clone(), "--sp-entity-id".to_string()),
            (None, None) => (
                crate::saml::response::DEFAULT_SP_ENTITY_ID.to_string(),
                "the default WebEx SAML Issuer (SP ID)".to_string(),
            ),
        };
        Self {
            metadata,
            sp_entity_id,
            sp_entity_id_from,
        }
    }

    /// IdP metadata files: `(file index, entity)` of each IdP entity.
    pub fn idp_entities(&self) -> impl Iterator<Item = (usize, &facts::Entity)> {
        self.metadata
            .iter()
            .flat_map(|(i, m)| m.entities.iter().map(move |e| (*i, e)))
            .filter(|(_, e)| e.is_idp())
    }

    /// SP entities (the Webex SP metadata export).
    pub fn sp_entities(&self) -> impl Iterator<Item = (usize, &facts::Entity)> {
        self.metadata
            .iter()
            .flat_map(|(i, m)| m.entities.iter().map(move |e| (*i, e)))
            .filter(|(_, e)| e.is_sp() && !e.is_idp())
    }
}

impl<'a> Plan<'a> {
    pub fn new(files: &'a [File], recognised: &[Recognised], options: &'a Options) -> Self {
        Self {
            files,
            kinds: recognised.iter().map(|r| r.kind).collect(),
            logs: recognised
                .iter()
                .map(|r| match (r.kind, r.log) {
                    // A log the user declared BroadWorks without saying which:
                    // the XSP analyser reads the widest range of lines.
                    (Kind::Broadworks, None) => Some(LogKind::Xsp),
                    (_, log) => log,
                })
                .collect(),
            options,
        }
    }

    fn of_kind(&self, kind: Kind) -> impl Iterator<Item = usize> + '_ {
        self.kinds
            .iter()
            .enumerate()
            .filter(move |(_, k)| **k == kind)
            .map(|(i, _)| i)
    }

    /// The schedule for the directory files of `folder`: the expression of
    /// the CRON file in the same folder, else of the first CRON file.
    fn schedule(&self, folder: &str) -> Option<(usize, String)> {
        let crons: Vec<usize> = self.of_kind(Kind::Cron).collect();
        let pick = crons
            .iter()
            .find(|&&i| folder_of(&self.files[i].path) == folder)
            .or(crons.first())
            .copied()?;
        let text = String::from_utf8_lossy(&self.files[pick].bytes);
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .unwrap_or("")
            .trim_start_matches('\u{feff}')
            .to_string();
        Some((pick, line))
    }

    /// Metadata, CRON, user CSV, directory sets and BroadWorks logs.
    pub fn first_batch(&self, inputs: &mut [Vec<String>]) -> (Vec<Job<'a>>, Vec<Target>) {
        let mut jobs: Vec<Job<'a>> = Vec::new();
        let mut at = Vec::new();
        let o = self.options;
        for (i, kind) in self.kinds.iter().enumerate() {
            let bytes: &'a [u8] = &self.files[i].bytes;
            let job: Job<'a> = match kind {
                Kind::SamlMetadata => Box::new(move || {
                    crate::saml::check_metadata_trusting(
                        bytes,
                        &crate::saml::checks::MetadataOptions::at(o.now),
                        &o.trust,
                        |_, _| {},
                    )
                }),
                Kind::Cron => Box::new(move || {
                    crate::cron::check(
                        &String::from_utf8_lossy(bytes),
                        o.now,
                        crate::cron::DEFAULT_COUNT,
                        None,
                    )
                    .into_json()
                }),
                Kind::CsvUsers => Box::new(move || {
                    crate::run::run(
                        crate::csv::TOOL,
                        bytes,
                        &serde_json::json!({ "sso": o.sso }),
                    )
                    .unwrap_or_else(|e| Report::new(crate::csv::TOOL, e.as_bytes()))
                }),
                Kind::Firewall => Box::new(move || {
                    let f = crate::net::firewall::FirewallOptions {
                        p2p: o.p2p.clone(),
                        ..Default::default()
                    };
                    crate::net::firewall_verify::verify(bytes, &f)
                }),
                Kind::Broadworks => {
                    let log = self.logs[i].unwrap_or(LogKind::Xsp);
                    Box::new(move || match log {
                        LogKind::Pslog => crate::broadworks::pslog::analyse(bytes).into_json(),
                        LogKind::ClientLog => {
                            crate::broadworks::client_log::analyse(bytes).into_json()
                        }
                        LogKind::Xsp => {
                            crate::broadworks::xsp::analyse(bytes, &Default::default()).into_json()
                        }
                    })
                }
                _ => continue,
            };
            jobs.push(job);
            at.push(Target::File(i));
        }
        // The directory files of one folder are one run's set: a repository
        // holding several kits (or several days) has one set per folder.
        let mut folders: Vec<(&str, Vec<usize>)> = Vec::new();
        for i in self.of_kind(Kind::Directory) {
            let folder = folder_of(&self.files[i].path);
            match folders.iter_mut().find(|(f, _)| *f == folder) {
                Some((_, v)) => v.push(i),
                None => folders.push((folder, vec![i])),
            }
        }
        for (folder, directory) in folders {
            let schedule = self.schedule(folder);
            if let Some((s, _)) = &schedule {
                for &d in &directory {
                    inputs[d].push(self.files[*s].path.clone());
                }
            }
            let files = self.files;
            let idx = directory.clone();
            jobs.push(Box::new(move || {
                let schedule = schedule.map(|(_, line)| line);
                // A schedule the directory tool cannot use is the CRON
                // file's finding; a bad date was refused with the options.
                // Neither drops the run's SSO setting.
                let opts =
                    crate::directory::Options::new(o.sso, o.date.as_deref(), schedule.as_deref())
                        .or_else(|_| crate::directory::Options::new(o.sso, o.date.as_deref(), None))
                        .or_else(|_| crate::directory::Options::new(o.sso, None, None))
                        .unwrap_or_default();
                let set: Vec<crate::directory::Input> = idx
                    .iter()
                    .map(|&i| crate::directory::Input {
                        name: &files[i].path,
                        bytes: &files[i].bytes,
                    })
                    .collect();
                crate::directory::check(&set, &opts).into_json()
            }));
            at.push(Target::Directory(directory));
        }
        (jobs, at)
    }

    /// SAML messages (with the IdP metadata and SP entityID) and
    /// certificate files (as SP certificates when the SP metadata lists them).
    pub fn second_batch(
        &self,
        context: &Context,
        inputs: &mut [Vec<String>],
    ) -> (Vec<Job<'a>>, Vec<Target>) {
        let mut jobs: Vec<Job<'a>> = Vec::new();
        let mut at = Vec::new();
        let o = self.options;
        let sp_certs: Vec<String> = context
            .sp_entities()
            .flat_map(|(_, e)| e.certificates.iter().map(facts::Cert::sha256))
            .collect();
        let idp_files: Vec<usize> = {
            let mut v: Vec<usize> = context.idp_entities().map(|(i, _)| i).collect();
            v.dedup();
            v
        };
        for (i, kind) in self.kinds.iter().enumerate() {
            let bytes: &'a [u8] = &self.files[i].bytes;
            match kind {
                Kind::SamlResponse => {
                    let idp = self.idp_metadata_for(i, &idp_files, context);
                    if let Some(m) = idp {
                        inputs[i].push(self.files[m].path.clone());
                    }
                    if context.sp_entities().next().is_some() {
                        inputs[i].push(context.sp_entity_id_from.clone());
                    }
                    let metadata =
                        idp.map(|m| String::from_utf8_lossy(&self.files[m].bytes).into_owned());
                    let sp = context.sp_entity_id.clone();
                    jobs.push(Box::new(move || {
                        let r = crate::saml::response::ResponseOptions {
                            sp_entity_id: sp,
                            idp_metadata: metadata,
                            trust: o.trust.clone(),
                            ..Default::default()
                        };
                        crate::saml::response::check_bytes(bytes, &r, o.now)
                    }));
                    at.push(Target::File(i));
                }
                Kind::Cert => {
                    let report_sp = {
                        let probe =
                            crate::x509::check(bytes, None, &crate::x509::LintContext::new(o.now));
                        facts::certificates(&probe)
                            .first()
                            .is_some_and(|c| sp_certs.contains(&c.sha256()))
                    };
                    if report_sp {
                        if let Some((m, _)) = context.sp_entities().next() {
                            inputs[i].push(self.files[m].path.clone());
                        }
                    }
                    jobs.push(Box::new(move || {
                        let mut ctx = crate::x509::LintContext::new(o.now);
                        ctx.sp = report_sp;
                        crate::x509::check(bytes, None, &ctx)
                    }));
                    at.push(Target::File(i));
                }
                _ => {}
            }
        }
        (jobs, at)
    }

    /// The IdP metadata to check a message against: the one whose entityID
    /// is the message's Issuer, else the only (or first) IdP metadata, so
    /// that a mismatch is reported by the response tool.
    fn idp_metadata_for(
        &self,
        index: usize,
        idp_files: &[usize],
        context: &Context,
    ) -> Option<usize> {
        let message: &[u8] = &self.files[index].bytes;
        if idp_files.len() <= 1 {
            return idp_files.first().copied();
        }
        // The IdP metadata next to the message, when its folder holds one.
        let here = folder_of(&self.files[index].path);
        let mut near = idp_files
            .iter()
            .filter(|&&m| folder_of(&self.files[m].path) == here);
        if let (Some(&m), None) = (near.next(), near.next()) {
            return Some(m);
        }
        let probe = crate::saml::response::check_bytes(
            message,
            &crate::saml::response::ResponseOptions::default(),
            self.options.now,
        );
        let issuer = facts::Response::of(&probe).issuer;
        context
            .idp_entities()
            .find(|(_, e)| e.entity_id.is_some() && e.entity_id == issuer)
            .map(|(i, _)| i)
            .or(idp_files.first().copied())
    }

    /// Put a batch's report where it belongs.
    pub fn store(&self, at: Target, report: Report, reports: &mut [Option<Report>]) {
        match at {
            Target::File(i) => reports[i] = Some(report),
            Target::Directory(idx) => {
                for (n, r) in split_by_file(report, &idx, self.files)
                    .into_iter()
                    .enumerate()
                {
                    reports[idx[n]] = Some(r);
                }
            }
        }
    }
}

/// The folder part of a path (`""` for a bare name).
fn folder_of(path: &str) -> &str {
    path.rfind(['/', '\\']).map_or("", |i| &path[..i])
}

/// The directory report of a set as one report per file: each file gets
/// the findings that name it, the first file also those about the whole
/// set and the set's data; every report keeps the set's hash.
fn split_by_file(report: Report, idx: &[usize], files: &[File]) -> Vec<Report> {
    let mut out: Vec<Report> = idx
        .iter()
        .map(|&i| {
            let mut r = Report::new(&report.tool, &files[i].bytes);
            r.data = serde_json::json!({});
            r
        })
        .collect();
    for f in report.findings {
        let n = f
            .location
            .file
            .as_deref()
            .and_then(|name| idx.iter().position(|&i| files[i].path == name))
            .unwrap_or(0);
        out[n].push(f);
    }
    if let Some(first) = out.first_mut() {
        first.data = report.data;
    }
    out
}
