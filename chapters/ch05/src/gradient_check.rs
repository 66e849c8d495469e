// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.7.3: the gradient check (勾配確認), the book's `gradient_check.py`. Backpropagation is
//! fast but easy to get wrong; chapter 4's numerical gradient is slow but simple. On a few
//! images, the two must agree for every parameter. How close is close enough, and how a
//! result is printed, is chapter 4's (`ch04::gradient_check`).

use ch04::{Targets, mean_abs_diff};
use ndarray::{Array2, ArrayD};

use crate::two_layer_net::TwoLayerNet;

impl TwoLayerNet {
    // ANCHOR: numerical_gradient
    /// Chapter 4's numerical gradient, one parameter array at a time: the slow and simple
    /// way, kept to check backpropagation against.
    pub fn numerical_gradient(&mut self, x: &Array2<f64>, t: &impl Targets) -> Vec<ArrayD<f64>> {
        let values = self.param_values();
        let mut grads = Vec::new();
        for (k, value) in values.iter().enumerate() {
            let grad = ch04::numerical_gradient(
                |p: &ArrayD<f64>| {
                    self.set_param(k, p);
                    self.loss(x.clone(), t)
                },
                value,
            );
            self.set_param(k, value);
            grads.push(grad);
        }
        grads
    }
    // ANCHOR_END: numerical_gradient
}

// ANCHOR: gradient_check
/// The gradient check of `gradient_check.py`: both gradients of the loss on `x` and `t`,
/// and for each parameter (W1, b1, W2, b2) the mean absolute difference between them.
pub fn gradient_check(
    network: &mut TwoLayerNet,
    x: &Array2<f64>,
    t: &impl Targets,
) -> Vec<(String, f64)> {
    let grad_numerical = network.numerical_gradient(x, t);
    network.gradient(x.clone(), t);
    let grad_backprop = network.param_grads();
    network
        .param_names()
        .into_iter()
        .zip(grad_numerical.iter().zip(&grad_backprop))
        .map(|(name, (n, b))| (name, mean_abs_diff(n, b)))
        .collect()
}
// ANCHOR_END: gradient_check
