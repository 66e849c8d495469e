//! Numbers and arrays written for a message: inputs exactly, results with as few digits as
//! tell two of them apart.

use ndarray::{ArrayViewD, arr0};

/// An input as Rust writes its numbers, exactly: `[0.3, 2.9, 4.0]`.
pub fn written(a: ArrayViewD<f64>) -> String {
    nested(&a, &|v| format!("{v:?}"))
}

/// `expected` and `yours` written with the same number of decimals: four, or as many more
/// as it takes for them to look different.
pub fn show(expected: ArrayViewD<f64>, yours: ArrayViewD<f64>) -> (String, String) {
    let mut decimals = 4;
    loop {
        let pair = (
            nested(&expected, &|v| number(v, decimals)),
            nested(&yours, &|v| number(v, decimals)),
        );
        if pair.0 != pair.1 || decimals >= 17 {
            return pair;
        }
        decimals += 1;
    }
}

/// [`show`] for two numbers.
pub fn show_number(expected: f64, yours: f64) -> (String, String) {
    show(
        arr0(expected).into_dyn().view(),
        arr0(yours).into_dyn().view(),
    )
}

/// `[[1.0, 0.5], [0.0, 2.0]]`: NumPy's brackets, with commas.
fn nested(a: &ArrayViewD<f64>, number: &dyn Fn(f64) -> String) -> String {
    if a.ndim() == 0 {
        return number(a[[]]);
    }
    let inner: Vec<String> = a.outer_iter().map(|sub| nested(&sub, number)).collect();
    format!("[{}]", inner.join(", "))
}

/// `0.0182`, `2.0611e-9`, `1.0`: fixed decimals, or scientific notation for very small and
/// very large numbers, without trailing zeros.
fn number(v: f64, decimals: usize) -> String {
    if v == 0.0 || !v.is_finite() {
        return format!("{:?}", if v == 0.0 { 0.0 } else { v });
    }
    if v.abs() < 1e-3 || v.abs() >= 1e6 {
        let text = format!("{v:.*e}", decimals - 1);
        let (mantissa, exponent) = text.split_once('e').expect("scientific notation");
        format!("{}e{exponent}", trim(mantissa))
    } else {
        trim(&format!("{v:.decimals$}"))
    }
}

/// `1.2500` → `1.25`, `1.0000` → `1.0`.
fn trim(fixed: &str) -> String {
    let trimmed = fixed.trim_end_matches('0');
    if trimmed.ends_with('.') {
        format!("{trimmed}0")
    } else {
        trimmed.to_string()
    }
}
