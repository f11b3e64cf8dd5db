//! The streaming walk over metadata (OASIS SAML V2.0 Metadata, sections 2.3
//! and 2.4; admin guide "Configure Federated Web SSO"): quick-xml events in,
//! one [`Entity`] at a time out to the [`Checker`].
//!
//! No DOM is built: an `EntitiesDescriptor` with thousands of entities is
//! read once, front to back, keeping only the element stack and the entity
//! being read. Elements the checks do not need (`Extensions`,
//! `Organization`, `ContactPerson` …) are skipped with a depth counter,
//! though their tags, attributes and entity references are still checked
//! for well-formedness.

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;

use super::checks::Checker;
use super::model::{
    At, EmbeddedCert, Endpoint, Entity, KeyDescriptor, Reference, Role, RoleKind, Signature, Text,
};
use super::xml::{self, shorten};

pub const MD_NS: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
pub const DS_NS: &str = "http://www.w3.org/2000/09/xmldsig#";

/// Who a `ds:KeyInfo` and its certificates belong to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Key,
    Sig,
}

/// The elements the walk keeps track of.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    EntitiesDescriptor,
    EntityDescriptor,
    Role(RoleKind),
    KeyDescriptor,
    KeyInfo(Owner),
    X509Data(Owner),
    X509Certificate(Owner),
    NameIdFormat,
    /// SingleSignOnService / AssertionConsumerService: recorded at the start tag.
    Service,
    Signature,
    SignedInfo,
    Reference,
    /// CanonicalizationMethod, SignatureMethod, DigestMethod: attributes only.
    Leaf,
}

