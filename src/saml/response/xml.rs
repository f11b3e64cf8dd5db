//! A small, hostile-input-safe XML element tree for SAML messages.
//!
//! SAML responses are a few kilobytes, so a tree is the simplest way to walk
//! them. quick-xml does the tokenising; this file adds what SAML checking
//! needs on top: namespace resolution, XPath-like paths for finding
//! locations, comment nodes kept in place (the NameID comment-truncation
//! attack depends on them), and hard limits. DTDs are refused outright — no
//! entity is ever declared, so XXE and "billion laughs" cannot happen — and
//! nothing is ever fetched.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Deepest element nesting accepted; real SAML responses stay under 15.
pub const MAX_DEPTH: usize = 64;
/// Most elements accepted; a response has a few dozen.
pub const MAX_ELEMENTS: usize = 100_000;

pub const NS_PROTOCOL: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
pub const NS_ASSERTION: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
pub const NS_DSIG: &str = "http://www.w3.org/2000/09/xmldsig#";
pub const NS_XENC: &str = "http://www.w3.org/2001/04/xmlenc#";

#[derive(Debug, Clone, PartialEq)]
pub struct Attr {
    /// The name as written (`xmlns:saml`, `Format`).
    pub qname: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
    Comment(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// The name as written, with its prefix (`saml2:NameID`).
    pub qname: String,
    /// The name without prefix (`NameID`).
    pub local: String,
    /// The resolved namespace URI, if any.
    pub ns: Option<String>,
    pub attrs: Vec<Attr>,
    pub children: Vec<Node>,
    /// XPath-like location (`/samlp:Response/saml:Assertion[1]`).
    pub path: String,
    /// Byte offset of the start tag in the parsed text.
    pub offset: usize,
}

/// Why a text could not be turned into a tree.
#[derive(Debug, Clone, PartialEq)]
pub enum XmlError {
    /// A DOCTYPE (and with it entity declarations) was present.
    Dtd {
        offset: usize,
    },
    TooDeep {
        offset: usize,
    },
    TooManyElements,
    Malformed {
        offset: usize,
        message: String,
    },
    NoRoot,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.qname == name)
            .map(|a| a.value.as_str())
    }

    pub fn is(&self, ns: &str, local: &str) -> bool {
        self.local == local && self.ns.as_deref() == Some(ns)
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            _ => None,
        })
    }

    /// Direct children with this local name in this namespace.
    pub fn children_named<'a>(
        &'a self,
        ns: &'a str,
        local: &'a str,
    ) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.is(ns, local))
    }

    pub fn child(&self, ns: &str, local: &str) -> Option<&Element> {
        self.elements().find(|e| e.is(ns, local))
    }

    /// The element's full text content: every text node of the element and
    /// its descendants, concatenated. Comments are skipped but never end the
    /// value — reading only the first text node is exactly the bug the
    /// comment-truncation attack exploits.
    pub fn text(&self) -> String {
        let mut s = String::new();
        collect_text(self, &mut s);
        s
    }

    pub fn has_comment(&self) -> bool {
        self.children.iter().any(|n| match n {
            Node::Comment(_) => true,
            Node::Element(e) => e.has_comment(),
            Node::Text(_) => false,
        })
    }

    /// Every descendant (not self), depth first.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut out = Vec::new();
        fn walk<'a>(e: &'a Element, out: &mut Vec<&'a Element>) {
            for c in e.elements() {
                out.push(c);
                walk(c, out);
            }
        }
        walk(self, &mut out);
        out
    }
}

fn collect_text(e: &Element, out: &mut String) {
    for n in &e.children {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) => collect_text(c, out),
            Node::Comment(_) => {}
        }
    }
}

struct Open {
    el: Element,
    scope: Vec<(String, String)>,
    /// Children seen so far per name, for `[n]` in paths.
    counts: HashMap<String, usize>,
}

