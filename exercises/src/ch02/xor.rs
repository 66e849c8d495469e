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

use crate::check::Checked;
use crate::exercise::Exercise;

pub fn xor(x1: u8, x2: u8) -> u8 {
    if cfg!(feature = "answer-key") {
        return ch02::xor(x1, x2);
    }
    todo!("XOR from NAND, OR and AND")
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch02_xor",
    section: "§2.5.2",
    title: "XOR from NAND, OR and AND",
    file: file!(),
    check,
};

/// XOR's truth table (§2.4.1), which is also every output of `ch02::xor`.
fn check() -> Checked {
    super::truth_table("§2.5.2", "XOR", xor, [0, 1, 1, 0])
}
