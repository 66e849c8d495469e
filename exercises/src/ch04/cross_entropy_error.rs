//! The cross-entropy error: §4.2.2 of the book; on our pages, chapter 4, "4.2.2 Cross-entropy
//! error".
//!
//! E = −Σ t_k log y_k, equation (4.2), with the book's tiny `delta = 1e-7` added inside the
//! log, so that an output of exactly 0 gives a large number instead of log(0) = −∞.
//!
//! Hint: `y.mapv(|v| (v + delta).ln())` takes the (natural) log of every output; `.ln()` is
//! the book's `np.log`. Multiply by `t`, element by element, with `&t * &logs`; then `.sum()`,
//! and mind the minus sign.
//!
//! Check it with `cargo test -p exercises ch04_cross_entropy_error`.
//!
//! ---
//!
//! 交差エントロピー誤差: 原書の §4.2.2。この本では第4章「4.2.2 交差エントロピー誤差」です。
//!
//! E = −Σ t_k log y_k、式 (4.2)。原書と同じく、log の中に小さな値 `delta = 1e-7` を足します。
//! こうすると、出力がちょうど 0 のときも log(0) = −∞ にはならず、大きな数になります。
//!
//! ヒント: `y.mapv(|v| (v + delta).ln())` で、すべての出力の (自然) 対数をとります。`.ln()` は
//! 原書の `np.log` にあたります。`&t * &logs` で要素ごとに `t` を掛けてから `.sum()` で合計します。
//! マイナスの符号を忘れないようにしましょう。
//!
//! チェックするには `cargo test -p exercises ch04_cross_entropy_error`。

use ndarray::ArrayView1;

use crate::check::{Checked, Hint, Tolerance, same_number, text, written, yours};
use crate::exercise::Exercise;

pub fn cross_entropy_error(y: ArrayView1<f64>, t: ArrayView1<f64>) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch04::cross_entropy_error(y, t);
    }
    todo!("minus the sum of t times log(y + delta) / t × log(y + delta) の和にマイナスをつけたもの")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_cross_entropy_error",
    section: "§4.2.2",
    title: "the cross-entropy error",
    title_ja: "交差エントロピー誤差",
    file: file!(),
    check,
};

/// The book's two printed values, then more against `ch04::cross_entropy_error`, one of
/// them with an output of 0 for the answer.
fn check() -> Checked {
    let t = super::t();
    let book = [
        (super::y_good(), 0.510825457099338, "2"),
        (super::y_bad(), 2.302584092994546, "7"),
    ];
    for (y, book, says) in book {
        let what = text!(
            "§4.2.2 cross_entropy_error of the output that says \"{says}\"",
            "§4.2.2 「{says}」の確率がいちばん高い出力の cross_entropy_error",
        );
        let e = yours(&what, || cross_entropy_error(y.view(), t.view()))?;
        same_number(&what, book, e, Tolerance::abs(1e-12)).hint(text!(
            "the book adds delta = 1e-7 to y inside the log: log(y + delta).",
            "原書は log の中で y に delta = 1e-7 を足しています: log(y + delta)。",
        ))?;
    }
    for (y, t) in super::more_cases() {
        let (y_written, t_written) = (written(y.view().into_dyn()), written(t.view().into_dyn()));
        let what = text!(
            "§4.2.2 cross_entropy_error of y = {y_written} and t = {t_written}, as ch04::cross_entropy_error computes it,",
            "§4.2.2 y = {y_written}、t = {t_written} の cross_entropy_error (ch04::cross_entropy_error の計算と比べて)",
        );
        let e = yours(&what, || cross_entropy_error(y.view(), t.view()))?;
        let key = ch04::cross_entropy_error(y.view(), t.view());
        same_number(&what, key, e, Tolerance::abs(1e-12))?;
    }
    Ok(())
}
