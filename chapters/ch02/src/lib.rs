//! Chapter 2 of the book (パーセプトロン, the perceptron): a perceptron, the logic gates it
//! can be (AND, NAND, OR), the one it cannot (XOR), and how stacking perceptrons gets there.

pub mod adder;
pub mod figures;
pub mod gates;
pub mod threshold;

pub use gates::{AND, Gate, NAND, OR, and, nand, or, perceptron, truth_table, xor};
