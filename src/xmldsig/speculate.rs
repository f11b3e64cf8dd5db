//! One pass instead of two for the signature nearly every SAML document
//! carries: an enveloped signature, first among the root's children, whose
//! single Reference names the root (`URI="#id"`, or `URI=""` for a root
//! without an ID) with Exclusive C14N and no PrefixList, and whose SignedInfo
//! is canonicalized the same way (XML Signature 1.1 §4.4.3, SAML 2.0 core
//! §5.4). A 50 MB metadata aggregate is signed like that.
//!
//! The first pass ([`super::scan`]) meets the root's start tag before it can
//! know what the signature will say, so while scanning it also writes the
//! root in that canonical form — into a buffer until the DigestMethod is
//! read, into the digest from then on — and keeps the SignedInfo's canonical
//! octets. After the scan, the verifier takes these results only for a plan
//! that matches the guess exactly (same element, same excluded signature,
//! same canonicalization and digest); anything else is computed in a second
//! pass, as before. The guess never changes a verdict, only how many passes
//! it takes.

use super::algorithms::{self, DigestAlg, Hasher};
use super::c14n::{Canon, Canonicalizer, Sink, EXC_C14N};
use super::scan::{FoundSignature, ID_ATTRIBUTES, NS_DSIG};
use super::walk::{Node, Scope};

/// Canonical octets held before the digest algorithm is known: the root's
/// start tag and whatever precedes the signature (an Issuer). Past this the
/// guess is dropped.
const MAX_PENDING: usize = 1 << 20;

/// Where the speculative root canonicalization writes.
enum Pending {
    Buffer(Vec<u8>),
    Hashing(Box<Hasher>),
    Dropped,
}

impl Sink for Pending {
    fn put(&mut self, bytes: &[u8]) {
        match self {
            Pending::Buffer(b) => {
                b.extend_from_slice(bytes);
                if b.len() > MAX_PENDING {
                    *self = Pending::Dropped;
                }
            }
            Pending::Hashing(h) => h.put(bytes),
            Pending::Dropped => {}
        }
    }
}

pub struct Speculation {
    canon: Canon,
    root: Option<Canonicalizer<Pending>>,
    /// A processing instruction before the root would belong to a
    /// whole-document (`URI=""`) reference; the guess does not carry it.
    misc_before_root: bool,
    /// The root's first ds:Signature child, and whether it is open.
    signature: Option<usize>,
    in_signature: bool,
    digest: Option<DigestAlg>,
    signed_info: Option<Canonicalizer<Vec<u8>>>,
    signed_info_limit: usize,
}

impl Speculation {
    pub fn new(signed_info_limit: usize) -> Speculation {
        Speculation {
            canon: Canon::from_uri(EXC_C14N).expect("known algorithm"),
            root: None,
            misc_before_root: false,
            signature: None,
            in_signature: false,
            digest: None,
            signed_info: None,
            signed_info_limit,
        }
    }

    /// Feed one node of the first pass (after the scanner has seen it).
    pub fn node(&mut self, node: &Node, scope: &Scope, completed: &[FoundSignature]) {
        match node {
            Node::Start(s) if s.depth == 1 => {
                // `#id` selects the root element; `""` the whole document,
                // which for a document without comments or PIs around the
                // root canonicalizes the same way but for the apex rule.
                let has_id = ID_ATTRIBUTES.iter().any(|a| s.attr(a).is_some());
                if has_id || !self.misc_before_root {
                    let apex = has_id.then_some(s.ordinal);
                    self.root = Some(Canonicalizer::new(
                        self.canon.clone(),
                        apex,
                        None,
                        Pending::Buffer(Vec::new()),
                    ));
                }
            }
            Node::Start(s)
                if s.depth == 2 && self.signature.is_none() && s.is(NS_DSIG, "Signature") =>
            {
                self.signature = Some(s.ordinal);
                self.in_signature = true;
                if let Some(root) = &mut self.root {
                    root.exclude_later(s.ordinal);
                }
            }
            Node::Start(s)
                if s.depth == 3
                    && self.in_signature
                    && self.signed_info.is_none()
                    && s.is(NS_DSIG, "SignedInfo") =>
            {
                self.signed_info = Some(Canonicalizer::new(
                    self.canon.clone(),
                    Some(s.ordinal),
                    None,
                    Vec::new(),
                ));
            }
            Node::End(s) if self.in_signature && Some(s.ordinal) == self.signature => {
                self.in_signature = false;
                if let Some(root) = &mut self.root {
                    root.feed(node, scope);
                }
                self.choose_digest(completed);
                return;
            }
            Node::Pi(_) if scope.depth() == 0 && self.root.is_none() => {
                self.misc_before_root = true;
            }
            _ => {}
        }
        if let Some(root) = &mut self.root {
            if !matches!(root.sink, Pending::Dropped) {
                root.feed(node, scope);
            }
        }
        if let Some(si) = &mut self.signed_info {
            if !si.done() && si.sink.len() <= self.signed_info_limit {
                si.feed(node, scope);
            }
        }
    }

