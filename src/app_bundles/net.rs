//! The app's `net` page bundle: the DNS SRV, P2P ports and firewall pages (`crate::tools::APP_BUNDLES`).
preflight::app_bundle!(net);
