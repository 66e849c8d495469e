//! NAND with weights and a bias: §2.3.3 of the book; on our pages, chapter 2, "2.3.3 Weights
//! and bias, implemented".
//!
//! Write NAND as the book does: weights −0.5 and −0.5, bias 0.7; the output is 1 when the
//! weighted sum plus the bias is above 0, and 0 otherwise.
//!
//! Hint: make the inputs and the weights arrays, as in §2.3.2:
//! `let x = array![f64::from(x1), f64::from(x2)];` and `let w = array![-0.5, -0.5];`. Then
//! `(&w * &x).sum() + b` is the weighted sum plus the bias. For `array!`, add the line
//! `use ndarray::array;` next to the other `use` lines below.
//!
//! Check it with `cargo test -p exercises ch02_nand`.
//!
//! ---
//!
//! 重みとバイアスを使った NAND: 原書の §2.3.3。この本では第2章「2.3.3 重みとバイアスによる実装」
//! です。
//!
//! 原書と同じように NAND を書いてください: 重みは −0.5 と −0.5、バイアスは 0.7 です。重み付きの和に
//! バイアスを足したものが 0 より大きいときに 1 を、それ以外のときに 0 を出力します。
//!
//! ヒント: §2.3.2 のように、入力と重みを配列にしましょう:
//! `let x = array![f64::from(x1), f64::from(x2)];` と `let w = array![-0.5, -0.5];` です。
//! すると `(&w * &x).sum() + b` が、重み付きの和にバイアスを足したものになります。`array!` を
//! 使うには、下にあるほかの `use` の行の隣に、`use ndarray::array;` という行を加えてください。
//!
//! チェックするには `cargo test -p exercises ch02_nand`。

use crate::check::Checked;
use crate::exercise::Exercise;

pub fn nand(x1: u8, x2: u8) -> u8 {
    if cfg!(feature = "answer-key") {
        return ch02::nand(x1, x2);
    }
    todo!("NAND with weights -0.5, -0.5 and bias 0.7 / 重み -0.5, -0.5 とバイアス 0.7 の NAND")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch02_nand",
    section: "§2.3.3",
    title: "NAND with weights and a bias",
    title_ja: "重みとバイアスを使った NAND",
    file: file!(),
    check,
};

/// NAND's truth table (§2.2), which is also every output of `ch02::nand`.
fn check() -> Checked {
    super::truth_table("§2.3.3", "NAND", nand, [1, 1, 1, 0])
}
