//! Examples of the whole-setup rules: for each rule a set of files that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
