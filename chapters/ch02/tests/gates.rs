//! The truth tables of §2.3 and §2.5, and the NAND-only adder of the margin, checked in full.

use ch02::adder::{four_bit_adder, full_adder, half_adder};
use ch02::{and, nand, or, threshold, truth_table, xor};

const INPUTS: [(u8, u8); 4] = [(0, 0), (1, 0), (0, 1), (1, 1)];

fn outputs(gate: fn(u8, u8) -> u8) -> [u8; 4] {
    INPUTS.map(|(x1, x2)| gate(x1, x2))
}

#[test]
fn the_gates_have_the_books_truth_tables() {
    assert_eq!(outputs(threshold::and), [0, 0, 0, 1]);
    assert_eq!(outputs(and), [0, 0, 0, 1]);
    assert_eq!(outputs(nand), [1, 1, 1, 0]);
    assert_eq!(outputs(or), [0, 1, 1, 1]);
    assert_eq!(outputs(xor), [0, 1, 1, 0]);
}

#[test]
fn the_truth_table_is_printed_as_the_book_prints_it() {
    assert_eq!(
        truth_table(xor),
        "(0, 0) -> 0\n(1, 0) -> 1\n(0, 1) -> 1\n(1, 1) -> 0\n"
    );
}

#[test]
fn the_half_adder_adds_two_bits() {
    for (a, b) in INPUTS {
        let (sum, carry) = half_adder(a, b);
        assert_eq!(2 * carry + sum, a + b, "{a} + {b}");
    }
}

#[test]
fn the_full_adder_adds_three_bits() {
    for (a, b) in INPUTS {
        for carry_in in [0, 1] {
            let (sum, carry_out) = full_adder(a, b, carry_in);
            assert_eq!(
                2 * carry_out + sum,
                a + b + carry_in,
                "{a} + {b} + {carry_in}"
            );
        }
    }
}

#[test]
fn the_four_bit_adder_agrees_with_plus_on_every_pair() {
    let mut checked = 0;
    for a in 0..16u8 {
        for b in 0..16u8 {
            let (sum, carry) = four_bit_adder(a, b);
            assert!(sum < 16 && carry < 2);
            assert_eq!(16 * carry + sum, a + b, "{a} + {b}");
            checked += 1;
        }
    }
    assert_eq!(checked, 256);
}
