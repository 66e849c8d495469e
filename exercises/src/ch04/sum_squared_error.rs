//! The sum of squared errors: §4.2.1 of the book; on our pages, chapter 4, "4.2.1 Sum of
//! squared errors".
//!
//! E = ½ Σ (y_k − t_k)², equation (4.1): half the sum of the squared differences between the
//! network's output `y` and the answer `t`.
//!
//! Hint: `&y - &t` is the array of differences (the `&` lends the arrays without giving them
//! away). `.mapv(|d| d * d)` squares each one and `.sum()` adds them up.
//!
//! Check it with `cargo test -p exercises ch04_sum_squared_error`.

use ndarray::ArrayView1;

use crate::check::{Checked, Tolerance, same_number, written, yours};
use crate::exercise::Exercise;

pub fn sum_squared_error(y: ArrayView1<f64>, t: ArrayView1<f64>) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch04::sum_squared_error(y, t);
    }
    todo!("half the sum of (y - t) squared")
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_sum_squared_error",
    section: "§4.2.1",
    title: "the sum of squared errors",
    file: file!(),
    check,
};

/// The book's two examples, then more against `ch04::sum_squared_error`.
fn check() -> Checked {
    let t = super::t();
    for (y, book, says) in [
        (super::y_good(), 0.0975, "2"),
        (super::y_bad(), 0.5975, "7"),
    ] {
        let what = format!("§4.2.1 sum_squared_error of the output that says \"{says}\"");
        let e = yours(&what, || sum_squared_error(y.view(), t.view()))?;
        same_number(&what, book, e, Tolerance::abs(1e-12))?;
    }
    for (y, t) in super::more_cases() {
        let what = format!(
            "§4.2.1 sum_squared_error of y = {} and t = {}, as ch04::sum_squared_error computes it,",
            written(y.view().into_dyn()),
            written(t.view().into_dyn())
        );
        let e = yours(&what, || sum_squared_error(y.view(), t.view()))?;
        same_number(
            &what,
            ch04::sum_squared_error(y.view(), t.view()),
            e,
            Tolerance::abs(1e-12),
        )?;
    }
    Ok(())
}
