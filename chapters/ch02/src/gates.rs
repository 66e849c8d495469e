// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §2.3.3 and §2.5.2: the gates as perceptrons with weights and a bias, and XOR built from
//! three of them.

use ndarray::{Array1, array};

// ANCHOR: perceptron
/// §2.3.2: a perceptron outputs 1 when the weighted sum of its inputs plus the bias is
/// above 0, and 0 otherwise.
pub fn perceptron(x: &Array1<f64>, w: &Array1<f64>, b: f64) -> u8 {
    let tmp = (w * x).sum() + b;
    if tmp <= 0.0 { 0 } else { 1 }
}
// ANCHOR_END: perceptron

// ANCHOR: gate
/// A two-input perceptron's parameters: weights `w` and bias `b`.
pub struct Gate {
    pub w: [f64; 2],
    pub b: f64,
}

impl Gate {
    /// The gate's output for inputs `x1` and `x2` (0 or 1 each).
    pub fn output(&self, x1: u8, x2: u8) -> u8 {
        let x = array![f64::from(x1), f64::from(x2)];
        perceptron(&x, &Array1::from(self.w.to_vec()), self.b)
    }
}

/// The book's parameters. Only the numbers differ between the three gates.
pub const AND: Gate = Gate {
    w: [0.5, 0.5],
    b: -0.7,
};
pub const NAND: Gate = Gate {
    w: [-0.5, -0.5],
    b: 0.7,
};
pub const OR: Gate = Gate {
    w: [0.5, 0.5],
    b: -0.2,
};
// ANCHOR_END: gate

// ANCHOR: gates
pub fn and(x1: u8, x2: u8) -> u8 {
    AND.output(x1, x2)
}

pub fn nand(x1: u8, x2: u8) -> u8 {
    NAND.output(x1, x2)
}

pub fn or(x1: u8, x2: u8) -> u8 {
    OR.output(x1, x2)
}
// ANCHOR_END: gates

// ANCHOR: xor
/// §2.5.2: XOR, which no single perceptron can be, as a two-layer perceptron:
/// NAND and OR side by side, then AND of their outputs.
pub fn xor(x1: u8, x2: u8) -> u8 {
    let s1 = nand(x1, x2);
    let s2 = or(x1, x2);
    and(s1, s2)
}
// ANCHOR_END: xor

/// The truth table of `gate` as the book's scripts print it: one line per input pair, in the
/// book's order, like `(1, 0) -> 0`.
pub fn truth_table(gate: fn(u8, u8) -> u8) -> String {
    [(0, 0), (1, 0), (0, 1), (1, 1)]
        .iter()
        .map(|&(x1, x2)| format!("({x1}, {x2}) -> {}\n", gate(x1, x2)))
        .collect()
}
