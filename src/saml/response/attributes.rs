//! The attribute statement against the SAML 2.0 attribute table of
//! "Configuration of Single Sign-on in Cisco WebEx Messenger Administration
//! Tool", Auto Account Creation / Update readiness and the "Remove uid Domain
//! Suffix for Active Directory UPN" pitfall ("Federated Web SSO Settings"),
//! and the NameID selection of "Enter Security Settings".

use std::collections::HashMap;

use super::check::Ctx;
use super::data::{Account, AttributeRow, AttributeValues, AutoAccountCreation, AutoAccountUpdate};
use super::rules as r;
use super::xml::{Element, NS_ASSERTION};
use super::{names, short, values};
use crate::rules::Rule;

/// One attribute as sent (duplicates merged).
pub(super) struct Attr<'a> {
    pub name: String,
    pub values: Vec<String>,
    pub el: &'a Element,
    /// How many <Attribute> elements carried this name.
    pub occurrences: usize,
    /// The Webex name this one was probably meant to be (computed once).
    pub suggestion: Option<&'static str>,
}

pub(super) struct Attrs<'a>(pub Vec<Attr<'a>>);

impl Attrs<'_> {
    pub fn get(&self, name: &str) -> Option<&Attr<'_>> {
        self.0.iter().find(|a| a.name == name)
    }

    /// The first non-empty value of a Webex attribute.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.get(name)
            .and_then(|a| a.values.iter().find(|v| !v.is_empty()))
            .map(String::as_str)
    }
}

struct Row {
    status: &'static str,
    rule: Option<&'static str>,
    note: Option<String>,
}

impl Row {
    fn ok() -> Self {
        Row {
            status: "ok",
            rule: None,
            note: None,
        }
    }

    fn set(&mut self, status: &'static str, rule: &Rule, note: String) {
        // Keep the most serious verdict in the table.
        let rank = |s: &str| match s {
            "error" => 3,
            "warning" => 2,
            "info" => 1,
            _ => 0,
        };
        if rank(status) >= rank(self.status) {
            self.status = status;
            self.rule = Some(rule.id);
            self.note = Some(note);
        }
    }
}

