//! AND with a threshold: §2.3.1 of the book; on our pages, chapter 2, "2.3.1 A first AND".
//!
//! Write AND as equation (2.1) has it, with weights w1 = w2 = 0.5 and threshold θ = 0.7:
//! the output is 1 when x1·w1 + x2·w2 is above θ, and 0 otherwise.
//!
//! Hint: `x1` is a `u8`, a small whole number; `f64::from(x1)` turns it into a decimal number
//! that can be multiplied by 0.5. `if tmp <= theta { 0 } else { 1 }` gives the answer.
//!
//! Check it with `cargo test -p exercises ch02_and`.

use crate::check::Checked;
use crate::exercise::Exercise;

pub fn and(x1: u8, x2: u8) -> u8 {
    if cfg!(feature = "answer-key") {
        return ch02::threshold::and(x1, x2);
    }
    todo!("AND with weights 0.5, 0.5 and threshold 0.7")
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch02_and",
    section: "§2.3.1",
    title: "AND with a threshold",
    file: file!(),
    check,
};

/// AND's truth table (§2.2), which is also every output of `ch02::threshold::and`.
fn check() -> Checked {
    super::truth_table("§2.3.1", "AND", and, [0, 0, 0, 1])
}
