//! The XML event stream every XML-Signature step reads: quick-xml events
//! turned into the XML information set the canonicalizers need (W3C XML 1.0
//! §2.11 line ends, §3.3.3 attribute-value normalization, §4.6 predefined
//! entities, Namespaces in XML §6 scoping). One pass, no tree: the walker
//! keeps only the stack of open elements, so a 50 MB metadata aggregate is
//! read in memory bounded by its nesting depth.
//!
//! Written by hand on quick-xml because no crate exposes exactly the
//! normalized infoset C14N is defined on while streaming. A DOCTYPE is
//! refused (SAML forbids it, and entity expansion is the classic attack).

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Deeper nesting is refused: real SAML stays under 20 levels.
pub const MAX_DEPTH: usize = 256;

/// More attributes (namespace declarations included) on one element are
/// refused, so duplicate detection stays cheap.
pub const MAX_ATTRIBUTES: usize = 1_024;

pub const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WalkError {
    pub offset: usize,
    pub message: String,
}

/// An attribute with its value normalized and unescaped.
#[derive(Debug, Clone)]
pub struct Attr {
    pub prefix: String,
    pub local: String,
    /// Resolved namespace URI ("" for none).
    pub ns: String,
    pub value: String,
}

impl Attr {
    pub fn qname(&self) -> String {
        if self.prefix.is_empty() {
            self.local.clone()
        } else {
            format!("{}:{}", self.prefix, self.local)
        }
    }
}

/// A start tag, resolved.
#[derive(Debug, Clone)]
pub struct Start {
    /// Document order of the element, from 0 (the root).
    pub ordinal: usize,
    /// 1 for the root element.
    pub depth: usize,
    pub prefix: String,
    pub local: String,
    pub ns: String,
    /// The namespace declarations on this element (prefix "" = default).
    pub ns_decls: Vec<(String, String)>,
    /// The other attributes.
    pub attrs: Vec<Attr>,
    /// XPath-like path in the style of the SAML tools (`/a/b[2]`).
    pub path: String,
    /// Byte offset of the `<`.
    pub offset: usize,
}

impl Start {
    pub fn qname(&self) -> String {
        if self.prefix.is_empty() {
            self.local.clone()
        } else {
            format!("{}:{}", self.prefix, self.local)
        }
    }

    pub fn attr(&self, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.ns.is_empty() && a.local == local)
            .map(|a| a.value.as_str())
    }

    pub fn is(&self, ns: &str, local: &str) -> bool {
        self.ns == ns && self.local == local
    }
}

