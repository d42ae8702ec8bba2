//! Badges: small labelled marks for a finding's severity.

use cruscotto_core::Severity;

/// CSS classes of the badge of a severity (see `style/components.css`).
pub fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "badge badge--error",
        Severity::Warning => "badge badge--warning",
        Severity::Info => "badge",
    }
}
