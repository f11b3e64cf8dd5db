//! The entry points: `check`/`check_files` for the certificate tool (one or
//! many inputs, chains, organisation set) and `inspect_der`/`inspect_base64`
//! for the SAML tools, which run the same rules on every embedded
//! `ds:X509Certificate` with one parse per certificate.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::json;
use sha2::{Digest, Sha256};
use x509_parser::prelude::{FromDer, X509Certificate};

use super::catalog::{BAD_SELF_SIGNATURE, UNREADABLE};
use super::details::{extract, validity, CertificateInfo};
use super::input::{decode, decode_base64, Format};
use super::lints::{lint, LintContext};
use super::util::shorten;
use super::verify::{verify, Verdict};
use crate::report::{Finding, Location, Report, Severity};

/// One parsed certificate of the input, with everything the rules need.
///
/// The parsed `X509Certificate` is dropped once the details are extracted:
/// keeping 10,000 of them alive doubled the memory of a large bundle. Chain
/// checks keep the raw names and re-read only the certificates they link.
pub struct Entry<'a> {
    pub der: &'a [u8],
    pub subject_raw: &'a [u8],
    pub issuer_raw: &'a [u8],
    pub info: CertificateInfo,
    pub location: Location,
    pub file_index: usize,
    pub not_before: DateTime<Utc>,
    pub not_after: DateTime<Utc>,
    /// Whether a per-certificate rule reported an error for it.
    pub has_errors: bool,
}

/// Parse, extract the details, run the per-certificate rules and verify a
/// self-signed certificate's own signature. `self_verdicts` caches
/// verification by fingerprint: a file that repeats a certificate verifies
/// it once.
fn inspect_parsed<'a>(
    cert: X509Certificate<'a>,
    der: &'a [u8],
    ctx: &LintContext,
    location: Location,
    self_verdicts: &mut HashMap<[u8; 32], Verdict>,
) -> (Entry<'a>, Vec<Finding>) {
    let mut info = extract(&cert, der, ctx.now);
    let (not_before, not_after) = validity(&cert);
    let mut findings = lint(&info, (not_before, not_after), ctx, &location);
    if info.self_signed {
        let fp: [u8; 32] = Sha256::digest(der).into();
        // Same bytes, same verdict: a file that repeats a certificate (a
        // bundle, a metadata aggregate) pays for one verification.
        let verdict = *self_verdicts
            .entry(fp)
            .or_insert_with(|| verify(&cert, cert.public_key()));
        info.signature_check = verdict.as_str().to_string();
        if verdict == Verdict::Invalid {
            findings.push(Finding::new(
                &BAD_SELF_SIGNATURE,
                format!(
                    "self-signed certificate `{}` does not verify with its own public key ({})",
                    shorten(&info.label()),
                    info.signature_algorithm
                ),
                location.clone(),
            ));
        }
    }
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    (
        Entry {
            der,
            subject_raw: cert.tbs_certificate.subject.as_raw(),
            issuer_raw: cert.tbs_certificate.issuer.as_raw(),
            info,
            location,
            file_index: 0,
            not_before,
            not_after,
            has_errors,
        },
        findings,
    )
}

/// A repeated certificate: the first occurrence's analysis at the repeat's
/// location. The names point into the first occurrence's bytes, which are
/// the same.
fn repeat_of<'a>(
    first: &Entry<'a>,
    first_findings: &[Finding],
    blob: &'a super::input::Blob,
) -> (Entry<'a>, Vec<Finding>) {
    let findings = first_findings
        .iter()
        .map(|f| Finding {
            location: blob.location.clone(),
            ..f.clone()
        })
        .collect();
    let entry = Entry {
        der: &blob.der,
        subject_raw: first.subject_raw,
        issuer_raw: first.issuer_raw,
        info: first.info.clone(),
        location: blob.location.clone(),
        file_index: first.file_index,
        not_before: first.not_before,
        not_after: first.not_after,
        has_errors: first.has_errors,
    };
    (entry, findings)
}

