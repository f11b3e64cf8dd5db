//! Network configuration: the P2P UDP port range (admin guide, "P2P Settings"
//! and "Audio-Video Firewall and Bandwidth Requirements"), DNS SRV records and
//! firewall rules.

pub mod ports;

use crate::rules::Rule;

/// This domain's rules, gathered into the catalog by `crate::rules`.
pub const RULES: &[Rule] = ports::RULES;
