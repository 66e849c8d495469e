//! The sigmoid: §3.2.4 of the book; on our pages, chapter 3, "3.2.4 The sigmoid".
//!
//! h(x) = 1 / (1 + exp(−x)), equation (3.6): a smooth step from 0 to 1.
//!
//! Hint: in Rust, exp(−x) is `(-x).exp()`: the method comes after the number, and the
//! brackets make sure the minus sign is taken first.
//!
//! Check it with `cargo test -p exercises ch03_sigmoid`.
//!
//! ---
//!
//! シグモイド関数: 原書の §3.2.4。この本では第3章「3.2.4 シグモイド関数」です。
//!
//! h(x) = 1 / (1 + exp(−x))、式 (3.6) です: 0 から 1 へなめらかに変わるステップです。
//!
//! ヒント: Rust では、exp(−x) は `(-x).exp()` と書きます: メソッドは数のあとに来ます。かっこは、
//! マイナスの符号を先に計算させるためのものです。
//!
//! チェックするには `cargo test -p exercises ch03_sigmoid`。

use ndarray::array;

use crate::check::{Checked, Tolerance, same, text, yours};
use crate::exercise::Exercise;

pub fn sigmoid(x: f64) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch03::sigmoid(x);
    }
    todo!("1 / (1 + exp(-x)) / 1/(1 + exp(-x)) を計算する")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch03_sigmoid",
    section: "§3.2.4",
    title: "the sigmoid",
    title_ja: "シグモイド関数",
    file: file!(),
    check,
};

/// The book's printed values, then more inputs against `ch03::sigmoid`.
fn check() -> Checked {
    let x = array![-1.0, 1.0, 2.0];
    let what = text!(
        "§3.2.4 sigmoid of [-1.0, 1.0, 2.0]",
        "§3.2.4 [-1.0, 1.0, 2.0] の sigmoid"
    );
    let y = yours(&what, || x.mapv(sigmoid))?;
    same(
        &what,
        &array![0.26894142, 0.73105858, 0.88079708],
        &y,
        Tolerance::abs(1e-8),
    )?;
    super::activation_like_key(
        "§3.2.4",
        "sigmoid",
        sigmoid,
        ch03::sigmoid,
        &[&[0.0, -5.0, 0.5, 10.0, -40.0, 40.0]],
    )
}
