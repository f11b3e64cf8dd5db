//! `preflight saml-metadata FILE [--now RFC3339] [--entity-id ID]
//! [--trust-cert FILE ...]`, and
//! `--sp-export` to write Webex SP metadata.

use clap::Args;
use preflight::saml::data::{MetadataData, WebexImport};
use preflight::saml::entity_data::EntityData;
use preflight::saml::SamlMetadata;
use preflight::tool::Tool;

use crate::cli::FormatOpt;
use crate::json_stream::JsonStream;
use crate::output::{emit, Format};

#[derive(Args)]
#[command(
    after_help = "Examples:\n  preflight saml-metadata FederationMetadata.xml\n  preflight saml-metadata federation.xml --now 2026-11-22T00:00:00Z --format json\n  preflight saml-metadata incommon-idp.xml --entity-id https://idp.example.edu/idp/shibboleth\n  preflight saml-metadata --sp-export --acs-url https://example.webex.com/acs --certificate webex.pem > webex-sp.xml"
)]
pub struct SamlMetadataArgs {
    /// The metadata file (`-` for standard input).
    #[arg(required_unless_present = "sp_export")]
    pub file: Option<String>,
    /// Judge validity at this instant instead of the system clock (RFC 3339).
    #[arg(long)]
    pub now: Option<String>,
    /// In an aggregate, report on this entity (and the document as a whole) only.
    #[arg(long, value_name = "ENTITY_ID")]
    pub entity_id: Option<String>,
    /// A certificate (PEM, DER, base64) or metadata whose keys you trust to sign the metadata (repeatable).
    #[arg(long, value_name = "FILE")]
    pub trust_cert: Vec<String>,
    /// Warn when validUntil is this many days away or fewer.
    #[arg(long, default_value_t = 30)]
    pub expiry_warning_days: i64,
    /// Write Webex SP metadata instead of validating (it is validated too; findings go to stderr).
    #[arg(long)]
    pub sp_export: bool,
    /// SP export: WebEx SAML Issuer (SP ID).
    #[arg(long, default_value = "http://www.webex.com")]
    pub sp_entity_id: String,
    /// SP export: Assertion Consumer Service URL.
    #[arg(long, default_value = "")]
    pub acs_url: String,
    /// SP export: NameID format URN.
    #[arg(
        long,
        default_value = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
    )]
    pub nameid_format: String,
    /// SP export: Webex signs its AuthnRequests.
    #[arg(long)]
    pub authn_requests_signed: bool,
    /// SP export: PEM file of the active WebEx certificate.
    #[arg(long)]
    pub certificate: Option<String>,
    /// Skip validation against the SAML metadata schemas.
    #[arg(long)]
    pub no_schema: bool,
    #[command(flatten)]
    pub format: FormatOpt,
}

