//! The Assertion: Issuer, Subject/NameID, SubjectConfirmationData,
//! Conditions and AuthnStatement ("Federated Web SSO Settings": NamedID
//! Format, WebEx SAML Issuer (SP ID), AuthnContextClassRef; "Enter Security
//! Settings": the NameID selection).

use chrono::{DateTime, Utc};

use super::check::Ctx;
use super::data::{Authn, Conditions, NameId, SubjectConfirmation};
use super::rules as r;
use super::xml::{Element, NS_ASSERTION};
use super::{names, short, values};

const BEARER: &str = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

/// Check one readable assertion; returns its Issuer.
pub(super) fn check_assertion(ctx: &mut Ctx, a: &Element) -> Option<String> {
    let issuer = a
        .child(NS_ASSERTION, "Issuer")
        .map(|i| i.text().trim().to_string())
        .filter(|s| !s.is_empty());
    if issuer.is_none() {
        ctx.add(&r::ISSUER_MISSING, "the Assertion has no saml:Issuer", a);
    }
    ctx.report.data.assertion_issuer = Some(issuer.clone());
    time_attr(ctx, a, "IssueInstant");
    let name_id = check_subject(ctx, a);
    check_conditions(ctx, a);
    check_authn(ctx, a);
    let attrs = super::attributes::check_attributes(ctx, a);
    super::attributes::check_nameid_matches(ctx, name_id.as_ref(), &attrs);
    issuer
}

/// Time attribute `name` of `e`, reported when it does not parse.
pub(super) fn time_attr(ctx: &mut Ctx, e: &Element, name: &str) -> Option<DateTime<Utc>> {
    let v = e.attr(name)?;
    let t = values::parse_saml_time(v);
    if t.is_none() {
        let msg = format!(
            "{name}=\"{}\" on <{}> is not an xs:dateTime",
            short(v),
            e.qname
        );
        ctx.add(&r::BAD_TIMESTAMP, msg, e);
    }
    t
}

fn check_subject(ctx: &mut Ctx, a: &Element) -> Option<(String, Element)> {
    let Some(subject) = a.child(NS_ASSERTION, "Subject") else {
        ctx.add(&r::SUBJECT_MISSING, "the Assertion has no saml:Subject", a);
        ctx.report.data.name_id = Some(None);
        ctx.report.data.subject_confirmation = Some(None);
        return None;
    };
    let name_id = check_name_id(ctx, subject);
    check_confirmation(ctx, subject);
    name_id
}

fn check_name_id(ctx: &mut Ctx, subject: &Element) -> Option<(String, Element)> {
    let Some(n) = subject.child(NS_ASSERTION, "NameID") else {
        let msg = if subject.child(NS_ASSERTION, "EncryptedID").is_some() {
            "the NameID is encrypted (saml:EncryptedID) and cannot be read without the SP key"
        } else {
            "saml:Subject has no saml:NameID"
        };
        ctx.add(&r::NAMEID_MISSING, msg, subject);
        ctx.report.data.name_id = Some(None);
        return None;
    };
    let value = n.text().trim().to_string();
    let format = n.attr("Format").map(str::to_string);
    let effective = format.as_deref().unwrap_or(names::NAMEID_UNSPECIFIED);
    let has_comment = n.has_comment();
    ctx.report.data.name_id = Some(Some(NameId {
        value: value.clone(),
        format: format.clone(),
        format_label: names::nameid_format_label(effective).map(str::to_string),
        has_comment,
        name_qualifier: n.attr("NameQualifier").map(str::to_string),
        sp_name_qualifier: n.attr("SPNameQualifier").map(str::to_string),
    }));
    if has_comment {
        let msg = format!(
            "the NameID contains an XML comment; its full value is {} — an SP that reads only the first text node would see a shorter identity",
            short(&value)
        );
        ctx.add(&r::NAMEID_COMMENT, msg, n);
    }
    if value.is_empty() {
        ctx.add(&r::NAMEID_MISSING, "the NameID is empty", n);
    }
    if names::nameid_format_label(effective).is_none() {
        let hint = match names::nameid_format_suggestion(effective) {
            Some(s) => format!("; did you mean {s}?"),
            None => String::new(),
        };
        let msg = format!(
            "NameID Format {} is not supported by Webex{hint}",
            short(effective)
        );
        ctx.add(&r::NAMEID_FORMAT_UNSUPPORTED, msg, n);
    }
    if effective == names::NAMEID_EMAIL && !value.is_empty() && !values::is_email(&value) {
        let msg = format!(
            "NameID {} has Format emailAddress but is not an email address",
            short(&value)
        );
        ctx.add(&r::NAMEID_EMAIL_INVALID, msg, n);
    }
    Some((value, n.clone()))
}

