//! Examples of the user-import CSV rules: for each rule a file that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
