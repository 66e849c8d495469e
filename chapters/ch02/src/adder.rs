// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! Questions from the margin, chapter 2: "NAND gates alone can build a computer — why?"
//! Every function here is built from [`nand`] and nothing else, up to a 4-bit adder.

use crate::gates::nand;

// ANCHOR: half_adder
/// Adds two bits: returns (sum, carry). Five NANDs; the first, NAND(a, b), feeds the others.
pub fn half_adder(a: u8, b: u8) -> (u8, u8) {
    let n = nand(a, b);
    let sum = nand(nand(a, n), nand(b, n)); // a XOR b
    let carry = nand(n, n); // NOT n = a AND b
    (sum, carry)
}
// ANCHOR_END: half_adder

// ANCHOR: full_adder
/// Adds two bits and the carry from the column to the right: returns (sum, carry out).
pub fn full_adder(a: u8, b: u8, carry_in: u8) -> (u8, u8) {
    let (s1, c1) = half_adder(a, b);
    let (sum, c2) = half_adder(s1, carry_in);
    let carry_out = nand(nand(c1, c1), nand(c2, c2)); // c1 OR c2
    (sum, carry_out)
}
// ANCHOR_END: full_adder

// ANCHOR: four_bit_adder
/// Adds two 4-bit numbers (0 to 15) column by column, as on paper: returns the 4-bit sum
/// and the carry out of the last column (1 when the true sum is 16 or more). Only the low
/// 4 bits of `a` and `b` are read.
pub fn four_bit_adder(a: u8, b: u8) -> (u8, u8) {
    let mut sum = 0;
    let mut carry = 0;
    for bit in 0..4 {
        let (s, c) = full_adder((a >> bit) & 1, (b >> bit) & 1, carry);
        sum |= s << bit;
        carry = c;
    }
    (sum, carry)
}
// ANCHOR_END: four_bit_adder
