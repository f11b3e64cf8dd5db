//! Chains: for every certificate that is not self-signed, find its issuer
//! among the certificates given, verify the link's signature, and report the
//! order (leaf first, each certificate followed by its issuer).
//!
//! RFC 5280 section 6.1 (name chaining and signatures); the order is the one
//! TLS and most IdP key stores expect (RFC 8446 section 4.4.2).

use std::collections::HashMap;

use super::catalog::{CHAIN_MISMATCH, CHAIN_ORDER, CHAIN_SIGNATURE};
use super::check::Entry;
use super::data::{Chain, ChainLink};
use super::util::shorten;
use super::verify::{verify_der, Verdict};
use crate::report::Finding;

/// At most this many distinct same-named candidates are tried per link, so
/// a hostile input with thousands of look-alike issuers cannot make the
/// check quadratic.
const MAX_CANDIDATES: usize = 8;

/// Link every certificate to its issuer, fill `issuer_index` and
/// `signature_check`, and return the findings and `data.chain`.
pub fn analyse(entries: &mut [Entry]) -> (Vec<Finding>, Chain) {
    let mut findings = Vec::new();
    if entries.iter().all(|e| e.info.self_signed) {
        // Nothing to link (a bundle of roots, one self-signed IdP certificate).
        return (findings, Chain::empty());
    }
    // Per subject name, the first occurrence of each distinct certificate
    // in each file (a bundle that repeats one intermediate 10,000 times
    // keeps one entry), capped so look-alike names stay cheap.
    let mut by_subject: HashMap<&[u8], Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        let seen = by_subject.entry(e.subject_raw).or_default();
        let duplicate = seen.iter().any(|&k| {
            entries[k].file_index == e.file_index
                && entries[k].info.sha256_fingerprint == e.info.sha256_fingerprint
        });
        if !duplicate && seen.len() < 4 * MAX_CANDIDATES {
            seen.push(i);
        }
    }

    let mut links: Vec<(usize, usize, Verdict)> = Vec::new();
    let mut cache: HashMap<(&str, &str), Verdict> = HashMap::new();
    for i in 0..entries.len() {
        let e = &entries[i];
        if e.info.self_signed {
            continue;
        }
        let mut tried: Vec<&str> = Vec::new();
        let mut chosen: Option<(usize, Verdict)> = None;
        let other = |j: usize| entries[j].info.sha256_fingerprint != e.info.sha256_fingerprint;
        let mut order: Vec<usize> = Vec::new();
        if entries
            .get(i + 1)
            .is_some_and(|n| n.subject_raw == e.issuer_raw && n.file_index == e.file_index)
            && other(i + 1)
        {
            order.push(i + 1);
        }
        if let Some(cands) = by_subject.get(e.issuer_raw) {
            let first = order.first().copied();
            order.extend(
                cands
                    .iter()
                    .copied()
                    .filter(|&j| Some(j) != first && other(j)),
            );
        }
        {
            // Prefer the next certificate in the same file, then the others in order.
            order.sort_by_key(|&j| (entries[j].file_index != e.file_index, j != i + 1, j));
            for j in order {
                let fp = entries[j].info.sha256_fingerprint.as_str();
                if tried.contains(&fp) {
                    continue;
                }
                if tried.len() >= MAX_CANDIDATES {
                    break;
                }
                tried.push(fp);
                let key = (e.info.sha256_fingerprint.as_str(), fp);
                let verdict = *cache
                    .entry(key)
                    .or_insert_with(|| verify_der(e.der, entries[j].der));
                if chosen.is_none() || verdict == Verdict::Valid {
                    chosen = Some((j, verdict));
                }
                if verdict == Verdict::Valid {
                    break;
                }
            }
        }
        match chosen {
            Some((j, verdict)) => {
                links.push((i, j, verdict));
                if verdict == Verdict::Invalid {
                    findings.push(Finding::new(
                        &CHAIN_SIGNATURE,
                        format!(
                            "certificate #{} `{}` names `{}` (#{}) as issuer, but its signature does not verify with that certificate's key",
                            i + 1,
                            shorten(&e.info.label()),
                            shorten(&entries[j].info.label()),
                            j + 1
                        ),
                        e.location.clone(),
                    ));
                }
            }
            None => {
                let next = entries
                    .get(i + 1)
                    .filter(|n| n.file_index == e.file_index && n.info.is_ca);
                if let Some(n) = next {
                    findings.push(Finding::new(
                        &CHAIN_MISMATCH,
                        format!(
                            "certificate #{} was issued by `{}`, but the next certificate #{} is `{}` and no certificate in the input has the issuer's name",
                            i + 1,
                            shorten(&e.info.issuer),
                            i + 2,
                            shorten(&n.info.subject)
                        ),
                        e.location.clone(),
                    ));
                }
            }
        }
    }
    for &(i, j, verdict) in &links {
        entries[i].info.issuer_index = Some(j);
        entries[i].info.signature_check = verdict.as_str().to_string();
    }

    // Order: within a file, each certificate should be followed by its issuer.
    let mut out_of_order_files: Vec<usize> = Vec::new();
    for &(i, j, _) in &links {
        let fi = entries[i].file_index;
        if entries[j].file_index == fi && j != i + 1 && !out_of_order_files.contains(&fi) {
            out_of_order_files.push(fi);
        }
    }
    let chains = chains(entries, &links);
    for fi in &out_of_order_files {
        let first = entries
            .iter()
            .position(|e| e.file_index == *fi)
            .unwrap_or(0);
        let found: Vec<String> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.file_index == *fi)
            .map(|(k, e)| format!("#{} {}", k + 1, shorten(&e.info.label())))
            .take(10)
            .collect();
        let expected: Vec<String> = chains
            .iter()
            .filter(|c| c.first().is_some_and(|&k| entries[k].file_index == *fi))
            .map(|c| {
                c.iter()
                    .map(|&k| format!("#{}", k + 1))
                    .collect::<Vec<_>>()
                    .join(" → ")
            })
            .take(5)
            .collect();
        findings.push(Finding::new(
            &CHAIN_ORDER,
            format!(
                "the certificates are in the order {}; expected leaf first, each followed by its issuer: {}",
                found.join(", "),
                expected.join("; ")
            ),
            entries[first].location.clone().with_span_none(),
        ));
    }

    let data = Chain {
        links: links
            .iter()
            .map(|&(i, j, v)| ChainLink {
                certificate: i,
                issuer: j,
                signature: v.as_str().to_string(),
            })
            .collect(),
        in_order: out_of_order_files.is_empty(),
        chains,
    };
    (findings, data)
}

/// Chains from each leaf (a certificate nobody in the input was issued by)
/// up through its issuers, as indices; single unlinked certificates are left out.
fn chains(entries: &[Entry], links: &[(usize, usize, Verdict)]) -> Vec<Vec<usize>> {
    let mut issuer_of: HashMap<usize, usize> = HashMap::new();
    let mut is_issuer = vec![false; entries.len()];
    for &(i, j, _) in links {
        issuer_of.insert(i, j);
        is_issuer[j] = true;
    }
    let mut out = Vec::new();
    for (start, &issues) in is_issuer.iter().enumerate() {
        if issues || !issuer_of.contains_key(&start) {
            continue;
        }
        let mut chain = vec![start];
        let mut cur = start;
        while let Some(&next) = issuer_of.get(&cur) {
            if chain.contains(&next) || chain.len() > 16 {
                break;
            }
            chain.push(next);
            cur = next;
        }
        out.push(chain);
    }
    out
}

trait NoSpan {
    fn with_span_none(self) -> Self;
}

impl NoSpan for crate::report::Location {
    /// The order is a property of the file, not of one block's bytes.
    fn with_span_none(mut self) -> Self {
        self.span = None;
        self
    }
}
