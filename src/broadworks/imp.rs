//! Integrated IM&P settings against the Partner Hub customer template.
//!
//! Implements the troubleshooting guide's "Integrated IM&P Errors for
//! Specific Enterprises / Customers": the enterprise's Integrated IM&P
//! configuration (`AS_CLI/Interface/Messaging> get`, or Services >
//! Integrated IM&P of the enterprise) must match the customer template
//! exactly, or provisioning fails for all users of the enterprise:
//!
//! | BroadWorks Integrated IM&P | Partner Hub customer template |
//! |---|---|
//! | Messaging Server URL | Provisioning URL |
//! | Messaging Server Username | Provisioning Account Name |
//! | Messaging Server Password | Provisioning Account Password, Confirm Password |
//!
//! Both sides are pasted as `name = value` or `name: value` lines (labels as
//! the screens show them, or CLI names). Passwords are compared, never shown.

use serde::{Deserialize, Serialize};

use crate::broadworks::text::{self, shorten};
use crate::report::{Location, Report, Severity};
use crate::rules::Rule;

const SOURCE: &str = "Webex for Cisco BroadWorks Troubleshooting, \"Integrated IM&P Errors for Specific Enterprises / Customers\"";

pub const MISMATCH: Rule = Rule {
    id: "broadworks/imp-setting-mismatch",
    severity: Severity::Error,
    summary: "An Integrated IM&P setting differs from the customer template",
    source: SOURCE,
    help: "Messaging Server URL, Username and Password of the enterprise's Integrated IM&P must equal the Provisioning URL, Provisioning Account Name and Provisioning Account Password of the customer template in Partner Hub exactly, or provisioning fails for all users of the enterprise.",
};

pub const MISSING: Rule = Rule {
    id: "broadworks/imp-setting-missing",
    severity: Severity::Warning,
    summary: "A setting to compare is missing from one side",
    source: SOURCE,
    help: "Paste, for the Application Server, the Messaging Server URL, Username and Password (AS_CLI/Interface/Messaging> get, or the enterprise's Services > Integrated IM&P), and for the template the Provisioning URL, Account Name, Password and Confirm Password.",
};

pub const RULES: &[Rule] = &[MISMATCH, MISSING];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Url,
    User,
    Password,
    Confirm,
}

/// Which setting a label names, on the Application Server side.
fn as_slot(key: &str) -> Option<Slot> {
    match key {
        "messagingserverurl" | "provisioningurl" | "url" => Some(Slot::Url),
        "messagingserverusername"
        | "provisioningusername"
        | "provisioninguserid"
        | "username"
        | "userid" => Some(Slot::User),
        "messagingserverpassword" | "provisioningpassword" | "password" => Some(Slot::Password),
        _ => None,
    }
}

/// Which setting a label names, on the template side.
fn template_slot(key: &str) -> Option<Slot> {
    match key {
        "provisioningurl" | "url" => Some(Slot::Url),
        "provisioningaccountname" | "accountname" | "provisioningaccount" => Some(Slot::User),
        "provisioningaccountpassword" | "provisioningpassword" | "password" => Some(Slot::Password),
        "confirmpassword" | "provisioningaccountconfirmpassword" => Some(Slot::Confirm),
        _ => None,
    }
}

#[derive(Default)]
struct Side {
    url: Option<(String, u32)>,
    user: Option<(String, u32)>,
    password: Option<(String, u32)>,
    confirm: Option<(String, u32)>,
}

fn read(input: &str, slot_of: fn(&str) -> Option<Slot>) -> Side {
    let mut side = Side::default();
    for line in text::lines(input) {
        let t = line.text.trim();
        // The first `=` or `: ` separates the label (URLs hold `:` themselves).
        let sep = t
            .find('=')
            .or_else(|| t.find(": "))
            .or_else(|| t.strip_suffix(':').map(str::len));
        let Some(sep) = sep else { continue };
        let key: String = t[..sep]
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let value = t[sep..]
            .trim_start_matches(['=', ':'])
            .trim()
            .trim_matches('"')
            .to_string();
        let Some(slot) = slot_of(&key) else { continue };
        let cell = match slot {
            Slot::Url => &mut side.url,
            Slot::User => &mut side.user,
            Slot::Password => &mut side.password,
            Slot::Confirm => &mut side.confirm,
        };
        if cell.is_none() {
            *cell = Some((value, line.no));
        }
    }
    side
}

/// One compared pair, as `data.rows[]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub application_server: String,
    pub template: String,
    /// The Application Server value (`None` for passwords: never shown).
    pub as_value: Option<String>,
    pub template_value: Option<String>,
    /// Both present and equal.
    pub equal: bool,
}

/// `data` of the comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImpData {
    pub rows: Vec<Row>,
    pub all_equal: bool,
}

