//! `preflight saml-response FILE [--idp-metadata FILE] [--sp-entity-id URI]
//! [--now RFC3339] [--clock-skew SECONDS] [--nameid-source ...] [--redact]`

use clap::{Args, ValueEnum};
use preflight::saml::response::{self, NameIdSource, ResponseData, ResponseOptions};

use crate::cli::FormatOpt;
use crate::output::emit;

#[derive(Clone, Copy, ValueEnum)]
pub enum NameIdSourceArg {
    Username,
    Email,
    Employeeid,
}

#[derive(Args)]
#[command(
    after_help = "FILE holds the XML, the base64 SAMLResponse (HTTP-POST), base64 of DEFLATE data (HTTP-Redirect), or a whole SAMLResponse=/SAMLRequest= form field or URL; `-` reads stdin.\nExample: preflight saml-response captured.b64 --idp-metadata idp.xml --now 2024-05-01T12:00:00Z"
)]
pub struct SamlResponseArgs {
    /// The captured message (`-` for stdin).
    pub file: String,
    /// The IdP's SAML metadata, to check the Issuer and signing certificate.
    #[arg(long, value_name = "FILE")]
    pub idp_metadata: Option<String>,
    /// Skip validation against the SAML protocol and assertion schemas.
    #[arg(long)]
    pub no_schema: bool,
    /// A certificate (PEM, DER, base64) or metadata whose keys you trust to sign (repeatable).
    #[arg(long, value_name = "FILE")]
    pub trust_cert: Vec<String>,
    /// The "WebEx SAML Issuer (SP ID)" the Audience must name.
    #[arg(long, value_name = "URI", default_value = response::DEFAULT_SP_ENTITY_ID)]
    pub sp_entity_id: String,
    /// Check times against this instant instead of the system clock.
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// Tolerated clock difference between the IdP and Webex.
    #[arg(long, value_name = "SECONDS", default_value_t = response::DEFAULT_CLOCK_SKEW_SECS)]
    pub clock_skew: i64,
    /// How the organisation identifies users (the NameID selection).
    #[arg(long, value_enum, default_value = "username")]
    pub nameid_source: NameIdSourceArg,
    /// Print the message with personal values replaced by placeholders.
    #[arg(long)]
    pub redact: bool,
    #[command(flatten)]
    pub format: FormatOpt,
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

pub fn run(a: SamlResponseArgs) -> Result<u8, String> {
    let input = crate::input::read_input(&a.file)?;
    if a.redact {
        // Input that cannot be redacted (not decodable, hostile XML) falls
        // through to the report below, whose findings say why (exit 1).
        if let Ok(xml) = response::redact(&text(&input)) {
            crate::output::print_data(&xml);
            if !xml.ends_with('\n') {
                println!();
            }
            return Ok(0);
        }
    }
    let now = crate::input::time_or_now("--now", a.now.as_deref())?;
    let mut opts = ResponseOptions::new(
        &a.sp_entity_id,
        a.clock_skew,
        match a.nameid_source {
            NameIdSourceArg::Username => NameIdSource::UserName,
            NameIdSourceArg::Email => NameIdSource::Email,
            NameIdSourceArg::Employeeid => NameIdSource::EmployeeId,
        },
        a.idp_metadata
            .as_deref()
            .map(crate::input::read_input)
            .transpose()?
            .map(|b| text(&b)),
    )
    .map_err(crate::input::option_error)?;
    opts.schema = !a.no_schema;
    opts.trust = crate::input::trust_store(&a.trust_cert)?;
    let report = response::check_bytes_typed(&input, &opts, now);
    emit(
        &report,
        a.format.format(),
        &a.file,
        &summary_text(&report.data),
    )
}

/// Decoded message, identity and attribute table for text mode.
fn summary_text(d: &ResponseData) -> String {
    let s = |v: Option<&str>| v.unwrap_or("-").to_string();
    let mut out = String::new();
    let Some(encoding) = &d.encoding else {
        return out;
    };
    out.push_str(&format!(
        "{} ({}{})\n",
        s(d.kind.as_deref()),
        encoding,
        if d.url_encoded == Some(true) {
            ", URL-encoded"
        } else {
            ""
        }
    ));
    if let Some(st) = d.status() {
        out.push_str(&format!("Status:  {}\n", st.code));
    }
    out.push_str(&format!("Issuer:  {}\n", s(d.issuer())));
    if let Some(n) = d.name_id() {
        out.push_str(&format!(
            "NameID:  {} ({})\n",
            n.value,
            s(n.format.as_deref())
        ));
    }
    if let Some(rows) = &d.attribute_table {
        out.push_str("Attributes:\n");
        for r in rows {
            out.push_str(&format!(
                "  {:<24} {:<8} {}\n",
                r.name,
                r.status,
                r.values.join(", ")
            ));
        }
    }
    if let Some(x) = &d.xml_pretty {
        out.push_str("\nDecoded XML:\n");
        out.push_str(x);
        out.push('\n');
    }
    out
}
