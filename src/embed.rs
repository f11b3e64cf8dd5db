//! The widgets' core entry (`www/preflight-embed.js`): each widget's wasm
//! module (`src/widgets/*.rs`) links the tools it offers and nothing more,
//! through [`embed_module!`], and answers `check(tool, input, options)`
//! with the report as the CLI prints it in JSON (compact here).
//!
//! Splitting by tool is what keeps a cron field on a partner's page from
//! downloading the SAML and X.509 stack: the linker keeps only what the
//! named runners reach (`docs/download-size.md`).

use crate::run::Runner;

/// Run `tool` (one of `runners`) on `input` with `options_json` (a JSON
/// object, as the run module reads it); the report as compact JSON. Bad
/// options or an unknown tool are an `Err` message, never a report.
pub fn check(
    tool: &str,
    input: &[u8],
    options_json: &str,
    runners: &[(&str, Runner)],
) -> Result<String, String> {
    let (_, runner) = runners
        .iter()
        .find(|(name, _)| *name == tool)
        .ok_or_else(|| {
            let names: Vec<&str> = runners.iter().map(|(n, _)| *n).collect();
            format!(
                "this module runs {}, not `{}`",
                names.join(", "),
                crate::text::shorten(tool, 60)
            )
        })?;
    let options: serde_json::Value = if options_json.trim().is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::from_str(options_json).map_err(|e| format!("options are not JSON: {e}"))?
    };
    let report = crate::run::run_with(*runner, input, &options)?;
    serde_json::to_string(&report).map_err(|e| format!("the report could not be written: {e}"))
}

/// A panic (a bug, not bad input) aborts the wasm instance: the hook leaves
/// its message in the global `__preflightPanic` first, so the JavaScript
/// around it can report it instead of a bare "unreachable".
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = crate::text::shorten(&info.to_string(), 400).into_owned();
        let _ = js_sys::Reflect::set(
            &js_sys::global(),
            &wasm_bindgen::JsValue::from_str("__preflightPanic"),
            &wasm_bindgen::JsValue::from_str(&message),
        );
    }));
}

/// A widget module: `embed_module!("cron" => preflight::run::cron)` in a
/// bin of its own exports `check(tool, input, options_json)` for those
/// tools and installs the panic hook when the module starts.
#[macro_export]
macro_rules! embed_module {
    ($($tool:literal => $runner:path),+ $(,)?) => {
        /// Run one of this module's tools; the report as JSON.
        #[cfg(target_arch = "wasm32")]
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn check(
            tool: &str,
            input: &[u8],
            options_json: &str,
        ) -> Result<String, wasm_bindgen::JsValue> {
            const RUNNERS: &[(&str, $crate::run::Runner)] = &[$(($tool, $runner)),+];
            $crate::embed::check(tool, input, options_json, RUNNERS)
                .map_err(|e| wasm_bindgen::JsValue::from_str(&e))
        }

        fn main() {
            // wasm-bindgen runs `main` when the module starts; natively the
            // bin has nothing to do.
            #[cfg(target_arch = "wasm32")]
            $crate::embed::install_panic_hook();
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUNNERS: &[(&str, Runner)] = &[
        ("cron", crate::run::cron),
        ("ports", crate::run::run_tool::<crate::net::ports::Ports>),
    ];

    #[test]
    fn answers_the_report_the_run_module_gives() {
        let json = check("cron", b"0 0 12 * * ?", r#"{"count": 2}"#, RUNNERS).unwrap();
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        let direct = crate::run::run("cron", b"0 0 12 * * ?", &serde_json::json!({"count": 2}));
        assert_eq!(report, serde_json::to_value(direct.unwrap()).unwrap());
        assert_eq!(report["tool"], "cron");
    }

    #[test]
    fn refuses_a_tool_the_module_does_not_hold() {
        let err = check("cert", b"", "", RUNNERS).unwrap_err();
        assert!(
            err.contains("cron, ports") && err.contains("`cert`"),
            "{err}"
        );
    }

    #[test]
    fn refuses_options_that_are_not_json_or_not_known() {
        assert!(check("cron", b"* * * * * ?", "{", RUNNERS)
            .unwrap_err()
            .contains("not JSON"));
        assert!(check("cron", b"* * * * * ?", r#"{"sso": true}"#, RUNNERS)
            .unwrap_err()
            .contains("no option `sso`"));
    }
}
