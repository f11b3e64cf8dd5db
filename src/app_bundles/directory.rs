//! The app's `directory` page bundle: the directory files page (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(directory);
