//! Chapter 2, the perceptron: logic gates, XOR, and arithmetic from NAND alone.

pub mod and;
pub mod half_adder;
pub mod nand;
pub mod or;
pub mod xor;

use crate::check::{Checked, Text, same_value, yours};

/// The four inputs of a two-input gate, in the order of the book's truth tables.
const INPUTS: [(u8, u8); 4] = [(0, 0), (1, 0), (0, 1), (1, 1)];

/// `gate` against its truth table: `expected` holds the outputs for [`INPUTS`].
fn truth_table(
    section: &str,
    name: &str,
    gate: impl Fn(u8, u8) -> u8,
    expected: [u8; 4],
) -> Checked {
    for ((x1, x2), expected) in INPUTS.into_iter().zip(expected) {
        let what = Text::both(format!("{section} {name}({x1}, {x2})"));
        same_value(&what, expected, yours(&what, || gate(x1, x2))?)?;
    }
    Ok(())
}
