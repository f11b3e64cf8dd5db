//! The app's `check` page bundle: the whole-setup check page (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(check);
