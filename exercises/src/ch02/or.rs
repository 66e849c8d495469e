//! OR, with weights and a bias you choose: §2.2 of the book, where it asks you to think of
//! them; on our pages, chapter 2, "2.3.3 Weights and bias, implemented", once `Gate` and the
//! bias are there.
//!
//! OR outputs 1 when at least one input is 1. Return a `Gate` (from chapter 2's code): two
//! weights `w` and a bias `b`. The check runs it as a perceptron on all four inputs.
//!
//! Hint: start from AND, `Gate { w: [0.5, 0.5], b: -0.7 }`. With inputs (1, 0) the weighted
//! sum is 0.5, and 0.5 − 0.7 is not above 0, so AND stays 0. Which bias would make (1, 0)
//! give 1, and still keep (0, 0) at 0? Many answers are right; the book's is only one.
//!
//! Check it with `cargo test -p exercises ch02_or`.
//!
//! ---
//!
//! OR を、自分で選んだ重みとバイアスで: 原書の §2.2 (重みを考えてみるよう促すところ)。この本では
//! 第2章「2.3.3 重みとバイアスによる実装」で、`Gate` とバイアスが出てきたあとです。
//!
//! OR は、入力のどちらかが 1 なら 1 を出力します。`Gate` (第2章のコード) を返してください:
//! 重み `w` が二つとバイアス `b` です。チェックはそれをパーセプトロンとして四つの入力で動かします。
//!
//! ヒント: AND の `Gate { w: [0.5, 0.5], b: -0.7 }` から始めましょう。入力 (1, 0) では重み付きの和が
//! 0.5 で、0.5 − 0.7 は 0 より大きくないので、AND は 0 のままです。どんなバイアスなら (1, 0) で 1
//! になり、しかも (0, 0) は 0 のままでしょうか。正解はたくさんあり、原書の値はその一つにすぎません。
//!
//! チェックするには `cargo test -p exercises ch02_or`。

use ch02::Gate;

use crate::check::{Checked, Hint, Text, text};
use crate::exercise::Exercise;

pub fn or() -> Gate {
    if cfg!(feature = "answer-key") {
        return ch02::OR;
    }
    todo!("choose OR's weights w and bias b / OR の重み w とバイアス b を選ぶ")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch02_or",
    section: "§2.2",
    title: "OR: choose its weights and bias",
    title_ja: "OR: 重みとバイアスを選ぶ",
    file: file!(),
    check,
};

/// OR's truth table (§2.2), which is also every output of `ch02::or`.
fn check() -> Checked {
    let gate = crate::check::yours(&Text::both("§2.2 OR"), or)?;
    let (w, b) = (gate.w, gate.b);
    super::truth_table("§2.2", "OR", |x1, x2| gate.output(x1, x2), [0, 1, 1, 1]).hint(text!(
        "your perceptron has weights w = {w:?} and bias b = {b:?}; it outputs 1 where w[0]·x1 + w[1]·x2 + b is above 0.",
        "あなたのパーセプトロンは重み w = {w:?}、バイアス b = {b:?} です。w[0]·x1 + w[1]·x2 + b が 0 より大きいところで 1 を出力します。",
    ))
}
