//! The shapes of the generated schema tables ([`super::tables`]): simple
//! types, attribute declarations, element declarations, complex types and
//! the deterministic automaton of each content model (XML Schema Part 1,
//! sections 3.2-3.10). Everything is `'static` data: the validator follows
//! indices, it never builds a model at run time.

/// The XML Schema built-in datatypes the SAML schemas use (Part 2, section 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    String,
    Token,
    AnyUri,
    DateTime,
    Duration,
    Boolean,
    UnsignedShort,
    Integer,
    NonNegativeInteger,
    PositiveInteger,
    Id,
    NcName,
    QName,
    Base64,
    Language,
    NmToken,
    AnySimple,
    Decimal,
    HexBinary,
}

/// A simple type: a built-in base with the facets the SAML schemas use.
#[derive(Debug)]
pub struct SimpleType {
    /// As the schemas name it (`xs:dateTime`, `md:KeyTypes`).
    pub name: &'static str,
    pub base: Builtin,
    /// `xs:list` of the base (whitespace-separated items).
    pub list: bool,
    /// Allowed values (empty: any).
    pub enums: &'static [&'static str],
    pub min_len: u32,
    /// `u32::MAX` when unbounded.
    pub max_len: u32,
}

#[derive(Debug)]
pub struct AttrDecl {
    /// Index into `NAMESPACES` (0: unqualified).
    pub ns: u8,
    pub local: &'static str,
    /// Index into `SIMPLE`.
    pub ty: u16,
    pub required: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Process {
    Strict,
    Lax,
    Skip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NsSet {
    Any,
    /// Any namespace but this one (and not unqualified).
    Other(u8),
    List(&'static [u8]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wild {
    pub ns: NsSet,
    pub process: Process,
}

impl Wild {
    /// Whether an item in namespace `ns` (0: none; `None`: a namespace the
    /// tables do not know) matches.
    pub fn matches(&self, ns: Option<u8>) -> bool {
        match self.ns {
            NsSet::Any => true,
            NsSet::Other(t) => ns != Some(t) && ns != Some(0),
            NsSet::List(l) => ns.is_some_and(|n| l.contains(&n)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeRef {
    Complex(u16),
    Simple(u16),
    AnyType,
}

#[derive(Debug)]
pub struct ElementDecl {
    pub ns: u8,
    pub local: &'static str,
    pub ty: TypeRef,
}

#[derive(Debug, Clone, Copy)]
pub enum Content {
    /// Text of this simple type (index into `SIMPLE`), no child elements.
    Simple(u16),
    /// Child elements following the automaton from state `start`.
    Elements { start: u16, mixed: bool },
}

#[derive(Debug)]
pub struct ComplexType {
    /// `md:EntityDescriptorType`, or `(ElementName)` for an anonymous type.
    pub name: &'static str,
    pub abstract_: bool,
    /// The type it extends or restricts (index into `TYPES`).
    pub base: Option<u16>,
    pub attrs: &'static [AttrDecl],
    pub any_attr: Option<Wild>,
    pub content: Content,
    /// The content model as people read it (`ds:Signature?, md:Extensions?, …`).
    pub model: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub enum Label {
    /// Index into `ELEMENTS`.
    Elem(u16),
    Wild(Wild),
}

#[derive(Debug)]
pub struct Trans {
    pub label: Label,
    pub to: u16,
}

/// One state of a content model's automaton.
#[derive(Debug)]
pub struct State {
    /// The element may end here.
    pub accept: bool,
    pub trans: &'static [Trans],
}
