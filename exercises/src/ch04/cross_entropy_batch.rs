//! The cross-entropy error of a mini-batch: §4.2.4 of the book; on our pages, chapter 4,
//! "4.2.3–4.2.4 Mini-batches".
//!
//! E = −(1/N) Σ_n Σ_k t_nk log y_nk, equation (4.3): the cross-entropy error of each row
//! (each example), averaged over the N rows. Here `t` is one-hot: one row per example, with
//! 1.0 at the answer. Keep the book's `delta = 1e-7` inside the log.
//!
//! Hint: the whole batch at once works as for one example: `y.mapv(|v| (v + delta).ln())`,
//! then `&t * &logs` and `.sum()`. Divide by the number of rows, `y.nrows()`, which is a
//! `usize`: write it `y.nrows() as f64` to divide an `f64` by it.
//!
//! Check it with `cargo test -p exercises ch04_cross_entropy_batch`.
//!
//! ---
//!
//! ミニバッチの交差エントロピー誤差: 原書の §4.2.4。この本では第4章「4.2.3–4.2.4 ミニバッチ学習」
//! です。
//!
//! E = −(1/N) Σ_n Σ_k t_nk log y_nk、式 (4.3): 各行 (各データ) の交差エントロピー誤差を、N 行で
//! 平均したものです。ここでの `t` は one-hot 表現です: データ一つにつき 1 行で、正解のところが 1.0
//! です。原書の `delta = 1e-7` は、log の中にそのまま残しておきましょう。
//!
//! ヒント: バッチ全体でも、データ一つのときと同じように計算できます:
//! `y.mapv(|v| (v + delta).ln())`、次に `&t * &logs` と `.sum()` です。それを行数 `y.nrows()` で
//! 割ります。これは `usize` なので、`f64` をこれで割るには `y.nrows() as f64` と書きます。
//!
//! チェックするには `cargo test -p exercises ch04_cross_entropy_batch`。

use ndarray::{Array1, Array2, Axis, array, stack};

use crate::check::{Checked, Hint, Text, Tolerance, same_number, text, yours};
use crate::exercise::Exercise;

pub fn cross_entropy_error_batch(y: &Array2<f64>, t: &Array2<f64>) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch04::cross_entropy_error_batch(y, t);
    }
    todo!("the mean over the rows of the cross-entropy error / 各行の交差エントロピー誤差の平均")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_cross_entropy_batch",
    section: "§4.2.4",
    title: "the cross-entropy error of a mini-batch",
    title_ja: "ミニバッチの交差エントロピー誤差",
    file: file!(),
    check,
};

/// The book's two outputs as one batch of two, whose error is the mean of the book's two
/// values; then other batches against `ch04::cross_entropy_error_batch`.
fn check() -> Checked {
    let y = rows(&[super::y_good(), super::y_bad()]);
    let t = rows(&[super::t(), super::t()]);
    let what = Text::new(
        "§4.2.4 cross_entropy_error_batch of the book's two outputs",
        "§4.2.4 原書の二つの出力の cross_entropy_error_batch",
    );
    let e = yours(&what, || cross_entropy_error_batch(&y, &t))?;
    let mean = (0.510825457099338 + 2.302584092994546) / 2.0;
    same_number(&what, mean, e, Tolerance::abs(1e-12)).hint(text!(
        "the error of a batch is the mean of its rows' errors: divide the sum by the number of rows.",
        "バッチの誤差は、各行の誤差の平均です: 和を行数で割りましょう。",
    ))?;

    let (ys, ts): (Vec<_>, Vec<_>) = super::more_cases().into_iter().unzip();
    let batches = [
        (
            rows(&ys[..1]),
            rows(&ts[..1]),
            Text::new("of one row", "1 行の"),
        ),
        (
            rows(&[ys[0].clone(), ys[3].clone(), ys[3].clone()]),
            rows(&[ts[0].clone(), ts[3].clone(), ts[0].clone()]),
            Text::new("of three rows", "3 行の"),
        ),
        (
            array![[0.2, 0.8], [0.0, 1.0], [0.6, 0.4], [0.5, 0.5]],
            array![[0.0, 1.0], [1.0, 0.0], [1.0, 0.0], [0.0, 1.0]],
            Text::new(
                "of four rows, one with 0 for its answer",
                "4 行で、そのうち 1 行は正解のところの出力が 0 の",
            ),
        ),
    ];
    for (y, t, rows) in batches {
        let Text { en, ja } = rows;
        let what = text!(
            "§4.2.4 cross_entropy_error_batch of a batch {en}, as ch04::cross_entropy_error_batch computes it,",
            "§4.2.4 {ja}バッチの cross_entropy_error_batch (ch04::cross_entropy_error_batch の計算と比べて)",
        );
        let e = yours(&what, || cross_entropy_error_batch(&y, &t))?;
        let key = ch04::cross_entropy_error_batch(&y, &t);
        same_number(&what, key, e, Tolerance::abs(1e-12))?;
    }
    Ok(())
}

/// The arrays as the rows of a batch.
fn rows(arrays: &[Array1<f64>]) -> Array2<f64> {
    let views: Vec<_> = arrays.iter().map(|a| a.view()).collect();
    stack(Axis(0), &views).expect("rows of one length")
}
