//! The `<preflight-cert>` widget's wasm: the X.509 certificate tool only.
preflight::embed_module!("cert" => preflight::run::cert);
