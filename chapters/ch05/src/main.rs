// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run -p ch05`: the shopping graphs of §5.4, the gradient check of §5.7.3, and the
//! training run of §5.7.4, all with the layers the chapter builds.

use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use dataset::{Mnist, load_mnist};
use ndarray::s;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::Progress;
use support::cli::{MnistArgs, OutArgs, TrainArgs};

use ch04::gradient_check::{report_line, verdict};
use ch04::{TrainConfig, train};
use ch05::figures::{ALL, TRAINING_CSV};
use ch05::graph::{buy_apple, buy_apple_orange};
use ch05::{LayerLearner, TwoLayerNet, gradient_check};

/// Reproduces chapter 5 of Deep Learning from Scratch: backpropagation through computational
/// graphs and layers, a gradient check, and the two-layer network trained on MNIST.
#[derive(Parser)]
#[command(version)]
struct Args {
    #[command(flatten)]
    train: TrainArgs,
    #[command(flatten)]
    mnist: MnistArgs,
    #[command(flatten)]
    out: OutArgs,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let out = args.out.dir("ch05")?;
    // ANCHOR: 5_4
    println!("§5.4.1 buy_apple");
    print!("{}", buy_apple().report());
    println!("\n§5.4.2 buy_apple_orange");
    print!("{}", buy_apple_orange().report());
    // ANCHOR_END: 5_4

    let mnist = load_mnist(&args.mnist.dir(), true)?;
    let config = TrainConfig {
        iters_num: args.train.iters,
        batch_size: usize::from(args.train.batch_size),
        learning_rate: args.train.lr,
    };
    config.check(mnist.x_train.nrows())?;
    let hidden = usize::from(args.train.hidden);
    // ANCHOR: 5_7_4
    let mut rng = StdRng::seed_from_u64(args.train.seed);
    let mut network = TwoLayerNet::new(784, hidden, 10, 0.01, &mut rng);
    let checked = check_gradients(&mut network, &mnist);

    println!("\n§5.7.4 training, {config:?}");
    let progress = Progress::new(config.iters_num, args.train.quiet);
    let start = Instant::now();
    let mut learner = LayerLearner {
        network,
        data: &mnist,
    };
    let history = train(&mut learner, &config, &mut rng, &progress)?;
    let seconds = start.elapsed().as_secs_f64();
    drop(progress);
    println!(
        "{} iterations and {} evaluations of all 70,000 images",
        config.iters_num,
        history.test_acc_list.len()
    );
    println!("time: training {seconds:.2} s");

    history.save_csv(&out.join(TRAINING_CSV))?;
    // ANCHOR_END: 5_7_4
    println!();
    plots::write_all(&ALL, &out)?;
    // Training ran even if the check failed, to show what wrong gradients learn; the run
    // still ends by saying so, and fails.
    Ok(verdict(&checked, "cargo test -p ch05")?)
}

// ANCHOR: 5_7_3
/// §5.7.3: the gradient check on the first three training images; the mean absolute
/// difference per parameter, as the book prints it.
fn check_gradients(network: &mut TwoLayerNet, mnist: &Mnist) -> Vec<(String, f64)> {
    let x = mnist.x_train.slice(s![..3, ..]).to_owned();
    let t = mnist.t_train.slice(s![..3]).to_owned();
    let start = Instant::now();
    let checked = gradient_check(network, &x, &t);
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "\n§5.7.3 gradient check on 3 images: numerical against backpropagation, passing below {:e}",
        ch04::gradient_check::TOLERANCE
    );
    for (name, diff) in &checked {
        println!("{}", report_line(name, *diff));
    }
    println!("time: gradient check {seconds:.1} s");
    checked
}
// ANCHOR_END: 5_7_3
// ANCHOR_END: program
