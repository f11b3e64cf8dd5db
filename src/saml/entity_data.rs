//! One entity of `data.entities[]`, typed, so the CLI can write each entity
//! of a federation aggregate as soon as it is checked (and drop it) instead
//! of holding thousands of them as JSON values. The JSON shape is the
//! public `saml-metadata` contract; its field names do not change.
//!
//! Certificates are shared: an aggregate reuses a few keys thousands of
//! times, and each use points at the one inspection of that certificate
//! ([`EntityCert::details`]) plus where this use sits.

use std::rc::Rc;

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use super::data::{Service, WebexImport};

/// One `data.entities[]` item.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntityData {
    pub entity_id: Option<String>,
    pub path: String,
    /// `idp`, `sp`, `aa`: the roles the entity plays, each once.
    pub roles: Vec<String>,
    /// The IdP's SingleSignOnServices.
    pub sso_services: Vec<Service>,
    /// The SP's AssertionConsumerServices.
    pub acs_services: Vec<Service>,
    pub nameid_formats: Vec<String>,
    /// The effective validUntil (the entity's own or an enclosing one's,
    /// whichever is sooner), RFC 3339.
    pub valid_until: Option<String>,
    pub cache_duration_seconds: Option<f64>,
    pub want_authn_requests_signed: Option<bool>,
    pub authn_requests_signed: Option<bool>,
    pub certificates: Vec<EntityCert>,
    /// What the Webex import fills in; `null` for an entity with no IdP role.
    pub webex_import: Option<WebexImport>,
}

impl EntityData {
    pub fn is_idp(&self) -> bool {
        self.roles.iter().any(|r| r == "idp")
    }

    pub fn is_sp(&self) -> bool {
        self.roles.iter().any(|r| r == "sp")
    }

    /// The entity as a JSON value (the shape `data.entities[]` holds).
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// One certificate of an entity's KeyDescriptor: the shared inspection of
/// the certificate and where this use of it sits. Serialised as one flat
/// object (the inspection's fields, then `use`, `role`, `role_element`,
/// `key_descriptor`, `path`).
///
/// `details` is the certificate tool's object (`crate::x509`), kept as JSON:
/// it is that tool's shape.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityCert {
    pub details: Rc<Map<String, Value>>,
    /// Whether the certificate decoded (`details` is the undecoded shape otherwise).
    pub decoded: bool,
    pub use_: Option<String>,
    pub role: String,
    pub role_element: String,
    pub key_descriptor: String,
    pub path: String,
}

const OWN_FIELDS: [&str; 5] = ["use", "role", "role_element", "key_descriptor", "path"];

impl EntityCert {
    /// A field of the certificate's inspection.
    pub fn detail(&self, key: &str) -> Option<&Value> {
        self.details.get(key)
    }

    /// A text field of the certificate's inspection (`subject`, `not_after`,
    /// `sha256_fingerprint` …); `None` when it is null (undecodable).
    pub fn text(&self, key: &str) -> Option<&str> {
        self.details.get(key).and_then(Value::as_str)
    }
}

impl<'de> Deserialize<'de> for EntityCert {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut map = Map::<String, Value>::deserialize(deserializer)?;
        let mut own = |key: &str| map.remove(key).unwrap_or(Value::Null);
        let text = |v: Value, key: &str| match v {
            Value::String(s) => Ok(s),
            other => Err(D::Error::custom(format!(
                "certificate `{key}` is not a string: {other}"
            ))),
        };
        let use_ = match own("use") {
            Value::Null => None,
            v => Some(text(v, "use")?),
        };
        let role = text(own("role"), "role")?;
        let role_element = text(own("role_element"), "role_element")?;
        let key_descriptor = text(own("key_descriptor"), "key_descriptor")?;
        let path = text(own("path"), "path")?;
        // An undecodable certificate is the contract's fields, all null.
        let decoded = map.values().any(|v| !v.is_null());
        Ok(Self {
            details: Rc::new(map),
            decoded,
            use_,
            role,
            role_element,
            key_descriptor,
            path,
        })
    }
}

impl Serialize for EntityCert {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let shared = self
            .details
            .iter()
            .filter(|(k, _)| !OWN_FIELDS.contains(&k.as_str()));
        let mut map = serializer.serialize_map(None)?;
        for (k, v) in shared {
            map.serialize_entry(k, v)?;
        }
        map.serialize_entry("use", &self.use_)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("role_element", &self.role_element)?;
        map.serialize_entry("key_descriptor", &self.key_descriptor)?;
        map.serialize_entry("path", &self.path)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certificate_use_is_one_flat_object_with_its_own_fields_last() {
        let mut details = Map::new();
        details.insert("subject".into(), Value::from("CN=idp"));
        details.insert(
            "path".into(),
            Value::from("ignored: the use's own path wins"),
        );
        let c = EntityCert {
            details: Rc::new(details),
            decoded: true,
            use_: Some("signing".into()),
            role: "idp".into(),
            role_element: "IDPSSODescriptor".into(),
            key_descriptor: "/EntityDescriptor/IDPSSODescriptor/KeyDescriptor[1]".into(),
            path: "/EntityDescriptor/IDPSSODescriptor/KeyDescriptor[1]/KeyInfo/X509Data/X509Certificate[1]".into(),
        };
        let v = serde_json::to_value(&c).unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "subject",
                "use",
                "role",
                "role_element",
                "key_descriptor",
                "path"
            ]
        );
        assert!(v["path"].as_str().unwrap().ends_with("X509Certificate[1]"));
        let back: EntityCert = serde_json::from_value(v).unwrap();
        assert_eq!(back.path, c.path);
        assert_eq!(back.text("subject"), Some("CN=idp"));
        assert!(back.decoded);
    }
}
