//! Entry point: decode, parse, dispatch on the root element, and the
//! Response-level checks (status, assertions, signatures, IdP metadata).

use chrono::{DateTime, Utc};

use super::data::{AssertionSummary, IdpMetadata, ResponseData, Status, StatusCode};
use super::decode::{decode, DecodeError, Encoding};
use super::rules as r;
use super::xml::{self, Element, XmlError, NS_ASSERTION, NS_PROTOCOL, NS_XENC};
use super::{idp_metadata, short, signature, status, ResponseOptions, TOOL};
use crate::report::{Location, Report};
use crate::rules::Rule;

/// Shared state of one check run.
pub(super) struct Ctx<'a> {
    pub report: Report<ResponseData>,
    pub opts: &'a ResponseOptions,
    pub now: DateTime<Utc>,
    /// The input text and the XML's offset in it, when the input was plain
    /// XML (then line/column locations point into what the user pasted).
    raw: Option<(xml::LineIndex<'a>, usize)>,
}

impl Ctx<'_> {
    pub fn loc(&self, e: &Element) -> Location {
        let mut l = Location::xml_path(e.path.clone());
        if let Some((index, base)) = &self.raw {
            let (line, col) = index.line_col(base + e.offset);
            l.line = Some(line);
            l.column = Some(crate::report::Column::Number(col));
        }
        l
    }

    pub fn add(&mut self, rule: &Rule, message: impl Into<String>, e: &Element) {
        let loc = self.loc(e);
        self.report.add(rule, message, loc);
    }

    pub fn skew(&self) -> chrono::Duration {
        chrono::Duration::seconds(self.opts.clock_skew_secs.clamp(0, 7 * 86_400))
    }
}

/// [`check`] for raw file bytes: UTF-8, or UTF-16 with a byte-order mark
/// (Windows editors save XML that way) or, for XML, without one; anything
/// else is checked as lossy text, so binary input becomes a finding. The
/// report is stamped with the hash of the bytes as given.
pub fn check_bytes_typed(
    input: &[u8],
    opts: &ResponseOptions,
    now: DateTime<Utc>,
) -> Report<ResponseData> {
    let text = crate::text::decode::unicode_lossy(input);
    let mut report = check_typed(&text, opts, now);
    report.input_sha256 = crate::report::sha256_hex(input);
    report
}

/// [`check_bytes_typed`] with its data as JSON (what the whole-setup check
/// reads).
pub fn check_bytes(input: &[u8], opts: &ResponseOptions, now: DateTime<Utc>) -> Report {
    check_bytes_typed(input, opts, now).into_json()
}

/// [`check_typed`] with its data as JSON.
pub fn check(input: &str, opts: &ResponseOptions, now: DateTime<Utc>) -> Report {
    check_typed(input, opts, now).into_json()
}

/// Check a SAML response (or a bare assertion, or an AuthnRequest) given as
/// XML, base64 (HTTP-POST) or base64 of DEFLATE data (HTTP-Redirect).
///
/// `data.verdicts` holds what the faces show as verdicts (see
/// [`super::verdicts`]).
pub fn check_typed(
    input: &str,
    opts: &ResponseOptions,
    now: DateTime<Utc>,
) -> Report<ResponseData> {
    let mut report = check_message(input, opts, now);
    if report.data.decoded() {
        report.data.verdicts = Some(super::verdicts::of(&report));
    }
    report
}

