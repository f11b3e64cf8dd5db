//! The streaming validator: namespace-resolved start, text and end events
//! in, schema problems out (XML Schema Part 1, section 3.4.4 "Element
//! Locally Valid (Complex Type)" and 3.3.4 "Element Locally Valid
//! (Element)"). It keeps one frame per open element — the position in that
//! element's content-model automaton — so memory is O(depth) and nothing is
//! allocated per event except for problems, IDs and the text of the element
//! with simple content being read.
//!
//! After a problem it resynchronises instead of cascading: an unexpected
//! element's subtree is skipped (its parent stays where it was), and a
//! missing element is reported once, before the element that follows it,
//! with the automaton moved past the gap.

use std::collections::{HashSet, VecDeque};

use quick_xml::events::BytesStart;
use quick_xml::name::{Namespace, QName, ResolveResult};
use quick_xml::NsReader;

use super::model::{Builtin, Content, Label, Process, TypeRef, Wild};
use super::simple;
use super::tables::{ELEMENTS, GLOBAL_ELEMENTS, GLOBAL_TYPES, NAMESPACES, SIMPLE, STATES, TYPES};

const XSI: &[u8] = b"http://www.w3.org/2001/XMLSchema-instance";
const XS: &[u8] = b"http://www.w3.org/2001/XMLSchema";
/// Problems kept with their message; the rest are only counted.
pub const MAX_PROBLEMS: usize = 200;
const NONE: u16 = u16::MAX;

/// What kind of schema problem (each maps to one rule per tool).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    UnexpectedElement,
    MissingElement,
    UnknownAttribute,
    MissingAttribute,
    AttributeType,
    ContentType,
    DuplicateId,
    /// A valid xs:dateTime that is not in UTC (SAML Core 1.3.3 requires
    /// UTC); schema-valid, so not counted as a schema problem.
    TimeNotUtc,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: Kind,
    pub message: String,
    /// Byte span of the offending element's start tag.
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy)]
enum Mode {
    /// Following `state` of the automaton of `TYPES[ty]`. `open`: the type
    /// came from an `xsi:type` outside the known schemas (an ADFS
    /// `fed:SecurityTokenServiceType`), so what it adds after its base's
    /// content is accepted unchecked.
    Complex { ty: u16, state: u16, open: bool },
    /// Text of `SIMPLE[st]`.
    Simple { st: u16 },
    /// Content nobody declares (a lax wildcard's unknown element,
    /// xs:anyType): children are validated only where they are known.
    Lax,
}

#[derive(Clone, Copy)]
struct Frame {
    mode: Mode,
    /// Index into `ELEMENTS` (NONE for an undeclared element).
    elem: u16,
    start: usize,
    end: usize,
    text_reported: bool,
}

/// Validate a document as a stream of events; see the module docs.
pub struct Validator {
    frames: Vec<Frame>,
    /// Depth inside a skipped subtree.
    skip: usize,
    text: String,
    ids: HashSet<Box<str>>,
    problems: Vec<Problem>,
    count: usize,
    /// `xsi:type` names outside the schemas that were accepted.
    extensions: Vec<String>,
}

/// The result of a validation.
#[derive(Debug, Default, Clone)]
pub struct Outcome {
    /// The first [`MAX_PROBLEMS`] problems, in document order of detection
    /// (with the UTC warnings, which are not schema problems).
    pub problems: Vec<Problem>,
    /// All schema problems, counted (UTC warnings excluded).
    pub count: usize,
    /// Extension types accepted by name (`fed:ApplicationServiceType`).
    pub extensions: Vec<String>,
}

impl Default for Validator {
    fn default() -> Self {
        Self::new()
    }
}

fn ns_index(uri: &[u8]) -> Option<u8> {
    // Metadata is nearly all md: and ds:, so look there first.
    if uri == NAMESPACES[6].0.as_bytes() {
        return Some(6);
    }
    NAMESPACES
        .iter()
        .position(|(u, _)| u.as_bytes() == uri)
        .and_then(|i| u8::try_from(i).ok())
}

