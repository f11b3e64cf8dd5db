//! An AuthnRequest (the SP-initiated half, "Federated Web SSO Settings":
//! SSO Profile, AuthnRequest Signed Destination, NamedID Format,
//! AuthnContextClassRef): decoded and described so it can be compared with
//! the response and the IdP configuration.

use super::check::Ctx;
use super::data::{AuthnRequestData, NameIdPolicy, RequestedAuthnContext};
use super::rules as r;
use super::xml::{Element, NS_ASSERTION, NS_PROTOCOL};
use super::{names, short};

pub(super) fn check_authn_request(ctx: &mut Ctx, req: &Element) {
    let issuer = req
        .child(NS_ASSERTION, "Issuer")
        .map(|i| i.text().trim().to_string());
    ctx.report.data.issuer = Some(issuer);
    let policy = req.child(NS_PROTOCOL, "NameIDPolicy");
    let requested = req.child(NS_PROTOCOL, "RequestedAuthnContext");
    let class_refs: Vec<String> = requested
        .map(|rc| {
            rc.children_named(NS_ASSERTION, "AuthnContextClassRef")
                .map(|c| c.text().trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    let attr = |e: &Element, name: &str| e.attr(name).map(str::to_string);
    ctx.report.data.authn_request = Some(AuthnRequestData {
        id: attr(req, "ID"),
        destination: attr(req, "Destination"),
        issue_instant: attr(req, "IssueInstant"),
        assertion_consumer_service_url: attr(req, "AssertionConsumerServiceURL"),
        protocol_binding: attr(req, "ProtocolBinding"),
        force_authn: attr(req, "ForceAuthn"),
        is_passive: attr(req, "IsPassive"),
        name_id_policy: policy.map(|p| NameIdPolicy {
            format: attr(p, "Format"),
            allow_create: attr(p, "AllowCreate"),
        }),
        requested_authn_context: requested.map(|rc| RequestedAuthnContext {
            comparison: attr(rc, "Comparison"),
            class_refs,
        }),
    });
    if let Some((p, f)) = policy.and_then(|p| p.attr("Format").map(|f| (p, f))) {
        if names::nameid_format_label(f).is_none() {
            let hint = names::nameid_format_suggestion(f)
                .map(|s| format!("; did you mean {s}?"))
                .unwrap_or_default();
            let msg = format!(
                "the request asks for NameID Format {}, which Webex does not support{hint}",
                short(f)
            );
            ctx.add(&r::NAMEID_FORMAT_UNSUPPORTED, msg, p);
        }
    }
}
