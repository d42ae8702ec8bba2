//! Everything the reader sees, in one place: this folder. Each module holds
//! the texts of one part of the app as a struct with an Italian and an
//! English instance, so a missing translation does not compile. Numbers,
//! money and dates are formatted by [`cruscotto_core::it`].

pub mod archivio;
pub mod calcolatore;
pub mod cerca;
pub mod chart;
pub mod common;
pub mod compila;
pub mod confronta;
pub mod documenti;
pub mod documento;
pub mod glossario;
pub mod incorpora;
pub mod obiettivi;
pub mod quanto_conta;
pub mod risorse;
pub mod simulata;
pub mod sintesi;
pub mod tools;
pub mod uffici;
pub mod verifiche;

pub use common::t;
