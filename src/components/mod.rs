//! Small components shared by the pages.

pub mod badge;
pub mod bar;
pub mod breadcrumbs;
pub mod chart;
pub mod contributions;
pub mod error_panel;
pub mod heading;
pub mod narrative;
pub mod objective;
pub mod page_tools;
pub mod rich_text;
pub mod score;
pub mod table_region;
pub mod targets;
pub mod term;
