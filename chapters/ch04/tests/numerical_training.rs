//! Going further, after §4.5: training with the fast numerical gradient is training with the
//! numerical gradient, and follows training with the analytic one: same seed, same first
//! weights, same mini-batches, gradients equal to within rounding.

use ch04::{Gradient, MnistLearner, TrainConfig, TwoLayerNet, train};
use dataset::{Mnist, load_mnist};
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::paths::mnist_dir;
use support::{History, Progress};

/// The book's run (seed 42, 50 hidden units) with `gradient`, for `iters_num` iterations.
fn run(mnist: &Mnist, gradient: Gradient, iters_num: usize) -> (History, f64) {
    let mut rng = StdRng::seed_from_u64(42);
    let network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let mut learner = MnistLearner {
        network,
        data: mnist,
        gradient,
    };
    let config = TrainConfig {
        iters_num,
        ..TrainConfig::default()
    };
    let history = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap();
    let test_acc = learner.network.accuracy(&mnist.x_test, &mnist.t_test);
    (history, test_acc)
}

#[test]
fn thirty_steps_with_the_fast_numerical_gradient_follow_the_analytic_ones() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let (numerical, _) = run(&mnist, Gradient::FastNumerical, 30);
    let (analytic, _) = run(&mnist, Gradient::Analytic, 30);
    for (i, (n, a)) in numerical
        .train_loss_list
        .iter()
        .zip(&analytic.train_loss_list)
        .enumerate()
    {
        assert!(
            (n - a).abs() < 1e-6,
            "iteration {i}: loss {n} with the fast numerical gradient, {a} with the analytic one"
        );
    }
}

#[test]
#[ignore = "the full 10000-iteration run with the fast numerical gradient, minutes: cargo test --release -p ch04 --test tests numerical_training -- --ignored"]
fn the_books_training_run_with_the_fast_numerical_gradient_ends_at_0_94_or_better() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let (history, test_acc) = run(&mnist, Gradient::FastNumerical, 10000);
    assert!(test_acc >= 0.94, "test accuracy {test_acc}");
    assert_eq!(history.test_acc_list.len(), 17);
}