#[derive(Debug)]
pub enum Node<'a> {
    Start(&'a Start),
    End(&'a Start),
    Text(&'a str),
    Comment(&'a str),
    Pi(&'a str),
}

/// What the walker knows about the open elements (namespace scope and the
/// xml:* attributes, which inclusive C14N inherits).
pub struct Scope {
    open: Vec<Open>,
}

struct Open {
    start: Start,
    counts: Vec<(String, usize)>,
}

impl Scope {
    /// The namespace URI bound to `prefix` ("" = default), if any.
    pub fn lookup(&self, prefix: &str) -> Option<&str> {
        if prefix == "xml" {
            return Some(XML_NS);
        }
        self.open.iter().rev().find_map(|o| {
            o.start
                .ns_decls
                .iter()
                .find(|(p, _)| p == prefix)
                .map(|(_, u)| u.as_str())
        })
    }

    /// Every namespace binding in scope, innermost wins, sorted by prefix.
    pub fn in_scope(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = Vec::new();
        for o in self.open.iter().rev() {
            for (p, u) in &o.start.ns_decls {
                if !out.iter().any(|(q, _)| q == p) {
                    out.push((p, u));
                }
            }
        }
        out.sort();
        out
    }

    /// xml:* attributes of the open ancestors (innermost wins), excluding
    /// the innermost open element itself.
    pub fn inherited_xml_attrs(&self) -> Vec<&Attr> {
        let mut out: Vec<&Attr> = Vec::new();
        let n = self.open.len().saturating_sub(1);
        for o in self.open[..n].iter().rev() {
            for a in &o.start.attrs {
                if a.ns == XML_NS && !out.iter().any(|b| b.local == a.local) {
                    out.push(a);
                }
            }
        }
        out
    }

    pub fn depth(&self) -> usize {
        self.open.len()
    }
}

/// Walk `xml`, calling `visit` for every node in document order. `visit`
/// returns `false` to stop early.
pub fn walk(xml: &[u8], mut visit: impl FnMut(Node, &Scope) -> bool) -> Result<(), WalkError> {
    let mut reader = Reader::from_reader(xml);
    {
        let c = reader.config_mut();
        c.trim_text(false);
        c.check_end_names = true;
        c.check_comments = true;
        c.expand_empty_elements = false;
    }
    let mut scope = Scope { open: Vec::new() };
    let mut ordinal = 0usize;
    let mut seen_root = false;
    let mut at_start = true;
    let mut text = String::new();
    let mut buf = String::new();
    loop {
        let offset = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let err = |message: String| WalkError { offset, message };
        let ev = reader.read_event().map_err(|e| WalkError {
            offset: usize::try_from(reader.error_position()).unwrap_or(offset),
            message: e.to_string(),
        })?;
        // Text and CDATA between two tags form one text node.
        let first = std::mem::take(&mut at_start);
        let is_text = matches!(ev, Event::Text(_) | Event::CData(_));
        if !is_text && !text.is_empty() {
            if !scope.open.is_empty() && !visit(Node::Text(&text), &scope) {
                return Ok(());
            }
            if scope.open.is_empty() && !text.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
                return Err(err("text outside the root element".into()));
            }
            text.clear();
        }
        match ev {
            Event::DocType(_) => return Err(err("a DOCTYPE is not allowed in SAML".into())),
            // XML 1.0 §2.8: the declaration comes first (after a BOM at most).
            Event::Decl(_) if first => {}
            Event::Decl(_) => {
                return Err(err("an XML declaration that is not at the start".into()))
            }
            Event::Start(ref s) | Event::Empty(ref s) => {
                if scope.open.is_empty() && seen_root {
                    return Err(err("content after the root element".into()));
                }
                if scope.open.len() >= MAX_DEPTH {
                    return Err(err(format!("elements nested deeper than {MAX_DEPTH}")));
                }
                seen_root = true;
                let start = open(s, &mut scope, ordinal, offset).map_err(err)?;
                ordinal += 1;
                let empty = matches!(ev, Event::Empty(_));
                scope.open.push(Open {
                    start,
                    counts: Vec::new(),
                });
                // The element stays on the stack while it is visited, so the
                // scope includes its own declarations.
                let top = &scope.open[scope.open.len() - 1].start;
                if !visit(Node::Start(top), &scope) {
                    return Ok(());
                }
                if empty {
                    let o = scope.open.pop().expect("just pushed");
                    if !visit(Node::End(&o.start), &scope) {
                        return Ok(());
                    }
                }
            }
            Event::End(_) => {
                let Some(o) = scope.open.pop() else {
                    return Err(err("an end tag without a start tag".into()));
                };
                if !visit(Node::End(&o.start), &scope) {
                    return Ok(());
                }
            }
            Event::Text(t) => {
                buf.clear();
                normalize_line_ends(&t, &mut buf).map_err(&err)?;
                unescape_into(&buf, &mut text).map_err(err)?;
            }
            Event::CData(t) => {
                let raw = std::str::from_utf8(&t).map_err(|_| err("text is not UTF-8".into()))?;
                normalize_line_ends(raw.as_bytes(), &mut text).map_err(err)?;
            }
            Event::Comment(c) => {
                buf.clear();
                normalize_line_ends(&c, &mut buf).map_err(err)?;
                if !visit(Node::Comment(&buf), &scope) {
                    return Ok(());
                }
            }
            Event::PI(p) => {
                buf.clear();
                normalize_line_ends(&p, &mut buf).map_err(&err)?;
                // XML 1.0 §2.6: a PI starts with its target, a Name that is
                // not "xml" in any case.
                let target = buf.split([' ', '\t', '\n']).next().unwrap_or("");
                if !is_ncname(target) || target.eq_ignore_ascii_case("xml") {
                    return Err(err("a processing instruction without a valid target".into()));
                }
                if !visit(Node::Pi(&buf), &scope) {
                    return Ok(());
                }
            }
            Event::Eof => {
                if !scope.open.is_empty() {
                    return Err(err("the document ends inside an element".into()));
                }
                if !seen_root {
                    return Err(err("no root element".into()));
                }
                return Ok(());
            }
        }
    }
}

fn open(s: &BytesStart, scope: &mut Scope, ordinal: usize, offset: usize) -> Result<Start, String> {
    let qname = name_str(s.name().into_inner())?;
    check_qname(qname)?;
    let (prefix, local) = split(qname);
    let mut ns_decls: Vec<(String, String)> = Vec::new();
    let mut raw: Vec<(&str, &str, String)> = Vec::new();
    let mut seen = SeenNames::default();
    for a in s.attributes().with_checks(false) {
        let a = a.map_err(|e| e.to_string())?;
        if seen.len() >= MAX_ATTRIBUTES {
            return Err(format!(
                "more than {MAX_ATTRIBUTES} attributes on <{qname}>"
            ));
        }
        if !seen.insert(a.key.into_inner()) {
            return Err(format!(
                "the attribute {} appears twice on <{qname}>",
                String::from_utf8_lossy(a.key.as_ref())
            ));
        }
        let key = name_str(a.key.into_inner())?;
        check_qname(key)?;
        let value = attr_value(&a.value)?;
        if key == "xmlns" {
            ns_decls.push((String::new(), value));
        } else if let Some(p) = key.strip_prefix("xmlns:") {
            if value.is_empty() {
                return Err(format!("xmlns:{p}=\"\" is not allowed in XML 1.0"));
            }
            ns_decls.push((p.to_string(), value));
        } else {
            let (p, l) = split(key);
            raw.push((p, l, value));
        }
    }
    let depth = scope.open.len() + 1;
    let path = match scope.open.last_mut() {
        Some(parent) => {
            let n = match parent.counts.iter_mut().find(|(q, _)| *q == qname) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    parent.counts.push((qname.to_string(), 1));
                    1
                }
            };
            if n == 1 {
                format!("{}/{}", parent.start.path, qname)
            } else {
                format!("{}/{}[{}]", parent.start.path, qname, n)
            }
        }
        None => format!("/{qname}"),
    };
    let resolve = |p: &str, decls: &[(String, String)], scope: &Scope| -> Option<String> {
        decls
            .iter()
            .find(|(q, _)| q == p)
            .map(|(_, u)| u.clone())
            .or_else(|| scope.lookup(p).map(str::to_string))
    };
    let ns = if prefix.is_empty() {
        resolve("", &ns_decls, scope).unwrap_or_default()
    } else {
        resolve(prefix, &ns_decls, scope)
            .ok_or_else(|| format!("the prefix {prefix}: of <{qname}> is not declared"))?
    };
    let mut attrs = Vec::with_capacity(raw.len());
    for (p, l, value) in raw {
        let ns = if p.is_empty() {
            String::new()
        } else {
            resolve(p, &ns_decls, scope)
                .ok_or_else(|| format!("the prefix {p}: of attribute {p}:{l} is not declared"))?
        };
        if !ns.is_empty() && attrs.iter().any(|b: &Attr| b.ns == ns && b.local == l) {
            return Err(format!("attribute {l} in namespace {ns} appears twice"));
        }
        attrs.push(Attr {
            prefix: p.to_string(),
            local: l.to_string(),
            ns,
            value,
        });
    }
    Ok(Start {
        ordinal,
        depth,
        prefix: prefix.to_string(),
        local: local.to_string(),
        ns,
        ns_decls,
        attrs,
        path,
        offset,
    })
}

/// The attribute names met on one start tag. A short list is searched
/// linearly (real elements carry a handful of attributes); past that a hash
/// set keeps a hostile tag with a thousand attributes linear overall.
#[derive(Default)]
struct SeenNames<'a> {
    few: Vec<&'a [u8]>,
    many: Option<std::collections::HashSet<&'a [u8]>>,
}

