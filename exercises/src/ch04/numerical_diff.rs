//! Numerical differentiation: §4.3.1 of the book; on our pages, chapter 4, "4.3 Numerical
//! differentiation".
//!
//! The slope of `f` at `x` by the central difference, (f(x + h) − f(x − h)) / 2h, with the
//! book's h = 1e-4.
//!
//! Hint: `f` is a function you can call like any other: `f(x + h)`. Write `2.0 * h`, not
//! `2 * h`: Rust does not mix whole numbers and decimals by itself.
//!
//! Check it with `cargo test -p exercises ch04_numerical_diff`.

use ch04::function_1;

use crate::check::{Checked, Hint, Tolerance, same_number, yours};
use crate::exercise::Exercise;

pub fn numerical_diff(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch04::numerical_diff(f, x);
    }
    todo!("the central difference with h = 1e-4")
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_numerical_diff",
    section: "§4.3.1",
    title: "numerical differentiation",
    file: file!(),
    check,
};

/// The book's two printed slopes of `function_1`, digit for digit; then other functions
/// against `ch04::numerical_diff`.
fn check() -> Checked {
    for (x, book) in [(5.0, 0.1999999999990898), (10.0, 0.2999999999986347)] {
        let what = format!("§4.3.2 numerical_diff(function_1, {x:?})");
        let slope = yours(&what, || numerical_diff(function_1, x))?;
        same_number(&what, book, slope, Tolerance::abs(1e-15)).hint(
            "the book's is the central difference, (f(x + h) - f(x - h)) / (2.0 * h), with h = 1e-4.",
        )?;
    }
    let like_key = |name: &str, f: fn(f64) -> f64, x: f64| {
        let what = format!("§4.3.1 numerical_diff of {name}, as ch04::numerical_diff computes it,");
        let slope = yours(&what, || numerical_diff(f, x))?;
        same_number(
            &what,
            ch04::numerical_diff(f, x),
            slope,
            Tolerance::abs(1e-12),
        )
    };
    like_key("sin at 1.0", f64::sin, 1.0)?;
    like_key("x³ at -2.0", |x| x * x * x, -2.0)?;
    like_key("exp at 0.0", f64::exp, 0.0)
}
