//! One entity out of an aggregate: an administrator whose identity provider
//! is published in a federation file (InCommon, eduGAIN, a national
//! federation) imports that one entity into Webex ("Configure Federated Web
//! SSO": the import reads one IdP's metadata). Checking the whole aggregate
//! lists thousands of findings about other members; [`focus`] keeps the
//! findings about the chosen entity and about the document as a whole
//! (well-formedness, the aggregate's own validUntil and signature).
//!
//! `data.focus` = `{entity_id, matched, entities_in_file}`; `data.entities`
//! keeps only the matching entities. `data.counts` still describes the file.

use super::data::{Focus, MetadataData};
use super::entity_data::EntityData;
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

pub const ENTITY_NOT_FOUND: Rule = Rule {
    id: "saml/entity-not-found",
    severity: Severity::Error,
    summary: "The entity asked for is not in the metadata",
    source: "Webex Messenger admin guide, \"Configure Federated Web SSO\" (importing the IdP's SAML metadata); OASIS SAML V2.0 Metadata, section 2.3.2 (entityID)",
    help: "entityID values are compared exactly, case and trailing slash included. Copy the entityID from the identity provider's own metadata or from the list of entities this report shows without the entity filter.",
};

/// Keep what concerns the entities whose entityID is `entity_id` (compared
/// exactly, surrounding whitespace aside) and the document as a whole.
pub fn focus(mut report: Report<MetadataData>, entity_id: &str) -> Report<MetadataData> {
    let wanted = entity_id.trim();
    let entities = report.data.entities.take().unwrap_or_default();
    let total = entities.len();
    let all_paths: Vec<String> = entities.iter().map(|e| e.path.clone()).collect();
    let (chosen, others): (Vec<EntityData>, Vec<EntityData>) = entities
        .into_iter()
        .partition(|e| e.entity_id.as_deref().map(str::trim) == Some(wanted));
    let kept_paths: Vec<String> = chosen.iter().map(|e| e.path.clone()).collect();

    let inside = |path: &str, entity: &str| {
        path == entity
            || path
                .strip_prefix(entity)
                .is_some_and(|rest| rest.starts_with('/'))
    };
    let findings = std::mem::take(&mut report.findings);
    report.summary = Default::default();
    for f in findings {
        let keep = match f.location.path.as_deref() {
            None => true,
            Some(p) => {
                kept_paths.iter().any(|e| inside(p, e)) || !all_paths.iter().any(|e| inside(p, e))
            }
        };
        if keep {
            report.push(f);
        }
    }

    if chosen.is_empty() {
        let hint = closest(wanted, &others)
            .map(|id| format!("; did you mean `{id}`?"))
            .unwrap_or_default();
        report.add(
            &ENTITY_NOT_FOUND,
            format!(
                "no EntityDescriptor has entityID `{}` ({total} entities in the file){hint}",
                super::xml::shorten(wanted)
            ),
            Location::none(),
        );
    }
    report.data.focus = Some(Focus {
        entity_id: wanted.to_string(),
        matched: chosen.len(),
        entities_in_file: total,
    });
    report.data.entities = Some(chosen);
    report
}

/// The entityID most like `wanted` (case, a trailing slash, http vs https,
/// a typo), if one is close enough to be worth suggesting.
fn closest<'a>(wanted: &str, entities: &'a [EntityData]) -> Option<&'a str> {
    let fold = |s: &str| {
        s.trim()
            .trim_end_matches('/')
            .to_ascii_lowercase()
            .replacen("https://", "http://", 1)
    };
    let w = fold(wanted);
    entities
        .iter()
        .filter_map(|e| e.entity_id.as_deref())
        .map(|id| (strsim::normalized_levenshtein(&w, &fold(id)), id))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}