impl<'a> SeenNames<'a> {
    const FEW: usize = 16;

    fn len(&self) -> usize {
        self.many.as_ref().map_or(self.few.len(), |m| m.len())
    }

    /// False when `name` was already there.
    fn insert(&mut self, name: &'a [u8]) -> bool {
        if let Some(many) = &mut self.many {
            return many.insert(name);
        }
        if self.few.contains(&name) {
            return false;
        }
        self.few.push(name);
        if self.few.len() > Self::FEW {
            self.many = Some(self.few.drain(..).collect());
        }
        true
    }
}

/// Namespaces in XML §3: a QName is an NCName, optionally prefixed by
/// another. quick-xml takes any run of bytes up to white space or `>` as a
/// name; canonical output written from such a "name" would not parse back.
fn check_qname(q: &str) -> Result<(), String> {
    let ok = match q.split_once(':') {
        Some((p, l)) => is_ncname(p) && is_ncname(l),
        None => is_ncname(q),
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{:?} is not an XML name",
            crate::text::shorten(q, 40)
        ))
    }
}

/// XML 1.0 (fifth edition) §2.3 Name, without the colon (an NCName).
pub fn is_ncname(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    is_name_start(first) && chars.all(|c| is_name_start(c) || is_name_char(c))
}

fn is_name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

