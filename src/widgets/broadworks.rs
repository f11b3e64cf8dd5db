//! The `<preflight-broadworks-code>` widget's wasm: BroadWorks error codes
//! (and the log tools, which share its text handling).
preflight::embed_module!("broadworks" => preflight::run::broadworks);
