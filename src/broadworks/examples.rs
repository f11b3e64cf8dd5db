//! Examples of the BroadWorks rules: for each rule a lookup or log that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
