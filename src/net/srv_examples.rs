//! Examples of the SRV rules: for each rule a domain or published records that make it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
