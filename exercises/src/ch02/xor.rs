//! XOR from two layers of gates: §2.5.2 of the book; on our pages, chapter 2, "2.5.1–2.5.2
//! XOR from existing gates".
//!
//! No single perceptron is XOR, but three are: NAND and OR side by side, then AND of their
//! two outputs.
//!
//! Hint: chapter 2's gates are `ch02::nand`, `ch02::or` and `ch02::and` (or use your own,
//! from the earlier exercises: `crate::ch02::nand::nand`). Call the two outputs `s1` and
//! `s2`, as the book does.
//!
//! Check it with `cargo test -p exercises ch02_xor`.
//!
//! ---
//!
//! ゲートを2層に重ねた XOR: 原書の §2.5.2。この本では第2章「2.5.1〜2.5.2 既存のゲートを
//! 組み合わせてXORを作る」です。
//!
//! XOR は一つのパーセプトロンでは作れませんが、三つあれば作れます: NAND と OR を並べ、その二つの
//! 出力の AND をとります。
//!
//! ヒント: 第2章のゲートは `ch02::nand`、`ch02::or`、`ch02::and` です (前の練習問題で書いた
//! 自分のゲート、たとえば `crate::ch02::nand::nand` を使ってもかまいません)。原書と同じように、
//! 二つの出力を `s1` と `s2` と呼びましょう。
//!
//! チェックするには `cargo test -p exercises ch02_xor`。

use crate::check::Checked;
use crate::exercise::Exercise;

pub fn xor(x1: u8, x2: u8) -> u8 {
    if cfg!(feature = "answer-key") {
        return ch02::xor(x1, x2);
    }
    todo!("XOR from NAND, OR and AND / NAND、OR、AND で XOR を作る")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch02_xor",
    section: "§2.5.2",
    title: "XOR from NAND, OR and AND",
    title_ja: "NAND、OR、AND で XOR を作る",
    file: file!(),
    check,
};

/// XOR's truth table (§2.4.1), which is also every output of `ch02::xor`.
fn check() -> Checked {
    super::truth_table("§2.5.2", "XOR", xor, [0, 1, 1, 0])
}
