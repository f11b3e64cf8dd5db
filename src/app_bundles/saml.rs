//! The app's `saml` page bundle: the SAML metadata and SAML response pages (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(saml);