struct Frame {
    ctx: Ctx,
    /// Length of the path string before this element's segment.
    path_len: usize,
    /// Count of each tracked child name seen so far, for `[n]` in paths.
    counts: Vec<(&'static str, u32)>,
    /// validUntil in force for this element's descendants.
    valid_until: Option<chrono::DateTime<chrono::Utc>>,
}

/// Children that repeat by nature always get an index in paths
/// (`EntityDescriptor[1]`), others only from the second occurrence on.
fn always_indexed(name: &str) -> bool {
    matches!(
        name,
        "EntityDescriptor"
            | "KeyDescriptor"
            | "SingleSignOnService"
            | "AssertionConsumerService"
            | "NameIDFormat"
            | "X509Certificate"
            | "Reference"
            | "RoleDescriptor"
    )
}

/// Which tracked element `local` is under `parent`, with its expected namespace.
fn child_ctx(parent: Option<Ctx>, local: &[u8]) -> Option<(Ctx, &'static str, &'static str)> {
    use Ctx::*;
    let md = MD_NS;
    let ds = DS_NS;
    Some(match (parent, local) {
        (None, b"EntitiesDescriptor") => (EntitiesDescriptor, "EntitiesDescriptor", md),
        (None, b"EntityDescriptor") => (EntityDescriptor, "EntityDescriptor", md),
        (Some(EntitiesDescriptor), b"EntitiesDescriptor") => {
            (EntitiesDescriptor, "EntitiesDescriptor", md)
        }
        (Some(EntitiesDescriptor), b"EntityDescriptor") => {
            (EntityDescriptor, "EntityDescriptor", md)
        }
        (Some(EntitiesDescriptor | EntityDescriptor | Role(_)), b"Signature") => {
            (Signature, "Signature", ds)
        }
        (Some(EntityDescriptor), b"IDPSSODescriptor") => {
            (Role(RoleKind::Idp), "IDPSSODescriptor", md)
        }
        (Some(EntityDescriptor), b"SPSSODescriptor") => (Role(RoleKind::Sp), "SPSSODescriptor", md),
        (Some(EntityDescriptor), b"AttributeAuthorityDescriptor") => {
            (Role(RoleKind::Aa), "AttributeAuthorityDescriptor", md)
        }
        (Some(EntityDescriptor), b"RoleDescriptor") => {
            (Role(RoleKind::Other), "RoleDescriptor", md)
        }
        (Some(EntityDescriptor), b"AuthnAuthorityDescriptor") => {
            (Role(RoleKind::Other), "AuthnAuthorityDescriptor", md)
        }
        (Some(EntityDescriptor), b"PDPDescriptor") => (Role(RoleKind::Other), "PDPDescriptor", md),
        (Some(Role(_)), b"KeyDescriptor") => (KeyDescriptor, "KeyDescriptor", md),
        (Some(Role(RoleKind::Idp)), b"SingleSignOnService") => (Service, "SingleSignOnService", md),
        (Some(Role(RoleKind::Sp)), b"AssertionConsumerService") => {
            (Service, "AssertionConsumerService", md)
        }
        (Some(Role(RoleKind::Idp | RoleKind::Sp | RoleKind::Aa)), b"NameIDFormat") => {
            (NameIdFormat, "NameIDFormat", md)
        }
        (Some(KeyDescriptor), b"KeyInfo") => (KeyInfo(Owner::Key), "KeyInfo", ds),
        (Some(Signature), b"KeyInfo") => (KeyInfo(Owner::Sig), "KeyInfo", ds),
        (Some(KeyInfo(o)), b"X509Data") => (X509Data(o), "X509Data", ds),
        (Some(X509Data(o)), b"X509Certificate") => (X509Certificate(o), "X509Certificate", ds),
        (Some(Signature), b"SignedInfo") => (SignedInfo, "SignedInfo", ds),
        (Some(SignedInfo), b"CanonicalizationMethod") => (Leaf, "CanonicalizationMethod", ds),
        (Some(SignedInfo), b"SignatureMethod") => (Leaf, "SignatureMethod", ds),
        (Some(SignedInfo), b"Reference") => (Reference, "Reference", ds),
        (Some(Reference), b"DigestMethod") => (Leaf, "DigestMethod", ds),
        _ => return None,
    })
}

/// Why the walk stopped early; the finding has already been reported.
pub struct Stopped;

pub struct Walker<'t, 'c> {
    text: &'t str,
    checker: &'c mut Checker<'t>,
    stack: Vec<Frame>,
    /// Depth inside skipped elements.
    skipped: usize,
    path: String,
    root_seen: bool,
    root_closed: bool,
    entity: Option<Entity>,
    role: Option<Role>,
    key: Option<KeyDescriptor>,
    signature: Option<Signature>,
    reference: Option<Reference>,
    /// Text of the element being captured (X509Certificate, NameIDFormat).
    capture: Option<String>,
    capture_at: At,
    /// Namespace mismatches already reported, by element name.
    ns_reported: Vec<&'static str>,
    /// Schema validation riding on the same pass (None: `--no-schema`).
    schema: Option<crate::xmlschema::Validator>,
}

impl<'t, 'c> Walker<'t, 'c> {
    pub fn new(text: &'t str, checker: &'c mut Checker<'t>) -> Self {
        Self {
            text,
            checker,
            stack: Vec::with_capacity(32),
            skipped: 0,
            path: String::with_capacity(256),
            root_seen: false,
            root_closed: false,
            entity: None,
            role: None,
            key: None,
            signature: None,
            reference: None,
            capture: None,
            capture_at: At::default(),
            ns_reported: Vec::new(),
            schema: None,
        }
    }

    /// Also validate against the SAML schemas in the same pass.
    pub fn with_schema(mut self, on: bool) -> Self {
        self.schema = on.then(crate::xmlschema::Validator::new);
        self
    }

