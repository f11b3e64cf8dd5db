//! Network configuration: the P2P UDP port range (admin guide, "P2P Settings"
//! and "Audio-Video Firewall and Bandwidth Requirements"), the XMPP DNS SRV
//! records ("WebEx with Other IM Providers", "Third Party XMPP IM Application
//! Support", "IM Federation Settings") and firewall rules ("Network
//! Requirements").

pub mod domain;
pub mod examples;
pub mod firewall;
pub mod firewall_verify;
pub mod ports;
pub mod srv;
pub mod srv_examples;
pub mod srv_formats;
pub mod srv_verify;
mod text;

use crate::rules::Rule;

/// This domain's rules, gathered into the catalog by `crate::rules`.
/// Listed one by one because const slices cannot be concatenated; the test
/// below keeps this list and the submodules' own lists in step.
pub const RULES: &[Rule] = &[
    ports::NOT_A_PORT,
    ports::MIN_OUT_OF_RANGE,
    ports::MAX_OUT_OF_RANGE,
    ports::MAX_NOT_GREATER,
    ports::NARROWER_THAN_DEFAULT,
    ports::OVERLAPS_SERVICE_PORT,
    ports::RANGE_COVERS_TCP_PORT,
    domain::NAME_EMPTY,
    domain::NAME_INVALID_CHARACTER,
    domain::NAME_LABEL_LENGTH,
    domain::NAME_TOO_LONG,
    domain::NAME_HYPHEN,
    domain::NAME_IDN_INVALID,
    domain::NAME_IDN_CONVERTED,
    domain::NAME_SINGLE_LABEL,
    domain::NAME_IS_IP_ADDRESS,
    srv::NOT_A_NUMBER,
    srv::TTL_OUT_OF_RANGE,
    srv::NUMBER_OUT_OF_RANGE,
    srv::PORT_NOT_WEBEX,
    srv::TARGET_NOT_WEBEX,
    srv_verify::NOT_TEXT,
    srv_verify::NO_RECORDS,
    srv_verify::UNPARSED_LINE,
    srv_verify::MISSING_RECORD,
    srv_verify::WRONG_PORT,
    srv_verify::WRONG_TARGET,
    srv_verify::MISSING_TRAILING_DOT,
    srv_verify::TTL_DIFFERS,
    srv_verify::PRIORITY_WEIGHT_DIFFERS,
    srv_verify::OTHER_NAME,
    firewall::P2P_RANGE_SYNTAX,
    firewall::P2P_RANGE_NOT_DEFAULT,
    firewall::IP_RESTRICTION_NOT_RECOMMENDED,
    firewall_verify::REQUIREMENT_NOT_OPENED,
    firewall_verify::P2P_RANGE_NOT_OPENED,
    firewall_verify::NO_RULES,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_lists_every_submodule_rule_once() {
        let parts: [&[Rule]; 6] = [
            ports::RULES,
            domain::RULES,
            srv::RULES,
            srv_verify::RULES,
            firewall::RULES,
            firewall_verify::RULES,
        ];
        let all: Vec<&str> = parts.iter().flat_map(|p| p.iter().map(|r| r.id)).collect();
        let listed: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(all, listed);
    }
}
