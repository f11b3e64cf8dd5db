//! The generated SRV records in the forms administrators paste into their DNS
//! tooling: BIND zone-file lines, an `nsupdate` script, Windows DNS Server
//! PowerShell, an AWS Route 53 change batch, Azure CLI commands, Cloudflare
//! API request bodies, and the "SRV (Service)" field list the admin guide
//! shows in "WebEx with Other IM Providers" / "Configuring a DNS server sample".
//!
//! Every value in here has already been validated (host names are LDH
//! ASCII, numbers are in range), so no output needs quoting beyond what each
//! tool's syntax asks for. The JSON forms are built with serde_json so they
//! are valid by construction.

use serde_json::json;

use crate::net::srv::{Outputs, SrvRecord};

/// All formats, keyed as `data.outputs` promises.
pub fn all(records: &[SrvRecord], zone: &str) -> Outputs {
    Outputs {
        bind: bind(records),
        nsupdate: nsupdate(records),
        powershell: powershell(records, zone),
        route53: route53(records),
        azure_cli: azure_cli(records, zone),
        cloudflare: cloudflare(records),
        fields: field_list(records),
    }
}

/// BIND zone-file lines, absolute names with the trailing dot.
pub fn bind(records: &[SrvRecord]) -> String {
    records.iter().map(|r| r.zone_line() + "\n").collect()
}

/// An `nsupdate` script (RFC 2136 dynamic update). nsupdate finds the zone
/// from the SOA when no `zone` line is given, so none is forced here.
pub fn nsupdate(records: &[SrvRecord]) -> String {
    let mut s = String::from(
        "; Webex Messenger XMPP SRV records. Run: nsupdate -k <keyfile> this-file\n\
         ; Add a `server <primary DNS server>` line if your resolver is not the primary.\n",
    );
    for r in records {
        s.push_str(&format!("; {}\n", r.purpose));
        s.push_str(&format!("update add {}\n", r.zone_line()));
    }
    s.push_str("send\n");
    s
}

/// Windows DNS Server (`DnsServer` module) commands. The zone is assumed to
/// be the organisation domain; `-Name` is relative to it.
pub fn powershell(records: &[SrvRecord], zone: &str) -> String {
    let mut s = format!(
        "# Webex Messenger XMPP SRV records for zone '{zone}' (run on the DNS server or add -ComputerName)\n"
    );
    for r in records {
        s.push_str(&format!("# {}\n", r.purpose));
        s.push_str(&powershell_line(r, zone));
        s.push('\n');
    }
    s
}

/// One `Add-DnsServerResourceRecord -Srv` command.
pub fn powershell_line(r: &SrvRecord, zone: &str) -> String {
    format!(
        "Add-DnsServerResourceRecord -Srv -ZoneName '{zone}' -Name '{}' -DomainName '{}' -Priority {} -Weight {} -Port {} -TimeToLive (New-TimeSpan -Seconds {})",
        r.relative_name(),
        r.target_no_dot(),
        r.priority,
        r.weight,
        r.port,
        r.ttl
    )
}

/// An AWS Route 53 change batch for
/// `aws route53 change-resource-record-sets --hosted-zone-id … --change-batch file://…`.
pub fn route53(records: &[SrvRecord]) -> String {
    let changes: Vec<_> = records
        .iter()
        .map(|r| {
            json!({
                "Action": "UPSERT",
                "ResourceRecordSet": {
                    "Name": r.name(),
                    "Type": "SRV",
                    "TTL": r.ttl,
                    "ResourceRecords": [
                        {"Value": format!("{} {} {} {}", r.priority, r.weight, r.port, r.target)}
                    ]
                }
            })
        })
        .collect();
    let batch = json!({
        "Comment": "Webex Messenger XMPP SRV records (federation and third-party clients)",
        "Changes": changes,
    });
    serde_json::to_string_pretty(&batch).unwrap_or_default() + "\n"
}

/// Azure CLI: create each record set with its TTL, then add the record.
pub fn azure_cli(records: &[SrvRecord], zone: &str) -> String {
    let mut s = String::from(
        "# Webex Messenger XMPP SRV records (Azure DNS). Set your resource group first.\n\
         RESOURCE_GROUP=my-resource-group\n",
    );
    for r in records {
        s.push_str(&format!("# {}\n", r.purpose));
        s.push_str(&format!(
            "az network dns record-set srv create --resource-group \"$RESOURCE_GROUP\" --zone-name {zone} --name {} --ttl {}\n",
            r.relative_name(),
            r.ttl
        ));
        s.push_str(&format!(
            "az network dns record-set srv add-record --resource-group \"$RESOURCE_GROUP\" --zone-name {zone} --record-set-name {} --priority {} --weight {} --port {} --target {}\n",
            r.relative_name(),
            r.priority,
            r.weight,
            r.port,
            r.target_no_dot()
        ));
    }
    s
}

