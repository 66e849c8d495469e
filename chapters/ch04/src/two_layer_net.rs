// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.5.1: a two-layer network that learns: 784 inputs, a hidden layer of sigmoid neurons,
//! 10 softmax outputs. Chapter 5 rebuilds it from layers (`ch05::TwoLayerNet`).

use ch03::{argmax, sigmoid, softmax_batch};
use ndarray::{Array, Array1, Array2, Axis, Dimension};
use ndarray_rand::RandomExt;
use ndarray_rand::rand_distr::StandardNormal;
use rand::Rng;

use crate::loss::{Targets, cross_entropy_error_batch};
use crate::numerical::{mean_abs_diff, numerical_gradient};

// ANCHOR: params
/// The weights and biases, under the book's names (`params['W1']` is `params.w1`). The
/// gradients have the same shapes, so they use the same type.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub w1: Array2<f64>,
    pub b1: Array1<f64>,
    pub w2: Array2<f64>,
    pub b2: Array1<f64>,
}

impl Params {
    /// One step of gradient descent: every parameter moves by `-lr` times its gradient.
    pub fn sgd_step(&mut self, grads: &Params, lr: f64) {
        self.w1.scaled_add(-lr, &grads.w1);
        self.b1.scaled_add(-lr, &grads.b1);
        self.w2.scaled_add(-lr, &grads.w2);
        self.b2.scaled_add(-lr, &grads.b2);
    }
}
// ANCHOR_END: params