pub fn run(a: SamlMetadataArgs) -> Result<u8, String> {
    let now = crate::input::time_or_now("--now", a.now.as_deref())?;
    let mut opts = preflight::saml::MetadataOptions::new(now, a.expiry_warning_days)
        .map_err(crate::input::option_error)?;
    opts.schema = !a.no_schema;
    let options = preflight::saml::ToolOptions {
        metadata: opts,
        trust: crate::input::trust_store(&a.trust_cert)?,
        entity: a.entity_id.clone(),
    };
    if a.sp_export {
        let certificate_pem = match a.certificate.as_deref() {
            Some(p) => String::from_utf8_lossy(&crate::input::read_input(p)?).into_owned(),
            None => String::new(),
        };
        let xml = preflight::saml::sp_metadata(&preflight::saml::SpMetadataOptions {
            entity_id: a.sp_entity_id,
            acs_url: a.acs_url,
            nameid_format: a.nameid_format,
            authn_requests_signed: a.authn_requests_signed,
            certificate_pem,
            ..Default::default()
        });
        let report = preflight::saml::check_metadata(xml.as_bytes(), &opts);
        crate::output::print_data(&xml);
        for f in &report.findings {
            eprintln!(
                "{} [{}] {} @ {}",
                f.rule,
                f.severity.as_str(),
                preflight::text::escape_for_display(&f.message),
                preflight::text::escape_for_display(&f.location.describe())
            );
        }
        return Ok(if report.has_errors() { 1 } else { 0 });
    }
    let path = a.file.unwrap_or_else(|| "-".into());
    let input = crate::input::read_input(&path)?;
    let format = a.format.format();
    let (opts, trust) = (&options.metadata, &options.trust);
    let (report, status) = match options.entity {
        // One entity's report is small: built whole, then focused.
        Some(_) => {
            let report = <SamlMetadata as Tool>::check(&input, &options);
            let idps = Idps::of(report.data.entities().iter());
            let text = summary_text(&report.data, &idps);
            let report = report.into_json();
            let status = emit(&report, format, &path, &text);
            (report, status)
        }
        // An aggregate's entities are written (JSON) or tallied (text) as
        // they are checked, never all held at once.
        None if format == Format::Json => {
            let out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let mut stream = JsonStream::begin(out, preflight::saml::TOOL, "entities");
            let report =
                preflight::saml::check_metadata_streaming(&input, opts, trust, |e| stream.item(e))
                    .into_json();
            let status = crate::output::finish(stream.end(&report), &report);
            (report, status)
        }
        None => {
            let mut idps = Idps::default();
            let report =
                preflight::saml::check_metadata_streaming(&input, opts, trust, |e| idps.add(e));
            let text = summary_text(&report.data, &idps);
            let report = report.into_json();
            let status = emit(&report, format, &path, &text);
            (report, status)
        }
    };
    // The process ends right after this; freeing a federation-sized input
    // and report piece by piece would only delay the exit.
    std::mem::forget(report);
    std::mem::forget(input);
    status
}

/// The IdP entities' Webex import blocks the text summary shows.
#[derive(Default)]
struct Idps {
    /// The first few blocks (the terminal shows at most [`SHOWN_IDPS`]).
    shown: Vec<WebexImport>,
    total: usize,
}

const SHOWN_IDPS: usize = 3;

impl Idps {
    fn of<'e>(entities: impl Iterator<Item = &'e EntityData>) -> Self {
        let mut idps = Self::default();
        entities.for_each(|e| idps.add(e));
        idps
    }

    fn add(&mut self, entity: &EntityData) {
        let Some(webex_import) = &entity.webex_import else {
            return;
        };
        self.total += 1;
        if self.shown.len() < SHOWN_IDPS {
            self.shown.push(webex_import.clone());
        }
    }
}

/// The Webex import table for text mode: one block per IdP entity (at most
/// a few, so a federation aggregate does not flood the terminal).
fn summary_text(data: &MetadataData, idps: &Idps) -> String {
    let mut s = String::new();
    let counts = &data.counts;
    s.push_str(&format!(
        "{} entities ({} IdP, {} SP), {} certificates\n",
        counts.entities, counts.idp, counts.sp, counts.certificates
    ));
    if let Some(focus) = &data.focus {
        s.push_str(&format!(
            "showing {} entity matching {} (other entities' findings left out)\n",
            focus.matched, focus.entity_id
        ));
    }
    for w in &idps.shown {
        s.push_str("\nWebex import\n");
        s.push_str(&format!(
            "  Issuer for SAML (IdP ID):          {}\n",
            w.issuer_for_saml_idp_id.as_deref().unwrap_or("-")
        ));
        for u in &w.customer_sso_service_login_url {
            let b = u.binding.as_deref().unwrap_or("");
            s.push_str(&format!(
                "  Customer SSO Service Login URL:    {} ({})\n",
                u.location.as_deref().unwrap_or("-"),
                b.rsplit(':').next().unwrap_or(b)
            ));
        }
        s.push_str(&format!(
            "  AuthnRequest Signed Destination:   {}\n",
            w.authn_request_signed_destination.as_deref().unwrap_or("-")
        ));
        if let Some(c) = &w.signing_certificate {
            s.push_str(&format!(
                "  Signing certificate:               {} (until {})\n  SHA-256:                           {}\n",
                c.subject.as_deref().unwrap_or("-"),
                c.not_after.as_deref().unwrap_or("-"),
                c.sha256_fingerprint.as_deref().unwrap_or("-")
            ));
        }
    }
    if idps.total > idps.shown.len() {
        s.push_str(&format!(
            "\n… and {} more IdP entities (see --format json)\n",
            idps.total - idps.shown.len()
        ));
    }
    s
}