fn resolved<'a>(r: &ResolveResult<'a>) -> Option<&'a [u8]> {
    match r {
        ResolveResult::Bound(Namespace(n)) => Some(*n),
        _ => None,
    }
}

fn global_element(ns: u8, local: &[u8]) -> Option<u16> {
    GLOBAL_ELEMENTS
        .binary_search_by(|(n, l, _)| (*n, l.as_bytes()).cmp(&(ns, local)))
        .ok()
        .map(|i| GLOBAL_ELEMENTS[i].2)
}

fn global_type(ns: u8, local: &[u8]) -> Option<u16> {
    GLOBAL_TYPES
        .binary_search_by(|(n, l, _)| (*n, l.as_bytes()).cmp(&(ns, local)))
        .ok()
        .map(|i| GLOBAL_TYPES[i].2)
}

/// `md:KeyDescriptor` for a declaration.
pub fn elem_name(i: u16) -> String {
    let e = &ELEMENTS[i as usize];
    let prefix = NAMESPACES[e.ns as usize].1;
    if prefix.is_empty() {
        e.local.to_string()
    } else {
        format!("{prefix}:{}", e.local)
    }
}

fn label_name(l: &Label) -> String {
    match l {
        Label::Elem(i) => elem_name(*i),
        Label::Wild(w) => match w.ns {
            super::model::NsSet::Other(_) => "an element of another namespace".into(),
            _ => "any element".into(),
        },
    }
}

fn derives_from(mut t: u16, base: u16) -> bool {
    for _ in 0..32 {
        if t == base {
            return true;
        }
        match TYPES[t as usize].base {
            Some(b) => t = b,
            None => return false,
        }
    }
    false
}

fn builtin_by_name(local: &[u8]) -> Option<u16> {
    // The simple types table holds every built-in the schemas use, named `xs:…`.
    SIMPLE
        .iter()
        .position(|s| s.name.strip_prefix("xs:").map(str::as_bytes) == Some(local))
        .and_then(|i| u16::try_from(i).ok())
}

fn snippet(v: &str) -> String {
    let t = v.trim();
    let short: String = t.chars().take(60).collect();
    if short.len() < t.len() {
        format!("{short}…")
    } else {
        short
    }
}

impl Validator {
    pub fn new() -> Self {
        Self {
            frames: Vec::with_capacity(32),
            skip: 0,
            text: String::new(),
            ids: HashSet::new(),
            problems: Vec::new(),
            count: 0,
            extensions: Vec::new(),
        }
    }

