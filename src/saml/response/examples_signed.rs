//! Examples of the SAML response rules on signatures and the schema: for each rule a response that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