/// Cloudflare API v4 request bodies, one per
/// `POST /zones/{zone_id}/dns_records`, as a JSON array.
pub fn cloudflare(records: &[SrvRecord]) -> String {
    let bodies: Vec<_> = records
        .iter()
        .map(|r| {
            json!({
                "type": "SRV",
                "name": r.name().trim_end_matches('.'),
                "ttl": r.ttl,
                "data": {
                    "priority": r.priority,
                    "weight": r.weight,
                    "port": r.port,
                    "target": r.target_no_dot(),
                },
                "comment": r.purpose,
            })
        })
        .collect();
    serde_json::to_string_pretty(&bodies).unwrap_or_default() + "\n"
}

/// The guide's "SRV (Service)" field list, one block per record.
pub fn field_list(records: &[SrvRecord]) -> String {
    records
        .iter()
        .map(|r| {
            format!(
                "SRV (Service): {}\n  Service = {}\n  Protocol = {}\n  Name = {}\n  Priority = {}\n  Weight = {}\n  Port = {}\n  Target = {}\n",
                r.purpose,
                r.service,
                r.protocol,
                r.domain,
                r.priority,
                r.weight,
                r.port,
                r.target_no_dot()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use crate::net::srv::{generate, SrvOptions};

    fn out(key: &str) -> String {
        let outputs = generate("acme.com", &SrvOptions::default()).data.outputs;
        outputs.unwrap().get(key).unwrap().to_string()
    }

    #[test]
    fn bind_lines_are_the_guides_with_trailing_dots() {
        let b = out("bind");
        let lines: Vec<_> = b.lines().collect();
        assert_eq!(
            lines,
            [
                "_xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.",
                "_xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.",
            ]
        );
    }

    #[test]
    fn nsupdate_script() {
        let s = out("nsupdate");
        assert!(s.contains(
            "\nupdate add _xmpp-server._tcp.acme.com. 86400 IN SRV 5 0 5269 s2s.acme.com.webexconnect.com.\n"
        ));
        assert!(s.contains(
            "\nupdate add _xmpp-client._tcp.acme.com. 86400 IN SRV 5 0 5222 c2s.acme.com.webexconnect.com.\n"
        ));
        assert!(s.ends_with("\nsend\n"));
        // Every non-command line is a comment nsupdate skips.
        for l in s.lines() {
            assert!(
                l.starts_with(';') || l.starts_with("update add ") || l == "send",
                "{l}"
            );
        }
    }

    #[test]
    fn powershell_lines_match() {
        let s = out("powershell");
        let cmds: Vec<_> = s.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            cmds,
            [
                "Add-DnsServerResourceRecord -Srv -ZoneName 'acme.com' -Name '_xmpp-server._tcp' -DomainName 's2s.acme.com.webexconnect.com' -Priority 5 -Weight 0 -Port 5269 -TimeToLive (New-TimeSpan -Seconds 86400)",
                "Add-DnsServerResourceRecord -Srv -ZoneName 'acme.com' -Name '_xmpp-client._tcp' -DomainName 'c2s.acme.com.webexconnect.com' -Priority 5 -Weight 0 -Port 5222 -TimeToLive (New-TimeSpan -Seconds 86400)",
            ]
        );
    }

    #[test]
    fn route53_is_valid_json_with_both_records() {
        let v: serde_json::Value = serde_json::from_str(&out("route53")).unwrap();
        let changes = v["Changes"].as_array().unwrap();
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0]["Action"], "UPSERT");
        let set = &changes[0]["ResourceRecordSet"];
        assert_eq!(set["Name"], "_xmpp-server._tcp.acme.com.");
        assert_eq!(set["Type"], "SRV");
        assert_eq!(set["TTL"], 86400);
        assert_eq!(
            set["ResourceRecords"][0]["Value"],
            "5 0 5269 s2s.acme.com.webexconnect.com."
        );
    }

    #[test]
    fn azure_cli_commands() {
        let s = out("azure_cli");
        assert!(s.contains("az network dns record-set srv create --resource-group \"$RESOURCE_GROUP\" --zone-name acme.com --name _xmpp-server._tcp --ttl 86400\n"));
        assert!(s.contains("az network dns record-set srv add-record --resource-group \"$RESOURCE_GROUP\" --zone-name acme.com --record-set-name _xmpp-client._tcp --priority 5 --weight 0 --port 5222 --target c2s.acme.com.webexconnect.com\n"));
    }

    #[test]
    fn cloudflare_is_valid_json() {
        let v: serde_json::Value = serde_json::from_str(&out("cloudflare")).unwrap();
        let a = v.as_array().unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[1]["type"], "SRV");
        assert_eq!(a[1]["name"], "_xmpp-client._tcp.acme.com");
        assert_eq!(a[1]["data"]["port"], 5222);
        assert_eq!(a[1]["data"]["target"], "c2s.acme.com.webexconnect.com");
    }

    #[test]
    fn field_list_matches_the_guide_sample() {
        let s = out("fields");
        assert!(s.contains(
            "  Service = _xmpp-server\n  Protocol = _tcp\n  Name = acme.com\n  Priority = 5\n  Weight = 0\n  Port = 5269\n  Target = s2s.acme.com.webexconnect.com\n"
        ));
    }
}
