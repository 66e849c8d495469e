// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run -p ch03`: the values of chapter 3, its figures, and the MNIST network's accuracy.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, bail};
use clap::Parser;
use dataset::load_mnist;
use dataset::mnist::CLASSES;
use ndarray::array;
use support::cli::{MnistArgs, OutArgs};
use support::numpy_str;

use ch03::figures::ALL;
use ch03::{
    accuracy_cnt, forward, init_network, load_network, relu, sigmoid, softmax, softmax_naive,
    step_function,
};
use support::paths::default_weights;

/// Reproduces chapter 3 of Deep Learning from Scratch: activation functions, softmax, the
/// forward pass, and the accuracy of the pretrained MNIST network, per image and batched.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Weights of the MNIST network: the book's sample_weight.pkl or an .npz file
    /// [default: data/weights/sample_weight.npz of the repository]
    #[arg(long, value_name = "FILE")]
    weights: Option<PathBuf>,
    #[command(flatten)]
    mnist: MnistArgs,
    #[command(flatten)]
    out: OutArgs,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let out = args.out.dir("ch03")?;
    // ANCHOR: 3_2
    let x = array![-1.0, 1.0, 2.0];
    println!("§3.2 activation functions of x = {}", numpy_str(&x));
    println!("step_function: {}", numpy_str(&x.mapv(step_function)));
    println!("sigmoid:       {}", numpy_str(&x.mapv(sigmoid)));
    println!("relu:          {}", numpy_str(&x.mapv(relu)));
    // ANCHOR_END: 3_2

    // ANCHOR: 3_4_3
    let y = forward(&init_network(), array![1.0, 0.5].view());
    println!("\n§3.4.3 forward pass of [1.0, 0.5]: {}", numpy_str(&y));
    // ANCHOR_END: 3_4_3

    // ANCHOR: 3_5_2
    let a = array![1010.0, 1000.0, 990.0];
    println!("\n§3.5.2 softmax of {}", numpy_str(&a));
    println!("without the guard: {}", numpy_str(&softmax_naive(a.view())));
    println!("with the guard:    {}", numpy_str(&softmax(a.view())));
    // ANCHOR_END: 3_5_2
    // ANCHOR: 3_5_3
    let y = softmax(array![0.3, 2.9, 4.0].view());
    println!(
        "\n§3.5.3 softmax of [0.3, 2.9, 4.0]: {}, sum {}",
        numpy_str(&y),
        y.sum()
    );
    // ANCHOR_END: 3_5_3

    println!();
    plots::write_all(&ALL, &out)?;

    // ANCHOR: 3_6_1
    let dir = args.mnist.dir();
    let mnist = load_mnist(&dir, true)?;
    println!("\n§3.6.1 MNIST");
    println!(
        "x_train {:?}, t_train ({},), x_test {:?}, t_test ({},); first training label {}",
        mnist.x_train.dim(),
        mnist.t_train.len(),
        mnist.x_test.dim(),
        mnist.t_test.len(),
        mnist.t_train[0]
    );
    // ANCHOR_END: 3_6_1

    let path = args.weights.unwrap_or_else(default_weights);
    if !path.exists() {
        bail!(
            "no weights at {}.\n\
             Make this project's own with `cargo run --release -p ch05 --bin train-ch03-weights`,\n\
             or use the book's: download ch03/sample_weight.pkl from the book's code repository\n\
             and run\n  cargo run -p ch03 -- --weights path/to/sample_weight.pkl",
            path.display()
        );
    }
    let network = load_network(&path).with_context(|| "loading the network's weights")?;
    if network.w1.nrows() != mnist.x_test.ncols() {
        bail!(
            "the weights in {} take {} inputs, but the images in {} have {} pixels",
            path.display(),
            network.w1.nrows(),
            dir.display(),
            mnist.x_test.ncols()
        );
    }
    if network.w3.ncols() != CLASSES {
        bail!(
            "the weights in {} give {} scores per image, but MNIST has {CLASSES} classes (the \
             digits 0 to 9): W3 should have {CLASSES} columns",
            path.display(),
            network.w3.ncols()
        );
    }
    // ANCHOR: 3_6_2
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let n = mnist.x_test.nrows();
    println!("\n§3.6.2 the test images through the network, with the weights in {name}");
    let correct = accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, 1);
    println!("Accuracy:{}", correct as f64 / n as f64);
    // ANCHOR_END: 3_6_2

    // ANCHOR: 3_6_3
    println!("\n§3.6.3 the same in batches: as many right, whatever the batch size");
    for batch_size in [1, 100, n] {
        let start = Instant::now();
        let correct = accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, batch_size);
        let seconds = start.elapsed().as_secs_f64();
        println!("batch_size {batch_size}: {correct} of {n} right");
        println!("time: batch_size {batch_size} took {seconds:.3} s");
    }
    // ANCHOR_END: 3_6_3
    Ok(())
}
// ANCHOR_END: program
