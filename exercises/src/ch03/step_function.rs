//! The step function: §3.2.2 of the book; on our pages, chapter 3, "3.2.2–3.2.3 The step
//! function".
//!
//! The perceptron's activation: 1.0 for an input above 0, and 0.0 otherwise (0 itself
//! included).
//!
//! Hint: `if x > 0.0 { 1.0 } else { 0.0 }`. In Rust an `if` gives a value, so this line can
//! be the whole body.
//!
//! Check it with `cargo test -p exercises ch03_step_function`.
//!
//! ---
//!
//! ステップ関数: 原書の §3.2.2。この本では第3章「3.2.2〜3.2.3 ステップ関数」です。
//!
//! パーセプトロンの活性化関数です: 0 より大きい入力には 1.0 を、それ以外 (0 そのものも含みます)
//! には 0.0 を返します。
//!
//! ヒント: `if x > 0.0 { 1.0 } else { 0.0 }`。Rust では `if` が値を返すので、この 1 行だけで
//! 関数の本体にできます。
//!
//! チェックするには `cargo test -p exercises ch03_step_function`。

use ndarray::array;

use crate::check::{Checked, Tolerance, same, text, yours};
use crate::exercise::Exercise;

pub fn step_function(x: f64) -> f64 {
    if cfg!(feature = "answer-key") {
        return ch03::step_function(x);
    }
    todo!("1.0 above 0, 0.0 otherwise / 0 より大きければ 1.0、それ以外は 0.0")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch03_step_function",
    section: "§3.2.2",
    title: "the step function",
    title_ja: "ステップ関数",
    file: file!(),
    check,
};

/// The book's array, then more inputs against `ch03::step_function`, 0 among them.
fn check() -> Checked {
    let x = array![-1.0, 1.0, 2.0];
    let what = text!(
        "§3.2.2 step_function of [-1.0, 1.0, 2.0]",
        "§3.2.2 [-1.0, 1.0, 2.0] の step_function"
    );
    let y = yours(&what, || x.mapv(step_function))?;
    same(&what, &array![0.0, 1.0, 1.0], &y, Tolerance::abs(0.0))?;
    super::activation_like_key(
        "§3.2.2",
        "step_function",
        step_function,
        ch03::step_function,
        &[&[0.0, -0.0, 1e-9, -1e-9, -5.0, 3.5]],
    )
}
