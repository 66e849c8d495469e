//! `cargo run --release -p ch05-fast`: chapter 5's training run on the fast path of the
//! appendix. The same network, seed and mini-batches as `cargo run -p ch05`.

use std::process::ExitCode;
use std::time::Instant;

use ch04::{TrainConfig, train};
use ch05::TwoLayerNet;
use ch05_fast::FastLearner;
use clap::Parser;
use dataset::load_mnist;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::Progress;
use support::cli::{MnistArgs, TrainArgs};

/// Trains chapter 5's two-layer network (Affine → ReLU → Affine) on MNIST with the engine of
/// the appendix: sparse images, both processor cores, SIMD. Same result as `cargo run -p
/// ch05`, up to rounding.
#[derive(Parser)]
#[command(version)]
struct Args {
    #[command(flatten)]
    train: TrainArgs,
    #[command(flatten)]
    mnist: MnistArgs,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let mnist = load_mnist(&args.mnist.dir(), true)?;
    let config = TrainConfig {
        iters_num: args.train.iters,
        batch_size: usize::from(args.train.batch_size),
        learning_rate: args.train.lr,
    };
    config.check(mnist.x_train.nrows())?;
    let mut rng = StdRng::seed_from_u64(args.train.seed);
    let hidden = usize::from(args.train.hidden);
    let mut network = TwoLayerNet::new(784, hidden, 10, 0.01, &mut rng);
    let mut learner = FastLearner::from_network(&mut network, &mnist)?;

    println!("§5.7.4 training on the fast path of the appendix, {config:?}");
    let progress = Progress::new(config.iters_num, args.train.quiet);
    let start = Instant::now();
    let history = train(&mut learner, &config, &mut rng, &progress)?;
    let seconds = start.elapsed().as_secs_f64();
    drop(progress);
    println!(
        "{} iterations and {} evaluations of all 70,000 images",
        config.iters_num,
        history.test_acc_list.len()
    );
    println!("time: training {seconds:.2} s");
    Ok(())
}
