//! `cargo run -p ch02`: the truth tables of chapter 2, the NAND-only adder, and the figures.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use ch01::figure::figures_dir;
use ch02::adder::four_bit_adder;
use ch02::figures::ALL;
use ch02::{and, nand, or, truth_table, xor};

/// Reproduces chapter 2 of Deep Learning from Scratch: prints the truth tables of AND, NAND,
/// OR and XOR as the book's scripts do, checks the NAND-only adder and writes the figures.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Directory the SVG figures are written to [default: book/figures/ch02 of the repository]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    ch01::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let tables = [
        ("AND", truth_table(and)),
        ("NAND", truth_table(nand)),
        ("OR", truth_table(or)),
        ("XOR", truth_table(xor)),
    ];
    for (name, table) in tables {
        println!("{name}\n{table}");
    }

    let (sum, carry) = four_bit_adder(0b1011, 0b0110);
    println!(
        "NAND-only 4-bit adder: 11 + 6 -> sum bits {sum:04b}, carry {carry}, that is {}",
        16 * carry + sum
    );

    let out = args.out.unwrap_or_else(|| figures_dir("ch02"));
    for figure in &ALL {
        println!("wrote {}", figure.write(&out)?.display());
    }
    Ok(())
}
