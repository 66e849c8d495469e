// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run -p ch01`: the output of chapter 1, and its figures written as SVG files.

use std::process::ExitCode;

use clap::Parser;
use support::cli::OutArgs;

use ch01::Man;
use ch01::figures::ALL;

/// Reproduces chapter 1 of Deep Learning from Scratch: prints what the book's class example
/// prints and writes the chapter's figures.
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
    let out = args.out.dir("ch01")?;
    // ANCHOR: 1_4_2
    println!("§1.4.2 the class Man");
    let m = Man::new("David");
    m.hello();
    m.goodbye();
    // ANCHOR_END: 1_4_2

    println!();
    plots::write_all(&ALL, &out)
}
// ANCHOR_END: program