fn check_message(input: &str, opts: &ResponseOptions, now: DateTime<Utc>) -> Report<ResponseData> {
    // `kind` is filled in below once the message is decoded and parsed.
    let data = ResponseData::new(now.to_rfc3339(), opts);
    let mut report = Report::with_data(TOOL, input.as_bytes(), data);
    let decoded = match decode(input) {
        Ok(d) => d,
        Err(e) => {
            let rule = match e {
                DecodeError::Empty => &r::EMPTY_INPUT,
                DecodeError::TooLarge { .. } => &r::INPUT_TOO_LARGE,
                DecodeError::InflateLimit => &r::INFLATE_LIMIT,
                DecodeError::NotBase64 { .. }
                | DecodeError::NotSaml
                | DecodeError::NotUtf8
                | DecodeError::BadPercentEscape { .. } => &r::NOT_DECODABLE,
            };
            let loc = match e {
                DecodeError::NotBase64 { position, .. }
                | DecodeError::BadPercentEscape { position, .. } => {
                    let (line, col) = xml::line_col(input, position);
                    let len = input
                        .get(position..)
                        .and_then(|t| t.chars().next())
                        .map_or(1, char::len_utf8);
                    Location::line_col(line, col).with_span(position, position + len)
                }
                _ => Location::none(),
            };
            report.add(rule, e.to_string(), loc);
            return report;
        }
    };
    report.data.encoding = Some(decoded.encoding.as_str().to_string());
    report.data.url_encoded = Some(decoded.url_encoded);
    report.data.form_field = Some(decoded.form_field.clone());
    report.data.redirect_signature = Some(decoded.redirect_signature.as_ref().map(Into::into));
    if let Some((alg, span)) = decoded.redirect_signature.as_ref().and_then(|r| {
        let alg = r.sig_alg.as_deref().filter(|a| signature::is_weak(a))?;
        Some((alg, r.sig_alg_span))
    }) {
        let location = match span {
            Some((start, end)) => {
                let (line, col) = xml::line_col(input, start);
                Location::line_col(line, col).with_span(start, end)
            }
            None => Location::none(),
        };
        report.add(
            &r::WEAK_SIGNATURE_ALGORITHM,
            format!(
                "the HTTP-Redirect query signature uses {} (SigAlg)",
                short(alg)
            ),
            location,
        );
    }
    let root = match xml::parse(&decoded.xml) {
        Ok(root) => root,
        Err(e) => {
            report.data.xml_pretty = Some(decoded.xml.clone());
            let raw = decoded.encoding == Encoding::Xml && !decoded.url_encoded;
            xml_error(&mut report, &e, &decoded.xml, raw);
            return report;
        }
    };
    report.data.xml_pretty = Some(xml::serialize(&root, true));
    let raw = (decoded.encoding == Encoding::Xml && !decoded.url_encoded).then(|| {
        let t = input.trim_start_matches('\u{feff}').trim_start();
        (xml::LineIndex::new(input), input.len() - t.len())
    });
    let mut ctx = Ctx {
        report,
        opts,
        now,
        raw,
    };
    schema(&mut ctx, &decoded.xml);
    let sigs = signature::collect(&root);
    let (message, envelope) = unwrap_envelope(&root);
    let reported = super::verify::reported_paths(message);
    ctx.report.data.envelope = Some(envelope);
    let root = message;
    if root.is(NS_PROTOCOL, "Response") {
        ctx.report.data.kind = Some("Response".to_string());
        check_response(&mut ctx, root, &sigs);
    } else if root.is(NS_ASSERTION, "Assertion") {
        ctx.report.data.kind = Some("Assertion".to_string());
        ctx.report.data.assertion = Some(AssertionSummary::plain(root.attr("ID")));
        let issuer = super::assertion::check_assertion(&mut ctx, root);
        ctx.report.data.issuer = Some(issuer.clone());
        if !sigs.iter().any(|s| s.parent_path == root.path) {
            ctx.add(&r::UNSIGNED, "the Assertion carries no ds:Signature", root);
        }
        check_idp_metadata(&mut ctx, &[issuer.as_deref()], &sigs, root);
    } else if root.is(NS_PROTOCOL, "AuthnRequest") {
        ctx.report.data.kind = Some("AuthnRequest".to_string());
        super::authn_request::check_authn_request(&mut ctx, root);
    } else {
        let hint = match (root.local.as_str(), root.ns.as_deref()) {
            ("EntityDescriptor" | "EntitiesDescriptor", _) => {
                " — this is SAML metadata; use the saml-metadata tool".to_string()
            }
            ("LogoutRequest" | "LogoutResponse", Some(NS_PROTOCOL)) => {
                " — this is a single logout message; capture the sign-in Response (posted to the Webex assertion consumer URL) instead".to_string()
            }
            (_, Some(ns)) if ns.contains("SAML:1.") => {
                " — this is SAML 1.x; Webex expects SAML 2.0".to_string()
            }
            (_, ns) => format!(" (namespace {})", short(ns.unwrap_or("none"))),
        };
        let msg = format!(
            "the root element <{}> is not a SAML 2.0 Response, Assertion or AuthnRequest{hint}",
            short(&root.qname)
        );
        ctx.add(&r::UNKNOWN_ROOT, msg, root);
    }
    check_signatures(&mut ctx, &sigs);
    let mut verified = super::verify::verify(&mut ctx, &decoded.xml, &sigs, &reported, now);
    if decoded
        .redirect_signature
        .as_ref()
        .is_some_and(|r| r.signature)
    {
        verified.extend(super::verify::verify_redirect(&mut ctx, input, now));
    }
    ctx.report.data.signatures = Some(verified);
    ctx.report
}

