//! A half adder from NAND gates alone: §2.6 of the book ("NAND to a computer"); on our pages,
//! chapter 2, the margin question "NAND gates alone can build a computer — amazing, but why?".
//!
//! Add two bits `a` and `b`: return `(sum, carry)`, where sum is a XOR b and carry is a AND b.
//! Use `ch02::nand` and nothing else: no `+`, no `if`.
//!
//! Hint: NOT a is `nand(a, a)`, so AND is NOT of NAND. XOR takes four NANDs: with
//! `n = nand(a, b)`, it is `nand(nand(a, n), nand(b, n))`. Add `use ch02::nand;` next to the
//! other `use` lines below to call it `nand`. The check can only see your answers; keeping
//! to NAND is up to you.
//!
//! Check it with `cargo test -p exercises ch02_half_adder`.
//!
//! ---
//!
//! NAND ゲートだけで作る半加算器: 原書の §2.6 (「NANDからコンピュータへ」)。この本では第2章の
//! 余白の疑問「NANDゲートだけでコンピュータが作れるなんてすごい。でも、なぜ？」です。
//!
//! 二つのビット `a` と `b` を足します: `(sum, carry)` を返してください。sum (和) は a XOR b、
//! carry (桁上がり) は a AND b です。`ch02::nand` だけを使ってください: `+` も `if` も使いません。
//!
//! ヒント: NOT a は `nand(a, a)` なので、AND は NAND の NOT です。XOR には NAND が四つ要ります:
//! `n = nand(a, b)` とすると、`nand(nand(a, n), nand(b, n))` です。`nand` という名前で呼ぶには、
//! 下にあるほかの `use` の行の隣に `use ch02::nand;` を加えてください。チェックに見えるのは
//! あなたの答えだけです。NAND だけで書くかどうかは、あなたにまかされています。
//!
//! チェックするには `cargo test -p exercises ch02_half_adder`。

use crate::check::{Checked, same_value, text, yours};
use crate::exercise::Exercise;

pub fn half_adder(a: u8, b: u8) -> (u8, u8) {
    if cfg!(feature = "answer-key") {
        return ch02::adder::half_adder(a, b);
    }
    todo!("the sum bit and the carry bit, from NANDs / NAND から和のビットと桁上がりのビットを作る")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch02_half_adder",
    section: "§2.6",
    title: "a half adder from NAND alone",
    title_ja: "NAND だけで作る半加算器",
    file: file!(),
    check,
};

/// (sum, carry) for every pair of bits: what `ch02::adder::half_adder` gives, and what
/// `a + b` is in binary.
fn check() -> Checked {
    for (a, b) in super::INPUTS {
        let what = text!(
            "§2.6 half_adder({a}, {b}) as (sum, carry)",
            "§2.6 half_adder({a}, {b}) の結果 (sum, carry)",
        );
        let expected = ch02::adder::half_adder(a, b);
        same_value(&what, expected, yours(&what, || half_adder(a, b))?)?;
    }
    Ok(())
}
