//! Canonicalization, driven by the [`walk`](super::walk) event stream:
//! Canonical XML 1.0 (W3C REC xml-c14n-20010315), Canonical XML 1.1 (W3C
//! REC xml-c14n11-20080502) and Exclusive XML Canonicalization 1.0 (W3C REC
//! xml-exc-c14n-20020718), each with and without comments.
//!
//! A [`Canonicalizer`] writes the canonical octets of one element (the
//! "apex", or the whole document) into a [`Sink`] — a digest for
//! references, a buffer for SignedInfo — while the document streams by,
//! leaving out one excluded subtree (the enveloped `ds:Signature`,
//! XML-Signature §6.6.4). Several canonicalizers can ride the same pass.
//! Only the node-sets XML-Signature produces for SAML are needed: a whole
//! document or one element's subtree, optionally minus one descendant
//! subtree; the xml:base fix-up of C14N 1.1 is not implemented (SAML does
//! not use xml:base) and xml:base is then simply not inherited.

use super::walk::{Attr, Node, Scope, Start, XML_NS};

pub const C14N10: &str = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
pub const C14N10_COMMENTS: &str = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments";
pub const C14N11: &str = "http://www.w3.org/2006/12/xml-c14n11";
pub const C14N11_COMMENTS: &str = "http://www.w3.org/2006/12/xml-c14n11#WithComments";
pub const EXC_C14N: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
pub const EXC_C14N_COMMENTS: &str = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    C14n10,
    C14n11,
    Exclusive,
}

/// A canonicalization algorithm with its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canon {
    pub method: Method,
    pub with_comments: bool,
    /// Exclusive C14N's InclusiveNamespaces PrefixList ("" = `#default`).
    pub inclusive_prefixes: Vec<String>,
}

impl Canon {
    /// The algorithm an XML-Signature URI names, `None` when it is not a
    /// canonicalization algorithm.
    pub fn from_uri(uri: &str) -> Option<Canon> {
        let (method, with_comments) = match uri {
            C14N10 => (Method::C14n10, false),
            C14N10_COMMENTS => (Method::C14n10, true),
            C14N11 => (Method::C14n11, false),
            C14N11_COMMENTS => (Method::C14n11, true),
            EXC_C14N => (Method::Exclusive, false),
            EXC_C14N_COMMENTS => (Method::Exclusive, true),
            _ => return None,
        };
        Some(Canon {
            method,
            with_comments,
            inclusive_prefixes: Vec::new(),
        })
    }

    /// Set the PrefixList (white-space separated, `#default` for the
    /// default namespace).
    pub fn with_prefix_list(mut self, list: &str) -> Canon {
        self.inclusive_prefixes = list
            .split_ascii_whitespace()
            .map(|p| if p == "#default" { "" } else { p }.to_string())
            .collect();
        self
    }
}

/// Where canonical octets go.
pub trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Canonicalizes one element subtree (or the whole document) of a stream.
pub struct Canonicalizer<S: Sink> {
    canon: Canon,
    /// Ordinal of the apex element; `None` for the whole document.
    apex: Option<usize>,
    /// Ordinal of the subtree left out.
    exclude: Option<usize>,
    /// Depth of the apex while inside it.
    inside: Option<usize>,
    excluded_depth: Option<usize>,
    /// Namespace declarations rendered by each open output element.
    rendered: Vec<Vec<(String, String)>>,
    after_root: bool,
    done: bool,
    /// Whether the apex element was met.
    pub found: bool,
    pub sink: S,
    /// Reused for each tag and text node written.
    scratch: String,
}

impl<S: Sink> Canonicalizer<S> {
    pub fn new(canon: Canon, apex: Option<usize>, exclude: Option<usize>, sink: S) -> Self {
        Self {
            canon,
            apex,
            exclude,
            inside: None,
            excluded_depth: None,
            rendered: Vec::new(),
            after_root: false,
            done: false,
            found: false,
            sink,
            scratch: String::new(),
        }
    }

    /// Leave out the subtree of element `ordinal`, which the stream has not
    /// reached yet (the speculative digest learns which element is the
    /// enveloped signature only when it starts).
    pub fn exclude_later(&mut self, ordinal: usize) {
        self.exclude = Some(ordinal);
    }