    /// The signature is complete: start digesting with its DigestMethod.
    fn choose_digest(&mut self, completed: &[FoundSignature]) {
        let method = completed
            .last()
            .filter(|f| Some(f.ordinal) == self.signature)
            .and_then(|f| f.tree.ds("SignedInfo"))
            .and_then(|si| si.all_ds("Reference").next())
            .and_then(|r| r.ds("DigestMethod"))
            .and_then(|d| d.attr("Algorithm"))
            .and_then(algorithms::digest_alg);
        let Some(root) = &mut self.root else {
            return;
        };
        let hasher = match method {
            Some(DigestAlg::Known(h)) => Hasher::new(h),
            _ => None,
        };
        root.sink = match (std::mem::replace(&mut root.sink, Pending::Dropped), hasher) {
            (Pending::Buffer(buf), Some(mut h)) => {
                h.put(&buf);
                self.digest = method;
                Pending::Hashing(Box::new(h))
            }
            _ => Pending::Dropped,
        };
    }

    /// The canonical SignedInfo, if the guess made it: the element
    /// `ordinal`, canonicalized with `canon`.
    pub fn take_signed_info(&mut self, canon: &Canon, ordinal: usize) -> Option<Vec<u8>> {
        let limit = self.signed_info_limit;
        let si = self.signed_info.take_if(|si| {
            *canon == self.canon
                && si.apex() == Some(ordinal)
                && si.done()
                && si.sink.len() <= limit
        })?;
        Some(si.sink)
    }