/// Validate the message against the SAML schemas (a second streamed pass
/// over the few kilobytes of XML) and fill `data.schema`.
fn schema(ctx: &mut Ctx, xml_text: &str) {
    let data = if ctx.opts.schema {
        let outcome = crate::xmlschema::validate_str(xml_text);
        for p in &outcome.problems {
            let rule = crate::xmlschema::rules::RESPONSE.rule(p.kind);
            let mut loc = Location::none();
            if let Some((index, base)) = &ctx.raw {
                let (line, col) = index.line_col(base + p.start);
                loc = Location::line_col(line, col);
            }
            ctx.report.add(rule, p.message.clone(), loc);
        }
        crate::xmlschema::SchemaData::from_outcome(&outcome)
    } else {
        crate::xmlschema::SchemaData::unchecked()
    };
    ctx.report.data.schema = Some(data);
}

const NS_SOAP11: &str = "http://schemas.xmlsoap.org/soap/envelope/";
const NS_SOAP12: &str = "http://www.w3.org/2003/05/soap-envelope";

/// The SAML message inside the wrappers of back-channel captures (artifact
/// resolution and ECP, saml-bindings-2.0-os §3.2 and §3.6):
/// `soap:Envelope/soap:Body/samlp:ArtifactResponse/samlp:Response`. Returns
/// the message and the wrappers' names, outermost first.
fn unwrap_envelope(root: &Element) -> (&Element, Vec<String>) {
    let mut msg = root;
    let mut wrappers = Vec::new();
    while wrappers.len() < 4 {
        let soap = matches!(msg.ns.as_deref(), Some(NS_SOAP11 | NS_SOAP12));
        let inner = match msg.local.as_str() {
            "Envelope" if soap => msg.elements().find(|e| e.local == "Body"),
            "Body" if soap => msg.elements().next(),
            "ArtifactResponse" if msg.ns.as_deref() == Some(NS_PROTOCOL) => {
                msg.elements().find(|e| {
                    let message = e.ns.as_deref() == Some(NS_PROTOCOL)
                        && !matches!(e.local.as_str(), "Status" | "Extensions");
                    message || e.is(NS_ASSERTION, "Assertion")
                })
            }
            _ => None,
        };
        let Some(inner) = inner else { break };
        wrappers.push(msg.qname.clone());
        msg = inner;
    }
    (msg, wrappers)
}

