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

use ch04::function_2;
use ndarray::{Array1, array};

use crate::check::{Checked, Tolerance, same, written, yours};
use crate::exercise::Exercise;

pub fn numerical_gradient(f: impl Fn(&Array1<f64>) -> f64, x: &Array1<f64>) -> Array1<f64> {
    if cfg!(feature = "answer-key") {
        return ch04::numerical_gradient(f, x);
    }
    todo!("one central difference per element of x")
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_numerical_gradient",
    section: "§4.4",
    title: "the numerical gradient",
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
        let what = format!(
            "§4.4 numerical_gradient(function_2, {})",
            written(x.view().into_dyn())
        );
        let yours_ = yours(&what, || numerical_gradient(function_2, &x))?;
        same(&what, &gradient, &yours_, Tolerance::abs(1e-6))?;
    }
    let like_key = |name: &str, f: fn(&Array1<f64>) -> f64, x: Array1<f64>| {
        let what = format!(
            "§4.4 numerical_gradient of {name} at {}, as ch04::numerical_gradient computes it,",
            written(x.view().into_dyn())
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
