//! XML-Signature verification (W3C XML Signature Syntax and Processing 1.1)
//! shared by the SAML metadata and response tools. Admin guide "Single
//! Sign-on": "SAML assertions are digitally signed to ensure their
//! authenticity" — this is the check Webex makes with the IdP certificate.
//!
//! - [`walk`]: the normalized XML event stream (no tree);
//! - [`c14n`]: Canonical XML 1.0 / 1.1 and Exclusive C14N on that stream;
//! - [`scan`]: signatures and ID attributes (first pass);
//! - `speculate`: the usual root signature's digest, computed during the
//!   first pass so that most documents need no second one;
//! - [`algorithms`]: digests and signature schemes (RustCrypto);
//! - [`trust`]: the administrator's certificates;
//! - [`redirect`]: the HTTP-Redirect binding's query signature;
//! - [`findings`]: verdicts to findings, with each tool's rules;
//! - [`verify`]: reference resolution, digest and signature checks, and
//!   the per-signature report ([`SignatureCheck`]);
//! - [`transport`]: a verification as JSON, for a browser worker that
//!   verifies beside the one that reads.

pub mod algorithms;
pub mod c14n;
pub mod findings;
pub mod redirect;
pub mod scan;
mod speculate;
pub mod transport;
pub mod trust;
pub mod verify;
pub mod walk;

pub use findings::RuleSet;
pub use trust::{CertInfo, TrustStore};
pub use verify::{verify, Problem, SignatureCheck, Verification};
pub use walk::WalkError;
