//! Examples of the directory-file rules: for each rule a file or set of files that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