    fn problem(&mut self, kind: Kind, message: String, start: usize, end: usize) {
        if kind != Kind::TimeNotUtc {
            self.count += 1;
        }
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem {
                kind,
                message,
                start,
                end,
            });
        }
    }

    /// Problems so far (for a caller that reports as it goes).
    pub fn count(&self) -> usize {
        self.count
    }

    pub fn finish(self) -> Outcome {
        Outcome {
            problems: self.problems,
            count: self.count,
            extensions: self.extensions,
        }
    }

    /// A start tag (call [`Self::end`] right after for an empty element).
    /// `start..end` is the tag's byte span.
    pub fn start(&mut self, reader: &NsReader<&[u8]>, e: &BytesStart, start: usize, end: usize) {
        if self.skip > 0 {
            self.skip += 1;
            return;
        }
        let (ns_res, local) = reader.resolve_element(e.name());
        let ns = match resolved(&ns_res) {
            Some(uri) => ns_index(uri),
            None => Some(0),
        };
        let local = local.into_inner();
        let written = || String::from_utf8_lossy(e.name().as_ref()).into_owned();
        let decl = match self.frames.last().copied() {
            None => ns.and_then(|n| global_element(n, local)),
            Some(parent) => {
                match parent.mode {
                    Mode::Lax => ns.and_then(|n| global_element(n, local)),
                    Mode::Simple { .. } => {
                        let name = parent.elem_label();
                        self.problem(
                        Kind::ContentType,
                        format!("{name} holds text only; the child element <{}> is not allowed in it", written()),
                        start,
                        end,
                    );
                        self.skip = 1;
                        return;
                    }
                    Mode::Complex { ty, state, open } => match self.step(ty, state, ns, local) {
                        Step::Elem(to, d) => {
                            self.set_state(to);
                            Some(d)
                        }
                        Step::Wild(to, w) => {
                            self.set_state(to);
                            match w.process {
                                Process::Skip => {
                                    self.skip = 1;
                                    return;
                                }
                                Process::Lax => ns.and_then(|n| global_element(n, local)),
                                Process::Strict => {
                                    match ns.and_then(|n| global_element(n, local)) {
                                        Some(d) => Some(d),
                                        // A namespace whose schema is not
                                        // bundled (XML Encryption 1.1's
                                        // xenc11:MGF in RSA-OAEP) cannot be
                                        // checked: accept it.
                                        None if ns.is_none() => None,
                                        None => {
                                            let msg = format!(
                                            "<{}> is allowed in {} only if it is a known schema element, and it is not",
                                            written(),
                                            parent.elem_label()
                                        );
                                            self.problem(Kind::UnexpectedElement, msg, start, end);
                                            self.skip = 1;
                                            return;
                                        }
                                    }
                                }
                            }
                        }
                        Step::None if open => ns.and_then(|n| global_element(n, local)),
                        Step::None => match self.diagnose(ty, state, ns, local) {
                            Some((missing, to, d)) => {
                                let names: Vec<String> =
                                    missing.iter().map(|&i| elem_name(i)).collect();
                                let msg = format!(
                                    "{} is missing in {} before <{}> (the order is: {})",
                                    names.join(", "),
                                    parent.elem_label(),
                                    written(),
                                    TYPES[ty as usize].model
                                );
                                self.problem(Kind::MissingElement, msg, start, end);
                                self.set_state(to);
                                Some(d)
                            }
                            None => {
                                let st = &STATES[state as usize];
                                // The first few choices; the order below names them all.
                                let mut exp: Vec<String> = st
                                    .trans
                                    .iter()
                                    .take(3)
                                    .map(|t| label_name(&t.label))
                                    .collect();
                                if st.trans.len() > 3 {
                                    exp.push(format!("{} others", st.trans.len() - 3));
                                }
                                let mut expected = exp.join(", ");
                                if st.accept {
                                    if !expected.is_empty() {
                                        expected.push_str(" or ");
                                    }
                                    expected
                                        .push_str(&format!("the end of {}", parent.elem_label()));
                                }
                                if expected.is_empty() {
                                    expected.push_str("nothing");
                                }
                                let msg = format!(
                                    "<{}> is not expected here in {}; expected {expected} (the order is: {})",
                                    written(),
                                    parent.elem_label(),
                                    TYPES[ty as usize].model
                                );
                                self.problem(Kind::UnexpectedElement, msg, start, end);
                                self.skip = 1;
                                return;
                            }
                        },
                    },
                }
            }
        };
        let Some(d) = decl else {
            self.frames.push(Frame {
                mode: Mode::Lax,
                elem: NONE,
                start,
                end,
                text_reported: false,
            });
            return;
        };
        let mode = self.element_mode(reader, e, d, start, end);
        self.attributes(reader, e, d, mode, start, end);
        if let Mode::Simple { .. } = mode {
            self.text.clear();
        }
        self.frames.push(Frame {
            mode,
            elem: d,
            start,
            end,
            text_reported: false,
        });
    }

    fn set_state(&mut self, to: u16) {
        if let Some(Frame {
            mode: Mode::Complex { state, .. },
            ..
        }) = self.frames.last_mut()
        {
            *state = to;
        }
    }

    fn step(&self, ty: u16, state: u16, ns: Option<u8>, local: &[u8]) -> Step {
        let _ = ty;
        let st = &STATES[state as usize];
        for t in st.trans {
            if let Label::Elem(i) = t.label {
                let d = &ELEMENTS[i as usize];
                if Some(d.ns) == ns && d.local.as_bytes() == local {
                    return Step::Elem(t.to, i);
                }
            }
        }
        for t in st.trans {
            if let Label::Wild(w) = t.label {
                if w.matches(ns) {
                    return Step::Wild(t.to, w);
                }
            }
        }
        Step::None
    }

    /// The required elements that, inserted before this one, would make it
    /// fit (shortest such gap, at most four elements), with where the
    /// automaton then is.
    fn diagnose(
        &self,
        ty: u16,
        state: u16,
        ns: Option<u8>,
        local: &[u8],
    ) -> Option<(Vec<u16>, u16, u16)> {
        let mut queue: VecDeque<(u16, Vec<u16>)> = VecDeque::new();
        let mut seen: Vec<u16> = vec![state];
        queue.push_back((state, Vec::new()));
        while let Some((s, path)) = queue.pop_front() {
            if !path.is_empty() {
                if let Step::Elem(to, d) = self.step(ty, s, ns, local) {
                    return Some((path, to, d));
                }
            }
            if path.len() >= 4 {
                continue;
            }
            for t in STATES[s as usize].trans {
                if let Label::Elem(i) = t.label {
                    if !seen.contains(&t.to) {
                        seen.push(t.to);
                        let mut p = path.clone();
                        p.push(i);
                        queue.push_back((t.to, p));
                    }
                }
            }
        }
        None
    }

    /// The shortest run of elements that would let `state` end.
    fn completion(state: u16) -> Vec<u16> {
        let mut queue: VecDeque<(u16, Vec<u16>)> = VecDeque::new();
        let mut seen = vec![state];
        queue.push_back((state, Vec::new()));
        while let Some((s, path)) = queue.pop_front() {
            if STATES[s as usize].accept {
                return path;
            }
            if path.len() >= 6 {
                continue;
            }
            for t in STATES[s as usize].trans {
                if let Label::Elem(i) = t.label {
                    if !seen.contains(&t.to) {
                        seen.push(t.to);
                        let mut p = path.clone();
                        p.push(i);
                        queue.push_back((t.to, p));
                    }
                }
            }
        }
        Vec::new()
    }

    /// The element's type, honouring `xsi:type`.
    fn element_mode(
        &mut self,
        reader: &NsReader<&[u8]>,
        e: &BytesStart,
        d: u16,
        start: usize,
        end: usize,
    ) -> Mode {
        let declared = ELEMENTS[d as usize].ty;
        // Most elements carry no xsi:type: skip the attribute parse for them.
        let maybe_typed = memchr::memmem::find(e.attributes_raw(), b"type").is_some();
        let xsi_type = if !maybe_typed {
            None
        } else {
            e.attributes().flatten().find_map(|a| {
                let (r, l) = reader.resolve_attribute(a.key);
                (resolved(&r) == Some(XSI) && l.as_ref() == b"type")
                    .then(|| String::from_utf8_lossy(&a.value).trim().to_string())
            })
        };
        let mode_of = |t: TypeRef| match t {
            TypeRef::Complex(ty) => match TYPES[ty as usize].content {
                Content::Simple(st) => Mode::Simple { st },
                Content::Elements { start, .. } => Mode::Complex {
                    ty,
                    state: start,
                    open: false,
                },
            },
            TypeRef::Simple(st) => Mode::Simple { st },
            TypeRef::AnyType => Mode::Lax,
        };
        let Some(xt) = xsi_type else {
            if let TypeRef::Complex(ty) = declared {
                if TYPES[ty as usize].abstract_ {
                    self.problem(
                        Kind::MissingAttribute,
                        format!(
                            "{} has the abstract type {}: it needs an xsi:type attribute naming the concrete type",
                            elem_name(d),
                            TYPES[ty as usize].name
                        ),
                        start,
                        end,
                    );
                }
            }
            return mode_of(declared);
        };
        let (r, l) = reader.resolve_element(QName(xt.as_bytes()));
        let uri = resolved(&r).map(<[u8]>::to_vec);
        let local = l.into_inner().to_vec();
        if matches!(r, ResolveResult::Unknown(_)) {
            self.problem(
                Kind::AttributeType,
                format!(
                    "xsi:type=\"{}\" on {} uses an undeclared namespace prefix",
                    snippet(&xt),
                    elem_name(d)
                ),
                start,
                end,
            );
            return mode_of(declared);
        }
        if uri.as_deref() == Some(XS) {
            if let TypeRef::AnyType = declared {
                return match builtin_by_name(&local) {
                    Some(st) => Mode::Simple { st },
                    None => Mode::Lax,
                };
            }
        }
        let known = uri
            .as_deref()
            .and_then(ns_index)
            .and_then(|n| global_type(n, &local));
        match (declared, known) {
            (TypeRef::Complex(base), Some(t)) if derives_from(t, base) => {
                mode_of(TypeRef::Complex(t))
            }
            (TypeRef::AnyType, Some(t)) => mode_of(TypeRef::Complex(t)),
            (TypeRef::Complex(base), Some(t)) => {
                self.problem(
                    Kind::AttributeType,
                    format!(
                        "xsi:type=\"{}\" on {}: {} is not derived from {}",
                        snippet(&xt),
                        elem_name(d),
                        TYPES[t as usize].name,
                        TYPES[base as usize].name
                    ),
                    start,
                    end,
                );
                mode_of(declared)
            }
            (TypeRef::Complex(base), None) if uri.as_deref().and_then(ns_index).is_none() => {
                // A type from a schema we do not have (WS-Federation in ADFS
                // metadata): accept it as an extension of the declared type.
                if self.extensions.len() < 16 && !self.extensions.contains(&xt) {
                    self.extensions.push(xt.clone());
                }
                match TYPES[base as usize].content {
                    Content::Elements { start, .. } => Mode::Complex {
                        ty: base,
                        state: start,
                        open: true,
                    },
                    Content::Simple(st) => Mode::Simple { st },
                }
            }
            (TypeRef::AnyType, None) => Mode::Lax,
            _ => {
                self.problem(
                    Kind::AttributeType,
                    format!(
                        "xsi:type=\"{}\" on {} names no type the schemas define",
                        snippet(&xt),
                        elem_name(d)
                    ),
                    start,
                    end,
                );
                mode_of(declared)
            }
        }
    }

    fn attributes(
        &mut self,
        reader: &NsReader<&[u8]>,
        e: &BytesStart,
        d: u16,
        mode: Mode,
        start: usize,
        end: usize,
    ) {
        let (ty, open) = match mode {
            Mode::Complex { ty, open, .. } => (Some(ty), open),
            Mode::Simple { .. } => match ELEMENTS[d as usize].ty {
                TypeRef::Complex(ty) => (Some(ty), false),
                _ => (None, false),
            },
            Mode::Lax => return,
        };
        let (decls, any_attr): (&[super::model::AttrDecl], Option<Wild>) = match ty {
            Some(t) => (TYPES[t as usize].attrs, TYPES[t as usize].any_attr),
            None => (&[], None),
        };
        let mut seen: u64 = 0;
        let mut iter = e.attributes();
        iter.with_checks(false);
        for a in iter.flatten() {
            let key = a.key;
            if key.as_namespace_binding().is_some() {
                continue;
            }
            // Unprefixed attributes are in no namespace: no lookup needed.
            let (ns, local) = if key.prefix().is_none() {
                (Some(0), key.into_inner())
            } else {
                let (r, l) = reader.resolve_attribute(key);
                let uri = resolved(&r);
                if uri == Some(XSI) {
                    continue;
                }
                let ns = match uri {
                    Some(u) => ns_index(u),
                    None => Some(0),
                };
                (ns, l.into_inner())
            };
            let found = decls
                .iter()
                .position(|ad| Some(ad.ns) == ns && ad.local.as_bytes() == local);
            let Some(i) = found else {
                let wild_ok =
                    any_attr.is_some_and(|w| w.matches(ns) || (ns.is_none() && w.matches(None)));
                if wild_ok || (open && ns == Some(0)) {
                    continue;
                }
                let allowed: Vec<&str> = decls
                    .iter()
                    .filter(|a| a.ns == 0)
                    .map(|a| a.local)
                    .collect();
                let owner = elem_name(d);
                let msg = format!(
                    "attribute `{}` is not allowed on {}{}",
                    snippet(&String::from_utf8_lossy(key.as_ref())),
                    owner,
                    if allowed.is_empty() {
                        " (it takes no attributes of its own)".to_string()
                    } else {
                        format!(" (allowed: {})", allowed.join(", "))
                    }
                );
                self.problem(Kind::UnknownAttribute, msg, start, end);
                continue;
            };
            if i < 64 {
                seen |= 1 << i;
            }
            let decl = &decls[i];
            let st = &SIMPLE[decl.ty as usize];
            if st.base == Builtin::String && st.enums.is_empty() && st.max_len == u32::MAX {
                continue;
            }
            let value: std::borrow::Cow<str> = if a.value.contains(&b'&') {
                match a.unescape_value() {
                    Ok(v) => std::borrow::Cow::Owned(v.into_owned()),
                    Err(_) => continue,
                }
            } else {
                std::borrow::Cow::Borrowed(std::str::from_utf8(&a.value).unwrap_or(""))
            };
            self.attr_value(d, decl.local, decl.ty, &value, start, end);
        }
        for (i, ad) in decls.iter().enumerate() {
            if ad.required && i < 64 && seen & (1 << i) == 0 {
                let prefix = NAMESPACES[ad.ns as usize].1;
                let name = if prefix.is_empty() {
                    ad.local.to_string()
                } else {
                    format!("{prefix}:{}", ad.local)
                };
                self.problem(
                    Kind::MissingAttribute,
                    format!(
                        "{} has no `{name}` attribute, which the schema requires",
                        elem_name(d)
                    ),
                    start,
                    end,
                );
            }
        }
    }

    fn attr_value(&mut self, d: u16, attr: &str, ty: u16, value: &str, start: usize, end: usize) {
        let st = &SIMPLE[ty as usize];
        if let Err(expected) = simple::check(st, value) {
            self.problem(
                Kind::AttributeType,
                format!(
                    "{attr}=\"{}\" on {} is not valid: expected {expected} ({})",
                    snippet(value),
                    elem_name(d),
                    st.name
                ),
                start,
                end,
            );
            return;
        }
        if st.base == Builtin::DateTime && !simple::is_utc(value) {
            self.problem(
                Kind::TimeNotUtc,
                format!(
                    "{attr}=\"{}\" on {} is not in UTC: SAML times end in Z (for example 2026-01-31T12:00:00Z)",
                    snippet(value),
                    elem_name(d)
                ),
                start,
                end,
            );
        }
        if st.base == Builtin::Id {
            let v = value.trim();
            if !self.ids.insert(v.into()) {
                self.problem(
                    Kind::DuplicateId,
                    format!(
                        "{attr}=\"{}\" on {} is already used by another element in the document",
                        snippet(v),
                        elem_name(d)
                    ),
                    start,
                    end,
                );
            }
        }
    }

    /// Character data (already unescaped where it had references).
    pub fn text(&mut self, t: &str) {
        if self.skip > 0 {
            return;
        }
        let Some(top) = self.frames.last_mut() else {
            return;
        };
        match top.mode {
            Mode::Simple { .. } => {
                if self.text.len() < 1 << 20 {
                    self.text.push_str(t);
                }
            }
            Mode::Complex { ty, .. } => {
                let mixed = matches!(
                    TYPES[ty as usize].content,
                    Content::Elements { mixed: true, .. }
                );
                if !mixed && !top.text_reported && !t.bytes().all(|b| b.is_ascii_whitespace()) {
                    top.text_reported = true;
                    let (start, end) = (top.start, top.end);
                    let name = top.elem_label();
                    self.problem(
                        Kind::ContentType,
                        format!("text `{}` is not allowed directly inside {name}, which holds elements only", snippet(t)),
                        start,
                        end,
                    );
                }
            }
            Mode::Lax => {}
        }
    }

    /// Whether the innermost element collects its text (so a caller that
    /// unescapes lazily knows it must).
    pub fn wants_text(&self) -> bool {
        self.skip == 0
            && matches!(
                self.frames.last().map(|f| f.mode),
                Some(Mode::Simple { .. } | Mode::Complex { .. })
            )
    }

    pub fn end(&mut self) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        let Some(f) = self.frames.pop() else {
            return;
        };
        match f.mode {
            Mode::Simple { st } => {
                let text = std::mem::take(&mut self.text);
                let s = &SIMPLE[st as usize];
                if let Err(expected) = simple::check(s, &text) {
                    self.problem(
                        Kind::ContentType,
                        format!(
                            "{} holds `{}`, which is not valid: expected {expected} ({})",
                            f.elem_label(),
                            snippet(&text),
                            s.name
                        ),
                        f.start,
                        f.end,
                    );
                } else if s.base == Builtin::Id && !self.ids.insert(text.trim().into()) {
                    self.problem(
                        Kind::DuplicateId,
                        format!("{} repeats an ID", f.elem_label()),
                        f.start,
                        f.end,
                    );
                }
                self.text = text;
                self.text.clear();
            }
            Mode::Complex { ty, state, open } => {
                if !open && !STATES[state as usize].accept {
                    let missing: Vec<String> = Self::completion(state)
                        .iter()
                        .map(|&i| elem_name(i))
                        .collect();
                    let msg = format!(
                        "{} ends without {} (the order is: {})",
                        f.elem_label(),
                        if missing.is_empty() {
                            "a required child".to_string()
                        } else {
                            missing.join(", ")
                        },
                        TYPES[ty as usize].model
                    );
                    self.problem(Kind::MissingElement, msg, f.start, f.end);
                }
            }
            Mode::Lax => {}
        }
    }
}