    /// The element canonicalized (`None` = the whole document).
    pub fn apex(&self) -> Option<usize> {
        self.apex
    }

    /// The subtree left out, if any.
    pub fn excluded(&self) -> Option<usize> {
        self.exclude
    }

    /// Whether the apex has been written completely.
    pub fn done(&self) -> bool {
        self.done
    }

    pub fn feed(&mut self, node: &Node, scope: &Scope) {
        if self.done {
            return;
        }
        match node {
            Node::Start(s) => self.start(s, scope),
            Node::End(s) => self.end(s),
            Node::Text(t) => {
                if self.inside.is_some() && self.excluded_depth.is_none() {
                    self.scratch.clear();
                    escape_text(t, &mut self.scratch);
                    self.sink.put(self.scratch.as_bytes());
                }
            }
            Node::Comment(c) => {
                if self.canon.with_comments {
                    let text = format!("<!--{c}-->");
                    self.misc(&text);
                }
            }
            Node::Pi(p) => {
                let p = p.trim_start();
                let (target, data) = match p.find(|c: char| c.is_ascii_whitespace()) {
                    Some(i) => (&p[..i], p[i..].trim_start()),
                    None => (p, ""),
                };
                let text = if data.is_empty() {
                    format!("<?{target}?>")
                } else {
                    format!("<?{target} {data}?>")
                };
                self.misc(&text);
            }
        }
    }

    /// A comment or processing instruction.
    fn misc(&mut self, text: &str) {
        if self.excluded_depth.is_some() {
            return;
        }
        if self.inside.is_some() {
            self.sink.put(text.as_bytes());
        } else if self.apex.is_none() {
            // Outside the document element (C14N 1.0 §2.1).
            if self.after_root {
                self.sink.put(b"\n");
                self.sink.put(text.as_bytes());
            } else {
                self.sink.put(text.as_bytes());
                self.sink.put(b"\n");
            }
        }
    }

    fn start(&mut self, s: &Start, scope: &Scope) {
        if self.excluded_depth.is_some() {
            return;
        }
        if self.exclude == Some(s.ordinal) {
            // Left out with all its descendants — even an apex inside it
            // (enveloped-signature removes the whole Signature subtree).
            self.excluded_depth = Some(s.depth);
            if self.apex == Some(s.ordinal) {
                self.done = true;
            }
            return;
        }
        let is_apex = match (self.inside, self.apex) {
            (Some(_), _) => false,
            (None, Some(a)) if a == s.ordinal => true,
            (None, None) if s.depth == 1 => true,
            _ => return,
        };
        if is_apex {
            self.inside = Some(s.depth);
            self.found = true;
        }
        let decls = self.namespaces(s, scope);
        let mut attrs: Vec<&Attr> = s.attrs.iter().collect();
        let subset_apex = is_apex && self.apex.is_some();
        if subset_apex && self.canon.method != Method::Exclusive {
            for a in scope.inherited_xml_attrs() {
                let inherit = match self.canon.method {
                    Method::C14n10 => true,
                    _ => matches!(a.local.as_str(), "lang" | "space"),
                };
                if inherit && !attrs.iter().any(|b| b.ns == XML_NS && b.local == a.local) {
                    attrs.push(a);
                }
            }
        }
        attrs.sort_by(|a, b| {
            (a.ns.as_str(), a.local.as_str()).cmp(&(b.ns.as_str(), b.local.as_str()))
        });
        let mut out = std::mem::take(&mut self.scratch);
        out.clear();
        out.push('<');
        push_qname(&mut out, &s.prefix, &s.local);
        for (p, u) in &decls {
            out.push_str(if p.is_empty() { " xmlns" } else { " xmlns:" });
            out.push_str(p);
            out.push_str("=\"");
            escape_attr(u, &mut out);
            out.push('"');
        }
        for a in attrs {
            out.push(' ');
            push_qname(&mut out, &a.prefix, &a.local);
            out.push_str("=\"");
            escape_attr(&a.value, &mut out);
            out.push('"');
        }
        out.push('>');
        self.sink.put(out.as_bytes());
        self.scratch = out;
        self.rendered.push(decls);
    }

