//! Softmax, with the overflow guard: §3.5.2 of the book; on our pages, chapter 3, "3.5.2
//! Overflow".
//!
//! y_k = exp(a_k − C) / Σ exp(a_i − C), equation (3.11), where C is the largest value of
//! `a`. Subtracting C changes nothing mathematically, and keeps exp(1010) from overflowing.
//!
//! Hint: the largest value is `a.fold(f64::NEG_INFINITY, |max, &v| max.max(v))`.
//! `a.mapv(|v| (v - c).exp())` makes the array of exps, `.sum()` adds it up, and an array
//! divided by a number divides every value.
//!
//! Check it with `cargo test -p exercises ch03_softmax`.
//!
//! ---
//!
//! オーバーフロー対策をしたソフトマックス関数: 原書の §3.5.2。この本では第3章「3.5.2 ソフトマックス
//! 関数の実装上の注意」です。
//!
//! y_k = exp(a_k − C) / Σ exp(a_i − C)、式 (3.11) です。ここで C は `a` の最大の値です。C を
//! 引いても数学的には何も変わりませんが、exp(1010) のオーバーフローを防げます。
//!
//! ヒント: 最大の値は `a.fold(f64::NEG_INFINITY, |max, &v| max.max(v))` で求められます。
//! `a.mapv(|v| (v - c).exp())` で exp の配列ができ、`.sum()` でその合計が出ます。配列を数で
//! 割ると、すべての要素がその数で割られます。
//!
//! チェックするには `cargo test -p exercises ch03_softmax`。

use ndarray::{Array1, ArrayView1, array};

use crate::check::{Checked, Hint, Text, Tolerance, same, text, written, yours};
use crate::exercise::Exercise;

pub fn softmax(a: ArrayView1<f64>) -> Array1<f64> {
    if cfg!(feature = "answer-key") {
        return ch03::softmax(a);
    }
    todo!(
        "softmax, subtracting the largest value first / 先に最大の値を引いてから softmax を計算する"
    )
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch03_softmax",
    section: "§3.5.2",
    title: "softmax, with the overflow guard",
    title_ja: "オーバーフロー対策をしたソフトマックス関数",
    file: file!(),
    check,
};

/// The book's two printed examples, then more inputs against `ch03::softmax`.
fn check() -> Checked {
    let a = array![0.3, 2.9, 4.0];
    let what = text!(
        "§3.5.2 softmax of [0.3, 2.9, 4.0]",
        "§3.5.2 [0.3, 2.9, 4.0] の softmax"
    );
    let y = yours(&what, || softmax(a.view()))?;
    same(
        &what,
        &array![0.01821127, 0.24519181, 0.73659691],
        &y,
        Tolerance::abs(1e-8),
    )?;

    let a = array![1010.0, 1000.0, 990.0];
    let what = text!(
        "§3.5.2 softmax of [1010.0, 1000.0, 990.0]",
        "§3.5.2 [1010.0, 1000.0, 990.0] の softmax"
    );
    let y = yours(&what, || softmax(a.view()))?;
    let book = array![9.99954600e-01, 4.53978686e-05, 2.06106005e-09];
    same(&what, &book, &y, Tolerance::rel(1e-8)).hint(Text::new(
        "subtract the largest value, C, from every value before exp, as equation (3.11) does.",
        "式 (3.11) のように、exp の前に、すべての値から最大の値 C を引きましょう。",
    ))?;

    let more = [
        array![-2.0, 0.0, 7.0],
        array![0.0, 0.0, 0.0, 0.0],
        array![-1000.0, -1010.0],
        array![5.0],
        array![0.1, -0.4, 3.3, 2.2, -7.0, 0.0, 1.5, 9.9, -2.5, 4.0],
    ];
    for a in more {
        let input = written(a.view().into_dyn());
        let what = text!(
            "§3.5.2 softmax of {input}, as ch03::softmax computes it,",
            "§3.5.2 {input} の softmax (ch03::softmax の計算と比べて)",
        );
        let y = yours(&what, || softmax(a.view()))?;
        same(&what, &ch03::softmax(a.view()), &y, Tolerance::abs(1e-12))?;
    }
    Ok(())
}
