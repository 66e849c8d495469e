//! The same seed gives the same training run, to the last bit: the losses, the accuracies and
//! the final weights. A learner who changes nothing and runs again sees the same numbers.

use std::hash::{DefaultHasher, Hasher};

use ch04::{Gradient, MnistLearner, TrainConfig, train};
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

/// Every loss and accuracy of a run as the bits of its f64, and the hash of its weights.
type Report = (Vec<u64>, Vec<u64>, Vec<u64>, u64);

fn report(history: &History, weights: u64) -> Report {
    let bits_of = |values: &[f64]| values.iter().map(|v| v.to_bits()).collect();
    (
        bits_of(&history.train_loss_list),
        bits_of(&history.train_acc_list),
        bits_of(&history.test_acc_list),
        weights,
    )
}

/// The short run: 30 steps of 100 on the first 1000 training images, an evaluation every 10,
/// with chapter 4's network and with chapter 5's.
fn short_training_run(mnist: &Mnist) -> [Report; 2] {
    let data = Mnist {
        x_train: mnist.x_train.slice(s![..1000, ..]).to_owned(),
        t_train: mnist.t_train.slice(s![..1000]).to_owned(),
        ..mnist.clone()
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
    let ch05 = report(&history, bits(&learner.network.param_values()));

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
    let ch04 = report(&history, bits(&weights));
    [ch05, ch04]
}

#[test]
fn same_seed_same_bits() {
    let mnist = dataset::load_mnist(&support::paths::mnist_dir(), true).unwrap();
    let first = short_training_run(&mnist);
    assert_eq!(first[0].0.len(), 30, "30 losses");
    assert_eq!(first[0].2.len(), 3, "3 evaluations");
    assert_eq!(
        first,
        short_training_run(&mnist),
        "two runs with seed 42 differ"
    );
}
