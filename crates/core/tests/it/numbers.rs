//! Exact decimals on the wire.

use cruscotto_core::{parse_plan, Dec, ParseErrorKind};

fn plan_with_weight(literal: &str) -> String {
    format!(
        r#"{{"format":"cruscotto/1","document":{{"title":"T","kind":"piano","municipality":{{"name":"M"}},"period":{{"start":2024,"end":2024}}}},
            "scoring":{{"weights":"relative"}},"objectives":[{{"id":"a","title":"A","weight":{literal}}}]}}"#
    )
}

fn weight(literal: &str) -> Result<Dec, ParseErrorKind> {
    parse_plan(plan_with_weight(literal).as_bytes())
        .map(|p| p.objectives[0].weight.unwrap())
        .map_err(|e| e.kind)
}

#[test]
fn a_number_literal_is_read_exactly_not_through_f64() {
    // Through f64 this arrives as 123456789012345.671875 (and rust_decimal's
    // default path prints …69): it must stay exactly what was written.
    assert_eq!(
        weight("123456789012345.67").unwrap().to_string(),
        "123456789012345.67"
    );
    assert_eq!(
        weight("\"123456789012345.67\"").unwrap().to_string(),
        "123456789012345.67"
    );
    assert_eq!(weight("0.1").unwrap().to_string(), "0.1");
    // A string is read without a copy unless it has escapes: both the same.
    assert_eq!(weight(r#""1\u0032.5""#).unwrap().to_string(), "12.5");
    assert_eq!(weight(" \"7.25\" ").unwrap().to_string(), "7.25");
    assert_eq!(weight("-1").unwrap().to_string(), "-1");
    assert_eq!(
        weight("1234567890123456789012345678").unwrap().to_string(),
        "1234567890123456789012345678"
    );
}

#[test]
fn a_literal_that_cannot_be_held_exactly_is_refused() {
    use cruscotto_core::parse::DecimalProblem::*;
    let problem = |lit: &str| match weight(lit) {
        Err(ParseErrorKind::Decimal { problem, .. }) => problem,
        other => panic!("{lit}: {other:?}"),
    };
    assert_eq!(problem("1e2"), Exponent);
    assert_eq!(problem("12345678901234567890123456789.5"), Range);
    assert_eq!(problem("0.12345678901234567890123456789"), Range);
    assert_eq!(problem("\"1.234,56\""), Syntax);
    assert_eq!(problem("\"€ 5.046,90\""), Syntax);
    assert_eq!(problem("\"95%\""), Syntax);
    assert_eq!(problem("\"\""), Empty);
    assert_eq!(problem(r#""1\u002c5""#), Syntax);
    assert_eq!(problem("true"), Type);
    assert_eq!(problem("[1]"), Type);
}

#[test]
fn decimals_are_written_back_as_strings() {
    let plan = parse_plan(plan_with_weight("22.50").as_bytes()).unwrap();
    let json = serde_json::to_string(&plan).unwrap();
    assert!(json.contains(r#""weight":"22.50""#), "{json}");
    let again = parse_plan(json.as_bytes()).unwrap();
    assert_eq!(again, plan);
}

proptest::proptest! {
    /// A canonical literal reads to exactly what rust_decimal's exact
    /// reader makes of it: value, scale, sign and text (the short literals
    /// take a direct path, `Dec::plain`; the long ones the general one).
    #[test]
    fn a_canonical_literal_reads_as_the_exact_reader_reads_it(
        s in "-?[0-9]{1,16}(\\.[0-9]{1,12})?"
    ) {
        let d = Dec::parse(&s).unwrap().get();
        let e = rust_decimal::Decimal::from_str_exact(&s).unwrap();
        proptest::prop_assert_eq!(d, e);
        proptest::prop_assert_eq!(d.scale(), e.scale());
        proptest::prop_assert_eq!(d.is_sign_negative(), e.is_sign_negative());
        proptest::prop_assert_eq!(d.to_string(), e.to_string());
    }

    /// Anything else is read as before the direct path existed: refused,
    /// or (leading zeros, 19 or more digits) read by the general reader.
    #[test]
    fn any_other_text_is_left_to_the_general_reader(s in "[-0-9.eE+ ,]{0,24}") {
        let canonical = |t: &str| {
            let body = t.strip_prefix('-').unwrap_or(t);
            let mut parts = body.splitn(2, '.');
            let digits = |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            let int = parts.next();
            let frac = parts.next();
            digits(int) && (frac.is_none() || digits(frac))
        };
        match Dec::parse(&s) {
            Ok(d) => {
                proptest::prop_assert!(canonical(&s), "accepted «{}»", s);
                let e = rust_decimal::Decimal::from_str_exact(&s).unwrap();
                proptest::prop_assert_eq!(d.get().to_string(), e.to_string());
            }
            Err(_) => proptest::prop_assert!(
                !canonical(&s) || rust_decimal::Decimal::from_str_exact(&s).is_err()
                    || s.trim_start_matches('-').replace('.', "").trim_start_matches('0').len() > 28,
                "refused «{}»", s
            ),
        }
    }
}
