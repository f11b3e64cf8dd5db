//! The app's `home` page bundle: the overview, the rules and the about page (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(home);
