//! The broadworks tool (`crate::tool::Tool`): without `tool` the input is an
//! error code or message to look up; with `tool` (pslog, xsp, client-log,
//! redact) a log to analyse; with `tool: imp-compare` the Application
//! Server's Integrated IM&P settings and the template's, as a
//! [`crate::check::bundle`] of two files in that order.

use serde_json::Value;

use crate::broadworks::data::{wrap, BroadworksData, Refused};
use crate::broadworks::sink::TOO_LARGE;
use crate::broadworks::{client_log, imp, pslog, redact, search, xsp};
use crate::report::{Location, Report};
use crate::tool::{JsonOptions, OptionsJson, Tool};

/// The tool id (CLI subcommand, report `tool`).
pub const TOOL: &str = "broadworks";

/// One of the log tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogTool {
    Pslog,
    Xsp,
    ClientLog,
    Redact,
}

impl LogTool {
    pub const ALL: [LogTool; 4] = [
        LogTool::Pslog,
        LogTool::Xsp,
        LogTool::ClientLog,
        LogTool::Redact,
    ];

    /// The name `options.tool` gives it (and the CLI's subcommand).
    pub fn key(self) -> &'static str {
        match self {
            LogTool::Pslog => "pslog",
            LogTool::Xsp => "xsp",
            LogTool::ClientLog => "client-log",
            LogTool::Redact => "redact",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// A log tool and its options (the XSP tool's tracking-id filter; the
/// filter is checked for every tool, as the worker sends it to each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogOptions {
    pub tool: LogTool,
    pub xsp: xsp::XspOptions,
}

impl LogOptions {
    /// `tracking_id` checked by [`xsp::XspOptions::new`].
    pub fn new(tool: LogTool, tracking_id: Option<&str>) -> Result<Self, String> {
        Ok(Self {
            tool,
            xsp: xsp::XspOptions::new(tracking_id)?,
        })
    }

    /// These options as the JSON object [`Broadworks`] reads (what a page
    /// sends the Web Worker).
    pub fn to_json(&self) -> Value {
        serde_json::json!({"tool": self.tool.key(), "tracking_id": self.xsp.tracking_id()})
    }
}

/// What the broadworks tool does with its input (`options.tool`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Options {
    /// An error code or a fragment of its message to look up (no `tool`).
    Lookup,
    /// A log to analyse.
    Log(LogOptions),
    /// Two files: the Application Server's Integrated IM&P settings, then
    /// the customer template's.
    ImpCompare,
}

/// The broadworks tool.
pub struct Broadworks;

impl Tool for Broadworks {
    const ID: &'static str = TOOL;
    type Options = Options;
    type Data = BroadworksData;

    fn options(json: &OptionsJson) -> Result<Options, String> {
        match json.get("tool") {
            None | Some(Value::Null) => {
                JsonOptions::new(Self::ID, json, &["tool"])?;
                Ok(Options::Lookup)
            }
            Some(Value::String(t)) if t == "imp-compare" => {
                JsonOptions::new(Self::ID, json, &["tool"])?;
                Ok(Options::ImpCompare)
            }
            Some(t) => {
                let o = JsonOptions::new(Self::ID, json, &["tool", "tracking_id"])?;
                let tool = t.as_str().and_then(LogTool::parse).ok_or_else(|| {
                    format!(
                        "options.tool must be pslog, xsp, client-log, redact or imp-compare, not {t}"
                    )
                })?;
                LogOptions::new(tool, o.string("tracking_id")?.as_deref()).map(Options::Log)
            }
        }
    }

    /// As [`Broadworks::try_check`]; an input the tool cannot take at all
    /// (an empty or overlong query, a comparison that is not two files) is
    /// reported as a finding of the mode's rules on empty data.
    fn check(input: &[u8], options: &Options) -> Report<BroadworksData> {
        Self::try_check(input, options).unwrap_or_else(|e| {
            let mut report = Report::with_data(TOOL, input, BroadworksData::Refused(Refused {}));
            match options {
                Options::ImpCompare => {
                    report.data = BroadworksData::Imp(imp::ImpData::default());
                    report.add(&imp::MISSING, e, Location::none());
                }
                _ => {
                    report.data = BroadworksData::Lookup(search::Lookup {
                        query: String::new(),
                        matches: Vec::new(),
                        suggestions: Vec::new(),
                    });
                    report.add(&search::NO_MATCH, e, Location::field(1, "message"));
                }
            }
            report
        })
    }
}

impl Broadworks {
    /// Run the mode `options` names on `input`. An input the tool cannot
    /// take at all is an `Err` for the caller (as `crate::run` answers it):
    /// an empty query or one over 2000 characters, an `imp-compare` input
    /// that is not a bundle of two files.
    pub fn try_check(input: &[u8], options: &Options) -> Result<Report<BroadworksData>, String> {
        match options {
            Options::Lookup => search::lookup(&String::from_utf8_lossy(input))
                .map(|r| wrap(r, BroadworksData::Lookup))
                .map_err(|e| e.to_string()),
            Options::Log(log) => Ok(analyse_log(input, log)),
            Options::ImpCompare => {
                let files = crate::check::bundle::decode_borrowed(input)?;
                match files.as_slice() {
                    [(_, application_server), (_, template)] => Ok(wrap(
                        imp::compare(application_server, template),
                        BroadworksData::Imp,
                    )),
                    _ => Err(format!(
                        "imp-compare takes two files (the Application Server's settings, then the template's), not {}",
                        files.len()
                    )),
                }
            }
        }
    }
}