pub(super) fn check_attributes<'a>(ctx: &mut Ctx, a: &'a Element) -> Attrs<'a> {
    let mut attrs: Vec<Attr<'a>> = Vec::new();
    // Indexed by name: a hostile response may carry tens of thousands.
    let mut index: HashMap<String, usize> = HashMap::new();
    for st in a.children_named(NS_ASSERTION, "AttributeStatement") {
        for el in st.children_named(NS_ASSERTION, "Attribute") {
            let name = el.attr("Name").unwrap_or("").to_string();
            let vals: Vec<String> = el
                .children_named(NS_ASSERTION, "AttributeValue")
                .map(|v| v.text().trim().to_string())
                .collect();
            match index.get(&name).and_then(|i| attrs.get_mut(*i)) {
                Some(x) => {
                    x.values.extend(vals);
                    x.occurrences += 1;
                }
                None => {
                    index.insert(name.clone(), attrs.len());
                    attrs.push(Attr {
                        name,
                        values: vals,
                        el,
                        occurrences: 1,
                        suggestion: None,
                    });
                }
            }
        }
    }
    for at in &mut attrs {
        at.suggestion = suggestion(at);
    }
    let attrs = Attrs(attrs);
    let map = attrs
        .0
        .iter()
        .map(|at| (at.name.clone(), at.values.clone()))
        .collect();
    ctx.report.data.attributes = Some(AttributeValues(map));

    let mut table = Vec::new();
    for at in &attrs.0 {
        let row = check_one(ctx, at);
        table.push(AttributeRow {
            name: at.name.clone(),
            values: at.values.clone(),
            status: row.status.to_string(),
            rule: row.rule.map(str::to_string),
            note: row.note,
            required: names::known(&at.name).is_some_and(|k| k.1),
        });
    }
    for req in names::REQUIRED {
        let present = attrs.get(req);
        if present.is_some_and(|p| p.values.iter().any(|v| !v.is_empty())) {
            continue;
        }
        // Sent under a name that differs only in case: that attribute has
        // its own warning; whether Webex reads it the guide does not say.
        if present.is_none()
            && attrs
                .0
                .iter()
                .any(|x| x.name.eq_ignore_ascii_case(req) && x.values.iter().any(|v| !v.is_empty()))
        {
            continue;
        }
        let sent_as: Vec<String> = attrs
            .0
            .iter()
            .filter(|x| x.name != req && x.suggestion == Some(req))
            .take(3)
            .map(|x| short(&x.name))
            .collect();
        let mut msg = match present {
            Some(p) => {
                // xsi:nil="true": the IdP had no value for the user.
                let nil =
                    p.el.children_named(NS_ASSERTION, "AttributeValue")
                        .any(|v| {
                            v.attrs.iter().any(|a| {
                                a.qname.rsplit(':').next() == Some("nil")
                                    && matches!(a.value.trim(), "true" | "1")
                            })
                        });
                if nil {
                    format!("required attribute {req} is present but empty (xsi:nil: the IdP has no value for this user)")
                } else {
                    format!("required attribute {req} is present but empty")
                }
            }
            None => format!("required attribute {req} is missing"),
        };
        if !sent_as.is_empty() {
            let which = if sent_as.len() == 1 {
                "it"
            } else {
                "one of them"
            };
            msg.push_str(&format!(
                " (the IdP sends {} — rename {which} to {req})",
                sent_as.join(", ")
            ));
        }
        ctx.add(
            &r::ATTRIBUTE_REQUIRED_MISSING,
            msg.clone(),
            present.map(|p| p.el).unwrap_or(a),
        );
        if present.is_none() {
            table.push(AttributeRow {
                name: req.to_string(),
                values: Vec::new(),
                status: "error".to_string(),
                rule: Some(r::ATTRIBUTE_REQUIRED_MISSING.id.to_string()),
                note: Some(msg),
                required: true,
            });
        }
    }
    ctx.report.data.attribute_table = Some(table);
    account_readiness(ctx, &attrs, a);
    attrs
}

fn suggestion(at: &Attr) -> Option<&'static str> {
    if names::known(&at.name).is_some() {
        return None;
    }
    if names::is_uri_name(&at.name) {
        names::uri_short_name(&at.name, at.el.attr("FriendlyName"))
    } else {
        names::did_you_mean(&at.name)
    }
}

