//! First pass over a document: every `ds:Signature` (as a small tree: it is
//! a few kilobytes) with the element it sits in, and every element carrying
//! an ID attribute (SAML 2.0 core §1.3.4 `ID`; SAML 1.1 `AssertionID` and
//! `ResponseID`), so that `Reference URI="#…"` can be resolved and a
//! duplicated ID — the core of signature-wrapping attacks — detected.
//! Memory is bounded by the signatures and IDs, not by the document.

use std::collections::HashMap;

use super::walk::{walk, Node, Start, WalkError};

pub const NS_DSIG: &str = "http://www.w3.org/2000/09/xmldsig#";

/// A signature larger than this is refused (real ones are < 16 KB).
const MAX_SIGNATURE_NODES: usize = 2_000;
const MAX_SIGNATURE_TEXT: usize = 1 << 20;
/// More signatures than this are reported, not verified.
pub const MAX_SIGNATURES: usize = 256;
/// Elements with an ID we remember (more than any real aggregate has).
const MAX_IDS: usize = 1_000_000;

/// The attributes SAML declares as XML IDs.
pub const ID_ATTRIBUTES: &[&str] = &["ID", "AssertionID", "ResponseID"];

/// An element, as a reference can name it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ElementRef {
    pub ordinal: usize,
    pub path: String,
    pub ns: String,
    pub local: String,
    pub id: Option<String>,
}

impl ElementRef {
    fn of(s: &Start) -> ElementRef {
        ElementRef {
            ordinal: s.ordinal,
            path: s.path.clone(),
            ns: s.ns.clone(),
            local: s.local.clone(),
            id: ID_ATTRIBUTES
                .iter()
                .find_map(|a| s.attr(a))
                .map(str::to_string),
        }
    }
}

/// An element of a signature's small tree.
#[derive(Debug, Clone, Default)]
pub struct SigNode {
    pub ordinal: usize,
    pub ns: String,
    pub local: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<SigNode>,
}

impl SigNode {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn ds(&self, local: &str) -> Option<&SigNode> {
        self.children
            .iter()
            .find(|c| c.ns == NS_DSIG && c.local == local)
    }

    pub fn all_ds<'a>(&'a self, local: &'a str) -> impl Iterator<Item = &'a SigNode> + 'a {
        self.children
            .iter()
            .filter(move |c| c.ns == NS_DSIG && c.local == local)
    }

    /// Every descendant named `ns`/`local`, in document order.
    pub fn find_all<'a>(&'a self, ns: &str, local: &str, out: &mut Vec<&'a SigNode>) {
        for c in &self.children {
            if c.ns == ns && c.local == local {
                out.push(c);
            }
            c.find_all(ns, local, out);
        }
    }
}

#[derive(Debug, Clone)]
pub struct FoundSignature {
    pub path: String,
    pub ordinal: usize,
    pub offset: usize,
    /// The element the signature sits in (`None` for a root Signature).
    pub parent: Option<ElementRef>,
    pub tree: SigNode,
    /// Set when the subtree exceeded the size limits.
    pub too_large: bool,
}

#[derive(Debug, Default)]
pub struct Scan {
    pub root: Option<ElementRef>,
    pub ids: HashMap<String, Vec<ElementRef>>,
    pub signatures: Vec<FoundSignature>,
    /// Signatures met beyond [`MAX_SIGNATURES`].
    pub skipped_signatures: usize,
}

struct Building {
    sig: FoundSignature,
    stack: Vec<SigNode>,
    nodes: usize,
    text: usize,
}

pub fn scan(xml: &[u8]) -> Result<Scan, WalkError> {
    let mut scanner = Scanner::default();
    walk(xml, |node, _scope| {
        scanner.node(&node);
        true
    })?;
    Ok(scanner.finish())
}

/// The first pass as a consumer of the walk, so the verifier can run other
/// work (its speculative digest) in the same walk.
#[derive(Default)]
pub struct Scanner {
    out: Scan,
    parents: Vec<ElementRef>,
    building: Option<Building>,
}

impl Scanner {
    /// The signatures completed so far, in document order.
    pub fn signatures(&self) -> &[FoundSignature] {
        &self.out.signatures
    }

    pub fn finish(self) -> Scan {
        self.out
    }

    pub fn node(&mut self, node: &Node) {
        let Scanner {
            out,
            parents,
            building,
        } = self;
        match node {
            Node::Start(s) => {
                // IDs inside a signature (ds:Object) count too: a reference
                // may point there, and a duplicate there is still a duplicate.
                if let Some(id) = ID_ATTRIBUTES.iter().find_map(|a| s.attr(a)) {
                    if out.ids.len() < MAX_IDS || out.ids.contains_key(id) {
                        out.ids
                            .entry(id.to_string())
                            .or_default()
                            .push(ElementRef::of(s));
                    }
                }
                if let Some(b) = building.as_mut() {
                    b.nodes += 1;
                    if b.nodes > MAX_SIGNATURE_NODES {
                        b.sig.too_large = true;
                    }
                    b.stack.push(SigNode {
                        ordinal: s.ordinal,
                        ns: s.ns.clone(),
                        local: s.local.clone(),
                        attrs: s
                            .attrs
                            .iter()
                            .filter(|a| a.ns.is_empty())
                            .map(|a| (a.local.clone(), a.value.clone()))
                            .collect(),
                        ..SigNode::default()
                    });
                    return;
                }
                let me = ElementRef::of(s);
                if out.root.is_none() {
                    out.root = Some(me.clone());
                }
                if s.is(NS_DSIG, "Signature") {
                    if out.signatures.len() >= MAX_SIGNATURES {
                        out.skipped_signatures += 1;
                    } else {
                        *building = Some(Building {
                            sig: FoundSignature {
                                path: s.path.clone(),
                                ordinal: s.ordinal,
                                offset: s.offset,
                                parent: parents.last().cloned(),
                                tree: SigNode::default(),
                                too_large: false,
                            },
                            stack: vec![SigNode {
                                ordinal: s.ordinal,
                                ns: s.ns.clone(),
                                local: s.local.clone(),
                                attrs: s
                                    .attrs
                                    .iter()
                                    .map(|a| (a.local.clone(), a.value.clone()))
                                    .collect(),
                                ..SigNode::default()
                            }],
                            nodes: 1,
                            text: 0,
                        });
                        return;
                    }
                }
                parents.push(me);
            }
            Node::End(_) => {
                if let Some(b) = building.as_mut() {
                    let done = b.stack.pop().expect("balanced");
                    match b.stack.last_mut() {
                        Some(p) => {
                            if !b.sig.too_large {
                                p.children.push(done);
                            }
                        }
                        None => {
                            let mut fin = building.take().expect("building");
                            fin.sig.tree = done;
                            out.signatures.push(fin.sig);
                        }
                    }
                    return;
                }
                parents.pop();
            }
            Node::Text(t) => {
                if let Some(b) = building.as_mut() {
                    b.text += t.len();
                    if b.text > MAX_SIGNATURE_TEXT {
                        b.sig.too_large = true;
                    } else if let Some(top) = b.stack.last_mut() {
                        top.text.push_str(t);
                    }
                }
            }
            Node::Comment(_) | Node::Pi(_) => {}
        }
    }
}
