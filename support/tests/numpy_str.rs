use support::numpy_str;

#[test]
fn prints_as_numpy_prints_the_books_arrays() {
    assert_eq!(numpy_str(&[0.0, 1.0, 1.0]), "[0. 1. 1.]");
    assert_eq!(
        numpy_str(&[0.3168270764110298, 0.6962790898619668]),
        "[0.31682708 0.69627909]"
    );
    assert_eq!(
        numpy_str(&[9.99954600e-01, 4.53978686e-05, 2.06106005e-09]),
        "[9.99954600e-01 4.53978686e-05 2.06106005e-09]"
    );
    assert_eq!(numpy_str(&[f64::NAN, f64::NAN]), "[nan nan]");
    assert_eq!(numpy_str(&[-0.5, 0.25]), "[-0.5 0.25]");
}