    fn end(&mut self, s: &Start) {
        if let Some(d) = self.excluded_depth {
            if d == s.depth {
                self.excluded_depth = None;
            }
            return;
        }
        let Some(apex_depth) = self.inside else {
            return;
        };
        self.scratch.clear();
        self.scratch.push_str("</");
        push_qname(&mut self.scratch, &s.prefix, &s.local);
        self.scratch.push('>');
        self.sink.put(self.scratch.as_bytes());
        self.rendered.pop();
        if s.depth == apex_depth {
            self.inside = None;
            if self.apex.is_some() {
                self.done = true;
            } else {
                self.after_root = true;
            }
        }
    }

    fn rendered_value(&self, prefix: &str) -> Option<&str> {
        self.rendered
            .iter()
            .rev()
            .find_map(|d| d.iter().find(|(p, _)| p == prefix).map(|(_, u)| u.as_str()))
    }

    /// The namespace declarations to write on `s`, sorted by prefix.
    fn namespaces(&self, s: &Start, scope: &Scope) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let consider = |p: &str, u: &str, out: &mut Vec<(String, String)>| {
            if p == "xml" || out.iter().any(|(q, _)| q == p) {
                return;
            }
            let render = if p.is_empty() && u.is_empty() {
                self.rendered_value("").is_some_and(|r| !r.is_empty())
            } else {
                self.rendered_value(p) != Some(u)
            };
            if render {
                out.push((p.to_string(), u.to_string()));
            }
        };
        match self.canon.method {
            // Below the apex only the element's own declarations can
            // differ from what its output parent rendered.
            Method::C14n10 | Method::C14n11 if !self.rendered.is_empty() => {
                for (p, u) in &s.ns_decls {
                    consider(p, u, &mut out);
                }
            }
            Method::C14n10 | Method::C14n11 => {
                let scope_ns = scope.in_scope();
                if !scope_ns.iter().any(|(p, _)| p.is_empty()) {
                    consider("", "", &mut out);
                }
                for (p, u) in scope_ns {
                    consider(p, u, &mut out);
                }
            }
            Method::Exclusive => {
                // Visibly utilized prefixes (Exclusive C14N §3).
                let mut used: Vec<&str> = vec![s.prefix.as_str()];
                used.extend(
                    s.attrs
                        .iter()
                        .filter(|a| !a.prefix.is_empty())
                        .map(|a| a.prefix.as_str()),
                );
                for p in used {
                    consider(p, scope.lookup(p).unwrap_or(""), &mut out);
                }
                for p in &self.canon.inclusive_prefixes {
                    if let Some(u) = scope.lookup(p) {
                        consider(p, u, &mut out);
                    }
                }
            }
        }
        out.sort();
        out
    }
}

fn push_qname(out: &mut String, prefix: &str, local: &str) {
    if !prefix.is_empty() {
        out.push_str(prefix);
        out.push(':');
    }
    out.push_str(local);
}

/// C14N 1.0 §2.3 text nodes. The characters to replace are ASCII, so the
/// text is copied in runs between them instead of character by character.
fn escape_text(s: &str, out: &mut String) {
    escape_with(s, out, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'\r' => Some("&#xD;"),
        _ => None,
    });
}

/// C14N 1.0 §2.3 attribute values.
fn escape_attr(s: &str, out: &mut String) {
    escape_with(s, out, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'"' => Some("&quot;"),
        b'\t' => Some("&#x9;"),
        b'\n' => Some("&#xA;"),
        b'\r' => Some("&#xD;"),
        _ => None,
    });
}

fn escape_with(s: &str, out: &mut String, replace: impl Fn(u8) -> Option<&'static str>) {
    // Most text (base64 certificates, URLs, names) has nothing to replace.
    if !s.bytes().any(|b| replace(b).is_some()) {
        out.push_str(s);
        return;
    }
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        if let Some(r) = replace(b) {
            // `i` is at an ASCII byte, so both slices end on char boundaries.
            out.push_str(&s[from..i]);
            out.push_str(r);
            from = i + 1;
        }
    }
    out.push_str(&s[from..]);
}

