//! `cargo bench -p bench --bench gradients`: the gradient of chapter 4's network for one mini-batch of 100
//! MNIST images, three ways: the book's numerical gradient, the same numerical gradient
//! computed fast, and the analytic gradient.
//!
//! `cargo bench -p bench --bench gradients -- --once` times the three one right after the other, without
//! criterion's statistics (the book's numerical gradient once, the others as often as fits
//! in a second), and prints the time of one call of each: `cargo xtask measure` writes them
//! into the book's table of times.

use std::time::Duration;

use bench::seconds_per_call;

use ch04::{Gradient, Params, TwoLayerNet};
use criterion::{Criterion, SamplingMode};
use dataset::{load_mnist, one_hot};
use ndarray::{Array2, Axis};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::paths::mnist_dir;

/// The network and the mini-batch of §4.5.2's first training step.
fn first_step() -> (TwoLayerNet, Array2<f64>, Array2<f64>) {
    let mnist = load_mnist(&mnist_dir(), true).expect("MNIST in data/mnist");
    let mut rng = StdRng::seed_from_u64(42);
    let network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let batch: Vec<usize> = (0..100).map(|_| rng.random_range(0..60000)).collect();
    let x = mnist.x_train.select(Axis(0), &batch);
    let t = one_hot(&mnist.t_train.select(Axis(0), &batch), 10);
    (network, x, t)
}

/// The three gradients, by the names the measurements use.
const GRADIENTS: [(&str, Gradient); 3] = [
    ("numerical", Gradient::Numerical),
    ("fast numerical", Gradient::FastNumerical),
    ("analytic", Gradient::Analytic),
];

fn gradient(method: Gradient, network: &TwoLayerNet, x: &Array2<f64>, t: &Array2<f64>) -> Params {
    match method {
        Gradient::Numerical => network.numerical_gradient(x, t),
        Gradient::FastNumerical => network.fast_numerical_gradient(x, t),
        Gradient::Analytic => network.gradient(x, t),
    }
}

fn main() {
    let (network, x, t) = first_step();
    if std::env::args().any(|arg| arg == "--once") {
        for (name, method) in GRADIENTS {
            // At least once, and as often as fits in a second, for the quick ones.
            let once = || gradient(method, &network, &x, &t);
            let seconds = seconds_per_call(1, Duration::from_secs(1), once);
            println!("time: {name} gradient {seconds:e} s");
        }
        return;
    }
    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("gradient of a batch of 100");
    // The book's numerical gradient takes seconds a call: ten calls, criterion's fewest.
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for (name, method) in GRADIENTS {
        group.bench_function(name, |b| b.iter(|| gradient(method, &network, &x, &t)));
    }
    group.finish();
    criterion.final_summary();
}