/// The inspection the SAML tools run on every embedded certificate, with a
/// memory: SAML metadata aggregates repeat the same few certificates
/// thousands of times (one per KeyDescriptor), so a certificate already seen
/// with the same context is neither parsed nor verified again; its details
/// and findings are copied, with the new location.
#[derive(Default)]
pub struct Inspector {
    seen: HashMap<([u8; 32], LintContext), (CertificateInfo, Vec<Finding>)>,
    verdicts: HashMap<[u8; 32], Verdict>,
}

impl Inspector {
    pub fn new() -> Self {
        Self::default()
    }

    /// Inspect one DER certificate: details plus every per-certificate
    /// finding (key, validity, signature algorithm, key usage,
    /// self-signature), located at `location`. An unparsable certificate is
    /// an `x509/unreadable` finding (boxed: it is the rare path).
    pub fn inspect_der(
        &mut self,
        der: &[u8],
        ctx: &LintContext,
        location: Location,
    ) -> Result<(CertificateInfo, Vec<Finding>), Box<Finding>> {
        let fp: [u8; 32] = Sha256::digest(der).into();
        if let Some((info, findings)) = self.seen.get(&(fp, ctx.clone())) {
            let findings = findings
                .iter()
                .map(|f| Finding {
                    location: location.clone(),
                    ..f.clone()
                })
                .collect();
            return Ok((info.clone(), findings));
        }
        match X509Certificate::from_der(der) {
            Ok((_, cert)) => {
                let (entry, findings) =
                    inspect_parsed(cert, der, ctx, location, &mut self.verdicts);
                self.seen
                    .insert((fp, ctx.clone()), (entry.info.clone(), findings.clone()));
                Ok((entry.info, findings))
            }
            Err(e) => Err(Box::new(Finding::new(
                &UNREADABLE,
                format!(
                    "the {} bytes are not a DER certificate (truncated or malformed): {e}",
                    der.len()
                ),
                location,
            ))),
        }
    }

    /// Inspect the base64 text of a `ds:X509Certificate` element (whitespace
    /// and line breaks allowed).
    pub fn inspect_base64(
        &mut self,
        text: &str,
        ctx: &LintContext,
        location: Location,
    ) -> Result<(CertificateInfo, Vec<Finding>), Box<Finding>> {
        match decode_base64(text.as_bytes()) {
            Ok(der) => self.inspect_der(&der, ctx, location).map(|(mut info, f)| {
                info.format = Some(Format::Base64.as_str().into());
                (info, f)
            }),
            Err(e) => Err(Box::new(Finding::new(
                &UNREADABLE,
                format!("the certificate's base64 does not decode: {e}"),
                location,
            ))),
        }
    }
}

/// [`Inspector::inspect_der`] for a single certificate.
pub fn inspect_der(
    der: &[u8],
    ctx: &LintContext,
    location: Location,
) -> Result<(CertificateInfo, Vec<Finding>), Box<Finding>> {
    Inspector::new().inspect_der(der, ctx, location)
}

/// [`Inspector::inspect_base64`] for a single certificate.
pub fn inspect_base64(
    text: &str,
    ctx: &LintContext,
    location: Location,
) -> Result<(CertificateInfo, Vec<Finding>), Box<Finding>> {
    Inspector::new().inspect_base64(text, ctx, location)
}

/// Check one input (file or paste) with the certificate tool's rules.
pub fn check(input: &[u8], file_label: Option<&str>, ctx: &LintContext) -> Report {
    check_files(&[(file_label, input)], ctx)
}