impl Params {
    /// The book's gradient check (§5.7.3) for two gradients: for each parameter, its name and
    /// the mean absolute difference between the two.
    pub fn mean_abs_diff(&self, other: &Params) -> [(&'static str, f64); 4] {
        [
            ("W1", mean_abs_diff(&self.w1, &other.w1)),
            ("b1", mean_abs_diff(&self.b1, &other.b1)),
            ("W2", mean_abs_diff(&self.w2, &other.w2)),
            ("b2", mean_abs_diff(&self.b2, &other.b2)),
        ]
    }

    /// For each parameter, its name and the largest absolute difference between the two
    /// gradients: one wrong entry among the 39,200 of W1 shows here, where the mean hides
    /// it. A difference that is not a number (NaN) gives NaN.
    pub fn max_abs_diff(&self, other: &Params) -> [(&'static str, f64); 4] {
        [
            ("W1", max_abs_diff(&self.w1, &other.w1)),
            ("b1", max_abs_diff(&self.b1, &other.b1)),
            ("W2", max_abs_diff(&self.w2, &other.w2)),
            ("b2", max_abs_diff(&self.b2, &other.b2)),
        ]
    }
}

/// The largest of the absolute differences between `a` and `b`, or NaN if one is NaN.
fn max_abs_diff<D: Dimension>(a: &Array<f64, D>, b: &Array<f64, D>) -> f64 {
    let differences = (a - b).mapv(f64::abs);
    differences.fold(0.0, |max, &d| if d > max || d.is_nan() { d } else { max })
}

// ANCHOR: two_layer_net
#[derive(Debug, Clone)]
pub struct TwoLayerNet {
    pub params: Params,
}

impl TwoLayerNet {
    /// Weights drawn from a normal distribution scaled by `weight_init_std`; biases 0.
    pub fn new(
        input_size: usize,
        hidden_size: usize,
        output_size: usize,
        weight_init_std: f64,
        rng: &mut impl Rng,
    ) -> TwoLayerNet {
        let mut normal = |shape| weight_init_std * Array2::random_using(shape, StandardNormal, rng);
        let w1 = normal((input_size, hidden_size));
        let w2 = normal((hidden_size, output_size));
        TwoLayerNet {
            params: Params {
                w1,
                b1: Array1::zeros(hidden_size),
                w2,
                b2: Array1::zeros(output_size),
            },
        }
    }

    /// Class probabilities, one row per input row.
    pub fn predict(&self, x: &Array2<f64>) -> Array2<f64> {
        let p = &self.params;
        predict_with(x, &p.w1, &p.b1, &p.w2, &p.b2)
    }

    /// The mean cross-entropy error of the batch `x` against its answers `t`.
    pub fn loss(&self, x: &Array2<f64>, t: &impl Targets) -> f64 {
        cross_entropy_error_batch(&self.predict(x), t)
    }

    /// The share of rows of `x` whose most likely class is the answer.
    pub fn accuracy(&self, x: &Array2<f64>, t: &impl Targets) -> f64 {
        let y = self.predict(x);
        let correct = (0..y.nrows())
            .filter(|&i| argmax(y.row(i)) == t.class_of(i))
            .count();
        correct as f64 / y.nrows() as f64
    }
}

/// The network's pass forward, from its four arrays: a1 = x·W1 + b1, z1 = sigmoid(a1),
/// a2 = z1·W2 + b2, then softmax.
pub fn predict_with(
    x: &Array2<f64>,
    w1: &Array2<f64>,
    b1: &Array1<f64>,
    w2: &Array2<f64>,
    b2: &Array1<f64>,
) -> Array2<f64> {
    let a1 = x.dot(w1) + b1;
    let z1 = a1.mapv(sigmoid);
    let a2 = z1.dot(w2) + b2;
    softmax_batch(&a2)
}
// ANCHOR_END: two_layer_net

impl TwoLayerNet {
    // ANCHOR: numerical_gradient
    /// The gradient of the loss by numerical differentiation: each of the ~40,000 parameters
    /// nudged both ways, the whole batch run through the network each time. Slow, but
    /// plainly right. `loss` reads the four arrays where they are, the nudged one in
    /// `numerical_gradient`'s copy and the other three in the network, as the book's
    /// `lambda W: self.loss(x, t)` does: nothing is copied for a nudge.
    pub fn numerical_gradient(&self, x: &Array2<f64>, t: &impl Targets) -> Params {
        let p = &self.params;
        let loss = |w1: &Array2<f64>, b1: &Array1<f64>, w2: &Array2<f64>, b2: &Array1<f64>| {
            cross_entropy_error_batch(&predict_with(x, w1, b1, w2, b2), t)
        };
        Params {
            w1: numerical_gradient(|w1| loss(w1, &p.b1, &p.w2, &p.b2), &p.w1),
            b1: numerical_gradient(|b1| loss(&p.w1, b1, &p.w2, &p.b2), &p.b1),
            w2: numerical_gradient(|w2| loss(&p.w1, &p.b1, w2, &p.b2), &p.w2),
            b2: numerical_gradient(|b2| loss(&p.w1, &p.b1, &p.w2, b2), &p.b2),
        }
    }
    // ANCHOR_END: numerical_gradient

    // ANCHOR: gradient
    /// The same gradient computed analytically, as the book's code does for speed. Why these
    /// lines give the gradient is chapter 5's subject (backpropagation); here, a test checks
    /// that they agree with [`TwoLayerNet::numerical_gradient`].
    pub fn gradient(&self, x: &Array2<f64>, t: &Array2<f64>) -> Params {
        let p = &self.params;
        let batch_num = x.nrows() as f64;

        // forward
        let a1 = x.dot(&p.w1) + &p.b1;
        let z1 = a1.mapv(sigmoid);
        let a2 = z1.dot(&p.w2) + &p.b2;
        let y = softmax_batch(&a2);

        // backward
        let dy = (y - t) / batch_num;
        let da1 = dy.dot(&p.w2.t());
        let dz1 = a1.mapv(|a| sigmoid(a) * (1.0 - sigmoid(a))) * da1;
        Params {
            w2: z1.t().dot(&dy),
            b2: dy.sum_axis(Axis(0)),
            w1: x.t().dot(&dz1),
            b1: dz1.sum_axis(Axis(0)),
        }
    }
    // ANCHOR_END: gradient
}