    /// The digest of the referenced content, if the guess made it: element
    /// `target` (`None` = the whole document) without the enveloped
    /// signature `exclude`, canonicalized with `canon`, digested with
    /// `digest`. Asked after the whole first pass, so a whole-document
    /// guess is complete.
    pub fn take_digest(
        &mut self,
        canon: &Canon,
        target: Option<usize>,
        exclude: Option<usize>,
        digest: DigestAlg,
    ) -> Option<Vec<u8>> {
        if *canon != self.canon || self.digest != Some(digest) || exclude.is_none() {
            return None;
        }
        let root = self.root.take_if(|r| {
            r.apex() == target
                && r.excluded() == exclude
                && (target.is_none() || r.done())
                && matches!(r.sink, Pending::Hashing(_))
        })?;
        match root.sink {
            Pending::Hashing(h) => Some(h.finish()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x509::verify::Hash;
    use crate::xmldsig::scan::Scanner;
    use crate::xmldsig::walk::walk;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!(
            "{}/tests/fixtures/xmldsig/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read(path).expect("fixture")
    }

    /// Pass 1 over `xml`; the first signature's tree, the guess.
    fn first_pass(xml: &[u8]) -> (Vec<FoundSignature>, Speculation) {
        let mut scanner = Scanner::default();
        let mut guess = Speculation::new(256 * 1024);
        walk(xml, |n, scope| {
            scanner.node(&n);
            guess.node(&n, scope, scanner.signatures());
            true
        })
        .expect("well-formed");
        (scanner.finish().signatures, guess)
    }

    fn digest_value(sig: &FoundSignature) -> Vec<u8> {
        let r = sig
            .tree
            .ds("SignedInfo")
            .and_then(|si| si.ds("Reference"))
            .expect("Reference");
        let text = &r.ds("DigestValue").expect("DigestValue").text;
        crate::x509::input::decode_base64(text.as_bytes()).expect("base64")
    }

    fn exc() -> Canon {
        Canon::from_uri(EXC_C14N).expect("known")
    }

    const SHA256: DigestAlg = DigestAlg::Known(Hash::Sha256);

    #[test]
    fn a_signed_aggregate_is_digested_in_the_first_pass() {
        let (sigs, mut guess) = first_pass(&fixture("metadata-aggregate-signed.xml"));
        let sig = &sigs[0];
        let si = sig.tree.ds("SignedInfo").expect("SignedInfo").ordinal;
        assert!(guess.take_signed_info(&exc(), si).is_some());
        let digest = guess.take_digest(&exc(), Some(0), Some(sig.ordinal), SHA256);
        assert_eq!(digest, Some(digest_value(sig)));
    }

    #[test]
    fn a_tampered_aggregate_gets_the_digest_of_what_it_now_says() {
        let (sigs, mut guess) = first_pass(&fixture("neg-metadata-tampered.xml"));
        let digest = guess.take_digest(&exc(), Some(0), Some(sigs[0].ordinal), SHA256);
        assert!(digest.is_some_and(|d| d != digest_value(&sigs[0])));
    }

    #[test]
    fn a_plan_unlike_the_guess_gets_nothing() {
        let (sigs, mut guess) = first_pass(&fixture("metadata-aggregate-signed.xml"));
        let ordinal = sigs[0].ordinal;
        let sha1 = DigestAlg::Known(Hash::Sha1);
        let inclusive = Canon::from_uri(crate::xmldsig::c14n::C14N10).expect("known");
        let with_prefixes = exc().with_prefix_list("xs");
        assert_eq!(
            guess.take_digest(&exc(), Some(0), Some(ordinal), sha1),
            None
        );
        assert_eq!(
            guess.take_digest(&inclusive, Some(0), Some(ordinal), SHA256),
            None
        );
        assert_eq!(
            guess.take_digest(&with_prefixes, Some(0), Some(ordinal), SHA256),
            None
        );
        assert_eq!(guess.take_digest(&exc(), None, Some(ordinal), SHA256), None);
        assert_eq!(guess.take_digest(&exc(), Some(0), None, SHA256), None);
        assert_eq!(
            guess.take_digest(&exc(), Some(0), Some(ordinal + 1), SHA256),
            None
        );
        // …and the guess is still there for the plan it fits.
        assert!(guess
            .take_digest(&exc(), Some(0), Some(ordinal), SHA256)
            .is_some());
    }

    #[test]
    fn a_signature_below_the_root_is_not_guessed() {
        // ADFS signs only the Assertion, a child of the Response.
        let (sigs, mut guess) = first_pass(&fixture("adfs-assertion-signed.xml"));
        let sig = &sigs[0];
        let target = sig.parent.as_ref().map(|p| p.ordinal);
        assert_ne!(target, Some(0));
        assert_eq!(
            guess.take_digest(&exc(), target, Some(sig.ordinal), SHA256),
            None
        );
    }

    #[test]
    fn a_processing_instruction_before_the_root_stops_a_whole_document_guess() {
        let xml = b"<?pi before?><r><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo><ds:Reference URI=\"\"><ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/></ds:Reference></ds:SignedInfo></ds:Signature></r>";
        let (sigs, mut guess) = first_pass(xml);
        assert_eq!(
            guess.take_digest(&exc(), None, Some(sigs[0].ordinal), SHA256),
            None
        );
        let without = &xml[13..];
        let (sigs, mut guess) = first_pass(without);
        assert!(guess
            .take_digest(&exc(), None, Some(sigs[0].ordinal), SHA256)
            .is_some());
    }
}
