//! What the streaming reader keeps of one `EntityDescriptor` (OASIS SAML
//! V2.0 Metadata, sections 2.3.2-2.4.4): only the attributes and elements
//! the checks and the Webex import (admin guide, "Configure Federated Web
//! SSO") need, each with the path and byte span that findings point at.
//! One entity lives at a time, so a 5,000-entity aggregate never sits in
//! memory as a tree.

/// Where an element is: its XPath-like path and the byte span of its start tag.
#[derive(Debug, Clone, Default)]
pub struct At {
    pub path: String,
    pub start: usize,
    pub end: usize,
}

/// An attribute value as written (after XML unescaping).
pub type Attr = Option<String>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    Idp,
    Sp,
    Aa,
    /// RoleDescriptor (ADFS `fed:` types), AuthnAuthority, PDP: kept for
    /// their KeyDescriptors only.
    Other,
}

impl RoleKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RoleKind::Idp => "idp",
            RoleKind::Sp => "sp",
            RoleKind::Aa => "aa",
            RoleKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Endpoint {
    pub at: At,
    pub binding: Attr,
    pub location: Attr,
    pub index: Attr,
    pub is_default: Attr,
}

#[derive(Debug, Clone)]
pub struct EmbeddedCert {
    pub at: At,
    pub base64: String,
}

#[derive(Debug, Clone, Default)]
pub struct KeyDescriptor {
    pub at: At,
    pub use_: Attr,
    pub certs: Vec<EmbeddedCert>,
}

#[derive(Debug, Clone)]
pub struct Text {
    pub at: At,
    pub value: String,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub kind: RoleKind,
    /// Local element name (`IDPSSODescriptor`, `RoleDescriptor` …).
    pub element: String,
    pub at: At,
    pub protocol_support: Attr,
    pub want_authn_requests_signed: Attr,
    pub authn_requests_signed: Attr,
    pub want_assertions_signed: Attr,
    pub valid_until: Attr,
    pub cache_duration: Attr,
    pub sso: Vec<Endpoint>,
    pub acs: Vec<Endpoint>,
    pub nameid_formats: Vec<Text>,
    pub keys: Vec<KeyDescriptor>,
}

impl Role {
    pub fn new(kind: RoleKind, element: &str, at: At) -> Self {
        Self {
            kind,
            element: element.to_string(),
            at,
            protocol_support: None,
            want_authn_requests_signed: None,
            authn_requests_signed: None,
            want_assertions_signed: None,
            valid_until: None,
            cache_duration: None,
            sso: Vec::new(),
            acs: Vec::new(),
            nameid_formats: Vec::new(),
            keys: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Entity {
    pub at: At,
    pub entity_id: Attr,
    pub valid_until: Attr,
    pub cache_duration: Attr,
    /// The earliest validUntil of the enclosing EntitiesDescriptors, already
    /// checked where it was written; it bounds this entity's validity too.
    pub inherited_valid_until: Option<chrono::DateTime<chrono::Utc>>,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub uri: Attr,
    pub digest_methods: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Signature {
    pub at: At,
    pub canonicalization: Attr,
    pub signature_method: Attr,
    pub references: Vec<Reference>,
    pub certs: Vec<EmbeddedCert>,
}