pub fn canonicalize(
    xml: &[u8],
    canon: &Canon,
    apex: Option<usize>,
    exclude: Option<usize>,
) -> Result<Vec<u8>, super::walk::WalkError> {
    let mut c = Canonicalizer::new(canon.clone(), apex, exclude, Vec::new());
    super::walk::walk(xml, |n, scope| {
        c.feed(&n, scope);
        !c.done()
    })?;
    Ok(c.sink)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c14n(xml: &str, uri: &str) -> String {
        let canon = Canon::from_uri(uri).unwrap();
        String::from_utf8(canonicalize(xml.as_bytes(), &canon, None, None).unwrap()).unwrap()
    }

    fn subset(xml: &str, canon: &Canon, apex: usize, exclude: Option<usize>) -> String {
        String::from_utf8(canonicalize(xml.as_bytes(), canon, Some(apex), exclude).unwrap())
            .unwrap()
    }

    /// W3C C14N 1.0 §3.1 (PIs, comments, outside of document element),
    /// without its DOCTYPE.
    #[test]
    fn w3c_example_3_1() {
        let input = "<?xml version=\"1.0\"?>\n\n<?xml-stylesheet   href=\"doc.xsl\"\n   type=\"text/xsl\"   ?>\n\n<doc>Hello, world!<!-- Comment 1 --></doc>\n\n<?pi-without-data     ?>\n\n<!-- Comment 2 -->\n\n<!-- Comment 3 -->";
        assert_eq!(
            c14n(input, C14N10),
            "<?xml-stylesheet href=\"doc.xsl\"\n   type=\"text/xsl\"   ?>\n<doc>Hello, world!</doc>\n<?pi-without-data?>"
        );
        assert_eq!(
            c14n(input, C14N10_COMMENTS),
            "<?xml-stylesheet href=\"doc.xsl\"\n   type=\"text/xsl\"   ?>\n<doc>Hello, world!<!-- Comment 1 --></doc>\n<?pi-without-data?>\n<!-- Comment 2 -->\n<!-- Comment 3 -->"
        );
    }

    /// W3C C14N 1.0 §3.3 (start and end tags), without the DTD's defaulted
    /// attributes.
    #[test]
    fn w3c_example_3_3() {
        let input = "<doc>\n   <e1   />\n   <e2   ></e2>\n   <e3   name = \"elem3\"   id=\"elem3\"   />\n   <e4   name=\"elem4\"   id=\"elem4\"   ></e4>\n   <e5 a:attr=\"out\" b:attr=\"sorted\" attr2=\"all\" attr=\"I'm\"\n      xmlns:b=\"http://www.ietf.org\"\n      xmlns:a=\"http://www.w3.org\"\n      xmlns=\"http://example.org\"/>\n   <e6 xmlns=\"\" xmlns:a=\"http://www.w3.org\">\n      <e7 xmlns=\"http://www.ietf.org\">\n         <e8 xmlns=\"\" xmlns:a=\"http://www.w3.org\">\n            <e9 xmlns=\"\" xmlns:a=\"http://www.ietf.org\"/>\n         </e8>\n      </e7>\n   </e6>\n</doc>";
        let expected = "<doc>\n   <e1></e1>\n   <e2></e2>\n   <e3 id=\"elem3\" name=\"elem3\"></e3>\n   <e4 id=\"elem4\" name=\"elem4\"></e4>\n   <e5 xmlns=\"http://example.org\" xmlns:a=\"http://www.w3.org\" xmlns:b=\"http://www.ietf.org\" attr=\"I'm\" attr2=\"all\" b:attr=\"sorted\" a:attr=\"out\"></e5>\n   <e6 xmlns:a=\"http://www.w3.org\">\n      <e7 xmlns=\"http://www.ietf.org\">\n         <e8 xmlns=\"\">\n            <e9 xmlns:a=\"http://www.ietf.org\"></e9>\n         </e8>\n      </e7>\n   </e6>\n</doc>";
        assert_eq!(c14n(input, C14N10), expected);
    }

    /// W3C C14N 1.0 §3.4 (character modifications and references), minus
    /// the DTD-typed attributes.
    #[test]
    fn w3c_example_3_4() {
        let input = "<doc>\n   <text>First line&#x0d;&#10;Second line</text>\n   <value>&#x32;</value>\n   <compute><![CDATA[value>\"0\" && value<\"10\" ?\"valid\":\"error\"]]></compute>\n   <compute expr='value>\"0\" &amp;&amp; value&lt;\"10\" ?\"valid\":\"error\"'>valid</compute>\n   <norm attr=' &apos;   &#x20;&#13;&#xa;&#9;   &apos; '/>\n</doc>";
        let expected = "<doc>\n   <text>First line&#xD;\nSecond line</text>\n   <value>2</value>\n   <compute>value&gt;\"0\" &amp;&amp; value&lt;\"10\" ?\"valid\":\"error\"</compute>\n   <compute expr=\"value>&quot;0&quot; &amp;&amp; value&lt;&quot;10&quot; ?&quot;valid&quot;:&quot;error&quot;\">valid</compute>\n   <norm attr=\" '    &#xD;&#xA;&#x9;   ' \"></norm>\n</doc>";
        assert_eq!(c14n(input, C14N10), expected);
    }

    /// Exclusive C14N §2.2: the apex drops namespaces it does not use,
    /// inclusive C14N keeps the ancestors'.
    #[test]
    fn exclusive_versus_inclusive_subset() {
        let input = "<n0:local xmlns:n0=\"foo:bar\" xmlns:n3=\"ftp://example.org\"><n1:elem2 xmlns:n1=\"http://example.net\" xml:lang=\"en\"><n3:stuff xmlns:n3=\"ftp://example.org\"/></n1:elem2></n0:local>";
        let inc = Canon::from_uri(C14N10).unwrap();
        assert_eq!(
            subset(input, &inc, 1, None),
            "<n1:elem2 xmlns:n0=\"foo:bar\" xmlns:n1=\"http://example.net\" xmlns:n3=\"ftp://example.org\" xml:lang=\"en\"><n3:stuff></n3:stuff></n1:elem2>"
        );
        let exc = Canon::from_uri(EXC_C14N).unwrap();
        assert_eq!(
            subset(input, &exc, 1, None),
            "<n1:elem2 xmlns:n1=\"http://example.net\" xml:lang=\"en\"><n3:stuff xmlns:n3=\"ftp://example.org\"></n3:stuff></n1:elem2>"
        );
        let exc_list = exc.clone().with_prefix_list("n0 #default");
        assert_eq!(
            subset(input, &exc_list, 1, None),
            "<n1:elem2 xmlns:n0=\"foo:bar\" xmlns:n1=\"http://example.net\" xml:lang=\"en\"><n3:stuff xmlns:n3=\"ftp://example.org\"></n3:stuff></n1:elem2>"
        );
    }

    #[test]
    fn inherits_xml_attributes_and_excludes_a_subtree() {
        let input = "<a xml:lang=\"fr\" xml:id=\"i\"><b><sig><x/></sig><c>t</c></b></a>";
        let c10 = Canon::from_uri(C14N10).unwrap();
        assert_eq!(
            subset(input, &c10, 1, Some(2)),
            "<b xml:id=\"i\" xml:lang=\"fr\"><c>t</c></b>"
        );
        let c11 = Canon::from_uri(C14N11).unwrap();
        assert_eq!(
            subset(input, &c11, 1, Some(2)),
            "<b xml:lang=\"fr\"><c>t</c></b>"
        );
        let exc = Canon::from_uri(EXC_C14N).unwrap();
        assert_eq!(subset(input, &exc, 1, Some(2)), "<b><c>t</c></b>");
    }

    #[test]
    fn undeclares_the_default_namespace_only_when_needed() {
        let input = "<a xmlns=\"u\"><b xmlns=\"\"><c/></b></a>";
        let exc = Canon::from_uri(EXC_C14N).unwrap();
        assert_eq!(subset(input, &exc, 1, None), "<b><c></c></b>");
        assert_eq!(
            c14n(input, EXC_C14N),
            "<a xmlns=\"u\"><b xmlns=\"\"><c></c></b></a>"
        );
    }
}
