// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run -p ch02 --bin perceptron -- --w1 0.5 --w2 0.5 --b -0.7`: the experiment of
//! §2.3–2.4. A perceptron with the weights and the bias you choose: its output for the four
//! inputs, which of the book's gates that is, and the straight line along which it splits
//! the plane, drawn as the book's figure 2-6 draws OR's.

use std::process::ExitCode;

use ch02::figures::gate_regions;
use ch02::{AND, Gate, NAND, OR};
use clap::Parser;
use support::cli::{OutArgs, finite};

/// A two-input perceptron with your weights and bias (§2.3–2.4).
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The weight of input x1
    #[arg(long, default_value_t = 0.5, value_parser = finite, allow_negative_numbers = true)]
    w1: f64,
    /// The weight of input x2
    #[arg(long, default_value_t = 0.5, value_parser = finite, allow_negative_numbers = true)]
    w2: f64,
    /// The bias (バイアス)
    #[arg(long, default_value_t = -0.2, value_parser = finite, allow_negative_numbers = true)]
    b: f64,
    #[command(flatten)]
    out: OutArgs,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let out = args.out.dir("ch02-perceptron")?;
    let (w1, w2, b) = (args.w1, args.w2, args.b);
    let gate = Gate { w: [w1, w2], b };
    println!("§2.3 a perceptron with w1 = {w1:?}, w2 = {w2:?} and b = {b:?}");
    let inputs = [(0, 0), (1, 0), (0, 1), (1, 1)];
    let outputs: Vec<u8> = inputs.iter().map(|&(x1, x2)| gate.output(x1, x2)).collect();
    for ((x1, x2), y) in inputs.iter().zip(&outputs) {
        println!("({x1}, {x2}) -> {y}");
    }
    let same_as = |named: &Gate| {
        inputs
            .iter()
            .map(|&(x1, x2)| named.output(x1, x2))
            .eq(outputs.clone())
    };
    let gates = [("AND", AND), ("NAND", NAND), ("OR", OR)];
    match gates.iter().find(|(_, named)| same_as(named)) {
        Some((name, _)) => println!("These weights make {name}."),
        None if outputs.iter().all(|&y| y == outputs[0]) => println!(
            "It gives {} whatever the inputs: its line leaves all four points on one side.",
            outputs[0]
        ),
        None => println!("That is none of AND, NAND and OR. (No weights at all make XOR: §2.4.)"),
    }
    println!();
    plots::write_drawing(&out, "perceptron.svg", (480, 480), |canvas, _| {
        gate_regions(canvas, &format!("{b:?} + {w1:?} x1 + {w2:?} x2 = 0"), &gate)
    })
}
// ANCHOR_END: program
