//! `cargo run --release -p ch05`: the shopping graphs of §5.4, the gradient check of §5.7.3,
//! and the training run of §5.7.4, in seconds.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use ch03::cli::MnistArgs;
use clap::Parser;
use dataset::Mnist;
use ndarray::s;
use rand::SeedableRng;
use rand::rngs::StdRng;

use ch01::figure::figures_dir;
use ch04::cli::{TrainArgs, progress_bar};
use ch04::{History, train};
use ch05::figures::{ALL, TRAINING_CSV};
use ch05::graph::{buy_apple, buy_apple_orange};
use ch05::{FastLearner, LayerLearner, TwoLayerNet};

/// Reproduces chapter 5 of Deep Learning from Scratch: backpropagation through computational
/// graphs and layers, a gradient check, and the two-layer network trained on MNIST.
#[derive(Parser)]
#[command(version)]
struct Args {
    #[command(flatten)]
    train: TrainArgs,
    /// Train with the layer objects of §5.7 instead of the fast path (same result, slower)
    #[arg(long)]
    layers: bool,
    #[command(flatten)]
    mnist: MnistArgs,
    /// Directory the SVG figures and the training record are written to
    /// [default: book/figures/ch05 of the repository]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    ch01::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    println!("§5.4.1 buy_apple");
    print!("{}", buy_apple().report());
    println!("\n§5.4.2 buy_apple_orange");
    print!("{}", buy_apple_orange().report());

    let mnist = args.mnist.load()?;
    let hidden = usize::from(args.train.hidden);
    let mut rng = StdRng::seed_from_u64(args.train.seed);
    let mut network = TwoLayerNet::new(784, hidden, 10, 0.01, &mut rng);
    gradient_check(&mut network, &mnist);

    let config = args.train.config();
    let path = if args.layers {
        "the layer objects"
    } else {
        "the fast path"
    };
    println!("\n§5.7.4 training with {path}, {config:?}");
    let progress = progress_bar(config.iters_num, args.train.quiet);
    let start = Instant::now();
    let history = if args.layers {
        let mut learner = LayerLearner {
            network,
            data: &mnist,
        };
        train(&mut learner, &config, &mut rng, &progress)
    } else {
        let mut learner = FastLearner::new(network.to_params(), &mnist)?;
        train(&mut learner, &config, &mut rng, &progress)
    };
    let seconds = start.elapsed().as_secs_f64();
    progress.finish_and_clear();
    if args.train.quiet {
        print_epochs(&history);
    }
    let (train_acc, test_acc) = (history.train_acc_list.last(), history.test_acc_list.last());
    println!(
        "{} iterations and {} evaluations in {seconds:.2} s; last epoch: train acc {}, test acc {}",
        config.iters_num,
        history.test_acc_list.len(),
        train_acc.map_or("-".into(), f64::to_string),
        test_acc.map_or("-".into(), f64::to_string),
    );

    let out = args.out.unwrap_or_else(|| figures_dir("ch05"));
    std::fs::create_dir_all(&out)?;
    history.save_csv(&out.join(TRAINING_CSV))?;
    for figure in &ALL {
        println!("wrote {}", figure.write(&out)?.display());
    }
    Ok(())
}

/// §5.7.3: backpropagation against chapter 4's numerical gradient, on the first three
/// training images; the mean absolute difference per parameter, as the book prints it.
fn gradient_check(network: &mut TwoLayerNet, mnist: &Mnist) {
    let x = mnist.x_train.slice(s![..3, ..]).to_owned();
    let t = mnist.t_train.slice(s![..3]).to_owned();
    let start = Instant::now();
    let numerical = network.numerical_gradient(&x, &t);
    let numerical_time = start.elapsed();
    let start = Instant::now();
    network.gradient(&x, &t);
    let backprop_time = start.elapsed();
    let backprop = network.param_grads();
    println!(
        "\n§5.7.3 gradient check on 3 images (numerical gradient {:.1} s, backpropagation \
         {:.2} ms)",
        numerical_time.as_secs_f64(),
        backprop_time.as_secs_f64() * 1e3
    );
    for ((name, n), b) in network.param_names().iter().zip(&numerical).zip(&backprop) {
        let diff = (n - b).mapv(f64::abs).mean().unwrap_or(0.0);
        println!("{name}:{diff:e}");
    }
}

fn print_epochs(history: &History) {
    for (train_acc, test_acc) in history.train_acc_list.iter().zip(&history.test_acc_list) {
        println!("train acc, test acc | {train_acc}, {test_acc}");
    }
}
