//! An AuthnRequest (the SP-initiated half, "Federated Web SSO Settings":
//! SSO Profile, AuthnRequest Signed Destination, NamedID Format,
//! AuthnContextClassRef): decoded and described so it can be compared with
//! the response and the IdP configuration.

use serde_json::json;

use super::check::Ctx;
use super::rules as r;
use super::xml::{Element, NS_ASSERTION, NS_PROTOCOL};
use super::{names, short};

pub(super) fn check_authn_request(ctx: &mut Ctx, req: &Element) {
    let issuer = req
        .child(NS_ASSERTION, "Issuer")
        .map(|i| i.text().trim().to_string());
    ctx.report.set_data("issuer", json!(issuer));
    let policy = req.child(NS_PROTOCOL, "NameIDPolicy");
    let requested = req.child(NS_PROTOCOL, "RequestedAuthnContext");
    let class_refs: Vec<String> = requested
        .map(|rc| {
            rc.children_named(NS_ASSERTION, "AuthnContextClassRef")
                .map(|c| c.text().trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    ctx.report.set_data(
        "authn_request",
        json!({
            "id": req.attr("ID"),
            "destination": req.attr("Destination"),
            "issue_instant": req.attr("IssueInstant"),
            "assertion_consumer_service_url": req.attr("AssertionConsumerServiceURL"),
            "protocol_binding": req.attr("ProtocolBinding"),
            "force_authn": req.attr("ForceAuthn"),
            "is_passive": req.attr("IsPassive"),
            "name_id_policy": policy.map(|p| json!({
                "format": p.attr("Format"),
                "allow_create": p.attr("AllowCreate"),
            })),
            "requested_authn_context": requested.map(|rc| json!({
                "comparison": rc.attr("Comparison"),
                "class_refs": class_refs,
            })),
        }),
    );
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