fn xml_error(report: &mut Report<ResponseData>, e: &XmlError, text: &str, raw: bool) {
    let at = |offset: usize| {
        let (l, c) = xml::line_col(text, offset);
        format!("line {l}, column {c} of the decoded XML")
    };
    // For pasted XML the decoded text is the (trimmed) input, so a line and
    // column point into what the user sees; spans are offsets in the decoded text.
    let here = |offset: usize| {
        let l = Location::none().with_span(offset, offset + 1);
        if raw {
            let (line, col) = xml::line_col(text, offset);
            Location {
                line: Some(line),
                column: Some(crate::report::Column::Number(col)),
                ..l
            }
        } else {
            l
        }
    };
    match e {
        XmlError::Dtd { offset } => report.add(
            &r::XML_DTD,
            format!("a <!DOCTYPE> declaration at {}; DTDs and entities are refused (XXE, entity expansion)", at(*offset)),
            here(*offset),
        ),
        XmlError::TooDeep { offset } => report.add(
            &r::XML_TOO_DEEP,
            format!("elements nest deeper than {} levels at {}", xml::MAX_DEPTH, at(*offset)),
            here(*offset),
        ),
        XmlError::TooManyElements => report.add(
            &r::XML_TOO_DEEP,
            format!("more than {} elements", xml::MAX_ELEMENTS),
            Location::none(),
        ),
        XmlError::Malformed { offset, message } => report.add(
            &r::XML_MALFORMED,
            format!("{} at {}", short(message), at(*offset)),
            here(*offset),
        ),
        XmlError::NoRoot => report.add(
            &r::XML_MALFORMED,
            "the decoded text contains no XML element",
            Location::none(),
        ),
    }
}

fn check_response(ctx: &mut Ctx, resp: &Element, sigs: &[signature::SignatureInfo]) {
    let attr = |name: &str| Some(resp.attr(name).map(str::to_string));
    let data = &mut ctx.report.data;
    data.id = attr("ID");
    data.destination = attr("Destination");
    data.in_response_to = attr("InResponseTo");
    data.issue_instant = attr("IssueInstant");
    let resp_issuer = resp
        .child(NS_ASSERTION, "Issuer")
        .map(|i| i.text().trim().to_string());
    data.response_issuer = Some(resp_issuer.clone());
    super::assertion::time_attr(ctx, resp, "IssueInstant");
    let success = check_status(ctx, resp);

    let assertions: Vec<&Element> = resp.children_named(NS_ASSERTION, "Assertion").collect();
    let encrypted: Vec<&Element> = resp
        .children_named(NS_ASSERTION, "EncryptedAssertion")
        .collect();
    if assertions.len() + encrypted.len() > 1 {
        let msg = format!(
            "the Response carries {} assertions ({} plain, {} encrypted)",
            assertions.len() + encrypted.len(),
            assertions.len(),
            encrypted.len()
        );
        ctx.add(&r::MULTIPLE_ASSERTIONS, msg, resp);
    }
    let mut assertion_issuer = None;
    if let Some(a) = assertions.first() {
        ctx.report.data.assertion = Some(AssertionSummary::plain(a.attr("ID")));
        assertion_issuer = super::assertion::check_assertion(ctx, a);
        if let (Some(ri), Some(ai)) = (&resp_issuer, &assertion_issuer) {
            if ri != ai {
                let msg = format!(
                    "Response Issuer {} differs from Assertion Issuer {}",
                    short(ri),
                    short(ai)
                );
                ctx.add(&r::ISSUER_INCONSISTENT, msg, a);
            }
        }
        check_in_response_to(ctx, resp, a);
        check_recipient_destination(ctx, resp, a);
        let signed = sigs
            .iter()
            .any(|s| s.parent_path == resp.path || s.parent_path == a.path);
        if !signed {
            ctx.add(
                &r::UNSIGNED,
                "neither the Response nor its Assertion carries a ds:Signature",
                resp,
            );
        }
    } else if let Some(e) = encrypted.first() {
        let algs = encryption_algorithms(e);
        ctx.report.data.assertion = Some(AssertionSummary {
            present: true,
            encrypted: true,
            id: None,
            encryption_methods: Some(algs.clone()),
        });
        let msg = format!(
            "the Assertion is encrypted (algorithms: {}); its subject, conditions and attributes cannot be read without the Webex SP private key",
            if algs.is_empty() { "none declared".to_string() } else { algs.join(", ") }
        );
        ctx.add(&r::ASSERTION_ENCRYPTED, msg, e);
    } else {
        ctx.report.data.assertion = Some(AssertionSummary {
            present: false,
            encrypted: false,
            id: None,
            encryption_methods: None,
        });
        if success {
            ctx.add(
                &r::ASSERTION_MISSING,
                "the Response has a Success status but no saml:Assertion or saml:EncryptedAssertion",
                resp,
            );
        }
    }
    let issuer = assertion_issuer.clone().or(resp_issuer.clone());
    ctx.report.data.issuer = Some(issuer);
    check_idp_metadata(
        ctx,
        &[resp_issuer.as_deref(), assertion_issuer.as_deref()],
        sigs,
        resp,
    );
}

