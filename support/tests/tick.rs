use support::figure::tick;

#[test]
fn tick_labels_have_one_decimal_and_no_negative_zero() {
    assert_eq!(tick(&-2.2e-16), "0.0");
    assert_eq!(tick(&-0.0), "0.0");
    assert_eq!(tick(&-0.4), "-0.4");
    assert_eq!(tick(&1.0), "1.0");
    assert_eq!(tick(&2000.0), "2000");
}