fn is_name_char(c: char) -> bool {
    matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// XML 1.0 §2.2 Char: tab, LF, CR and everything from space up, except
/// the surrogates (which `char` cannot hold) and U+FFFE/U+FFFF.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}

/// XML 1.0 §2.2: refuse the first character that is not a Char. Scanned as
/// bytes because this runs over every text and attribute of a 50 MB
/// aggregate: C0 controls are single bytes, and the only other non-characters
/// a `str` can hold are U+FFFE and U+FFFF (EF BF BE / EF BF BF in UTF-8).
fn check_chars(s: &str) -> Result<(), String> {
    let bytes = s.as_bytes();
    let bad = |b: u8| b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r';
    // Blocks keep the clean case a vectorisable fold.
    let control = bytes.chunks(256).enumerate().find_map(|(i, block)| {
        block
            .iter()
            .fold(false, |acc, &b| acc | bad(b))
            .then(|| i * 256 + block.iter().position(|&b| bad(b)).unwrap_or(0))
    });
    let noncharacter = memchr::memchr_iter(0xEF, bytes).find(|&i| {
        bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF))
    });
    let first = match (control, noncharacter) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => return Ok(()),
    };
    let c = s[first..].chars().next().unwrap_or('\0');
    Err(format!("U+{:04X} is not an XML character", c as u32))
}

fn split(q: &str) -> (&str, &str) {
    match q.split_once(':') {
        Some((p, l)) => (p, l),
        None => ("", q),
    }
}

fn name_str(b: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(b).map_err(|_| "a name is not UTF-8".to_string())
}

/// XML 1.0 §2.11: CR LF and lone CR become LF.
fn normalize_line_ends(raw: &[u8], out: &mut String) -> Result<(), String> {
    let s = std::str::from_utf8(raw).map_err(|_| "text is not UTF-8".to_string())?;
    check_chars(s)?;
    if !s.contains('\r') {
        out.push_str(s);
        return Ok(());
    }
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Ok(())
}