enum Step {
    Elem(u16, u16),
    Wild(u16, Wild),
    None,
}

impl Frame {
    fn elem_label(&self) -> String {
        if self.elem == NONE {
            "this element".into()
        } else {
            elem_name(self.elem)
        }
    }
}

/// Validate a whole document in one streamed pass. Only for well-formed
/// input checked elsewhere: a parse error simply ends the validation.
pub fn validate_str(text: &str) -> Outcome {
    let mut v = Validator::new();
    let mut reader = NsReader::from_str(text);
    reader.config_mut().expand_empty_elements = false;
    let mut depth = 0usize;
    loop {
        let start = reader.buffer_position() as usize;
        let ev = reader.read_event();
        let end = reader.buffer_position() as usize;
        match ev {
            Ok(quick_xml::events::Event::Start(e)) => {
                depth += 1;
                if depth > 256 {
                    break;
                }
                v.start(&reader, &e, start, end);
            }
            Ok(quick_xml::events::Event::Empty(e)) => {
                v.start(&reader, &e, start, end);
                v.end();
            }
            Ok(quick_xml::events::Event::End(_)) => {
                depth = depth.saturating_sub(1);
                v.end();
            }
            Ok(quick_xml::events::Event::Text(t)) => {
                if v.wants_text() {
                    if let Ok(s) = t.unescape() {
                        v.text(&s);
                    }
                }
            }
            Ok(quick_xml::events::Event::CData(c)) => {
                if v.wants_text() {
                    v.text(&String::from_utf8_lossy(&c));
                }
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    v.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_namespace_fast_path_index() {
        assert_eq!(NAMESPACES[6].1, "md");
        assert_eq!(ns_index(b"urn:oasis:names:tc:SAML:2.0:metadata"), Some(6));
        assert_eq!(ns_index(b"http://www.w3.org/2000/09/xmldsig#"), Some(2));
        assert_eq!(ns_index(b"urn:unknown"), None);
    }

    #[test]
    fn missing_child_at_the_end_names_it() {
        let o = validate_str(
            r#"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="urn:x"/>"#,
        );
        assert_eq!(o.count, 1);
        assert_eq!(o.problems[0].kind, Kind::MissingElement);
        assert!(
            o.problems[0].message.contains("ends without"),
            "{}",
            o.problems[0].message
        );
    }
}
