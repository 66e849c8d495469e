//! Chapter 2 of the book (パーセプトロン, the perceptron): a perceptron, the logic gates it
//! can be (AND, NAND, OR), the one it cannot (XOR), and how stacking perceptrons gets there.
//!
//! | the book | module |
//! |---|---|
//! | §2.3.1 a first AND, with a threshold | [`threshold`] |
//! | §2.3.2–2.3.3 weights and a bias; AND, NAND, OR | [`gates`] |
//! | §2.5.2 XOR from two layers of gates | [`gates`] |
//! | §2.6 from NAND to a computer: a NAND-only adder | [`adder`] |
//! | the chapter's figures | [`figures`] |

pub mod adder;
pub mod figures;
pub mod gates;
pub mod threshold;

pub use gates::{AND, Gate, NAND, OR, and, nand, or, perceptron, truth_table, xor};
