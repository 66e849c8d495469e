//! The same seed gives the same training run, to the last bit: the losses, the accuracies and
//! the final weights, whether the matrix products run on one core or on two.
//!
//! ndarray's matrix product (matrixmultiply, with its `threading` feature) splits the output
//! matrix into blocks, one thread per block, and sums each element in the same order whatever
//! the number of threads (it never splits the sum itself); the thread count comes from
//! `MATMUL_NUM_THREADS` when the program starts. So the test runs a short training in child
//! processes of this test program, twice with `MATMUL_NUM_THREADS=1` and twice with 2, and
//! compares what they print.

use std::hash::{DefaultHasher, Hasher};
use std::process::Command;

use ch04::{Gradient, Learner, MnistLearner, TrainConfig, train};
use ch05::{LayerLearner, TwoLayerNet};
use dataset::Mnist;
use ndarray::{ArrayD, s};
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::{History, Progress};

/// A hash of every bit of the arrays, so that two runs' weights compare in one line.
fn bits(arrays: &[ArrayD<f64>]) -> u64 {
    let mut hasher = DefaultHasher::new();
    for array in arrays {
        for value in array {
            hasher.write_u64(value.to_bits());
        }
    }
    hasher.finish()
}

/// What a run prints: each loss and accuracy as the bits of its f64, and the weights' hash.
fn report(name: &str, history: &History, weights: u64) {
    let hex = |values: &[f64]| -> Vec<String> {
        values
            .iter()
            .map(|v| format!("{:016x}", v.to_bits()))
            .collect()
    };
    println!("seeded {name} losses {:?}", hex(&history.train_loss_list));
    println!("seeded {name} train_acc {:?}", hex(&history.train_acc_list));
    println!("seeded {name} test_acc {:?}", hex(&history.test_acc_list));
    println!("seeded {name} weights {weights:016x}");
}

/// The short run: 30 steps of 100 on the first 1000 training images, an evaluation every 10,
/// with chapter 4's network and with chapter 5's. Run by the test below, in a child process.
#[test]
#[ignore = "run in child processes by same_seed_same_bits_on_one_core_and_two"]
fn short_training_run() {
    let mnist = dataset::load_mnist(&support::paths::mnist_dir(), true).unwrap();
    let data = Mnist {
        x_train: mnist.x_train.slice(s![..1000, ..]).to_owned(),
        t_train: mnist.t_train.slice(s![..1000]).to_owned(),
        ..mnist
    };
    let config = TrainConfig {
        iters_num: 30,
        batch_size: 100,
        learning_rate: 0.1,
    };

    let mut rng = StdRng::seed_from_u64(42);
    let mut learner = LayerLearner {
        network: TwoLayerNet::new(784, 50, 10, 0.01, &mut rng),
        data: &data,
    };
    let history = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap();
    report("ch05", &history, bits(&learner.network.param_values()));

    let mut rng = StdRng::seed_from_u64(42);
    let mut learner = MnistLearner {
        network: ch04::TwoLayerNet::new(784, 50, 10, 0.01, &mut rng),
        data: &data,
        gradient: Gradient::Analytic,
    };
    let history = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap();
    let p = &learner.network.params;
    let weights = [
        p.w1.clone().into_dyn(),
        p.b1.clone().into_dyn(),
        p.w2.clone().into_dyn(),
        p.b2.clone().into_dyn(),
    ];
    report("ch04", &history, bits(&weights));
    assert_eq!(learner.train_size(), 1000);
}

/// The lines a child run printed, with `MATMUL_NUM_THREADS` set to `threads`.
fn child_run(threads: &str) -> Vec<String> {
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "seeded_runs::short_training_run",
            "--ignored",
            "--nocapture",
        ])
        .env("MATMUL_NUM_THREADS", threads)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "the child run failed:\n{stdout}");
    let lines: Vec<String> = stdout
        .lines()
        .filter(|line| line.starts_with("seeded "))
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 8, "{stdout}");
    lines
}

#[test]
fn same_seed_same_bits_on_one_core_and_two() {
    let one = child_run("1");
    assert_eq!(one, child_run("1"), "two runs on one core differ");
    let two = child_run("2");
    assert_eq!(two, child_run("2"), "two runs on two cores differ");
    assert_eq!(one, two, "a run on one core and a run on two differ");
}
