//! `cargo bench -p bench --bench checks`: the numerical gradients of the gradient checks,
//! §4.5.1 (chapter 4's network, sigmoid) and §5.7.3 (chapter 5's layers, ReLU), as the
//! programs compute them: every parameter of a 784-50-10 network, on the first 3 training
//! images. Each is run as often as fits in two seconds (at least 3 times), and the time of one
//! call is printed as `time: ch04 check S` and `time: ch05 check S`, for `cargo xtask
//! measure` to set beside the NumPy peer, `bench/numpy/gradient_check.py`.

use std::time::Duration;

use bench::seconds_per_call;
use dataset::{load_mnist, one_hot};
use ndarray::s;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::paths::mnist_dir;

fn main() {
    let mnist = load_mnist(&mnist_dir(), true).expect("MNIST in data/mnist");
    let x = mnist.x_train.slice(s![..3, ..]).to_owned();
    let labels = mnist.t_train.slice(s![..3]).to_owned();

    let network = ch04::TwoLayerNet::new(784, 50, 10, 0.01, &mut StdRng::seed_from_u64(42));
    let t = one_hot(&labels, 10);
    let seconds = seconds_per_call(3, Duration::from_secs(2), || {
        network.numerical_gradient(&x, &t)
    });
    println!("time: ch04 check {seconds:e} s");

    let mut network = ch05::TwoLayerNet::new(784, 50, 10, 0.01, &mut StdRng::seed_from_u64(42));
    let seconds = seconds_per_call(3, Duration::from_secs(2), || {
        network.numerical_gradient(&x, &labels)
    });
    println!("time: ch05 check {seconds:e} s");
}
