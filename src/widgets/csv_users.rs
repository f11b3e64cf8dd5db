//! The `<preflight-csv-users>` widget's wasm: the user-import CSV tool only.
preflight::embed_module!("csv-users" => preflight::run::csv_users);
