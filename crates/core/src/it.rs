//! Italian formats for numbers, money, percentages and dates:
//! `1.234.567,89 €`, `92,53 %`, `31/12/2024`.
//!
//! Rounding is half away from zero (the way documents round), never the
//! banker's rounding `rust_decimal` uses by default.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::decimal::Dec;

/// Rounds half away from zero to `dp` decimals.
pub fn round(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// `1234567.891` with 2 decimals → `1.234.567,89`.
pub fn number(d: Decimal, dp: u32) -> String {
    let r = round(d, dp);
    let neg = r.is_sign_negative() && !r.is_zero();
    let s = r.abs().to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let mut frac = frac.to_string();
    while frac.len() < dp as usize {
        frac.push('0');
    }
    let sign = if neg { "-" } else { "" };
    if dp == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// A percentage with two decimals: `92,53 %`.
pub fn percent(d: Dec) -> String {
    format!("{} %", number(d.get(), 2))
}

/// Euro with two decimals: `1.234.567,89 €`.
pub fn euro(d: Dec) -> String {
    format!("{} €", number(d.get(), 2))
}

/// A plain number as the document would print it: Italian separators,
/// its own decimals kept (`22`, `5,88`, `-1`).
pub fn plain(d: Dec) -> String {
    number(d.get(), d.get().scale())
}

/// `2024-12-31` → `31/12/2024`; anything else is returned as it is.
pub fn date(iso: &str) -> String {
    match (iso.get(0..4), iso.get(5..7), iso.get(8..10)) {
        (Some(y), Some(m), Some(d)) if iso.len() == 10 => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Dec {
        Dec(Decimal::from_str(s).unwrap())
    }

    #[test]
    fn formats() {
        assert_eq!(euro(d("1234567.891")), "1.234.567,89 €");
        assert_eq!(euro(d("-1317273.05")), "-1.317.273,05 €");
        assert_eq!(euro(d("0")), "0,00 €");
        assert_eq!(euro(d("999.995")), "1.000,00 €");
        assert_eq!(percent(d("92.525")), "92,53 %");
        assert_eq!(percent(d("-0.001")), "0,00 %");
        assert_eq!(plain(d("5.88")), "5,88");
        assert_eq!(plain(d("22")), "22");
        assert_eq!(
            number(d("123456789012345.67").get(), 2),
            "123.456.789.012.345,67"
        );
        assert_eq!(date("2024-12-31"), "31/12/2024");
        assert_eq!(date("31.12 di ogni anno"), "31.12 di ogni anno");
    }
}
