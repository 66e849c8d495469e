//! The first steps of `cargo run -p ch04`, retraced: the same seed gives the same first
//! weights and the same mini-batches, so the losses must be the recorded run's, to within
//! rounding (the last digits may differ from one processor to another). Not a floor that a
//! mistake could still clear: a sign turned in one update, or a gradient off by a factor,
//! moves the losses far more than that.

use ch04::figures::TRAINING_CSV;
use ch04::{Gradient, MnistLearner, TrainConfig, TwoLayerNet, train};
use dataset::load_mnist;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::paths::{book_dir, mnist_dir};
use support::{History, Progress};

#[test]
fn the_first_100_steps_retrace_the_recorded_run() {
    let recorded = History::load_csv(&book_dir("ch04").join(TRAINING_CSV)).unwrap();
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut learner = MnistLearner {
        network: TwoLayerNet::new(784, 50, 10, 0.01, &mut rng),
        data: &mnist,
        gradient: Gradient::Analytic,
    };
    let config = TrainConfig {
        iters_num: 100,
        ..TrainConfig::default()
    };
    let history = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap();
    if let Err(parting) = history.retraces(&recorded, 1e-9) {
        panic!("{parting} (seed 42, as `cargo run` trains)");
    }
}
