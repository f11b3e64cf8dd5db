//! Examples of the SAML response rules on a response's content: for each rule a response that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