    /// Walk the whole document. Returns whether a metadata root was found.
    pub fn run(mut self) -> bool {
        let mut reader = NsReader::from_str(self.text);
        {
            let cfg = reader.config_mut();
            cfg.check_end_names = true;
            cfg.check_comments = true;
            cfg.expand_empty_elements = false;
            cfg.trim_text(false);
        }
        let mut stopped = false;
        loop {
            let start = reader.buffer_position() as usize;
            let event = reader.read_event();
            let end = reader.buffer_position() as usize;
            if let (Some(v), Ok(ev)) = (self.schema.as_mut(), &event) {
                schema_event(v, &reader, ev, start, end);
            }
            let result = match event {
                Ok(Event::Start(e)) => {
                    let (ns, _) = reader.resolve_element(e.name());
                    self.start(ns, &e, start, end)
                }
                Ok(Event::Empty(e)) => {
                    let (ns, _) = reader.resolve_element(e.name());
                    self.start(ns, &e, start, end).and_then(|_| self.end(end))
                }
                Ok(Event::End(_)) => self.end(end),
                Ok(Event::Text(t)) => self.text_event(&t, start),
                Ok(Event::CData(c)) => self.cdata(&c, start),
                Ok(Event::DocType(d)) => {
                    let body = String::from_utf8_lossy(&d);
                    let loc = self.checker.offset_location(start, end);
                    self.checker
                        .add(&xml::DTD_REFUSED, xml::describe_doctype(&body), loc);
                    Err(Stopped)
                }
                Ok(Event::Decl(_) | Event::PI(_) | Event::Comment(_)) => Ok(()),
                Ok(Event::Eof) => {
                    self.eof(end);
                    break;
                }
                Err(e) => {
                    let at = reader.error_position() as usize;
                    let loc = self.checker.offset_location(at, at);
                    let at_end = reader.buffer_position() as usize >= self.text.len();
                    let msg = format!(
                        "{}{}",
                        shorten(&e.to_string()),
                        if at_end {
                            " (the document ends here: truncated file?)"
                        } else {
                            ""
                        }
                    );
                    self.checker.add(&xml::NOT_WELL_FORMED, msg, loc);
                    Err(Stopped)
                }
            };
            if result.is_err() {
                stopped = true;
                break;
            }
        }
        if let Some(v) = self.schema.take() {
            // A document that is not well-formed (or not metadata) has no
            // schema verdict: its finding already says why.
            let unfinished = stopped || !self.stack.is_empty() || self.skipped > 0;
            self.checker.schema((!unfinished).then(|| v.finish()));
        }
        self.root_seen
    }

    fn not_well_formed(
        &mut self,
        message: String,
        start: usize,
        end: usize,
    ) -> Result<(), Stopped> {
        let loc = self.checker.offset_location(start, end);
        self.checker.add(&xml::NOT_WELL_FORMED, message, loc);
        Err(Stopped)
    }

