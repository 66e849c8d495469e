//! `cargo run -p ch01`: the output of chapter 1, and its figures written as SVG files.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use ch01::Man;
use ch01::figure::figures_dir;
use ch01::figures::ALL;

/// Reproduces chapter 1 of Deep Learning from Scratch: prints what the book's class example
/// prints and writes the chapter's figures.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Directory the SVG figures are written to [default: book/figures/ch01 of the repository]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    ch01::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    // §1.4.2
    let m = Man::new("David");
    m.hello();
    m.goodbye();

    let out = args.out.unwrap_or_else(|| figures_dir("ch01"));
    for figure in &ALL {
        println!("wrote {}", figure.write(&out)?.display());
    }
    Ok(())
}
