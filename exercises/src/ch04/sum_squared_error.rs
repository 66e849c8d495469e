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
//!
//! ---
//!
//! 2乗和誤差: 原書の §4.2.1。この本では第4章「4.2.1 2乗和誤差」です。
//!
//! E = ½ Σ (y_k − t_k)²、式 (4.1): ネットワークの出力 `y` と正解 `t` の差をそれぞれ2乗して合計し、
//! その半分をとったものです。
//!
//! ヒント: `&y - &t` が差の配列です (`&` をつけると、配列を手放さずに貸すことになります)。
//! `.mapv(|d| d * d)` でそれぞれを2乗し、`.sum()` で合計します。
//!
//! チェックするには `cargo test -p exercises ch04_sum_squared_error`。

use ndarray::ArrayView1;

use crate::check::{Checked, Tolerance, same_number, text, written, yours};
use crate::exercise::Exercise;

pub fn sum_squared_error(y: ArrayView1<f64>, t: ArrayView1<f64>) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch04::sum_squared_error(y, t);
    }
    todo!("half the sum of (y - t) squared / (y - t) の2乗の和の半分")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_sum_squared_error",
    section: "§4.2.1",
    title: "the sum of squared errors",
    title_ja: "2乗和誤差",
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
        let what = text!(
            "§4.2.1 sum_squared_error of the output that says \"{says}\"",
            "§4.2.1 「{says}」の確率がいちばん高い出力の sum_squared_error",
        );
        let e = yours(&what, || sum_squared_error(y.view(), t.view()))?;
        same_number(&what, book, e, Tolerance::abs(1e-12))?;
    }
    for (y, t) in super::more_cases() {
        let (y_written, t_written) = (written(y.view().into_dyn()), written(t.view().into_dyn()));
        let what = text!(
            "§4.2.1 sum_squared_error of y = {y_written} and t = {t_written}, as ch04::sum_squared_error computes it,",
            "§4.2.1 y = {y_written}、t = {t_written} の sum_squared_error (ch04::sum_squared_error の計算と比べて)",
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
