//! The `<preflight-cron>` widget's wasm: the Quartz CRON tool only.
preflight::embed_module!("cron" => preflight::run::cron);
