// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run --release -p ch05 --bin train-ch03-weights`: trains the network of §3.6
//! (784 → 50 → 100 → 10, sigmoid, softmax) with this chapter's layers and writes its
//! weights to `target/runs/ch05/sample_weight.npz`. The copy that `cargo run -p ch03` uses,
//! `data/weights/sample_weight.npz`, is written only when asked for with `--out`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use ch04::{TrainConfig, train};
use ch05::{Affine, LayerLearner, Sigmoid, SoftmaxWithLoss, TwoLayerNet};
use clap::Parser;
use dataset::Weights;
use dataset::load_mnist;
use dataset::weights::save_npz;
use ndarray::{Array1, Array2, ArrayD};
use ndarray_rand::RandomExt;
use ndarray_rand::rand_distr::StandardNormal;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::Progress;
use support::cli::{self, MnistArgs};

/// Trains the three-layer network of chapter 3 with chapter 5's layers and saves its weights.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Training iterations (mini-batches of 100)
    #[arg(
        long,
        default_value_t = 10000,
        value_parser = cli::iterations,
        allow_negative_numbers = true
    )]
    iters: usize,
    /// Learning rate
    #[arg(
        long,
        default_value_t = 0.5,
        value_parser = cli::learning_rate,
        allow_negative_numbers = true
    )]
    lr: f64,
    /// Seed of the random numbers
    #[arg(
        long,
        default_value_t = 42,
        value_parser = cli::seed,
        allow_negative_numbers = true
    )]
    seed: u64,
    #[command(flatten)]
    mnist: MnistArgs,
    /// Where to write the weights [default: target/runs/ch05/sample_weight.npz]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// No progress bar
    #[arg(long)]
    quiet: bool,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let out = args
        .out
        .unwrap_or_else(|| support::paths::runs_dir("ch05").join("sample_weight.npz"));
    cli::writable_dir(out.parent().unwrap_or(Path::new("")))?;
    let mnist = load_mnist(&args.mnist.dir(), true)?;
    let mut rng = StdRng::seed_from_u64(args.seed);
    // Sigmoid layers learn faster when each weight's scale is 1/√(inputs) ("Xavier", §6.2.2
    // of the book) rather than chapter 4's fixed 0.01.
    let mut affine = |inputs: usize, outputs: usize| {
        let scale = 1.0 / (inputs as f64).sqrt();
        let w = scale * Array2::random_using((inputs, outputs), StandardNormal, &mut rng);
        Box::new(Affine::new(w, Array1::zeros(outputs)))
    };
    // TwoLayerNet's methods work for any list of layers; this one has three Affine layers.
    let network = TwoLayerNet {
        layers: vec![
            affine(784, 50),
            Box::new(Sigmoid::default()),
            affine(50, 100),
            Box::new(Sigmoid::default()),
            affine(100, 10),
        ],
        last_layer: SoftmaxWithLoss::default(),
    };
    let config = TrainConfig {
        iters_num: args.iters,
        learning_rate: args.lr,
        ..TrainConfig::default()
    };
    config.check(mnist.x_train.nrows())?;
    println!(
        "training 784-50-100-10 (sigmoid) with {config:?}, seed {}",
        args.seed
    );
    let start = Instant::now();
    let mut learner = LayerLearner {
        network,
        data: &mnist,
    };
    let progress = Progress::new(config.iters_num, args.quiet);
    train(&mut learner, &config, &mut rng, &progress)?;
    drop(progress);
    println!("time: training {:.1} s", start.elapsed().as_secs_f64());

    let mut values = learner.network.param_values().into_iter();
    let mut next = || {
        values
            .next()
            .context("three Affine layers have six parameters")
    };
    let matrix = |a: ArrayD<f64>| a.into_dimensionality().context("W is a matrix");
    let vector = |a: ArrayD<f64>| a.into_dimensionality().context("b is a vector");
    let weights = Weights {
        w1: matrix(next()?)?,
        b1: vector(next()?)?,
        w2: matrix(next()?)?,
        b2: vector(next()?)?,
        w3: matrix(next()?)?,
        b3: vector(next()?)?,
    };
    save_npz(&weights, &out)?;
    // Read back as chapter 3 reads it, so the accuracy printed is the saved file's.
    let network = ch03::load_network(&out)?;
    let correct = ch03::accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, 100);
    println!(
        "Accuracy:{} with ch03's forward pass",
        correct as f64 / mnist.x_test.nrows() as f64
    );
    println!("wrote {}", out.display());
    Ok(())
}
// ANCHOR_END: program