    fn start(
        &mut self,
        ns: ResolveResult,
        e: &BytesStart,
        start: usize,
        end: usize,
    ) -> Result<(), Stopped> {
        if self.stack.len() + self.skipped >= xml::MAX_DEPTH {
            let loc = self.checker.offset_location(start, end);
            self.checker.add(
                &xml::TOO_DEEP,
                format!(
                    "elements are nested more than {} levels deep",
                    xml::MAX_DEPTH
                ),
                loc,
            );
            return Err(Stopped);
        }
        if self.root_closed {
            return self.not_well_formed(
                "a second root element follows the end of the document".into(),
                start,
                end,
            );
        }
        let ns_uri: Option<&[u8]> = match ns {
            ResolveResult::Bound(Namespace(n)) => Some(n),
            ResolveResult::Unbound => None,
            ResolveResult::Unknown(prefix) => {
                return self.not_well_formed(
                    format!(
                        "the namespace prefix `{}` is not declared",
                        shorten(&String::from_utf8_lossy(&prefix))
                    ),
                    start,
                    end,
                );
            }
        };
        // Check every attribute (duplicates, syntax, entity references), and
        // collect the ones tracked elements need.
        let local = e.local_name();
        let tracked = if self.skipped > 0 {
            None
        } else {
            child_ctx(self.stack.last().map(|f| f.ctx), local.as_ref())
        };
        let mut attrs: Vec<(&[u8], String)> = Vec::new();
        // quick-xml's own duplicate check is quadratic; ours switches to a
        // set for the rare element with many attributes, and the count is
        // bounded so a hostile tag cannot stall the reader.
        const SMALL: usize = 16;
        let mut keys: [&[u8]; SMALL] = [&[]; SMALL];
        let mut n_keys = 0usize;
        let mut key_set: Option<std::collections::HashSet<&[u8]>> = None;
        let mut iter = e.attributes();
        iter.with_checks(false);
        for a in iter {
            let a = match a {
                Ok(a) => a,
                Err(err) => {
                    return self.not_well_formed(
                        format!("bad attribute: {}", shorten(&err.to_string())),
                        start,
                        end,
                    )
                }
            };
            if memchr::memchr(b'<', &a.value).is_some() {
                return self.not_well_formed(
                    format!(
                        "the value of attribute `{}` contains `<`, which must be written &lt;",
                        shorten(&String::from_utf8_lossy(a.key.as_ref()))
                    ),
                    start,
                    end,
                );
            }
            let key: &[u8] = a.key.into_inner();
            let duplicate = match key_set.as_mut() {
                Some(set) => !set.insert(key),
                None if n_keys < SMALL => {
                    let dup = keys[..n_keys].contains(&key);
                    keys[n_keys] = key;
                    n_keys += 1;
                    dup
                }
                None => {
                    let mut set: std::collections::HashSet<&[u8]> = keys.iter().copied().collect();
                    let dup = !set.insert(key);
                    key_set = Some(set);
                    dup
                }
            };
            if duplicate {
                return self.not_well_formed(
                    format!(
                        "attribute `{}` appears twice on the same element",
                        shorten(&String::from_utf8_lossy(key))
                    ),
                    start,
                    end,
                );
            }
            if key_set.as_ref().map_or(0, |s| s.len()) > xml::MAX_ATTRIBUTES {
                let loc = self.checker.offset_location(start, end);
                self.checker.add(
                    &xml::TOO_MANY_ATTRIBUTES,
                    format!(
                        "an element carries more than {} attributes",
                        xml::MAX_ATTRIBUTES
                    ),
                    loc,
                );
                return Err(Stopped);
            }
            if tracked.is_some() || a.value.contains(&b'&') {
                let value = match a.unescape_value() {
                    Ok(v) => v,
                    Err(err) => {
                        return self.not_well_formed(
                            format!("bad attribute value: {}", shorten(&err.to_string())),
                            start,
                            end,
                        )
                    }
                };
                if tracked.is_some() && a.key.prefix().is_none() {
                    attrs.push((a.key.into_inner(), value.into_owned()));
                }
            }
        }

        if !self.root_seen {
            self.root_seen = true;
            if tracked.is_none() {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                self.checker.not_metadata_root(&name, ns_uri, start, end);
                return Err(Stopped);
            }
        }
        let Some((ctx, name, expected_ns)) = tracked else {
            self.skipped += 1;
            return Ok(());
        };
        if ns_uri != Some(expected_ns.as_bytes()) && !self.ns_reported.contains(&name) {
            self.ns_reported.push(name);
            let found = ns_uri.map(|n| String::from_utf8_lossy(n).into_owned());
            let at = At {
                path: self.path.clone() + "/" + name,
                start,
                end,
            };
            self.checker
                .wrong_namespace(name, found.as_deref(), expected_ns, &at);
        }

        // Path segment with the sibling index.
        let path_len = self.path.len();
        let n = match self.stack.last_mut() {
            Some(parent) => match parent.counts.iter_mut().find(|(k, _)| *k == name) {
                Some((_, c)) => {
                    *c += 1;
                    *c
                }
                None => {
                    parent.counts.push((name, 1));
                    1
                }
            },
            None => 1,
        };
        self.path.push('/');
        self.path.push_str(name);
        if !self.stack.is_empty() && (n > 1 || always_indexed(name)) {
            self.path.push('[');
            self.path.push_str(&n.to_string());
            self.path.push(']');
        }
        let at = At {
            path: self.path.clone(),
            start,
            end,
        };
        let mut get = |k: &str| {
            let i = attrs.iter().position(|(key, _)| *key == k.as_bytes())?;
            Some(attrs.swap_remove(i).1)
        };
        let mut valid_until = self.stack.last().and_then(|f| f.valid_until);

        match ctx {
            Ctx::EntitiesDescriptor => {
                let own =
                    self.checker
                        .entities_descriptor(&at, get("validUntil"), get("cacheDuration"));
                valid_until = earliest(valid_until, own);
            }
            Ctx::EntityDescriptor => {
                self.entity = Some(Entity {
                    at,
                    entity_id: any_uri(get("entityID")),
                    valid_until: get("validUntil"),
                    cache_duration: get("cacheDuration"),
                    inherited_valid_until: valid_until,
                    roles: Vec::new(),
                });
            }
            Ctx::Role(kind) => {
                let mut role = Role::new(kind, name, at);
                role.protocol_support = get("protocolSupportEnumeration");
                role.want_authn_requests_signed = get("WantAuthnRequestsSigned");
                role.authn_requests_signed = get("AuthnRequestsSigned");
                role.want_assertions_signed = get("WantAssertionsSigned");
                role.valid_until = get("validUntil");
                role.cache_duration = get("cacheDuration");
                self.role = Some(role);
            }
            Ctx::KeyDescriptor => {
                self.key = Some(KeyDescriptor {
                    at,
                    use_: get("use"),
                    certs: Vec::new(),
                });
            }
            Ctx::X509Certificate(_) | Ctx::NameIdFormat => {
                self.capture = Some(String::new());
                self.capture_at = at;
            }
            Ctx::Service => {
                let ep = Endpoint {
                    at,
                    binding: any_uri(get("Binding")),
                    location: any_uri(get("Location")),
                    index: get("index"),
                    is_default: get("isDefault"),
                };
                if let Some(role) = self.role.as_mut() {
                    if name == "SingleSignOnService" {
                        role.sso.push(ep);
                    } else {
                        role.acs.push(ep);
                    }
                }
            }
            Ctx::Signature => {
                // A signature nested in a signed element is reported on its own.
                self.signature = Some(Signature {
                    at,
                    ..Signature::default()
                });
            }
            Ctx::Reference => {
                self.reference = Some(Reference {
                    uri: get("URI"),
                    digest_methods: Vec::new(),
                });
            }
            Ctx::Leaf => {
                let alg = get("Algorithm");
                if let Some(sig) = self.signature.as_mut() {
                    match name {
                        "CanonicalizationMethod" => sig.canonicalization = alg,
                        "SignatureMethod" => sig.signature_method = alg,
                        _ => {
                            if let (Some(r), Some(a)) = (self.reference.as_mut(), alg) {
                                r.digest_methods.push(a);
                            }
                        }
                    }
                }
            }
            Ctx::KeyInfo(_) | Ctx::X509Data(_) | Ctx::SignedInfo => {}
        }
        self.stack.push(Frame {
            ctx,
            path_len,
            counts: Vec::new(),
            valid_until,
        });
        Ok(())
    }

