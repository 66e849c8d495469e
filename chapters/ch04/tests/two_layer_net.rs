//! §4.5: the two-layer network's analytic gradient agrees with its numerical one, and
//! training moves it the right way.

use ch04::{Gradient, MnistLearner, TrainConfig, TwoLayerNet, gradient_check, train};
use dataset::{load_mnist, one_hot};
use ndarray::s;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::Progress;
use support::paths::mnist_dir;

#[test]
fn analytic_and_numerical_gradients_agree_on_mnist_images() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let x = mnist.x_train.slice(s![..3, ..]).to_owned();
    let t = one_hot(&mnist.t_train.slice(s![..3]).to_owned(), 10);
    let mut rng = StdRng::seed_from_u64(1);
    // A narrow hidden layer keeps the numerical gradient quick in a debug build.
    let net = TwoLayerNet::new(784, 10, 10, 0.01, &mut rng);
    let numerical = net.numerical_gradient(&x, &t);
    let analytic = net.gradient(&x, &t);
    for (name, diff) in numerical.mean_abs_diff(&analytic) {
        assert!(
            gradient_check::passes(diff),
            "the gradient check of §4.5.1, TwoLayerNet::gradient against the numerical \
             gradient: {}",
            gradient_check::report_line(name, diff)
        );
    }
}

#[test]
fn one_epoch_of_training_learns_most_digits() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let mut learner = MnistLearner {
        network,
        data: &mnist,
        gradient: Gradient::Analytic,
    };
    let config = TrainConfig {
        iters_num: 601,
        ..TrainConfig::default()
    };
    let history = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap();
    assert_eq!(history.train_loss_list.len(), 601);
    assert_eq!(
        history.test_acc_list.len(),
        2,
        "evaluated at iterations 0 and 600"
    );
    assert!(
        history.test_acc_list[0] < 0.2,
        "{:?}",
        history.test_acc_list
    );
    assert!(
        history.test_acc_list[1] > 0.75,
        "{:?}",
        history.test_acc_list
    );
    let first: f64 = history.train_loss_list[..10].iter().sum::<f64>() / 10.0;
    let last: f64 = history.train_loss_list[591..].iter().sum::<f64>() / 10.0;
    assert!(last < 0.5 * first, "loss {first} -> {last}");
}

#[test]
#[ignore = "the full 10000-iteration run: cargo test --release -p ch04 --test tests two_layer_net -- --ignored"]
fn the_books_training_run_ends_at_0_94_or_better() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    let mut learner = MnistLearner {
        network,
        data: &mnist,
        gradient: Gradient::Analytic,
    };
    let config = TrainConfig::default();
    let history = train(&mut learner, &config, &mut rng, &Progress::silent()).unwrap();
    let test_acc = learner.network.accuracy(&mnist.x_test, &mnist.t_test);
    assert!(test_acc >= 0.94, "test accuracy {test_acc}");
    assert_eq!(history.test_acc_list.len(), 17);
}
