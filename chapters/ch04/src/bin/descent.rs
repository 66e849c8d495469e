// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run -p ch04 --bin descent -- --lr 0.9`: the experiment of §4.4.1. Gradient descent
//! on f(x0, x1) = x0² + x1² from (−3, 4), with the learning rate and the number of steps you
//! choose: where it ends, what that says, and its path drawn as in the book's figure 4-10.

use std::process::ExitCode;

use ch04::figures::path_chart;
use ch04::{function_2, gradient_descent};
use clap::Parser;
use ndarray::{Array1, array};
use support::cli::{OutArgs, learning_rate};
use support::numpy_str;

/// Gradient descent on x0² + x1² from (−3, 4) with your learning rate (§4.4.1).
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The learning rate (学習率): how far each step goes against the gradient
    #[arg(long, default_value_t = 0.1, value_parser = learning_rate, allow_negative_numbers = true)]
    lr: f64,
    /// How many steps to take, 1 to 1000
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u16).range(1..=1000))]
    steps: u16,
    #[command(flatten)]
    out: OutArgs,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let out = args.out.dir("ch04-descent")?;
    let (lr, steps) = (args.lr, args.steps);
    println!("§4.4.1 gradient_descent(function_2) from [-3, 4], lr {lr:?}, {steps} steps");
    let (x, history) = gradient_descent(function_2, &array![-3.0, 4.0], lr, steps.into());
    println!("ends at {}, where f = {:?}", numpy_str(&x), function_2(&x));
    println!("{}", verdict(&x));
    println!();
    plots::write_drawing(&out, "descent.svg", (520, 520), |canvas, lang| {
        let title = format!("lr {lr:?}, {steps} {}", lang.pick("steps", "ステップ"));
        path_chart(canvas, &title, &history)
    })
}

/// What the end point says: the start, (−3, 4), is 5 away from the minimum at (0, 0).
fn verdict(x: &Array1<f64>) -> &'static str {
    let distance = x.dot(x).sqrt();
    if distance.is_nan() || distance >= 5.0 {
        "It came no closer to the minimum at (0, 0): each step overshot it by as much as it \
         gained, or more (a learning rate too large)."
    } else if distance > 0.01 {
        "It is on its way to the minimum at (0, 0) but has not arrived yet: try more steps, or \
         another learning rate."
    } else {
        "It arrived at the minimum (0, 0), within 0.01."
    }
}
// ANCHOR_END: program
