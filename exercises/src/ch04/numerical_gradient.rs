//! The numerical gradient: §4.4 of the book; on our pages, chapter 4, "4.4 Gradients".
//!
//! The partial derivative of `f` for each element of `x`, each by the central difference
//! (h = 1e-4) while the other elements stay put, gathered into an array of the same length.
//!
//! Hint: start with `let mut x = x.clone();` (a copy you may change) and
//! `let mut grad = Array1::zeros(x.len());`. For each `idx` in `0..x.len()`: keep
//! `let tmp_val = x[idx];`, set `x[idx] = tmp_val + h` and call `f(&x)`, then `tmp_val - h`
//! and call it again, put `x[idx]` back, and store the difference over `2.0 * h` in
//! `grad[idx]`.
//!
//! Check it with `cargo test -p exercises ch04_numerical_gradient`.
//!
//! ---
//!
//! 数値微分で求める勾配: 原書の §4.4。この本では第4章「4.4 勾配」です。
//!
//! `x` の要素ごとに `f` の偏微分を求めます。それぞれ、ほかの要素はそのままにして中心差分 (h = 1e-4)
//! で求め、同じ長さの配列にまとめます。
//!
//! ヒント: まず `let mut x = x.clone();` (変更してよいコピー) と
//! `let mut grad = Array1::zeros(x.len());` を書きます。`0..x.len()` の各 `idx` について:
//! `let tmp_val = x[idx];` で値を取っておき、`x[idx] = tmp_val + h` にして `f(&x)` を呼び、次に
//! `tmp_val - h` にしてもう一度呼びます。`x[idx]` を元に戻し、二つの値の差を `2.0 * h` で
//! 割ったものを `grad[idx]` に入れます。
//!
//! チェックするには `cargo test -p exercises ch04_numerical_gradient`。

use ch04::function_2;
use ndarray::{Array1, array};

use crate::check::{Checked, Text, Tolerance, same, text, written, yours};
use crate::exercise::Exercise;

pub fn numerical_gradient(f: impl Fn(&Array1<f64>) -> f64, x: &Array1<f64>) -> Array1<f64> {
    if cfg!(feature = "answer-key") {
        return ch04::numerical_gradient(f, x);
    }
    todo!("one central difference per element of x / x の要素ごとに中心差分を一つずつ")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_numerical_gradient",
    section: "§4.4",
    title: "the numerical gradient",
    title_ja: "数値微分で求める勾配",
    file: file!(),
    check,
};

/// The book's three gradients of `function_2`, then other functions and lengths against
/// `ch04::numerical_gradient`.
fn check() -> Checked {
    let book = [
        (array![3.0, 4.0], array![6.0, 8.0]),
        (array![0.0, 2.0], array![0.0, 4.0]),
        (array![3.0, 0.0], array![6.0, 0.0]),
    ];
    for (x, gradient) in book {
        let what = Text::both(format!(
            "§4.4 numerical_gradient(function_2, {})",
            written(x.view().into_dyn())
        ));
        let yours_ = yours(&what, || numerical_gradient(function_2, &x))?;
        same(&what, &gradient, &yours_, Tolerance::abs(1e-6))?;
    }
    let like_key = |name: &str, f: fn(&Array1<f64>) -> f64, x: Array1<f64>| {
        let at = written(x.view().into_dyn());
        let what = text!(
            "§4.4 numerical_gradient of {name} at {at}, as ch04::numerical_gradient computes it,",
            "§4.4 {at} における {name} の numerical_gradient (ch04::numerical_gradient の計算と比べて)",
        );
        let yours_ = yours(&what, || numerical_gradient(f, &x))?;
        same(
            &what,
            &ch04::numerical_gradient(f, &x),
            &yours_,
            Tolerance::abs(1e-9),
        )
    };
    like_key(
        "Σ x³",
        |x| x.mapv(|v| v * v * v).sum(),
        array![1.0, -2.0, 0.5],
    )?;
    like_key(
        "x0·x1 + sin(x2) + x3",
        |x| x[0] * x[1] + x[2].sin() + x[3],
        array![2.0, -1.0, 0.3, 7.0],
    )
}