/// Explain samlp:Status; returns whether it is Success.
fn check_status(ctx: &mut Ctx, resp: &Element) -> bool {
    let Some(st) = resp.child(NS_PROTOCOL, "Status") else {
        ctx.add(&r::STATUS_MISSING, "the Response has no samlp:Status", resp);
        ctx.report.data.status = Some(None);
        return false;
    };
    let Some(code_el) = st.child(NS_PROTOCOL, "StatusCode") else {
        ctx.add(
            &r::STATUS_MISSING,
            "samlp:Status has no samlp:StatusCode",
            st,
        );
        ctx.report.data.status = Some(None);
        return false;
    };
    let code = code_el.attr("Value").unwrap_or("").trim().to_string();
    let mut nested = Vec::new();
    let mut cur = code_el;
    while let Some(n) = cur.child(NS_PROTOCOL, "StatusCode") {
        let v = n.attr("Value").unwrap_or("").trim().to_string();
        nested.push(StatusCode {
            meaning: status::meaning(&v).map(str::to_string),
            code: v,
        });
        cur = n;
        if nested.len() >= 8 {
            break;
        }
    }
    let message = st
        .child(NS_PROTOCOL, "StatusMessage")
        .map(|m| m.text().trim().to_string());
    let success = code == status::SUCCESS;
    let explained = Status {
        code: code.clone(),
        meaning: status::meaning(&code).map(str::to_string),
        success,
        second_level: nested.clone(),
        message: message.clone(),
    };
    ctx.report.data.status = Some(Some(explained));
    if !success {
        let mut msg = format!(
            "status {}: {}",
            short(&code),
            status::meaning(&code).unwrap_or("not a SAML 2.0 status code")
        );
        for n in &nested {
            msg.push_str(&format!(
                "; second-level {}: {}",
                short(&n.code),
                n.meaning.as_deref().unwrap_or("not a SAML 2.0 status code")
            ));
        }
        if let Some(m) = &message {
            msg.push_str(&format!("; IdP message: {}", short(m)));
        }
        ctx.add(&r::STATUS_NOT_SUCCESS, msg, code_el);
    }
    success
}

/// The first SubjectConfirmationData carrying attribute `name`.
fn confirmation_attr<'a>(assertion: &'a Element, name: &str) -> Option<(&'a Element, &'a str)> {
    assertion
        .child(NS_ASSERTION, "Subject")
        .into_iter()
        .flat_map(|s| s.children_named(NS_ASSERTION, "SubjectConfirmation"))
        .filter_map(|c| c.child(NS_ASSERTION, "SubjectConfirmationData"))
        .find_map(|d| d.attr(name).map(|v| (d, v)))
}

fn check_recipient_destination(ctx: &mut Ctx, resp: &Element, assertion: &Element) {
    let Some(dest) = resp.attr("Destination") else {
        return;
    };
    if let Some((d, recipient)) = confirmation_attr(assertion, "Recipient") {
        if recipient.trim() != dest.trim() {
            let msg = format!(
                "Recipient {} differs from the Response Destination {}",
                short(recipient),
                short(dest)
            );
            ctx.add(&r::RECIPIENT_DESTINATION_MISMATCH, msg, d);
        }
    }
}

