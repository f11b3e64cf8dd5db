//! The checks between files ([`super::rules`]), on the facts the tools
//! reported.

use std::collections::BTreeMap;

use super::expand::File;
use super::facts::{self, Cert, User};
use super::plan::Context;
use super::recognise::{Kind, Recognised};
use super::rules as r;
use super::Options;
use crate::report::{Finding, Location, Report};
use crate::text::shorten;

/// Every cross-file finding of the set.
pub fn check(
    files: &[File],
    recognised: &[Recognised],
    reports: &[Option<Report>],
    context: &Context,
    options: &Options,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut set = Set {
        files,
        recognised,
        reports,
        context,
        responses: Vec::new(),
    };
    // Read once: three checks below go through the responses.
    set.responses = set.read_responses();
    cert_files_in_metadata(&set, &mut out);
    if let Some(go_live) = options.go_live {
        certs_outlive(&set, go_live, &mut out);
    }
    destinations(&set, &mut out);
    let users = set.users();
    if !users.is_empty() {
        nameids_in_users(&set, &users, &mut out);
    }
    if !options.domains.is_empty() {
        domains_claimed(&set, &users, &options.domains, &mut out);
    }
    out
}

struct Set<'a> {
    files: &'a [File],
    recognised: &'a [Recognised],
    reports: &'a [Option<Report>],
    context: &'a Context,
    /// Responses proper, with their facts.
    responses: Vec<(usize, facts::Response)>,
}

impl Set<'_> {
    fn path(&self, i: usize) -> &str {
        &self.files[i].path
    }

    fn shown(&self, i: usize) -> String {
        shorten(self.path(i), 160).into_owned()
    }

    fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (usize, &Report)> + '_ {
        self.recognised
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.kind == kind)
            .filter_map(|(i, _)| self.reports[i].as_ref().map(|r| (i, r)))
    }

    /// Responses proper (not AuthnRequests or logout messages).
    fn read_responses(&self) -> Vec<(usize, facts::Response)> {
        self.of_kind(Kind::SamlResponse)
            .map(|(i, r)| (i, facts::Response::of(r)))
            .filter(|(_, r)| r.kind.as_deref() == Some("Response"))
            .collect()
    }

    /// The users of every user CSV and directory userFile, by file.
    fn users(&self) -> Vec<(usize, Vec<User>)> {
        self.recognised
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let users = match r.kind {
                    Kind::CsvUsers => facts::csv_users(&self.files[i].bytes),
                    Kind::Directory => facts::directory_users(self.path(i), &self.files[i].bytes),
                    _ => return None,
                };
                (!users.is_empty()).then_some((i, users))
            })
            .collect()
    }

    fn idp_signing_certs(&self) -> Vec<(usize, &Cert)> {
        self.context
            .idp_entities()
            .flat_map(|(i, e)| {
                e.certificates
                    .iter()
                    .filter(|c| c.signs() && c.role.as_deref() != Some("sp"))
                    .map(move |c| (i, c))
            })
            .collect()
    }
}

fn at_file(path: &str) -> Location {
    Location::none().with_file(path.to_string())
}

fn cert_files_in_metadata(set: &Set, out: &mut Vec<Finding>) {
    let idp = set.idp_signing_certs();
    if idp.is_empty() {
        return;
    }
    let sp: Vec<String> = set
        .context
        .sp_entities()
        .flat_map(|(_, e)| e.certificates.iter().map(Cert::sha256))
        .collect();
    let metadata_files: Vec<String> = {
        let mut v: Vec<usize> = idp.iter().map(|(i, _)| *i).collect();
        v.dedup();
        v.iter().map(|&i| set.shown(i)).collect()
    };
    for (i, report) in set.of_kind(Kind::Cert) {
        let certs = facts::certificates(report);
        let Some(first) = certs.first() else { continue };
        let known = |c: &Cert| {
            let f = c.sha256();
            idp.iter().any(|(_, m)| m.sha256() == f) || sp.contains(&f)
        };
        if certs.iter().any(known) {
            continue;
        }
        let listed: Vec<String> = idp
            .iter()
            .map(|(_, c)| shorten(&c.subject, 120).into_owned())
            .collect();
        out.push(
            Finding::new(
                &r::CERT_FILE_NOT_IN_METADATA,
                format!(
                    "{} holds {} (SHA-256 {}), which is not a signing certificate of {}; the metadata signs with {}",
                    set.shown(i),
                    shorten(&first.subject, 160),
                    shorten(&first.sha256_fingerprint, 100),
                    metadata_files.join(", "),
                    listed.join("; ")
                ),
                at_file(set.path(i)),
            ),
        );
    }
}

fn certs_outlive(set: &Set, go_live: chrono::NaiveDate, out: &mut Vec<Finding>) {
    let Some(deadline) = go_live.and_hms_opt(0, 0, 0).map(|d| d.and_utc()) else {
        return;
    };
    // One finding per certificate, naming every file that holds it.
    let mut by_cert: BTreeMap<String, (Cert, Vec<usize>)> = BTreeMap::new();
    let mut note = |i: usize, c: &Cert| {
        let e = by_cert
            .entry(c.sha256())
            .or_insert_with(|| (c.clone(), Vec::new()));
        if !e.1.contains(&i) {
            e.1.push(i);
        }
    };
    for (i, report) in set.of_kind(Kind::Cert) {
        // The first certificate of a file is the one it is for; the rest
        // of a chain file are issuers.
        if let Some(c) = facts::certificates(report).first() {
            note(i, c);
        }
    }
    for (i, c) in set.idp_signing_certs() {
        note(i, c);
    }
    let mut expiring: Vec<(chrono::DateTime<chrono::Utc>, Cert, Vec<usize>)> = by_cert
        .into_values()
        .filter_map(|(c, files)| {
            let not_after = crate::saml::checks::parse_datetime(&c.not_after)?;
            (not_after < deadline).then_some((not_after, c, files))
        })
        .collect();
    expiring.sort_by_key(|(t, _, _)| *t);
    for (not_after, c, files) in expiring {
        let days = (deadline - not_after).num_days();
        let names: Vec<String> = files.iter().map(|&i| set.shown(i)).collect();
        out.push(Finding::new(
            &r::CERT_EXPIRES_BEFORE_GO_LIVE,
            format!(
                "the signing certificate {} (in {}) expires {}, {} before the go-live date {go_live}",
                shorten(&c.subject, 160),
                names.join(", "),
                c.not_after,
                if days >= 1 {
                    format!("{days} days")
                } else {
                    "hours".to_string()
                }
            ),
            at_file(set.path(files[0])),
        ));
    }
}

