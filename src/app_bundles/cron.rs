//! The app's `cron` page bundle: the Quartz CRON page (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(cron);
