//! The per-certificate rules: key type and size, validity at "now", the SP
//! validity period, the signature algorithm and the key usage.
//!
//! Admin guide "Configure Organization Certificate Management" (step 5: "Only
//! certificates with 1024, 2048 or 4096 encryption bits ... are supported")
//! and "Configure WebEx Certificate Management" (step 3: an SP certificate is
//! valid for a minimum of 90 and a maximum of 3652 days).

use chrono::{DateTime, Utc};

use super::catalog::*;
use super::details::CertificateInfo;
use super::util::shorten;
use crate::report::{Finding, Location};

/// What the certificate is for and when "now" is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LintContext {
    pub now: DateTime<Utc>,
    /// `x509/expiring-soon` fires when fewer days than this are left.
    pub expiry_warning_days: i64,
    /// The certificate is meant as a Webex SP certificate (WebEx Certificate
    /// Management): check the 90-3652 day validity period.
    pub sp: bool,
    /// The certificate signs (an IdP signing certificate, a `use="signing"`
    /// KeyDescriptor): `digitalSignature` must be allowed.
    pub signing: bool,
}

pub const DEFAULT_EXPIRY_WARNING_DAYS: i64 = 30;
pub const SP_MIN_DAYS: i64 = 90;
pub const SP_MAX_DAYS: i64 = 3652;
pub const ACCEPTED_RSA_BITS: [u32; 3] = [1024, 2048, 4096];

impl LintContext {
    /// The defaults: a signing certificate, 30 days' warning, not an SP certificate.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            now,
            expiry_warning_days: DEFAULT_EXPIRY_WARNING_DAYS,
            sp: false,
            signing: true,
        }
    }

    /// The certificate tool's options, as the CLI's flags, the page's fields
    /// and the JSON API give them: `expiry_warning_days` must lie in
    /// [`crate::options::EXPIRY_WARNING_DAYS`].
    pub fn checked(
        now: DateTime<Utc>,
        expiry_warning_days: i64,
        sp: bool,
        signing: bool,
    ) -> Result<Self, crate::options::OptionError> {
        let mut ctx = Self::new(now).with_expiry_warning_days(expiry_warning_days)?;
        ctx.sp = sp;
        ctx.signing = signing;
        Ok(ctx)
    }

    /// The same context warning `days` before expiry; `days` must lie in
    /// [`crate::options::EXPIRY_WARNING_DAYS`].
    pub fn with_expiry_warning_days(
        mut self,
        days: i64,
    ) -> Result<Self, crate::options::OptionError> {
        self.expiry_warning_days = crate::options::whole_in(
            "expiry_warning_days",
            days,
            crate::options::EXPIRY_WARNING_DAYS,
            "days",
        )?;
        Ok(self)
    }
}

fn who(info: &CertificateInfo) -> String {
    format!("certificate `{}`", shorten(&info.label()))
}

/// Every per-certificate rule for one certificate; `validity` is its
/// (notBefore, notAfter).
pub fn lint(
    info: &CertificateInfo,
    validity: (DateTime<Utc>, DateTime<Utc>),
    ctx: &LintContext,
    loc: &Location,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let name = who(info);
    let add = |out: &mut Vec<Finding>, rule, msg: String| {
        out.push(Finding::new(rule, msg, loc.clone()));
    };

    // Key: Webex imports RSA keys of 1024, 2048 or 4096 bits only.
    if info.key_algorithm == "RSA" || info.key_algorithm == "RSASSA-PSS" {
        match info.key_bits {
            Some(1024) => add(
                &mut out,
                &WEAK_KEY,
                format!("{name} has a 1024-bit RSA key: the guide accepts it, but best practice is 2048 bits or more"),
            ),
            Some(b) if !ACCEPTED_RSA_BITS.contains(&b) => add(
                &mut out,
                &KEY_SIZE,
                format!("{name} has a {b}-bit RSA key; the guide: {GUIDE_KEY_SIZES}"),
            ),
            None => add(
                &mut out,
                &KEY_SIZE,
                format!("{name} has an RSA key whose size cannot be read"),
            ),
            _ => {}
        }
    } else {
        let detail = match (&info.curve, info.key_bits) {
            (Some(c), _) => format!("{} {c}", info.key_algorithm),
            (None, Some(b)) => format!("{} {b}-bit", info.key_algorithm),
            _ => info.key_algorithm.clone(),
        };
        // A key of a size the guide lists (a DSA-2048 key) is not refused by
        // its words; any other size (EC, EdDSA) is.
        match info.key_bits {
            Some(b) if ACCEPTED_RSA_BITS.contains(&b) => out.push(
                Finding::new(
                    &NON_RSA_KEY,
                    format!(
                        "{name} has a non-RSA key ({}); its size is one the guide lists ({GUIDE_KEY_SIZES}), but those are RSA sizes and best practice is an RSA key",
                        shorten(&detail)
                    ),
                    loc.clone(),
                )
                .with_severity(crate::report::Severity::Warning),
            ),
            _ => add(
                &mut out,
                &NON_RSA_KEY,
                format!(
                    "{name} has a non-RSA key ({}) whose size is not one the guide lists: {GUIDE_KEY_SIZES}",
                    shorten(&detail)
                ),
            ),
        }
    }

    // Validity at "now".
    {
        let (nb, na) = validity;
        if ctx.now > na {
            add(
                &mut out,
                &EXPIRED,
                format!(
                    "{name} expired on {} ({} days ago)",
                    info.not_after, -info.days_left
                ),
            );
        } else if ctx.now < nb {
            add(
                &mut out,
                &NOT_YET_VALID,
                format!("{name} is valid only from {}", info.not_before),
            );
        } else if info.days_left < ctx.expiry_warning_days {
            add(
                &mut out,
                &EXPIRING_SOON,
                format!(
                    "{name} expires on {} ({} days left, warning at {})",
                    info.not_after, info.days_left, ctx.expiry_warning_days
                ),
            );
        }
    }

    if ctx.sp && !(SP_MIN_DAYS..=SP_MAX_DAYS).contains(&info.validity_days) {
        add(
            &mut out,
            &SP_VALIDITY_PERIOD,
            format!(
                "{name} is valid for {} days; Webex SP certificates are valid for {SP_MIN_DAYS} to {SP_MAX_DAYS} days",
                info.validity_days
            ),
        );
    }

    let sig = info.signature_algorithm.to_ascii_lowercase();
    if sig.starts_with("md2")
        || sig.starts_with("md4")
        || sig.starts_with("md5")
        || sig.contains("sha1")
    {
        add(
            &mut out,
            &WEAK_SIGNATURE,
            format!(
                "{name} is signed with {}; best practice is SHA-256 or stronger",
                info.signature_algorithm
            ),
        );
    }

    // An absent keyUsage allows every usage (RFC 5280 4.2.1.3); only a
    // present one without digitalSignature blocks signing. CA certificates
    // sign certificates, not assertions.
    if ctx.signing
        && !info.is_ca
        && !info.key_usage.is_empty()
        && !info.key_usage.iter().any(|k| k == "digitalSignature")
    {
        add(
            &mut out,
            &NO_DIGITAL_SIGNATURE,
            format!(
                "{name} allows only {} but signs SAML messages",
                info.key_usage.join(", ")
            ),
        );
    }
    out
}