fn check_one(ctx: &mut Ctx, at: &Attr) -> Row {
    let mut row = Row::ok();
    let Some((name, _required, multi)) = names::known(&at.name) else {
        let uri_hint = at.suggestion.filter(|_| names::is_uri_name(&at.name));
        if let Some(s) = uri_hint {
            let msg = format!(
                "attribute {} is named by URI; Webex expects the short name {s}",
                short(&at.name)
            );
            ctx.add(&r::ATTRIBUTE_URI_NAME, msg.clone(), at.el);
            row.set("warning", &r::ATTRIBUTE_URI_NAME, msg);
        } else if let Some(s) = at
            .suggestion
            .filter(|s| *s != at.name && s.eq_ignore_ascii_case(&at.name))
        {
            let msg = format!(
                "attribute {} differs from the table's {s} only in case; use the exact name {s}",
                short(&at.name)
            );
            ctx.add(&r::ATTRIBUTE_NAME_CASE, msg.clone(), at.el);
            row.set("warning", &r::ATTRIBUTE_NAME_CASE, msg);
        } else {
            let msg = match at.suggestion {
                _ if at.name.trim().is_empty() => {
                    "an <Attribute> has no Name (SAML 2.0 requires one); Webex cannot use its values"
                        .to_string()
                }
                Some(s) => format!(
                    "attribute {} is not a Webex attribute; did you mean {s}?",
                    short(&at.name)
                ),
                None => format!(
                    "attribute {} is not in the Webex attribute table",
                    short(&at.name)
                ),
            };
            ctx.add(&r::ATTRIBUTE_UNKNOWN, msg.clone(), at.el);
            row.set("info", &r::ATTRIBUTE_UNKNOWN, msg);
        }
        return row;
    };
    // An attribute that passes still names the rule it satisfies.
    row.rule = match name {
        "uid" | "firstname" | "lastname" => Some(r::ATTRIBUTE_REQUIRED_MISSING.id),
        "email" => Some(r::EMAIL_ATTRIBUTE_INVALID.id),
        "updateTimeStamp" => Some(r::UPDATE_TIMESTAMP_FORMAT.id),
        "ISOCountry" => Some(r::ISO_COUNTRY_INVALID.id),
        "imloggingenabled" => Some(r::IMLOGGING_NOT_BOOLEAN.id),
        _ if !multi => Some(r::ATTRIBUTE_MULTI_VALUED.id),
        _ => None,
    };
    let non_empty: Vec<&String> = at.values.iter().filter(|v| !v.is_empty()).collect();
    if !multi && (non_empty.len() > 1 || at.occurrences > 1) {
        let msg = format!(
            "attribute {name} should have one value but has {} in {} <Attribute> element(s)",
            at.values.len(),
            at.occurrences
        );
        ctx.add(&r::ATTRIBUTE_MULTI_VALUED, msg.clone(), at.el);
        row.set("warning", &r::ATTRIBUTE_MULTI_VALUED, msg);
    }
    for v in non_empty {
        let bad: Option<(&Rule, String)> = match name {
            "updateTimeStamp" if values::parse_update_timestamp(v).is_none() => Some((
                &r::UPDATE_TIMESTAMP_FORMAT,
                format!(
                    "updateTimeStamp {} is not epoch milliseconds, a UTC time or an LDIF time",
                    short(v)
                ),
            )),
            "ISOCountry" if !values::is_iso_country(v) => {
                let up = v.to_ascii_uppercase();
                let hint = if up == "UK" {
                    " (the United Kingdom is GB)".to_string()
                } else if values::is_iso_country(&up) {
                    format!(" (codes are upper case: {up})")
                } else {
                    String::new()
                };
                Some((
                    &r::ISO_COUNTRY_INVALID,
                    format!(
                        "ISOCountry {} is not an ISO 3166-1 alpha-2 code{hint}",
                        short(v)
                    ),
                ))
            }
            "email" if !values::is_email(v) => Some((
                &r::EMAIL_ATTRIBUTE_INVALID,
                format!("email {} is not an email address", short(v)),
            )),
            "imloggingenabled" if values::parse_bool(v).is_none() => Some((
                &r::IMLOGGING_NOT_BOOLEAN,
                format!("imloggingenabled {} is not true or false", short(v)),
            )),
            _ => None,
        };
        if let Some((rule, msg)) = bad {
            ctx.add(rule, msg.clone(), at.el);
            row.set(rule.severity.as_str(), rule, msg);
        }
    }
    row
}

