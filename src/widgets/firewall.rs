//! The `<preflight-firewall>` widget's wasm: the firewall rules tool only.
preflight::embed_module!("firewall" => preflight::run::firewall);
