//! The app's `rules` page bundle: the rule catalog with its examples (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(rules);