fn check_confirmation(ctx: &mut Ctx, subject: &Element) {
    let confs: Vec<&Element> = subject
        .children_named(NS_ASSERTION, "SubjectConfirmation")
        .collect();
    let bearer = confs
        .iter()
        .find(|c| c.attr("Method") == Some(BEARER))
        .copied();
    let data = bearer.and_then(|b| b.child(NS_ASSERTION, "SubjectConfirmationData"));
    let Some(d) = data else {
        let msg = match (confs.first(), bearer) {
            (None, _) => "saml:Subject has no saml:SubjectConfirmation".to_string(),
            (Some(c), None) => format!(
                "no SubjectConfirmation uses Method {BEARER} (found {})",
                short(c.attr("Method").unwrap_or("none"))
            ),
            (Some(_), Some(_)) => {
                "the bearer SubjectConfirmation has no SubjectConfirmationData".to_string()
            }
        };
        ctx.add(
            &r::SUBJECT_CONFIRMATION_MISSING,
            msg,
            bearer.unwrap_or(subject),
        );
        ctx.report.data.subject_confirmation = Some(None);
        return;
    };
    let attr = |name: &str| d.attr(name).map(str::to_string);
    ctx.report.data.subject_confirmation = Some(Some(SubjectConfirmation {
        method: BEARER.to_string(),
        recipient: attr("Recipient"),
        not_on_or_after: attr("NotOnOrAfter"),
        not_before: attr("NotBefore"),
        in_response_to: attr("InResponseTo"),
        address: attr("Address"),
    }));
    if d.attr("Recipient").is_none_or(|v| v.trim().is_empty()) {
        ctx.add(
            &r::RECIPIENT_MISSING,
            "SubjectConfirmationData has no Recipient",
            d,
        );
    }
    if let Some(t) = time_attr(ctx, d, "NotOnOrAfter") {
        if ctx.now - ctx.skew() >= t {
            let msg = format!(
                "SubjectConfirmationData NotOnOrAfter {} is before now ({}) minus {} s of clock skew",
                t.to_rfc3339(),
                ctx.now.to_rfc3339(),
                ctx.skew().num_seconds()
            );
            ctx.add(&r::CONFIRMATION_EXPIRED, msg, d);
        }
    }
}

fn check_conditions(ctx: &mut Ctx, a: &Element) {
    let Some(c) = a.child(NS_ASSERTION, "Conditions") else {
        ctx.add(
            &r::CONDITIONS_MISSING,
            "the Assertion has no saml:Conditions",
            a,
        );
        ctx.report.data.conditions = Some(None);
        return;
    };
    let audiences: Vec<String> = c
        .children_named(NS_ASSERTION, "AudienceRestriction")
        .flat_map(|ar| ar.children_named(NS_ASSERTION, "Audience"))
        .map(|au| au.text().trim().to_string())
        .collect();
    ctx.report.data.conditions = Some(Some(Conditions {
        not_before: c.attr("NotBefore").map(str::to_string),
        not_on_or_after: c.attr("NotOnOrAfter").map(str::to_string),
        audiences: audiences.clone(),
    }));
    let skew = ctx.skew();
    if let Some(t) = time_attr(ctx, c, "NotBefore") {
        if t > ctx.now + skew {
            let msg = format!(
                "NotBefore {} is after now ({}) plus {} s of clock skew",
                t.to_rfc3339(),
                ctx.now.to_rfc3339(),
                skew.num_seconds()
            );
            ctx.add(&r::NOT_YET_VALID, msg, c);
        }
    }
    if let Some(t) = time_attr(ctx, c, "NotOnOrAfter") {
        if ctx.now - skew >= t {
            let msg = format!(
                "NotOnOrAfter {} is before now ({}) minus {} s of clock skew",
                t.to_rfc3339(),
                ctx.now.to_rfc3339(),
                skew.num_seconds()
            );
            ctx.add(&r::EXPIRED, msg, c);
        }
    }
    let restriction = c.child(NS_ASSERTION, "AudienceRestriction");
    match restriction {
        None => ctx.add(
            &r::AUDIENCE_MISSING,
            "the Conditions have no AudienceRestriction",
            c,
        ),
        Some(ar) => {
            let sp = ctx.opts.sp_entity_id.clone();
            if !audiences.contains(&sp) {
                let near = audiences.iter().find(|au| {
                    au.trim_end_matches('/')
                        .eq_ignore_ascii_case(sp.trim_end_matches('/'))
                });
                let hint = match near {
                    Some(n) => format!(" ({} differs only in case or a trailing slash; entity IDs must match exactly)", short(n)),
                    None => String::new(),
                };
                let mut list: Vec<String> = audiences.iter().take(5).map(|s| short(s)).collect();
                if audiences.len() > 5 {
                    list.push(format!("and {} more", audiences.len() - 5));
                }
                let msg = format!(
                    "Audience {} does not include the SP entity ID {}{hint}",
                    if list.is_empty() {
                        "(empty)".to_string()
                    } else {
                        list.join(", ")
                    },
                    short(&sp)
                );
                ctx.add(&r::AUDIENCE_MISMATCH, msg, ar);
            }
        }
    }
}

fn check_authn(ctx: &mut Ctx, a: &Element) {
    let Some(s) = a.child(NS_ASSERTION, "AuthnStatement") else {
        ctx.add(
            &r::AUTHN_STATEMENT_MISSING,
            "the Assertion has no saml:AuthnStatement",
            a,
        );
        ctx.report.data.authn = Some(None);
        return;
    };
    let class_ref = s
        .child(NS_ASSERTION, "AuthnContext")
        .and_then(|c| c.child(NS_ASSERTION, "AuthnContextClassRef"))
        .map(|c| c.text().trim().to_string())
        .filter(|v| !v.is_empty());
    ctx.report.data.authn = Some(Some(Authn {
        authn_instant: s.attr("AuthnInstant").map(str::to_string),
        session_index: s.attr("SessionIndex").map(str::to_string),
        session_not_on_or_after: s.attr("SessionNotOnOrAfter").map(str::to_string),
        authn_context_class_ref: class_ref.clone(),
    }));
    time_attr(ctx, s, "AuthnInstant");
    if class_ref.is_none() {
        ctx.add(
            &r::AUTHN_CONTEXT_MISSING,
            "the AuthnStatement has no AuthnContext/AuthnContextClassRef",
            s,
        );
    }
}