    fn end(&mut self, end: usize) -> Result<(), Stopped> {
        if self.skipped > 0 {
            self.skipped -= 1;
            return Ok(());
        }
        let Some(frame) = self.stack.pop() else {
            // quick-xml reports unmatched end tags itself; nothing to close.
            return Ok(());
        };
        self.path.truncate(frame.path_len);
        match frame.ctx {
            Ctx::X509Certificate(owner) => {
                let cert = EmbeddedCert {
                    at: std::mem::take(&mut self.capture_at),
                    base64: self.capture.take().unwrap_or_default(),
                };
                match owner {
                    Owner::Key => {
                        if let Some(k) = self.key.as_mut() {
                            k.certs.push(cert);
                        }
                    }
                    Owner::Sig => {
                        if let Some(s) = self.signature.as_mut() {
                            s.certs.push(cert);
                        }
                    }
                }
            }
            Ctx::NameIdFormat => {
                let value = self.capture.take().unwrap_or_default();
                if let Some(role) = self.role.as_mut() {
                    role.nameid_formats.push(Text {
                        at: std::mem::take(&mut self.capture_at),
                        value: value.trim().to_string(),
                    });
                }
            }
            Ctx::KeyDescriptor => {
                if let (Some(k), Some(role)) = (self.key.take(), self.role.as_mut()) {
                    role.keys.push(k);
                }
            }
            Ctx::Role(_) => {
                if let (Some(role), Some(entity)) = (self.role.take(), self.entity.as_mut()) {
                    entity.roles.push(role);
                }
            }
            Ctx::EntityDescriptor => {
                if let Some(entity) = self.entity.take() {
                    self.checker.entity(entity);
                    self.checker.progress(end);
                }
            }
            Ctx::Reference => {
                if let (Some(r), Some(sig)) = (self.reference.take(), self.signature.as_mut()) {
                    sig.references.push(r);
                }
            }
            Ctx::Signature => {
                if let Some(sig) = self.signature.take() {
                    self.checker.signature(sig);
                }
            }
            _ => {}
        }
        if self.stack.is_empty() {
            self.root_closed = true;
        }
        Ok(())
    }

