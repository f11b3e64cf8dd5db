//! The document as a whole (its root, its namespaces) and the values
//! checked where they are written: validUntil, cacheDuration, xs:boolean.

use chrono::{DateTime, Utc};

use super::values::rfc3339;
use super::*;
use crate::saml::duration;
use crate::saml::webex;
use crate::saml::xml::shorten;

impl Checker<'_> {
    pub fn not_metadata_root(&mut self, name: &str, ns: Option<&[u8]>, start: usize, end: usize) {
        let what = match name.rsplit(':').next().unwrap_or(name) {
            "Response" | "Assertion" | "AuthnRequest" => {
                " (a SAML message, not metadata: use the saml-response tool)"
            }
            "html" | "HTML" => {
                " (an HTML page: download the metadata itself, not the page linking to it)"
            }
            _ => "",
        };
        let ns = ns
            .map(|n| format!(" in namespace {}", shorten(&String::from_utf8_lossy(n))))
            .unwrap_or_default();
        let loc = self.offset_location(start, end);
        self.add(
            &NOT_METADATA,
            format!(
                "the root element is <{}>{ns}{what}; expected EntityDescriptor or EntitiesDescriptor",
                shorten(name)
            ),
            loc,
        );
    }

    pub fn not_metadata_text(&mut self, snippet: &str, offset: usize) {
        let lower = snippet.get(..8).unwrap_or(snippet).to_ascii_lowercase();
        let hint = if lower.starts_with("https://") || lower.starts_with("http://") {
            " (a URL: open it in the browser, save the metadata it returns and check that file; nothing is fetched from here)"
        } else if snippet.starts_with("-----BEGIN") {
            " (a PEM certificate, not metadata: use the cert tool)"
        } else if snippet.starts_with('{') || snippet.starts_with('[') {
            " (JSON, not XML metadata)"
        } else if snippet.starts_with("PD94")
            || snippet.starts_with("PE")
            || snippet.starts_with("PH")
        {
            " (it looks base64-encoded: decode it first)"
        } else {
            ""
        };
        let loc = self.offset_location(offset, offset);
        self.add(
            &NOT_METADATA,
            format!(
                "the input starts with `{}`, not an XML element{hint}",
                shorten(snippet)
            ),
            loc,
        );
    }

    pub fn empty_document(&mut self) {
        self.add(
            &NOT_METADATA,
            "the input is empty or holds no XML element",
            Location::none(),
        );
    }

    pub fn wrong_namespace(&mut self, name: &str, found: Option<&str>, expected: &str, at: &At) {
        let found = match found {
            Some(ns) => format!("namespace {}", shorten(ns)),
            None => "no namespace".to_string(),
        };
        let loc = self.locate(at);
        self.add(
            &WRONG_NAMESPACE,
            format!("<{name}> is in {found}; expected {expected}"),
            loc,
        );
    }

    /// validUntil on any element: checked where written. Returns the parsed value.
    pub(super) fn check_valid_until(
        &mut self,
        value: Option<&str>,
        element: &str,
        at: &At,
    ) -> Option<DateTime<Utc>> {
        let raw = value?;
        let Some(when) = parse_datetime(raw) else {
            let loc = self.locate(at);
            self.add(
                &VALID_UNTIL_INVALID,
                format!(
                    "{element} validUntil `{}` is not an xs:dateTime",
                    shorten(raw)
                ),
                loc,
            );
            return None;
        };
        let now = self.opts.now;
        if when <= now {
            let loc = self.locate(at);
            self.add(
                &VALID_UNTIL_EXPIRED,
                format!(
                    "{element} validUntil {} is before now ({})",
                    rfc3339(when),
                    rfc3339(now)
                ),
                loc,
            );
        } else if match chrono::Duration::try_days(self.opts.expiry_warning_days) {
            Some(window) => when - now <= window,
            // A window too large for a duration covers every date (or none).
            None => self.opts.expiry_warning_days > 0,
        } {
            let days = (when - now).num_days();
            let loc = self.locate(at);
            let message = format!(
                "{element} validUntil {} is {days} day(s) away (warning threshold {} days)",
                rfc3339(when),
                self.opts.expiry_warning_days
            );
            if element == "EntitiesDescriptor" {
                // A federation re-signs its aggregate every few days with a
                // validUntil one to four weeks ahead: by design, not a fault.
                self.report.push(
                    Finding::new(
                        &VALID_UNTIL_SOON,
                        format!("{message}; federations re-publish aggregates with a short validUntil by design, so download the current one before each use"),
                        loc,
                    )
                    .with_severity(Severity::Info),
                );
            } else {
                self.add(&VALID_UNTIL_SOON, message, loc);
            }
        }
        Some(when)
    }

    pub(super) fn check_cache_duration(
        &mut self,
        value: Option<&str>,
        element: &str,
        at: &At,
    ) -> Option<f64> {
        let raw = value?;
        match duration::parse(raw) {
            Ok(d) if d.negative => {
                let loc = self.locate(at);
                self.add(
                    &CACHE_DURATION_INVALID,
                    format!("{element} cacheDuration `{}` is negative", shorten(raw)),
                    loc,
                );
                None
            }
            Ok(d) => Some(d.approx_seconds()),
            Err(why) => {
                let loc = self.locate(at);
                self.add(
                    &CACHE_DURATION_INVALID,
                    format!(
                        "{element} cacheDuration `{}` is not an xs:duration: {why}",
                        shorten(raw)
                    ),
                    loc,
                );
                None
            }
        }
    }

    pub(super) fn check_bool(&mut self, value: Option<&str>, attr: &str, at: &At) -> Option<bool> {
        let raw = value?;
        match webex::parse_bool(raw) {
            Some(b) => Some(b),
            None => {
                let loc = self.locate(at);
                self.add(
                    &INVALID_BOOLEAN,
                    format!("{attr}=\"{}\" is not an xs:boolean", shorten(raw)),
                    loc,
                );
                None
            }
        }
    }

    pub fn entities_descriptor(
        &mut self,
        at: &At,
        valid_until: Option<String>,
        cache_duration: Option<String>,
    ) -> Option<DateTime<Utc>> {
        if self.root.is_none() {
            self.root = Some("EntitiesDescriptor");
        }
        self.check_cache_duration(cache_duration.as_deref(), "EntitiesDescriptor", at);
        self.check_valid_until(valid_until.as_deref(), "EntitiesDescriptor", at)
    }
}
