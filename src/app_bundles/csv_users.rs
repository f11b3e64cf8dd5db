//! The app's `csv-users` page bundle: the user CSV page (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(csv_users);
