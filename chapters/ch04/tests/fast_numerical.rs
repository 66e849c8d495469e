//! Going further, after §4.5: the fast numerical gradient is the book's numerical gradient,
//! for every parameter, on networks and batches of several shapes. The two compute the same
//! central differences in a different order, so they may differ by rounding only: at most
//! `fast_numerical::TOLERANCE` for any one entry.

use ch04::fast_numerical::TOLERANCE;
use ch04::{Params, TwoLayerNet};
use dataset::{load_mnist, one_hot};
use ndarray::{Array1, Array2, s};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::paths::mnist_dir;

/// Checks every entry of the two gradients of `net` for the batch `x`, `t`.
fn assert_same(what: &str, net: &TwoLayerNet, x: &Array2<f64>, t: &Array2<f64>) {
    let naive: Params = net.numerical_gradient(x, t);
    let fast = net.fast_numerical_gradient(x, t);
    for (name, diff) in fast.max_abs_diff(&naive) {
        assert!(
            diff <= TOLERANCE,
            "{what}: the fast numerical gradient of {name} differs from \
             TwoLayerNet::numerical_gradient by up to {diff:e}, more than rounding ({TOLERANCE:e})"
        );
    }
}

/// A network of the given shape with weights drawn at `weight_init_std`, and biases drawn
/// too (a new network's are 0, which would hide a bias added in the wrong place).
fn network(sizes: (usize, usize, usize), weight_init_std: f64, rng: &mut StdRng) -> TwoLayerNet {
    let (input, hidden, output) = sizes;
    let mut net = TwoLayerNet::new(input, hidden, output, weight_init_std, rng);
    net.params.b1 = Array1::from_shape_fn(hidden, |_| rng.random_range(-1.0..1.0));
    net.params.b2 = Array1::from_shape_fn(output, |_| rng.random_range(-1.0..1.0));
    net
}

#[test]
fn on_mnist_images_fast_and_naive_agree_for_every_parameter() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(4);
    for (images, hidden, weight_init_std) in [(5, 4, 0.01), (3, 3, 1.0), (1, 2, 0.1)] {
        let x = mnist.x_train.slice(s![..images, ..]).to_owned();
        let t = one_hot(&mnist.t_train.slice(s![..images]).to_owned(), 10);
        let net = network((784, hidden, 10), weight_init_std, &mut rng);
        let what =
            format!("{images} MNIST images, {hidden} hidden units, weights × {weight_init_std}");
        assert_same(&what, &net, &x, &t);
    }
}

#[test]
fn on_small_made_up_batches_fast_and_naive_agree_for_every_parameter() {
    let mut rng = StdRng::seed_from_u64(5);
    // Pixels of a few values, 0 among them, repeated and negative too; a blank image.
    let values = [0.0, 0.0, 0.0, 0.25, 0.5, 1.0, -0.75];
    for (batch, sizes, weight_init_std) in [
        (7, (6, 4, 3), 1.0),
        (1, (1, 1, 2), 0.5),
        (4, (9, 5, 4), 3.0),
        (10, (12, 2, 10), 0.01),
    ] {
        let mut x = Array2::from_shape_fn((batch, sizes.0), |_| {
            values[rng.random_range(0..values.len())]
        });
        x.row_mut(0).fill(0.0);
        let labels = Array1::from_shape_fn(batch, |_| rng.random_range(0..sizes.2));
        let t = one_hot(&labels, sizes.2);
        let net = network(sizes, weight_init_std, &mut rng);
        let what = format!("a batch of {batch}, sizes {sizes:?}, weights × {weight_init_std}");
        assert_same(&what, &net, &x, &t);
    }
}

#[test]
fn with_scores_in_the_hundreds_fast_and_naive_still_agree() {
    // Weights × 300 give scores of several hundred, whose exp is too large for an f64
    // without softmax's guard (§3.5.2): both gradients must keep it.
    let mut rng = StdRng::seed_from_u64(6);
    let x = Array2::from_shape_fn((3, 4), |_| rng.random_range(0.0..1.0));
    let t = one_hot(&Array1::from(vec![0, 1, 2]), 3);
    let net = network((4, 3, 3), 300.0, &mut rng);
    let p = &net.params;
    let scores = (x.dot(&p.w1) + &p.b1).mapv(ch03::sigmoid).dot(&p.w2) + &p.b2;
    assert!(
        scores.iter().any(|s| s.abs() > 710.0),
        "the test needs a score beyond exp's range: {scores}"
    );
    assert_same("scores in the hundreds", &net, &x, &t);
}
