//! The `<preflight-srv>` widget's wasm: the DNS SRV tool only.
preflight::embed_module!("srv" => preflight::run::srv);
