//! §4.5: one step of gradient descent moves every parameter by −lr times its own gradient —
//! each one, so that a sign or a swapped name in `Params::sgd_step` cannot hide behind a
//! training run that still learns.

use ch04::Params;
use ndarray::{Array1, Array2, array};

fn params(scale: f64) -> Params {
    Params {
        w1: Array2::from_shape_fn((3, 2), |(i, j)| scale * (1.0 + i as f64 + 10.0 * j as f64)),
        b1: array![0.5, -0.5] * scale,
        w2: Array2::from_shape_fn((2, 4), |(i, j)| scale * (2.0 - i as f64 * j as f64)),
        b2: Array1::from_shape_fn(4, |i| scale * (0.25 * i as f64 - 1.0)),
    }
}

#[test]
fn every_parameter_moves_against_its_own_gradient() {
    let start = params(1.0);
    let grads = params(0.1);
    let mut moved = start.clone();
    moved.sgd_step(&grads, 0.5);
    let expect = |value: f64, grad: f64| value - 0.5 * grad;
    for ((name, after), (before, grad)) in [
        ("W1", moved.w1.iter().copied().collect::<Vec<_>>()),
        ("b1", moved.b1.to_vec()),
        ("W2", moved.w2.iter().copied().collect()),
        ("b2", moved.b2.to_vec()),
    ]
    .into_iter()
    .zip([
        (
            start.w1.iter().copied().collect::<Vec<_>>(),
            grads.w1.iter().copied().collect::<Vec<_>>(),
        ),
        (start.b1.to_vec(), grads.b1.to_vec()),
        (
            start.w2.iter().copied().collect(),
            grads.w2.iter().copied().collect(),
        ),
        (start.b2.to_vec(), grads.b2.to_vec()),
    ]) {
        for ((a, b), g) in after.iter().zip(&before).zip(&grad) {
            assert_eq!(
                *a,
                expect(*b, *g),
                "§4.5 sgd_step: {name} must move by −lr × its gradient ({b} − 0.5 × {g}), \
                 but became {a}"
            );
        }
    }
}
