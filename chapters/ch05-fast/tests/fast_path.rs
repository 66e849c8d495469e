//! The fast path computes what the clear layers compute: the same parameters after the same
//! steps, the same accuracy; and it refuses the networks it cannot train.

use ch04::{Learner, Params, TrainConfig, train};
use ch05::{Affine, LayerLearner, Relu, Sigmoid, SoftmaxWithLoss, TwoLayerNet};
use ch05_fast::FastLearner;
use dataset::{Mnist, load_mnist};
use ndarray::{Array1, Array2};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::Progress;
use support::paths::mnist_dir;

/// The network's W1, b1, W2, b2.
fn params_of(network: &mut TwoLayerNet) -> Params {
    let mut values = network.param_values().into_iter();
    let mut next = || values.next().unwrap();
    Params {
        w1: next().into_dimensionality().unwrap(),
        b1: next().into_dimensionality().unwrap(),
        w2: next().into_dimensionality().unwrap(),
        b2: next().into_dimensionality().unwrap(),
    }
}

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
    let mut fast = FastLearner::with_cores(params_of(&mut layers.network), mnist, cores).unwrap();
    for _ in 0..5 {
        let batch: Vec<usize> = (0..100).map(|_| rng.random_range(0..60000)).collect();
        let (a, b) = (layers.step(&batch, 0.1), fast.step(&batch, 0.1));
        assert!(
            (a - b).abs() < 1e-12,
            "hidden {hidden}, {cores} cores: {a} vs {b}"
        );
    }
    let (clear, quick) = (params_of(&mut layers.network), fast.params());
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
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    five_steps_agree(&mnist, 50, 2);
}

/// On one core, one part; 3 neurons fit one SIMD register, so one core does all even when
/// two are offered; 130 gives each of two parts two strips, 57 one strip each, the last
/// padded.
#[test]
fn other_widths_and_core_counts_agree_too() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    for (hidden, cores) in [(50, 1), (3, 2), (130, 2), (130, 1), (57, 2)] {
        five_steps_agree(&mnist, hidden, cores);
    }
}

#[test]
fn parameters_that_do_not_fit_the_data_are_a_clear_error() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
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
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let mut fast = FastLearner::from_network(&mut network, &mnist).unwrap();
    let config = TrainConfig {
        iters_num: 601,
        ..TrainConfig::default()
    };
    let history = train(&mut fast, &config, &mut rng, &Progress::silent()).unwrap();
    assert!(
        history.test_acc_list[1] > 0.85,
        "{:?}",
        history.test_acc_list
    );
}

#[test]
#[ignore = "the full run: cargo test --release -p ch05-fast --test tests fast_path -- --ignored"]
fn the_books_training_run_ends_at_0_965_or_better() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let mut fast = FastLearner::from_network(&mut network, &mnist).unwrap();
    let history = train(
        &mut fast,
        &TrainConfig::default(),
        &mut rng,
        &Progress::silent(),
    )
    .unwrap();
    assert_eq!(history.test_acc_list.len(), 17);
    let (_, test_acc) = fast.evaluate();
    assert!(test_acc >= 0.965, "test accuracy {test_acc}");
}

#[test]
fn other_lists_of_layers_are_refused_with_a_clear_error() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let affine =
        |i: usize, o: usize| Box::new(Affine::new(Array2::zeros((i, o)), Array1::zeros(o)));
    let mut sigmoid = TwoLayerNet {
        layers: vec![
            affine(784, 50),
            Box::new(Sigmoid::default()),
            affine(50, 10),
        ],
        last_layer: SoftmaxWithLoss::default(),
    };
    let error = FastLearner::from_network(&mut sigmoid, &mnist)
        .err()
        .unwrap()
        .to_string();
    assert!(
        error.contains("this network's layers are Affine → Sigmoid → Affine"),
        "{error}"
    );
    let mut deeper = TwoLayerNet {
        layers: vec![
            affine(784, 50),
            Box::new(Relu::default()),
            affine(50, 20),
            Box::new(Relu::default()),
            affine(20, 10),
        ],
        last_layer: SoftmaxWithLoss::default(),
    };
    let error = FastLearner::from_network(&mut deeper, &mnist)
        .err()
        .unwrap()
        .to_string();
    assert!(
        error.contains("Affine → Relu → Affine → Relu → Affine"),
        "{error}"
    );
}
