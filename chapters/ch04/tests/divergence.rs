//! §4.4.1 in training: a learning rate that is too large makes the loss climb, and `train`
//! stops with an error that says so instead of carrying on with meaningless accuracies. A
//! configuration that cannot work is refused before training starts. (And, with the same
//! scripted learner, when `train` measures the accuracies.)

use ch04::{Gradient, Learner, MnistLearner, TrainConfig, TrainError, TwoLayerNet, train};
use dataset::load_mnist;
use ndarray::s;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::Progress;
use support::paths::mnist_dir;

/// A learner whose steps report the losses of a script, one per step.
struct Scripted {
    losses: Vec<f64>,
    steps: usize,
}

impl Learner for Scripted {
    fn train_size(&self) -> usize {
        100
    }
    fn step(&mut self, _batch: &[usize], _learning_rate: f64) -> f64 {
        self.steps += 1;
        self.losses[self.steps - 1]
    }
    fn evaluate(&mut self) -> (f64, f64) {
        (0.5, 0.5)
    }
}

fn run(losses: &[f64]) -> Result<usize, TrainError> {
    let mut learner = Scripted {
        losses: losses.to_vec(),
        steps: 0,
    };
    let config = TrainConfig {
        iters_num: losses.len(),
        batch_size: 10,
        learning_rate: 0.1,
    };
    let mut rng = StdRng::seed_from_u64(0);
    train(&mut learner, &config, &mut rng, &Progress::silent())
        .map(|history| history.train_loss_list.len())
}

#[test]
fn a_loss_that_is_not_a_number_stops_training_at_once() {
    let err = run(&[2.3, 2.1, f64::NAN, 1.0]).unwrap_err();
    assert!(
        matches!(err, TrainError::Diverged { iteration: 2, last, .. } if last.is_nan()),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with("training diverged at iteration 2: the loss went from 2.30 to NaN"),
        "{err}"
    );
    assert!(matches!(
        run(&[2.3, f64::INFINITY]),
        Err(TrainError::Diverged { iteration: 1, .. })
    ));
}

#[test]
fn a_loss_that_climbs_to_twice_the_first_stops_training() {
    // Means of the losses so far: 2.3, 2.4, 3.2, 5.4 — more than 2 × 2.3 at iteration 3.
    assert!(matches!(
        run(&[2.3, 2.5, 4.8, 12.0, 1.0]),
        Err(TrainError::Diverged { iteration: 3, .. })
    ));
}

#[test]
fn accuracies_are_measured_once_an_epoch_from_the_first_step() {
    // 100 examples in batches of 10: an epoch is 10 steps, so 25 steps measure at 0, 10, 20.
    let mut learner = Scripted {
        losses: vec![1.0; 25],
        steps: 0,
    };
    let config = TrainConfig {
        iters_num: 25,
        batch_size: 10,
        learning_rate: 0.1,
    };
    let mut rng = StdRng::seed_from_u64(0);
    let history = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap();
    assert_eq!(history.train_acc_list.len(), 3);
    assert_eq!(history.test_acc_list.len(), 3);
}

#[test]
fn a_mean_of_exactly_twice_the_first_is_not_yet_more_than_twice() {
    // Means so far: 1, then (1 + 3) / 2 = 2, exactly 2 × 1: not more, so training goes on.
    assert_eq!(run(&[1.0, 3.0, 1.0]), Ok(3));
}

#[test]
fn a_loss_that_falls_or_jumps_about_trains_on() {
    assert_eq!(run(&[2.3, 2.0, 1.5, 1.2, 0.9]), Ok(5));
    // One batch's loss may jump well above the first; ten together do not.
    let mut noisy = vec![2.3];
    noisy.extend([0.1, 9.0].repeat(20));
    assert_eq!(run(&noisy), Ok(41));
}

#[test]
fn a_learning_rate_of_1000_diverges_on_mnist() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let small = dataset::Mnist {
        x_train: mnist.x_train.slice(s![..1000, ..]).to_owned(),
        t_train: mnist.t_train.slice(s![..1000]).to_owned(),
        ..mnist
    };
    let mut rng = StdRng::seed_from_u64(42);
    let mut learner = MnistLearner {
        network: TwoLayerNet::new(784, 50, 10, 0.01, &mut rng),
        data: &small,
        gradient: Gradient::Analytic,
    };
    let config = TrainConfig {
        iters_num: 100,
        batch_size: 100,
        learning_rate: 1000.0,
    };
    let err = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap_err();
    assert!(
        matches!(err, TrainError::Diverged { iteration, .. } if iteration < 10),
        "{err}"
    );
    assert!(
        err.to_string().ends_with(
            "with learning rate 1000. Each step overshoots further than the last, as gradient \
             descent with too large a rate does in §4.4.1; try a smaller rate, such as 100"
        ),
        "{err}"
    );
}

#[test]
fn a_batch_larger_than_the_training_set_is_refused() {
    let config = TrainConfig {
        batch_size: 101,
        ..TrainConfig::default()
    };
    assert_eq!(
        config.check(100).unwrap_err().to_string(),
        "a mini-batch of 101 is more than the 100 training examples it is drawn from: choose a \
         batch size of at most 100 (the book's is 100)"
    );
    assert_eq!(TrainConfig::default().check(100), Ok(()));
}
