//! A finished EntityDescriptor: its identity, validity and roles, and its
//! `data.entities[]` item.

use super::values::{is_absolute_uri, rfc3339};
use super::*;
use crate::saml::data::{Flag, Index, Service};
use crate::saml::model::{Entity, Role, RoleKind};
use crate::saml::webex;
use crate::saml::xml::shorten;

impl Checker<'_> {
    /// Check a finished EntityDescriptor and add it to `data.entities[]`.
    pub fn entity(&mut self, e: Entity) {
        if self.root.is_none() {
            self.root = Some("EntityDescriptor");
        }
        match e.entity_id.as_deref() {
            None => {
                let loc = self.locate(&e.at);
                self.add(
                    &ENTITY_ID_MISSING,
                    "EntityDescriptor has no entityID attribute",
                    loc,
                );
            }
            Some(id) if id.trim().is_empty() => {
                let loc = self.locate(&e.at);
                self.add(
                    &ENTITY_ID_MISSING,
                    "EntityDescriptor entityID is empty",
                    loc,
                );
            }
            Some(id) => {
                let chars = id.chars().count();
                if chars > 1024 {
                    let loc = self.locate(&e.at);
                    self.add(
                        &ENTITY_ID_TOO_LONG,
                        format!(
                            "entityID `{}` is {chars} characters long (at most 1024)",
                            shorten(id)
                        ),
                        loc,
                    );
                }
                if !is_absolute_uri(id) {
                    let loc = self.locate(&e.at);
                    self.add(
                        &ENTITY_ID_NOT_ABSOLUTE,
                        format!("entityID `{}` is not an absolute URI", shorten(id)),
                        loc,
                    );
                }
                if let Some(first) = self.seen.get(id) {
                    let msg = format!(
                        "entityID `{}` is also used by the entity at {first}",
                        shorten(id)
                    );
                    let loc = self.locate(&e.at);
                    self.add(&DUPLICATE_ENTITY_ID, msg, loc);
                } else {
                    self.seen.insert(id.to_string(), e.at.path.clone());
                }
            }
        }
        let own_valid = self.check_valid_until(e.valid_until.as_deref(), "EntityDescriptor", &e.at);
        let cache =
            self.check_cache_duration(e.cache_duration.as_deref(), "EntityDescriptor", &e.at);
        let has_sso_role = e
            .roles
            .iter()
            .any(|r| matches!(r.kind, RoleKind::Idp | RoleKind::Sp));
        if !has_sso_role {
            let found: Vec<&str> = e.roles.iter().map(|r| r.element.as_str()).collect();
            let found = if found.is_empty() {
                "no role descriptor".to_string()
            } else {
                found.join(", ")
            };
            let loc = self.locate(&e.at);
            self.add(
                &NO_SSO_ROLE,
                format!("entity has no IDPSSODescriptor or SPSSODescriptor (found {found})"),
                loc,
            );
        }
        let mut certificates = Vec::new();
        for role in &e.roles {
            self.check_role(role, &mut certificates);
        }

        let mut roles: Vec<String> = Vec::new();
        for r in &e.roles {
            if r.kind != RoleKind::Other && !roles.iter().any(|k| k == r.kind.as_str()) {
                roles.push(r.kind.as_str().to_string());
            }
        }
        let endpoints = |kind: RoleKind, acs: bool| -> Vec<Service> {
            e.roles
                .iter()
                .filter(|r| r.kind == kind)
                .flat_map(|r| if acs { r.acs.iter() } else { r.sso.iter() })
                .map(|ep| Service {
                    binding: ep.binding.clone(),
                    location: ep.location.clone(),
                    index: ep.index.as_deref().filter(|_| acs).map(|i| {
                        i.trim()
                            .parse::<u64>()
                            .map(Index::Number)
                            .unwrap_or_else(|_| Index::Text(i.to_string()))
                    }),
                    is_default: ep.is_default.as_deref().filter(|_| acs).map(|d| {
                        webex::parse_bool(d)
                            .map(Flag::Bool)
                            .unwrap_or_else(|| Flag::Text(d.to_string()))
                    }),
                })
                .collect()
        };
        let sso = endpoints(RoleKind::Idp, false);
        let acs = endpoints(RoleKind::Sp, true);
        let nameids: Vec<String> = e
            .roles
            .iter()
            .filter(|r| matches!(r.kind, RoleKind::Idp | RoleKind::Sp))
            .flat_map(|r| r.nameid_formats.iter().map(|t| t.value.clone()))
            .collect();
        let valid_until = match (own_valid, e.inherited_valid_until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let flag = |kind: RoleKind, f: fn(&Role) -> Option<&str>| {
            e.roles
                .iter()
                .filter(|r| r.kind == kind)
                .find_map(f)
                .and_then(webex::parse_bool)
        };
        let want = flag(RoleKind::Idp, |r| r.want_authn_requests_signed.as_deref());
        let signs = flag(RoleKind::Sp, |r| r.authn_requests_signed.as_deref());
        let webex_import = webex::import_summary(e.entity_id.as_deref(), &e.roles, &certificates);
        let data = EntityData {
            entity_id: e.entity_id,
            path: e.at.path,
            roles,
            sso_services: sso,
            acs_services: acs,
            nameid_formats: nameids,
            valid_until: valid_until.map(rfc3339),
            cache_duration_seconds: cache,
            want_authn_requests_signed: want,
            authn_requests_signed: signs,
            certificates,
            webex_import,
        };
        self.entity_count += 1;
        self.idp_count += usize::from(data.is_idp());
        self.sp_count += usize::from(data.is_sp());
        match &mut self.entities {
            Entities::Streamed(sink) => sink(&data),
            Entities::Kept(list) => list.push(data),
        }
    }
}
