//! Small, domain-named components. Each takes plain data and callbacks; none
//! does I/O (that is [`crate::load`]) or computes scores (that is the core).

pub mod error_panel;
pub mod plan_list;
pub mod plan_summary;