fn account_readiness(ctx: &mut Ctx, attrs: &Attrs, a: &Element) {
    let missing: Vec<&str> = names::REQUIRED
        .iter()
        .copied()
        .filter(|n| attrs.value(n).is_none())
        .collect();
    let ts = attrs.value("updateTimeStamp");
    let parsed = ts.and_then(values::parse_update_timestamp);
    ctx.report.data.account = Some(Account {
        auto_account_creation: AutoAccountCreation {
            ready: missing.is_empty(),
            missing: missing.iter().map(|m| m.to_string()).collect(),
        },
        auto_account_update: AutoAccountUpdate {
            ready: parsed.is_some(),
            update_timestamp: ts.map(str::to_string),
            update_timestamp_form: parsed.map(|p| p.0.to_string()),
            update_timestamp_utc: parsed.map(|p| p.1.to_rfc3339()),
        },
        upgradesite: attrs.value("upgradesite").map(str::to_string),
    });
    if !missing.is_empty() {
        // A name sent in another case is not known to be missing: the guide
        // does not say whether Webex matches names regardless of case.
        let what: Vec<String> = missing
            .iter()
            .map(|n| {
                match attrs
                    .0
                    .iter()
                    .find(|x| x.name.eq_ignore_ascii_case(n) && x.name != *n)
                {
                    Some(x) => format!(
                        "{n} (sent only as {}, which differs in case)",
                        short(&x.name)
                    ),
                    None => format!("{n} missing"),
                }
            })
            .collect();
        let msg = format!(
            "with Auto Account Creation checked, this response may not create an account: {}",
            what.join(", ")
        );
        ctx.add(&r::AUTO_ACCOUNT_CREATION, msg, a);
    }
    if parsed.is_none() {
        let msg = match ts {
            None => "without updateTimeStamp, Auto Account Update will not update the user's profile from this response".to_string(),
            Some(v) => format!("updateTimeStamp {} does not parse, so Auto Account Update cannot use it", short(v)),
        };
        ctx.add(
            &r::AUTO_ACCOUNT_UPDATE,
            msg,
            attrs.get("updateTimeStamp").map(|x| x.el).unwrap_or(a),
        );
    }
    if let Some(uid) = attrs.value("uid") {
        let el = attrs.get("uid").map(|x| x.el).unwrap_or(a);
        match uid.rsplit_once('@') {
            Some((_, domain)) => {
                ctx.add(
                    &r::UID_UPN,
                    format!(
                        "uid {} has a domain suffix ({}); keep \"Remove uid Domain Suffix for Active Directory UPN\" unchecked, or Webex cannot find the user",
                        short(uid),
                        short(domain)
                    ),
                    el,
                );
                if let Some((_, mail_domain)) =
                    attrs.value("email").and_then(|e| e.rsplit_once('@'))
                {
                    if !domain.eq_ignore_ascii_case(mail_domain) {
                        let msg = format!(
                            "uid domain {} differs from the email domain {}",
                            short(domain),
                            short(mail_domain)
                        );
                        ctx.add(&r::UID_DOMAIN_DIFFERS, msg, el);
                    }
                }
            }
            None => {
                let msg = format!(
                    "uid {} has no @domain; Webex Messenger uids require the email domain",
                    short(uid)
                );
                ctx.add(&r::UID_WITHOUT_DOMAIN, msg, el);
            }
        }
    }
}

/// The NameID must carry the identifier the organisation selected.
pub(super) fn check_nameid_matches(
    ctx: &mut Ctx,
    name_id: Option<&(String, Element)>,
    attrs: &Attrs,
) {
    let Some((value, el)) = name_id else {
        return;
    };
    if value.is_empty() {
        return;
    }
    let source = ctx.opts.nameid_source;
    let attr = source.attribute();
    match attrs.value(attr) {
        Some(v) if v.trim().eq_ignore_ascii_case(value.trim()) => {}
        Some(v) => {
            let msg = format!(
                "NameID {} does not equal the {attr} attribute {} (NameID selection: {})",
                short(value),
                short(v),
                source.as_str()
            );
            ctx.add(&r::NAMEID_ATTRIBUTE_MISMATCH, msg, el);
        }
        // A missing required attribute is reported on its own; an absent
        // employeeid is this rule's business.
        None if attr == "employeeid" => {
            let msg = format!(
                "the NameID selection is EmployeeID but the assertion has no employeeid attribute to compare NameID {} with",
                short(value)
            );
            ctx.add(&r::NAMEID_ATTRIBUTE_MISMATCH, msg, el);
        }
        None => {}
    }
}
