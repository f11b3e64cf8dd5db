//! Examples of the certificate rules: for each rule a certificate that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
