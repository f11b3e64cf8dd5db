//! The `<preflight-ports>` widget's wasm: the P2P port-range tool only.
preflight::embed_module!("ports" => preflight::run::run_tool::<preflight::net::ports::Ports>);