/// Run one of the log tools on a whole log; a log over
/// [`crate::stream::MAX_INPUT_BYTES`] is refused with a finding.
pub fn analyse_log(input: &[u8], options: &LogOptions) -> Report<BroadworksData> {
    if input.len() > crate::stream::MAX_INPUT_BYTES {
        return refused(input.len(), crate::stream::MAX_INPUT_BYTES);
    }
    match options.tool {
        LogTool::Pslog => wrap(pslog::analyse(input), BroadworksData::Pslog),
        LogTool::Xsp => wrap(xsp::analyse(input, &options.xsp), BroadworksData::Xsp),
        LogTool::ClientLog => wrap(client_log::analyse(input), BroadworksData::ClientLog),
        LogTool::Redact => wrap(redact::redact(input), BroadworksData::Redact),
    }
}

/// The report refusing a log of `received` bytes, over `limit`, as a whole.
pub fn refused(received: usize, limit: usize) -> Report<BroadworksData> {
    let mut report = Report::with_data(TOOL, b"", BroadworksData::Refused(Refused {}));
    report.add(
        &TOO_LARGE,
        format!(
            "the log is {received} bytes; at most {limit} bytes are checked, and a larger log is refused rather than checked in part"
        ),
        Location::none(),
    );
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::assert_fires;
    use serde_json::json;

    fn options(v: Value) -> Result<Options, String> {
        Broadworks::options(v.as_object().unwrap())
    }

    #[test]
    fn options_name_the_mode() {
        assert_eq!(options(json!({})), Ok(Options::Lookup));
        assert_eq!(options(json!({"tool": null})), Ok(Options::Lookup));
        assert_eq!(
            options(json!({"tool": "imp-compare"})),
            Ok(Options::ImpCompare)
        );
        let xsp = options(json!({"tool": "xsp", "tracking_id": "CLIENT_1"})).unwrap();
        assert_eq!(
            xsp,
            Options::Log(LogOptions::new(LogTool::Xsp, Some("CLIENT_1")).unwrap())
        );
        // What a page sends the worker reads back as the same options.
        let Options::Log(log) = &xsp else {
            unreachable!()
        };
        let sent = log.to_json();
        assert_eq!(options(sent), Ok(xsp.clone()));
        for bad in [
            json!({"tool": "imp-compare", "tracking_id": "CLIENT_1"}),
            json!({"tracking_id": "CLIENT_1"}),
            json!({"tool": "pslogs"}),
            json!({"tool": 3}),
            json!({"tool": "xsp", "tracking_id": "a b"}),
            json!({"tool": "xsp", "tracking_id": 3}),
            json!({"tool": "xsp", "trackingid": "CLIENT_1"}),
        ] {
            assert!(options(bad.clone()).is_err(), "{bad}");
        }
    }

    /// Each mode's JSON reads back (`Report::typed`) as the same variant.
    #[test]
    fn every_mode_reads_back_from_its_json() {
        let log = include_bytes!("../../tests/fixtures/broadworks/pslog-409.txt");
        let xsp = include_bytes!("../../tests/fixtures/broadworks/xsp-signin-401.log");
        let client = include_bytes!("../../tests/fixtures/broadworks/bwc-current_log.txt");
        let bundle = crate::check::bundle::encode(&[
            (
                "as.txt".to_string(),
                b"Messaging Server URL = https://a.example\n".to_vec(),
            ),
            (
                "template.txt".to_string(),
                b"Provisioning URL: https://b.example\n".to_vec(),
            ),
        ]);
        let log_options = |tool| Options::Log(LogOptions::new(tool, None).unwrap());
        let cases: [(&[u8], Options); 6] = [
            (b"200039", Options::Lookup),
            (log, log_options(LogTool::Pslog)),
            (xsp, log_options(LogTool::Xsp)),
            (client, log_options(LogTool::ClientLog)),
            (log, log_options(LogTool::Redact)),
            (&bundle, Options::ImpCompare),
        ];
        for (input, options) in cases {
            let report = Broadworks::try_check(input, &options).unwrap();
            let back = report.clone().into_json().typed::<BroadworksData>();
            assert_eq!(
                back.as_ref().map(|r| &r.data),
                Ok(&report.data),
                "{options:?}"
            );
        }
        let refused = refused(10, 5);
        assert_fires(&refused, "broadworks/input-too-large");
        let json = refused.clone().into_json();
        assert_eq!(json.data, json!({}));
        assert_eq!(json.typed::<BroadworksData>().unwrap(), refused);
    }

    #[test]
    fn an_input_the_tool_cannot_take() {
        assert!(Broadworks::try_check(b"  ", &Options::Lookup).is_err());
        assert_fires(
            &Broadworks::check(b"  ", &Options::Lookup),
            "broadworks/no-matching-message",
        );
        assert!(Broadworks::try_check(b"one file", &Options::ImpCompare).is_err());
        assert_fires(
            &Broadworks::check(b"one file", &Options::ImpCompare),
            "broadworks/imp-setting-missing",
        );
    }
}
