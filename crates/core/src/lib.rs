//! # cruscotto-core
//!
//! The pure core of Cruscotto: the `cruscotto/1` data format ([`format`]),
//! parsing with located errors ([`parse`]), validation and checks
//! ([`validate`]), and the exact calculator ([`score`], [`money`]).
//!
//! Invariants: no I/O (callers pass bytes in, get values out), no web
//! dependency, no floating point for amounts, weights or scores.

pub mod decimal;
pub mod format;

pub use decimal::Dec;
pub use format::*;