/// Parse `text` into its root element.
pub fn parse(text: &str) -> Result<Element, XmlError> {
    let mut reader = Reader::from_str(text);
    {
        let c = reader.config_mut();
        c.trim_text(false);
        c.check_end_names = true;
        c.check_comments = true;
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Element> = None;
    let mut elements = 0usize;
    loop {
        let offset = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let ev = reader.read_event().map_err(|e| XmlError::Malformed {
            offset: usize::try_from(reader.error_position()).unwrap_or(offset),
            message: e.to_string(),
        })?;
        match ev {
            Event::DocType(_) => return Err(XmlError::Dtd { offset }),
            Event::Start(_) | Event::Empty(_) if root.is_some() => {
                return Err(XmlError::Malformed {
                    offset,
                    message: "content after the root element".into(),
                });
            }
            Event::Start(ref s) | Event::Empty(ref s) => {
                elements += 1;
                if elements > MAX_ELEMENTS {
                    return Err(XmlError::TooManyElements);
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(XmlError::TooDeep { offset });
                }
                let open = open_element(s, &stack, offset)?;
                if let Some(p) = stack.last_mut() {
                    p.bump(&open.el.qname);
                }
                if matches!(ev, Event::Empty(_)) {
                    close(open.el, &mut stack, &mut root);
                } else {
                    stack.push(open);
                }
            }
            Event::End(_) => match stack.pop() {
                Some(open) => close(open.el, &mut stack, &mut root),
                None => {
                    return Err(XmlError::Malformed {
                        offset,
                        message: "unexpected end tag".into(),
                    })
                }
            },
            Event::Text(t) => {
                let s = t.unescape().map_err(|e| XmlError::Malformed {
                    offset,
                    message: e.to_string(),
                })?;
                push_text(&mut stack, &s, offset)?;
            }
            Event::CData(c) => {
                let s = String::from_utf8_lossy(&c).into_owned();
                push_text(&mut stack, &s, offset)?;
            }
            Event::Comment(c) => {
                if let Some(top) = stack.last_mut() {
                    top.el
                        .children
                        .push(Node::Comment(String::from_utf8_lossy(&c).into_owned()));
                }
            }
            Event::Decl(_) | Event::PI(_) => {}
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err(XmlError::Malformed {
            offset: text.len(),
            message: format!(
                "the document ends inside <{}> (truncated?)",
                stack.last().map(|o| o.el.qname.as_str()).unwrap_or("?")
            ),
        });
    }
    root.ok_or(XmlError::NoRoot)
}

fn push_text(stack: &mut [Open], s: &str, offset: usize) -> Result<(), XmlError> {
    match stack.last_mut() {
        Some(top) => {
            top.el.children.push(Node::Text(s.to_string()));
            Ok(())
        }
        None if s.trim().is_empty() => Ok(()),
        None => Err(XmlError::Malformed {
            offset,
            message: "text outside the root element".into(),
        }),
    }
}

fn close(el: Element, stack: &mut [Open], root: &mut Option<Element>) {
    match stack.last_mut() {
        Some(parent) => parent.el.children.push(Node::Element(el)),
        None => *root = Some(el),
    }
}

fn open_element(s: &BytesStart, stack: &[Open], offset: usize) -> Result<Open, XmlError> {
    let malformed = |message: String| XmlError::Malformed { offset, message };
    let qname = String::from_utf8_lossy(s.name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    let mut scope = Vec::new();
    for a in s.attributes().with_checks(true) {
        let a = a.map_err(|e| malformed(e.to_string()))?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a
            .unescape_value()
            .map_err(|e| malformed(e.to_string()))?
            .into_owned();
        if key == "xmlns" {
            scope.push((String::new(), value.clone()));
        } else if let Some(p) = key.strip_prefix("xmlns:") {
            scope.push((p.to_string(), value.clone()));
        }
        attrs.push(Attr { qname: key, value });
    }
    let (prefix, local) = match qname.split_once(':') {
        Some((p, l)) => (p.to_string(), l.to_string()),
        None => (String::new(), qname.clone()),
    };
    let ns = scope
        .iter()
        .rev()
        .find(|(p, _)| *p == prefix)
        .map(|(_, u)| u.clone())
        .or_else(|| {
            stack.iter().rev().find_map(|o| {
                o.scope
                    .iter()
                    .rev()
                    .find(|(p, _)| *p == prefix)
                    .map(|(_, u)| u.clone())
            })
        })
        .filter(|u| !u.is_empty());
    let path = match stack.last() {
        Some(parent) => {
            let n = parent.counts.get(&qname).copied().unwrap_or(0);
            if n == 0 {
                format!("{}/{}", parent.el.path, qname)
            } else {
                format!("{}/{}[{}]", parent.el.path, qname, n + 1)
            }
        }
        None => format!("/{qname}"),
    };
    Ok(Open {
        el: Element {
            qname,
            local,
            ns,
            attrs,
            children: Vec::new(),
            path,
            offset,
        },
        scope,
        counts: HashMap::new(),
    })
}

// Paths number repeated siblings; `close` runs after `open_element`, so the
// count is bumped when a child is opened.
impl Open {
    fn bump(&mut self, qname: &str) {
        *self.counts.entry(qname.to_string()).or_insert(0) += 1;
    }
}

/// Escape text for element content.
pub fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn escape_attr(s: &str) -> String {
    escape_text(s).replace('"', "&quot;")
}

/// Serialise `root`. `pretty` indents by two spaces and drops
/// whitespace-only text between elements (display only: it changes what a
/// signature covers). Without it, the text nodes are written back as read.
pub fn serialize(root: &Element, pretty: bool) -> String {
    let mut out = String::new();
    write_el(root, pretty, 0, &mut out);
    if pretty {
        out.push('\n');
    }
    out
}

fn write_el(e: &Element, pretty: bool, depth: usize, out: &mut String) {
    let indent = |out: &mut String, d: usize| {
        if pretty {
            for _ in 0..d {
                out.push_str("  ");
            }
        }
    };
    indent(out, depth);
    out.push('<');
    out.push_str(&e.qname);
    for a in &e.attrs {
        out.push(' ');
        out.push_str(&a.qname);
        out.push_str("=\"");
        out.push_str(&escape_attr(&a.value));
        out.push('"');
    }
    if e.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    let has_elements = e.elements().next().is_some();
    if pretty && has_elements {
        for n in &e.children {
            match n {
                Node::Element(c) => {
                    out.push('\n');
                    write_el(c, pretty, depth + 1, out);
                }
                Node::Text(t) if t.trim().is_empty() => {}
                Node::Text(t) => {
                    out.push('\n');
                    indent(out, depth + 1);
                    out.push_str(&escape_text(t.trim()));
                }
                Node::Comment(c) => {
                    out.push('\n');
                    indent(out, depth + 1);
                    out.push_str(&format!("<!--{c}-->"));
                }
            }
        }
        out.push('\n');
        indent(out, depth);
    } else {
        for n in &e.children {
            match n {
                Node::Element(c) => write_el(c, pretty, 0, out),
                Node::Text(t) => out.push_str(&escape_text(t)),
                Node::Comment(c) => out.push_str(&format!("<!--{c}-->")),
            }
        }
    }
    out.push_str("</");
    out.push_str(&e.qname);
    out.push('>');
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    LineIndex::new(text).line_col(offset)
}

/// Line and column lookups, shared with every reader.
pub use crate::text::lines::LineIndex;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_namespaces_and_paths() {
        let x = r#"<p:R xmlns:p="urn:p"><a xmlns="urn:d"><b/><b/></a></p:R>"#;
        let r = parse(x).unwrap();
        assert_eq!(r.ns.as_deref(), Some("urn:p"));
        let a = r.elements().next().unwrap();
        assert_eq!(a.ns.as_deref(), Some("urn:d"));
        let bs: Vec<_> = a.elements().map(|b| b.path.clone()).collect();
        assert_eq!(bs, vec!["/p:R/a/b", "/p:R/a/b[2]"]);
    }

    #[test]
    fn comment_does_not_truncate_text() {
        let r = parse("<n>user@evil.com<!---->.attacker.com</n>").unwrap();
        assert_eq!(r.text(), "user@evil.com.attacker.com");
        assert!(r.has_comment());
    }

    #[test]
    fn refuses_dtd_and_deep_nesting() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><l>&b;</l>"#;
        assert!(matches!(parse(bomb), Err(XmlError::Dtd { .. })));
        let deep = "<a>".repeat(200) + &"</a>".repeat(200);
        assert!(matches!(parse(&deep), Err(XmlError::TooDeep { .. })));
        assert!(matches!(
            parse("<a><b></a>"),
            Err(XmlError::Malformed { .. })
        ));
        assert!(matches!(
            parse("<a>&xxe;</a>"),
            Err(XmlError::Malformed { .. })
        ));
        assert!(matches!(parse("<a><b>"), Err(XmlError::Malformed { .. })));
        assert!(matches!(parse(""), Err(XmlError::NoRoot)));
    }

    #[test]
    fn line_index_counts_characters() {
        let t = "ab\nçd<x>\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(line_col(t, 6), (2, 3));
        let long = "é".repeat(10_000) + "<x>";
        let idx = LineIndex::new(&long);
        assert_eq!(idx.line_col(20_000), (1, 10_001));
        assert_eq!(idx.line_col(usize::MAX), (1, 10_004));
    }

    #[test]
    fn serialize_round_trips_and_pretty_prints() {
        let x = r#"<a x="1&amp;2"><b>t&lt;</b><!--c--></a>"#;
        let r = parse(x).unwrap();
        assert_eq!(serialize(&r, false), x);
        assert_eq!(
            serialize(&r, true),
            "<a x=\"1&amp;2\">\n  <b>t&lt;</b>\n  <!--c-->\n</a>\n"
        );
    }
}
