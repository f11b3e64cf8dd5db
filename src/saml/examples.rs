//! Examples of the SAML metadata rules: for each rule metadata that makes it fire and a near miss that does not.

use crate::rules::RuleExamples as R;

pub const EXAMPLES: &[R] = &[];
