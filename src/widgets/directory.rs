//! The `<preflight-directory>` widget's wasm: the directory file-set tool.
preflight::embed_module!("directory" => preflight::run::directory);