/// XML 1.0 §3.3.3 for CDATA-typed attributes (no DTD): literal white space
/// becomes a space, references are replaced.
fn attr_value(raw: &[u8]) -> Result<String, String> {
    // Most values (IDs, URLs, algorithm URIs) need no normalization at all.
    if !raw
        .iter()
        .any(|b| matches!(b, b'&' | b'<' | b'\t' | b'\n' | b'\r'))
    {
        let s = std::str::from_utf8(raw).map_err(|_| "text is not UTF-8".to_string())?;
        check_chars(s)?;
        return Ok(s.to_string());
    }
    let mut lf = String::new();
    normalize_line_ends(raw, &mut lf)?;
    let spaced: String = lf
        .chars()
        .map(|c| if matches!(c, '\t' | '\n') { ' ' } else { c })
        .collect();
    if spaced.contains('<') {
        return Err("'<' in an attribute value".into());
    }
    let mut out = String::new();
    unescape_into(&spaced, &mut out)?;
    Ok(out)
}

/// Replace the predefined entities and character references; any other
/// entity is an error (there is no DTD to define it).
fn unescape_into(s: &str, out: &mut String) -> Result<(), String> {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(end) = after.find(';').filter(|&e| e <= 12) else {
            return Err("an '&' that starts no entity or character reference".into());
        };
        let name = &after[..end];
        let c = match name {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(h) = name.strip_prefix("#x") {
                    u32::from_str_radix(h, 16).ok()
                } else if let Some(d) = name.strip_prefix('#') {
                    d.parse::<u32>().ok()
                } else {
                    return Err(format!("the entity &{name}; is not defined"));
                };
                code.and_then(char::from_u32)
                    .filter(|&c| is_xml_char(c))
                    .ok_or_else(|| format!("&{name}; is not an XML character"))?
            }
        };
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(xml: &str) -> Result<Vec<String>, WalkError> {
        let mut out = Vec::new();
        walk(xml.as_bytes(), |n, _| {
            out.push(match n {
                Node::Start(s) => format!("<{} {}>", s.path, s.ns),
                Node::End(s) => format!("</{}>", s.qname()),
                Node::Text(t) => format!("t:{t}"),
                Node::Comment(c) => format!("c:{c}"),
                Node::Pi(p) => format!("p:{p}"),
            });
            true
        })?;
        Ok(out)
    }

    #[test]
    fn resolves_paths_namespaces_and_text() {
        let ev = collect("<a xmlns='u'><b>x&amp;&#x41;<![CDATA[<]]></b><b/></a>").unwrap();
        assert_eq!(
            ev,
            [
                "</a u>",
                "</a/b u>",
                "t:x&A<",
                "</b>",
                "</a/b[2] u>",
                "</b>",
                "</a>"
            ]
        );
    }

    #[test]
    fn refuses_dtd_undeclared_prefix_and_unknown_entity() {
        assert!(collect("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>").is_err());
        assert!(collect("<p:a/>").is_err());
        assert!(collect("<a>&nbsp;</a>").is_err());
        let deep = "<a>".repeat(300) + &"</a>".repeat(300);
        assert!(collect(&deep).unwrap_err().message.contains("deeper"));
    }

    #[test]
    fn refuses_what_is_not_well_formed_xml() {
        // Found by fuzzing: names quick-xml lets through, control
        // characters, a PI without a target.
        assert!(collect("<<\u{1}**Z@ =''//>").is_err());
        assert!(collect("<a\u{1}/>").is_err());
        assert!(collect("<a>\u{1}</a>").is_err());
        assert!(collect("<a x='\u{0}'/>").is_err());
        assert!(collect("<a><!--\u{2}--></a>").is_err());
        assert!(collect("<a><? x?></a>").is_err());
        assert!(collect("<a><?xml x?></a>").is_err());
        assert!(collect("<1a/>").is_err());
        assert!(collect("<a:b:c xmlns:a='u'/>").is_err());
        assert!(collect("<a><?target data?><é-b.c/></a>").is_ok());
    }

    #[test]
    fn normalizes_line_ends_and_attribute_white_space() {
        let mut seen = String::new();
        walk(b"<a x='1\r\n2\t3&#10;'>l\r\nm\rn</a>", |n, _| {
            match n {
                Node::Start(s) => seen.push_str(&s.attrs[0].value),
                Node::Text(t) => seen.push_str(t),
                _ => {}
            }
            true
        })
        .unwrap();
        assert_eq!(seen, "1 2 3\nl\nm\nn");
    }
}
