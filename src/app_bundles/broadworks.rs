//! The app's `broadworks` page bundle: the BroadWorks page (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(broadworks);
