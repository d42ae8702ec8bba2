fn main() {
    let schema = schemars::schema_for!(cruscotto_core::PlanFile);
    println!("{}", serde_json::to_string_pretty(&schema).unwrap());
}
