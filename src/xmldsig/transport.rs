//! A verification as JSON, whole: the browser's worker for a large metadata
//! file has a second worker verify the signatures while it reads, and takes
//! the verdicts back through this (the report's `data.signatures[]` leaves
//! out what only the merge needs: which element a signature covers and its
//! parent).

use serde::{Deserialize, Serialize};

use super::scan::ElementRef;
use super::{SignatureCheck, Verification, WalkError};

#[derive(Serialize, Deserialize)]
struct Carried {
    signatures: Vec<CarriedCheck>,
    skipped: usize,
    error: Option<WalkError>,
}

#[derive(Serialize, Deserialize)]
struct CarriedCheck {
    check: SignatureCheck,
    covers_ordinal: Option<usize>,
    parent: Option<ElementRef>,
    offset: usize,
}

/// `verified` as JSON.
pub fn to_json(verified: &Result<Verification, WalkError>) -> String {
    let carried = match verified {
        Ok(v) => Carried {
            signatures: v
                .signatures
                .iter()
                .map(|c| CarriedCheck {
                    check: c.clone(),
                    covers_ordinal: c.covers_ordinal,
                    parent: c.parent.clone(),
                    offset: c.offset,
                })
                .collect(),
            skipped: v.skipped,
            error: None,
        },
        Err(e) => Carried {
            signatures: Vec::new(),
            skipped: 0,
            error: Some(e.clone()),
        },
    };
    serde_json::to_string(&carried).unwrap_or_default()
}

/// The verification [`to_json`] wrote; an error for anything else.
pub fn from_json(json: &str) -> Result<Result<Verification, WalkError>, String> {
    let carried: Carried =
        serde_json::from_str(json).map_err(|e| format!("not a verification: {e}"))?;
    if let Some(e) = carried.error {
        return Ok(Err(e));
    }
    let signatures = carried
        .signatures
        .into_iter()
        .map(|c| SignatureCheck {
            covers_ordinal: c.covers_ordinal,
            parent: c.parent,
            offset: c.offset,
            ..c.check
        })
        .collect();
    Ok(Ok(Verification {
        signatures,
        skipped: carried.skipped,
    }))
}
