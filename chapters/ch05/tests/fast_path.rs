//! The fast path computes what the clear layers compute: the same parameters after the same
//! steps, the same accuracy.

use ch04::{Learner, Params, TrainConfig, train};
use ch05::{FastLearner, LayerLearner, TwoLayerNet};
use dataset::mnist::default_dir;
use dataset::{Mnist, load_mnist};
use indicatif::ProgressBar;
use ndarray::{Array1, Array2};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn max_abs_diff(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    (a - b).mapv(f64::abs).fold(0.0, |m, &v| m.max(v))
}

/// Five steps with both on the same mini-batches, then the parameters and accuracies.
fn five_steps_agree(mnist: &Mnist, hidden: usize, cores: usize) {
    let mut rng = StdRng::seed_from_u64(3);
    let network = TwoLayerNet::new(784, hidden, 10, 0.01, &mut rng);
    let mut layers = LayerLearner {
        network,
        data: mnist,
    };
    let mut fast = FastLearner::with_cores(layers.network.to_params(), mnist, cores).unwrap();
    for _ in 0..5 {
        let batch: Vec<usize> = (0..100).map(|_| rng.random_range(0..60000)).collect();
        let (a, b) = (layers.step(&batch, 0.1), fast.step(&batch, 0.1));
        assert!(
            (a - b).abs() < 1e-12,
            "hidden {hidden}, {cores} cores: {a} vs {b}"
        );
    }
    let (clear, quick) = (layers.network.to_params(), fast.params());
    assert_eq!(quick.w1.dim(), (784, hidden));
    assert!(
        max_abs_diff(&clear.w1, &quick.w1) < 1e-12,
        "hidden {hidden}"
    );
    assert!(
        max_abs_diff(&clear.w2, &quick.w2) < 1e-12,
        "hidden {hidden}"
    );
    assert!((&clear.b1 - &quick.b1).mapv(f64::abs).sum() < 1e-12);
    assert!((&clear.b2 - &quick.b2).mapv(f64::abs).sum() < 1e-12);
    assert_eq!(layers.evaluate(), fast.evaluate(), "hidden {hidden}");
}

#[test]
fn five_steps_give_the_same_parameters_and_accuracy() {
    let mnist = load_mnist(&default_dir(), true).unwrap();
    five_steps_agree(&mnist, 50, 2);
}

/// On one core, one part; 3 neurons fit one SIMD register, so one core does all even when
/// two are offered; 130 gives each of two parts two strips, 57 one strip each, the last
/// padded.
#[test]
fn other_widths_and_core_counts_agree_too() {
    let mnist = load_mnist(&default_dir(), true).unwrap();
    for (hidden, cores) in [(50, 1), (3, 2), (130, 2), (130, 1), (57, 2)] {
        five_steps_agree(&mnist, hidden, cores);
    }
}

#[test]
fn parameters_that_do_not_fit_the_data_are_a_clear_error() {
    let mnist = load_mnist(&default_dir(), true).unwrap();
    let params = |pixels, hidden, classes| Params {
        w1: Array2::zeros((pixels, hidden)),
        b1: Array1::zeros(hidden),
        w2: Array2::zeros((hidden, classes)),
        b2: Array1::zeros(classes),
    };
    let error = |p| FastLearner::new(p, &mnist).err().unwrap().to_string();
    assert!(error(params(100, 4, 10)).contains("images of 100 pixels"));
    assert!(error(params(784, 4, 5)).contains("5 classes"));
    assert!(error(params(784, 0, 10)).contains("at least one neuron"));
}

#[test]
fn one_epoch_on_the_fast_path_learns() {
    let mnist = load_mnist(&default_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let mut fast = FastLearner::new(network.to_params(), &mnist).unwrap();
    let config = TrainConfig {
        iters_num: 601,
        ..TrainConfig::default()
    };
    let history = train(&mut fast, &config, &mut rng, &ProgressBar::hidden());
    assert!(
        history.test_acc_list[1] > 0.85,
        "{:?}",
        history.test_acc_list
    );
}

#[test]
#[ignore = "the full run: cargo test --release -p ch05 --test fast_path -- --ignored"]
fn the_books_training_run_ends_at_0_965_or_better() {
    let mnist = load_mnist(&default_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let mut fast = FastLearner::new(network.to_params(), &mnist).unwrap();
    let history = train(
        &mut fast,
        &TrainConfig::default(),
        &mut rng,
        &ProgressBar::hidden(),
    );
    assert_eq!(history.test_acc_list.len(), 17);
    let (_, test_acc) = fast.evaluate();
    assert!(test_acc >= 0.965, "test accuracy {test_acc}");
}
