// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run -p ch02`: the truth tables of chapter 2, the NAND-only adder, and the figures.

use std::process::ExitCode;

use clap::Parser;
use support::cli::OutArgs;

use ch02::adder::four_bit_adder;
use ch02::figures::ALL;
use ch02::{and, nand, or, truth_table, xor};

/// Reproduces chapter 2 of Deep Learning from Scratch: prints the truth tables of AND, NAND,
/// OR and XOR as the book's scripts do, checks the NAND-only adder and writes the figures.
#[derive(Parser)]
#[command(version)]
struct Args {
    #[command(flatten)]
    out: OutArgs,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let out = args.out.dir("ch02")?;
    // ANCHOR: 2_3_3
    println!("§2.3.3 AND, NAND and OR as perceptrons with weights and a bias");
    for (name, gate) in [("AND", and as fn(u8, u8) -> u8), ("NAND", nand), ("OR", or)] {
        println!("{name}\n{}", truth_table(gate));
    }
    // ANCHOR_END: 2_3_3

    // ANCHOR: 2_5_2
    println!("§2.5.2 XOR from NAND, OR and AND, in two layers");
    println!("XOR\n{}", truth_table(xor));
    // ANCHOR_END: 2_5_2

    // ANCHOR: 2_6
    let (sum, carry) = four_bit_adder(0b1011, 0b0110);
    println!("§2.6 a 4-bit adder made of NAND gates only");
    println!(
        "11 + 6 -> sum bits {sum:04b}, carry {carry}, that is {}\n",
        16 * carry + sum
    );
    // ANCHOR_END: 2_6

    plots::write_all(&ALL, &out)
}
// ANCHOR_END: program