fn destinations(set: &Set, out: &mut Vec<Finding>) {
    let acs: Vec<(usize, &str)> = set
        .context
        .sp_entities()
        .flat_map(|(i, e)| e.acs_services.iter().map(move |a| (i, a.location.as_str())))
        .collect();
    let Some(&(sp_file, _)) = acs.first() else {
        return;
    };
    let listed: Vec<&str> = acs.iter().map(|(_, l)| *l).collect();
    for &(i, ref response) in &set.responses {
        let fields = [
            ("Destination", response.destination.as_deref(), "/Response/@Destination"),
            (
                "Recipient",
                response.recipient(),
                "/Response/Assertion/Subject/SubjectConfirmation/SubjectConfirmationData/@Recipient",
            ),
        ];
        for (name, value, path) in fields {
            let Some(value) = value else { continue };
            if listed.contains(&value) {
                continue;
            }
            let mut loc = at_file(set.path(i));
            loc.path = Some(path.to_string());
            out.push(Finding::new(
                &r::DESTINATION_NOT_SP_ACS,
                format!(
                    "{name} {} in {} is not an assertion consumer service of {} ({})",
                    shorten(value, 200),
                    set.shown(i),
                    set.shown(sp_file),
                    listed
                        .iter()
                        .map(|l| shorten(l, 200).into_owned())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                loc,
            ));
        }
    }
}

fn nameids_in_users(set: &Set, users: &[(usize, Vec<User>)], out: &mut Vec<Finding>) {
    let total: usize = users.iter().map(|(_, u)| u.len()).sum();
    let names: Vec<String> = users.iter().map(|(i, _)| set.shown(*i)).collect();
    for &(i, ref response) in &set.responses {
        let Some(nameid) = response.name_id().map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        let found = users.iter().any(|(_, list)| {
            list.iter()
                .any(|u| u.email.eq_ignore_ascii_case(nameid) || u.id.eq_ignore_ascii_case(nameid))
        });
        if found {
            continue;
        }
        let mut loc = at_file(set.path(i));
        loc.path = Some("/Response/Assertion/Subject/NameID".into());
        out.push(Finding::new(
            &r::NAMEID_NOT_IN_USERS,
            format!(
                "NameID {} in {} is not the email address or user id of any of the {total} users in {}",
                shorten(nameid, 200),
                set.shown(i),
                names.join(", ")
            ),
            loc,
        ));
    }
}

fn domains_claimed(
    set: &Set,
    users: &[(usize, Vec<User>)],
    domains: &[String],
    out: &mut Vec<Finding>,
) {
    let claimed = |d: &str| domains.iter().any(|c| c == d);
    for (i, list) in users {
        // domain -> (count, first row, examples)
        let mut by_domain: BTreeMap<String, (usize, u64, Vec<&str>)> = BTreeMap::new();
        for u in list {
            let Some(domain) = facts::email_domain(&u.email) else {
                continue;
            };
            let ascii = idna::domain_to_ascii(&domain).unwrap_or(domain);
            if claimed(&ascii) {
                continue;
            }
            let e = by_domain.entry(ascii).or_insert((0, u.row, Vec::new()));
            e.0 += 1;
            if e.2.len() < 3 {
                e.2.push(&u.email);
            }
        }
        for (domain, (count, row, examples)) in by_domain {
            let mut loc = at_file(set.path(*i));
            loc.row = Some(row);
            loc.column = Some(crate::report::Column::Name("email".into()));
            out.push(Finding::new(
                &r::EMAIL_DOMAIN_NOT_CLAIMED,
                format!(
                    "{count} user{} in {} ha{} an address in {}, which is not a claimed domain ({}): {}{}",
                    if count == 1 { "" } else { "s" },
                    set.shown(*i),
                    if count == 1 { "s" } else { "ve" },
                    shorten(&domain, 120),
                    domains.join(", "),
                    examples
                        .iter()
                        .map(|e| shorten(e, 120).into_owned())
                        .collect::<Vec<_>>()
                        .join(", "),
                    if count > examples.len() { ", …" } else { "" }
                ),
                loc,
            ));
        }
    }
    for &(i, ref response) in &set.responses {
        let Some(nameid) = response.name_id() else {
            continue;
        };
        let Some(domain) = facts::email_domain(nameid) else {
            continue;
        };
        if !nameid.contains('@') || claimed(&domain) {
            continue;
        }
        let mut loc = at_file(set.path(i));
        loc.path = Some("/Response/Assertion/Subject/NameID".into());
        out.push(Finding::new(
            &r::EMAIL_DOMAIN_NOT_CLAIMED,
            format!(
                "NameID {} in {} is in {}, which is not a claimed domain ({})",
                shorten(nameid, 200),
                set.shown(i),
                shorten(&domain, 120),
                domains.join(", ")
            ),
            loc,
        ));
    }
}
