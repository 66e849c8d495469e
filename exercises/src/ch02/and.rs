//! AND with a threshold: §2.3.1 of the book; on our pages, chapter 2, "2.3.1 A first AND".
//!
//! Write AND as equation (2.1) has it, with weights w1 = w2 = 0.5 and threshold θ = 0.7:
//! the output is 1 when x1·w1 + x2·w2 is above θ, and 0 otherwise.
//!
//! Hint: `x1` is a `u8`, a small whole number; `f64::from(x1)` turns it into a decimal number
//! that can be multiplied by 0.5. `if tmp <= theta { 0 } else { 1 }` gives the answer.
//!
//! Check it with `cargo test -p exercises ch02_and`.
//!
//! ---
//!
//! しきい値を使った AND: 原書の §2.3.1。この本では第2章「2.3.1 簡単な実装」です。
//!
//! 式 (2.1) のとおりに、重み w1 = w2 = 0.5、しきい値 θ = 0.7 で AND を書いてください:
//! x1·w1 + x2·w2 が θ より大きいときに 1 を、それ以外のときに 0 を出力します。
//!
//! ヒント: `x1` は `u8`、つまり小さな整数です。`f64::from(x1)` で小数に変わり、0.5 を
//! 掛けられるようになります。`if tmp <= theta { 0 } else { 1 }` で答えが出ます。
//!
//! チェックするには `cargo test -p exercises ch02_and`。

use crate::check::Checked;
use crate::exercise::Exercise;

pub fn and(x1: u8, x2: u8) -> u8 {
    if cfg!(feature = "answer-key") {
        return ch02::threshold::and(x1, x2);
    }
    todo!("AND with weights 0.5, 0.5 and threshold 0.7 / 重み 0.5, 0.5 としきい値 0.7 の AND")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch02_and",
    section: "§2.3.1",
    title: "AND with a threshold",
    title_ja: "しきい値を使った AND",
    file: file!(),
    check,
};

/// AND's truth table (§2.2), which is also every output of `ch02::threshold::and`.
fn check() -> Checked {
    super::truth_table("§2.3.1", "AND", and, [0, 0, 0, 1])
}
