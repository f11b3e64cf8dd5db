//! The entry points: `check`/`check_files` for the certificate tool (one or
//! many inputs, chains, organisation set) and `inspect_der`/`inspect_base64`
//! for the SAML tools, which run the same rules on every embedded
//! `ds:X509Certificate` with one parse per certificate.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use x509_parser::prelude::{FromDer, X509Certificate};

use super::catalog::{BAD_SELF_SIGNATURE, UNREADABLE};
use super::data::{CertData, FileSummary, Settings};
use super::details::{extract, validity, CertificateInfo};
use super::input::{decode, decode_base64, Format};
use super::lints::{lint, LintContext};
use super::util::shorten;
use super::verify::{verify, Verdict};
use crate::report::{Finding, Location, Report, Severity};
use crate::tool::{JsonOptions, OptionsJson, Tool};

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

/// The certificate tool: the input is one file or paste; the options are a
/// [`LintContext`] (`now`, `sp`, `signing`, `expiry_warning_days`).
pub struct Cert;

impl Tool for Cert {
    const ID: &'static str = "cert";
    type Options = LintContext;
    type Data = CertData;

    /// The one reading of the JSON API's options: `expiry_warning_days`
    /// outside [`crate::options::EXPIRY_WARNING_DAYS`] is an error.
    fn options(json: &OptionsJson) -> Result<LintContext, String> {
        let o = JsonOptions::new(
            Self::ID,
            json,
            &["now", "sp", "signing", "expiry_warning_days"],
        )?;
        let defaults = LintContext::new(o.now()?);
        let days = match o.u64("expiry_warning_days")? {
            // Beyond i64 is out of range as surely as 36,501 is.
            Some(d) => i64::try_from(d).unwrap_or(i64::MAX),
            None => defaults.expiry_warning_days,
        };
        LintContext::checked(
            defaults.now,
            days,
            o.bool("sp")?.unwrap_or(defaults.sp),
            o.bool("signing")?.unwrap_or(defaults.signing),
        )
        .map_err(|e| format!("options.{e}"))
    }

    fn check(input: &[u8], ctx: &LintContext) -> Report<CertData> {
        check_typed(input, None, ctx)
    }
}

/// Check one input (file or paste) with the certificate tool's rules; the
/// report as JSON (for faces that carry reports as JSON).
pub fn check(input: &[u8], file_label: Option<&str>, ctx: &LintContext) -> Report {
    check_typed(input, file_label, ctx).into_json()
}

/// [`check_files_typed`], the report as JSON.
pub fn check_files(files: &[(Option<&str>, &[u8])], ctx: &LintContext) -> Report {
    check_files_typed(files, ctx).into_json()
}

/// Check one input (file or paste) with the certificate tool's rules.
pub fn check_typed(input: &[u8], file_label: Option<&str>, ctx: &LintContext) -> Report<CertData> {
    check_files_typed(&[(file_label, input)], ctx)
}

/// Check several inputs together: each certificate's rules, chains across
/// them, and the organisation set with its rollover timeline. Every
/// location names its file when a name is given.
pub fn check_files_typed(files: &[(Option<&str>, &[u8])], ctx: &LintContext) -> Report<CertData> {
    let mut report = if files.len() == 1 {
        Report::with_data("cert", files[0].1, ())
    } else {
        let mut all = Vec::new();
        for (_, bytes) in files {
            all.extend_from_slice(bytes);
        }
        Report::with_data("cert", &all, ())
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
        file_data.push(FileSummary {
            file: name.map(str::to_string),
            format: d.format.map(|f| f.as_str().to_string()),
            certificates: entries.len() - before,
            private_keys: d.private_keys,
        });
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
    let data = CertData {
        format: format.map(str::to_string),
        files: file_data,
        distinct_certificates: distinct,
        private_keys,
        chain: chain_data,
        rollover,
        settings: Settings::of(ctx),
        certificates: entries.into_iter().map(|e| e.info).collect(),
    };
    report.with_data_value(data)
}

/// The certificates of a report made by `check`/`check_files` (for the
/// calendar export and the app).
pub fn certificates_of(report: &Report) -> Vec<CertificateInfo> {
    serde_json::from_value(report.data["certificates"].clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn options(v: serde_json::Value) -> Result<LintContext, String> {
        match v {
            serde_json::Value::Object(m) => Cert::options(&m),
            _ => unreachable!(),
        }
    }

    #[test]
    fn options_are_read_once_and_out_of_range_is_an_error() {
        let ctx = options(json!({
            "now": "2026-06-01T00:00:00Z",
            "sp": true,
            "signing": false,
            "expiry_warning_days": 36_500,
        }))
        .unwrap();
        assert_eq!(ctx.expiry_warning_days, 36_500);
        assert!(ctx.sp && !ctx.signing);
        let defaults = options(json!({})).unwrap();
        assert_eq!(
            defaults,
            LintContext::new(
                DateTime::parse_from_rfc3339(crate::run::EXAMPLE_NOW)
                    .unwrap()
                    .into()
            )
        );
        for days in [json!(36_501), json!(u64::MAX)] {
            let e = options(json!({ "expiry_warning_days": days })).unwrap_err();
            assert!(
                e.starts_with("options.expiry_warning_days") && e.contains("0 to 36500"),
                "{e}"
            );
        }
        assert!(options(json!({ "expiry_warning_days": -1 })).is_err());
        assert!(options(json!({ "expiry_days": 3 })).is_err());
    }

    #[test]
    fn the_json_form_is_the_typed_data_serialised() {
        let pem = include_bytes!("../../tests/fixtures/x509/chain.pem");
        let ctx = LintContext::new(DateTime::UNIX_EPOCH);
        let typed = check_typed(pem, Some("chain.pem"), &ctx);
        assert_eq!(typed.data.chain.chains, vec![vec![0, 1, 2]]);
        assert_eq!(typed.data.settings.now, "1970-01-01T00:00:00Z");
        let json = check(pem, Some("chain.pem"), &ctx);
        assert_eq!(json, typed.clone().into_json());
        assert_eq!(json.typed::<CertData>().unwrap(), typed);
    }
}
