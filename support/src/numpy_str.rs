//! Printing arrays the way NumPy prints them, so that a program's output can be held beside
//! the book's: `[0.31682708 0.69627909]`, `[0. 1. 1.]`, `[9.99954600e-01 4.53978686e-05]`.

/// A one-dimensional array as NumPy's `print` shows it (8 significant decimals; scientific
/// notation when the values span many orders of magnitude, as NumPy chooses).
pub fn numpy_str<'a>(values: impl IntoIterator<Item = &'a f64>) -> String {
    let values: Vec<f64> = values.into_iter().copied().collect();
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let max = finite.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    let min = finite
        .iter()
        .filter(|v| **v != 0.0)
        .fold(f64::INFINITY, |m, v| m.min(v.abs()));
    let scientific = max >= 1e8 || min < 1e-4 || max / min > 1e3;
    let items: Vec<String> = values
        .iter()
        .map(|&v| {
            if v.is_nan() {
                "nan".to_string()
            } else if v.is_infinite() {
                (if v > 0.0 { "inf" } else { "-inf" }).to_string()
            } else if scientific {
                let text = format!("{v:.8e}");
                let (mantissa, exponent) = text.split_once('e').expect("{:e} writes an exponent");
                let exponent: i32 = exponent.parse().expect("{:e} writes an integer exponent");
                format!(
                    "{mantissa}e{}{:02}",
                    if exponent < 0 { '-' } else { '+' },
                    exponent.abs()
                )
            } else if v.fract() == 0.0 {
                format!("{v:.0}.")
            } else {
                let text = format!("{v:.8}");
                text.trim_end_matches('0').to_string()
            }
        })
        .collect();
    format!("[{}]", items.join(" "))
}
