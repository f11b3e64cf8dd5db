//! The SAML widgets' wasm (`<preflight-saml-metadata>`,
//! `<preflight-saml-response>`): they share XML, signatures and X.509.
preflight::embed_module!(
    "saml-metadata" => preflight::run::saml_metadata,
    "saml-response" => preflight::run::saml_response,
);