fn check_in_response_to(ctx: &mut Ctx, resp: &Element, assertion: &Element) {
    let Some(resp_irt) = resp.attr("InResponseTo") else {
        return;
    };
    let data_irt = confirmation_attr(assertion, "InResponseTo");
    if let Some((d, v)) = data_irt {
        if v != resp_irt {
            let msg = format!(
                "Response InResponseTo {} but SubjectConfirmationData InResponseTo {}",
                short(resp_irt),
                short(v)
            );
            ctx.add(&r::IN_RESPONSE_TO_MISMATCH, msg, d);
        }
    }
}

fn encryption_algorithms(e: &Element) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in e.descendants() {
        let is_method = d.is(NS_XENC, "EncryptionMethod")
            || d.is(super::xml::NS_DSIG, "DigestMethod")
            || d.local == "MGF";
        if is_method {
            if let Some(a) = d.attr("Algorithm") {
                if !out.iter().any(|o| o == a) {
                    out.push(a.to_string());
                }
            }
        }
    }
    out
}

fn check_signatures(ctx: &mut Ctx, sigs: &[signature::SignatureInfo]) {
    for s in sigs {
        let loc = Location::xml_path(s.path.clone());
        let mut weak: Vec<&str> = Vec::new();
        if let Some(m) = &s.signature_method {
            if signature::is_weak(m) {
                weak.push(m);
            }
        }
        for d in &s.digest_methods {
            if signature::is_weak(d) && !weak.contains(&d.as_str()) {
                weak.push(d);
            }
        }
        if !weak.is_empty() {
            ctx.report.add(
                &r::WEAK_SIGNATURE_ALGORITHM,
                format!("the signature uses {}", weak.join(" and ")),
                loc.clone(),
            );
        }
        let expected = s.parent_id.as_ref().map(|id| format!("#{id}"));
        if s.reference_uri.as_ref() != expected.as_ref() {
            ctx.report.add(
                &r::SIGNATURE_REFERENCE_MISMATCH,
                format!(
                    "Reference URI is {} but the signature sits in {} whose ID is {}",
                    s.reference_uri
                        .as_deref()
                        .map(short)
                        .unwrap_or_else(|| "absent".into()),
                    s.parent_path,
                    s.parent_id
                        .as_deref()
                        .map(short)
                        .unwrap_or_else(|| "absent".into())
                ),
                loc,
            );
        }
    }
}

pub(super) fn check_idp_metadata(
    ctx: &mut Ctx,
    issuers: &[Option<&str>],
    sigs: &[signature::SignatureInfo],
    root: &Element,
) {
    let Some(text) = ctx.opts.idp_metadata.clone() else {
        return;
    };
    let md = match idp_metadata::parse(&text) {
        Ok(md) => md,
        Err(why) => {
            ctx.report.add(
                &r::IDP_METADATA_UNREADABLE,
                why,
                Location::field(0, "idp-metadata"),
            );
            return;
        }
    };
    ctx.report.data.idp_metadata = Some(IdpMetadata {
        entity_id: md.entity_id.clone(),
        signing_certificate_sha256: md.signing_cert_sha256.clone(),
    });
    let mut seen: Vec<&str> = Vec::new();
    for issuer in issuers.iter().flatten() {
        if seen.contains(issuer) {
            continue;
        }
        seen.push(issuer);
        if *issuer != md.entity_id {
            let msg = format!(
                "Issuer {} is not the IdP metadata entityID {}",
                short(issuer),
                short(&md.entity_id)
            );
            ctx.add(&r::ISSUER_NOT_IDP_ENTITY, msg, root);
        }
    }
    for s in sigs {
        if s.embedded_certificate_sha256.is_empty() {
            continue;
        }
        if !s
            .embedded_certificate_sha256
            .iter()
            .any(|c| md.signing_cert_sha256.contains(c))
        {
            let msg = format!(
                "the signature's certificate (SHA-256 {}) is not among the {} signing certificate(s) of the IdP metadata",
                s.embedded_certificate_sha256.first().map(String::as_str).unwrap_or(""),
                md.signing_cert_sha256.len()
            );
            ctx.report.add(
                &r::SIGNING_CERT_UNKNOWN,
                msg,
                Location::xml_path(s.path.clone()),
            );
        }
    }
}
