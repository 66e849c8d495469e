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
//!
//! ---
//!
//! 数値微分: 原書の §4.3.1。この本では第4章「4.3 数値微分」です。
//!
//! `x` における `f` の傾きを、中心差分 (f(x + h) − f(x − h)) / 2h で求めます。h は原書と同じ 1e-4
//! です。
//!
//! ヒント: `f` は、ほかの関数と同じように `f(x + h)` と呼び出せます。`2 * h` ではなく `2.0 * h` と
//! 書きましょう: Rust は整数と小数を自動では混ぜません。
//!
//! チェックするには `cargo test -p exercises ch04_numerical_diff`。

use ch04::function_1;

use crate::check::{Checked, Hint, Text, Tolerance, same_number, text, yours};
use crate::exercise::Exercise;

pub fn numerical_diff(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch04::numerical_diff(f, x);
    }
    todo!("the central difference with h = 1e-4 / h = 1e-4 での中心差分")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_numerical_diff",
    section: "§4.3.1",
    title: "numerical differentiation",
    title_ja: "数値微分",
    file: file!(),
    check,
};

/// The book's two printed slopes of `function_1`, digit for digit; then other functions
/// against `ch04::numerical_diff`.
fn check() -> Checked {
    for (x, book) in [(5.0, 0.1999999999990898), (10.0, 0.2999999999986347)] {
        let what = Text::both(format!("§4.3.2 numerical_diff(function_1, {x:?})"));
        let slope = yours(&what, || numerical_diff(function_1, x))?;
        same_number(&what, book, slope, Tolerance::abs(1e-15)).hint(text!(
            "the book's is the central difference, (f(x + h) - f(x - h)) / (2.0 * h), with h = 1e-4.",
            "原書の数値微分は中心差分 (f(x + h) - f(x - h)) / (2.0 * h) で、h = 1e-4 です。",
        ))?;
    }
    let like_key = |name: &str, f: fn(f64) -> f64, x: f64| {
        let what = text!(
            "§4.3.1 numerical_diff of {name} at {x:?}, as ch04::numerical_diff computes it,",
            "§4.3.1 x = {x:?} における {name} の numerical_diff (ch04::numerical_diff の計算と比べて)",
        );
        let slope = yours(&what, || numerical_diff(f, x))?;
        same_number(
            &what,
            ch04::numerical_diff(f, x),
            slope,
            Tolerance::abs(1e-12),
        )
    };
    like_key("sin", f64::sin, 1.0)?;
    like_key("x³", |x| x * x * x, -2.0)?;
    like_key("exp", f64::exp, 0.0)
}
