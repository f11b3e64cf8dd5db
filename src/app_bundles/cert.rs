//! The app's `cert` page bundle: the certificate page (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(cert);