/// Compare the Application Server's Integrated IM&P settings with the template's.
pub fn compare(application_server: &[u8], template: &[u8]) -> Report<ImpData> {
    let mut joined = application_server.to_vec();
    joined.push(0);
    joined.extend_from_slice(template);
    let mut report = Report::new("broadworks", &joined);
    let (a, bad_a) = text::decode(application_server);
    let (t, bad_t) = text::decode(template);
    for (f, file) in [(bad_a, "application server"), (bad_t, "template")] {
        if let Some(mut f) = f {
            f.location = f.location.with_file(file);
            report.push(f);
        }
    }
    let a = read(&a, as_slot);
    let t = read(&t, template_slot);
    let mut data = ImpData::default();
    let pairs = [
        (
            "Messaging Server URL",
            "Provisioning URL",
            &a.url,
            &t.url,
            false,
        ),
        (
            "Messaging Server Username",
            "Provisioning Account Name",
            &a.user,
            &t.user,
            false,
        ),
        (
            "Messaging Server Password",
            "Provisioning Account Password",
            &a.password,
            &t.password,
            true,
        ),
    ];
    for (as_name, t_name, av, tv, secret) in pairs {
        let equal = matches!((av, tv), (Some((x, _)), Some((y, _))) if x == y);
        let loc = |side: &Option<(String, u32)>, file: &str| {
            side.as_ref()
                .map_or_else(Location::none, |(_, l)| Location::line_col(*l, 1))
                .with_file(file)
        };
        match (av, tv) {
            (None, _) => report.add(
                &MISSING,
                format!("the Application Server side has no {as_name}"),
                loc(av, "application server"),
            ),
            (_, None) => report.add(
                &MISSING,
                format!("the template side has no {t_name}"),
                loc(tv, "template"),
            ),
            (Some((x, _)), Some((y, _))) if x != y => {
                let msg = if secret {
                    format!("{as_name} and {t_name} differ (values not shown)")
                } else {
                    let hint = if x.eq_ignore_ascii_case(y) {
                        " (they differ only in upper/lower case)"
                    } else if x.trim_end_matches('/') == y.trim_end_matches('/') {
                        " (they differ only in a trailing /)"
                    } else {
                        ""
                    };
                    format!(
                        "{as_name} \"{}\" differs from {t_name} \"{}\"{hint}",
                        shorten(x),
                        shorten(y)
                    )
                };
                report.add(&MISMATCH, msg, loc(av, "application server"));
            }
            _ => {}
        }
        data.rows.push(Row {
            application_server: as_name.to_string(),
            template: t_name.to_string(),
            as_value: if secret {
                None
            } else {
                av.as_ref().map(|v| shorten(&v.0))
            },
            template_value: if secret {
                None
            } else {
                tv.as_ref().map(|v| shorten(&v.0))
            },
            equal,
        });
    }
    if let (Some((p, _)), Some((c, line))) = (&t.password, &t.confirm) {
        if p != c {
            report.add(
                &MISMATCH,
                "the template's Provisioning Account Password and Confirm Password differ (values not shown)",
                Location::line_col(*line, 1).with_file("template"),
            );
        }
    }
    data.all_equal = data.rows.iter().all(|r| r.equal) && !report.has_errors();
    report.with_data_value(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{assert_fires, assert_quiet};

    const AS: &str = "AS_CLI/Interface/Messaging> get\n  Messaging Server URL = https://bwprovisioning.webex.com/api/v1\n  Messaging Server Username = acme-prov\n  Messaging Server Password = S3cret-Pass\n";
    const TEMPLATE: &str = "Provisioning URL: https://bwprovisioning.webex.com/api/v1\r\nProvisioning Account Name: acme-prov\r\nProvisioning Account Password: S3cret-Pass\r\nConfirm Password: S3cret-Pass\r\n";

    #[test]
    fn equal_settings_pass() {
        let r = compare(AS.as_bytes(), TEMPLATE.as_bytes());
        assert_quiet(&r, "broadworks/imp-setting-mismatch");
        assert_quiet(&r, "broadworks/imp-setting-missing");
        assert!(r.data.all_equal);
        assert_eq!(r.data.rows[2].as_value, None);
    }

    #[test]
    fn differences_are_named_and_passwords_not_shown() {
        let t = TEMPLATE.replace("acme-prov", "Acme-Prov").replace(
            "Password: S3cret-Pass\r\nConfirm",
            "Password: other\r\nConfirm",
        );
        let r = compare(AS.as_bytes(), t.as_bytes());
        assert_fires(&r, "broadworks/imp-setting-mismatch");
        let text: String = r.findings.iter().map(|f| f.message.clone()).collect();
        assert!(text.contains("only in upper/lower case"), "{text}");
        assert!(
            !text.contains("S3cret") && !text.contains("other"),
            "{text}"
        );
        assert_eq!(r.summary.errors, 3, "{text}");
        assert!(!r.data.all_equal);
    }

    #[test]
    fn missing_side() {
        let r = compare(
            b"Messaging Server URL = https://bwprovisioning.webex.com/api/v1\n",
            TEMPLATE.as_bytes(),
        );
        assert_fires(&r, "broadworks/imp-setting-missing");
        assert_quiet(&r, "broadworks/imp-setting-mismatch");
    }
}