    fn text_event(
        &mut self,
        t: &quick_xml::events::BytesText,
        start: usize,
    ) -> Result<(), Stopped> {
        let raw: &[u8] = t;
        if let Some(buf) = self.capture.as_mut() {
            if raw.contains(&b'&') {
                match t.unescape() {
                    Ok(v) => buf.push_str(&v),
                    Err(err) => {
                        return self.not_well_formed(
                            shorten(&err.to_string()).into_owned(),
                            start,
                            start + raw.len(),
                        )
                    }
                }
            } else {
                // The input is already validated UTF-8.
                buf.push_str(std::str::from_utf8(raw).unwrap_or(""));
            }
            return Ok(());
        }
        if self.stack.is_empty() && self.skipped == 0 {
            if raw.iter().any(|b| !b.is_ascii_whitespace()) {
                let offset = start
                    + raw
                        .iter()
                        .position(|b| !b.is_ascii_whitespace())
                        .unwrap_or(0);
                let snippet = String::from_utf8_lossy(&raw[..raw.len().min(40)])
                    .trim()
                    .to_string();
                if !self.root_seen {
                    // Not XML at all (or text before the root): say so plainly.
                    self.checker.not_metadata_text(&snippet, offset);
                    self.root_seen = true;
                    return Err(Stopped);
                }
                return self.not_well_formed(
                    format!(
                        "text `{}` follows the end of the document",
                        shorten(&snippet)
                    ),
                    offset,
                    offset,
                );
            }
            return Ok(());
        }
        if raw.contains(&b'&') {
            if let Err(err) = t.unescape() {
                return self.not_well_formed(
                    shorten(&err.to_string()).into_owned(),
                    start,
                    start + raw.len(),
                );
            }
        }
        Ok(())
    }

    fn cdata(&mut self, c: &quick_xml::events::BytesCData, start: usize) -> Result<(), Stopped> {
        let raw: &[u8] = c;
        if self.stack.is_empty() && self.skipped == 0 {
            return self.not_well_formed("CDATA outside the root element".into(), start, start);
        }
        if let Some(buf) = self.capture.as_mut() {
            buf.push_str(std::str::from_utf8(raw).unwrap_or(""));
        }
        Ok(())
    }

    fn eof(&mut self, end: usize) {
        if !self.root_seen {
            self.checker.empty_document();
            return;
        }
        if !self.stack.is_empty() || self.skipped > 0 {
            self.not_well_formed_eof(self.path.clone(), end);
        }
    }

    fn not_well_formed_eof(&mut self, open: String, end: usize) {
        let loc = self.checker.offset_location(end, end);
        self.checker.add(
            &xml::NOT_WELL_FORMED,
            format!(
                "the document ends before {} is closed (truncated file?)",
                shorten(&open)
            ),
            loc,
        );
    }
}

/// Feed one event to the schema validator (text only where it is read).
fn schema_event(
    v: &mut crate::xmlschema::Validator,
    reader: &NsReader<&[u8]>,
    ev: &Event,
    start: usize,
    end: usize,
) {
    match ev {
        Event::Start(e) => v.start(reader, e, start, end),
        Event::Empty(e) => {
            v.start(reader, e, start, end);
            v.end();
        }
        Event::End(_) => v.end(),
        Event::Text(t) if v.wants_text() => {
            let raw: &[u8] = t;
            if raw.contains(&b'&') {
                if let Ok(s) = t.unescape() {
                    v.text(&s);
                }
            } else {
                v.text(std::str::from_utf8(raw).unwrap_or(""));
            }
        }
        Event::CData(c) if v.wants_text() => v.text(std::str::from_utf8(c).unwrap_or("")),
        _ => {}
    }
}

/// entityID, Binding and Location are xs:anyURI, whose whitespace facet is
/// "collapse": schema-aware importers drop leading and trailing whitespace
/// (a Location a pretty printer wrapped onto its own line), so it is neither
/// an error nor part of the value. Whitespace inside stays, and is reported.
fn any_uri(value: Option<String>) -> Option<String> {
    value.map(|v| {
        let t = v.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'));
        if t.len() == v.len() {
            v
        } else {
            t.to_string()
        }
    })
}

fn earliest(
    a: Option<chrono::DateTime<chrono::Utc>>,
    b: Option<chrono::DateTime<chrono::Utc>>,
) -> Option<chrono::DateTime<chrono::Utc>> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}