/// Check several inputs together: each certificate's rules, chains across
/// them, and the organisation set with its rollover timeline. Every
/// location names its file when a name is given.
pub fn check_files(files: &[(Option<&str>, &[u8])], ctx: &LintContext) -> Report {
    let mut report = if files.len() == 1 {
        Report::new("cert", files[0].1)
    } else {
        let mut all = Vec::new();
        for (_, bytes) in files {
            all.extend_from_slice(bytes);
        }
        Report::new("cert", &all)
    };

    let decoded: Vec<_> = files
        .iter()
        .map(|(name, bytes)| decode(bytes, *name))
        .collect();

    let mut entries: Vec<Entry> = Vec::new();
    // The per-certificate findings of each first occurrence (empty for repeats).
    let mut first_findings: Vec<Vec<Finding>> = Vec::new();
    let mut file_data = Vec::new();
    let mut private_keys = 0usize;
    let mut verdicts = HashMap::new();
    // Identical certificates are analysed once: a bundle or an export that
    // repeats the same few certificates thousands of times copies the first
    // analysis (details, findings, names) with the new position.
    let mut analysed: HashMap<[u8; 32], usize> = HashMap::new();
    for (fi, (d, (name, _))) in decoded.iter().zip(files).enumerate() {
        report.extend(d.findings.iter().cloned());
        private_keys += d.private_keys;
        let before = entries.len();
        for blob in &d.certs {
            let fp: [u8; 32] = Sha256::digest(&blob.der).into();
            if let Some(&first) = analysed.get(&fp) {
                let (entry, findings) = repeat_of(&entries[first], &first_findings[first], blob);
                let mut entry = entry;
                entry.file_index = fi;
                entry.info.format = Some(blob.format.as_str().into());
                entry.info.file = name.map(str::to_string);
                entry.info.index = Some(entries.len());
                report.extend(findings);
                first_findings.push(Vec::new());
                entries.push(entry);
                continue;
            }
            let cert = match X509Certificate::from_der(&blob.der) {
                Ok((_, cert)) => cert,
                Err(e) => {
                    report.add(
                        &UNREADABLE,
                        format!(
                            "the {} bytes of DER data are not a certificate (truncated or malformed): {e}",
                            blob.der.len()
                        ),
                        blob.location.clone(),
                    );
                    continue;
                }
            };
            let (mut entry, findings) =
                inspect_parsed(cert, &blob.der, ctx, blob.location.clone(), &mut verdicts);
            entry.file_index = fi;
            entry.info.format = Some(blob.format.as_str().into());
            entry.info.file = name.map(str::to_string);
            entry.info.index = Some(entries.len());
            analysed.insert(fp, entries.len());
            report.extend(findings.iter().cloned());
            first_findings.push(findings);
            entries.push(entry);
        }
        file_data.push(json!({
            "file": name,
            "format": d.format.map(Format::as_str),
            "certificates": entries.len() - before,
            "private_keys": d.private_keys,
        }));
    }

    if entries.is_empty() && !report.findings.iter().any(|f| f.rule == UNREADABLE.id) {
        let what = if private_keys > 0 {
            "the input holds no certificate, only a private key"
        } else {
            "the input holds no certificate"
        };
        report.add(&UNREADABLE, what, Location::none());
    }

    let (chain_findings, chain_data) = super::chain::analyse(&mut entries);
    report.extend(chain_findings);
    for e in &mut entries {
        // A certificate whose issuer link does not verify cannot be active either.
        e.has_errors |= e.info.signature_check == Verdict::Invalid.as_str();
    }
    let (rollover, set_findings) = super::rollover::rollover(&entries, ctx.now);
    report.extend(set_findings);

    let formats: Vec<&str> = decoded
        .iter()
        .filter_map(|d| d.format.map(Format::as_str))
        .collect();
    let format = match formats.first() {
        None => None,
        Some(f) if formats.iter().all(|g| g == f) => Some(*f),
        Some(_) => Some("mixed"),
    };
    let distinct = entries
        .iter()
        .map(|e| e.info.sha256_fingerprint.as_str())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let certificates: Vec<&CertificateInfo> = entries.iter().map(|e| &e.info).collect();
    report.set_data("format", json!(format));
    report.set_data("files", json!(file_data));
    report.set_data("certificates", json!(certificates));
    report.set_data("distinct_certificates", json!(distinct));
    report.set_data("private_keys", json!(private_keys));
    report.set_data("chain", chain_data);
    report.set_data("rollover", json!(rollover));
    report.set_data(
        "settings",
        json!({
            "now": super::util::rfc3339(ctx.now),
            "expiry_warning_days": ctx.expiry_warning_days,
            "sp": ctx.sp,
            "signing": ctx.signing,
        }),
    );
    report
}

/// The certificates of a report made by `check`/`check_files` (for the
/// calendar export and the app).
pub fn certificates_of(report: &Report) -> Vec<CertificateInfo> {
    serde_json::from_value(report.data["certificates"].clone()).unwrap_or_default()
}
