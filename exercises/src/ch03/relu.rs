//! ReLU: §3.2.7 of the book; on our pages, chapter 3, "3.2.7 ReLU".
//!
//! ReLU (Rectified Linear Unit) passes an input above 0 through unchanged, and turns any
//! other input into 0.
//!
//! Hint: the book writes `np.maximum(0, x)`. For one `f64`, Rust's method is `x.max(0.0)`.
//!
//! Check it with `cargo test -p exercises ch03_relu`.
//!
//! ---
//!
//! ReLU: 原書の §3.2.7。この本では第3章「3.2.7 ReLU関数」です。
//!
//! ReLU (Rectified Linear Unit) は、0 より大きい入力はそのまま通し、それ以外の入力は 0 にします。
//!
//! ヒント: 原書では `np.maximum(0, x)` と書きます。`f64` 一つに対しては、Rust のメソッド
//! `x.max(0.0)` を使います。
//!
//! チェックするには `cargo test -p exercises ch03_relu`。

use ndarray::array;

use crate::check::{Checked, Tolerance, same, text, yours};
use crate::exercise::Exercise;

pub fn relu(x: f64) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch03::relu(x);
    }
    todo!("x above 0, 0.0 otherwise / 0 より大きければ x、それ以外は 0.0")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch03_relu",
    section: "§3.2.7",
    title: "ReLU",
    title_ja: "ReLU",
    file: file!(),
    check,
};

/// The values of chapter 3's tests, then more inputs against `ch03::relu`.
fn check() -> Checked {
    let x = array![-1.0, 1.0, 2.0];
    let what = text!(
        "§3.2.7 relu of [-1.0, 1.0, 2.0]",
        "§3.2.7 [-1.0, 1.0, 2.0] の relu"
    );
    let y = yours(&what, || x.mapv(relu))?;
    same(&what, &array![0.0, 1.0, 2.0], &y, Tolerance::abs(0.0))?;
    super::activation_like_key(
        "§3.2.7",
        "relu",
        relu,
        ch03::relu,
        &[&[-2.0, 2.5, 0.0, 1e-9, -1e-9, 1000.0]],
    )
}
