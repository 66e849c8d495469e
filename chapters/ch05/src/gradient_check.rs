// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.7.3: the gradient check (勾配確認), the book's `gradient_check.py`. Backpropagation is
//! fast but easy to get wrong; chapter 4's numerical gradient is slow but simple. On a few
//! images, the two must agree for every parameter. How close is close enough, and how a
//! result is printed, is chapter 4's (`ch04::gradient_check`).

use ch04::{Targets, mean_abs_diff};
use ndarray::{Array2, ArrayD, Dimension, IxDyn};

use crate::two_layer_net::TwoLayerNet;

impl TwoLayerNet {
    // ANCHOR: numerical_gradient
    /// Chapter 4's numerical gradient: for every parameter θ, the central difference
    /// (L(θ + h) − L(θ − h)) / 2h, with h = 1e-4. Two things the layers know save most of
    /// the work. A nudge in layer k changes nothing before layer k, so the batch goes
    /// through the network once, each layer's input is kept, and each nudge starts again
    /// from the nudged layer. And the nudged layer itself can say what one entry changes
    /// (`Layer::forward_nudged`).
    pub fn numerical_gradient(&mut self, x: &Array2<f64>, t: &impl Targets) -> Vec<ArrayD<f64>> {
        let h = 1e-4;
        // inputs[k] is what layer k takes, inputs[k + 1] what it gives.
        let mut inputs = vec![x.clone()];
        for layer in &mut self.layers {
            let out = layer.forward(inputs[inputs.len() - 1].clone());
            inputs.push(out);
        }
        let mut grads = Vec::new();
        for k in 0..self.layers.len() {
            let shapes: Vec<IxDyn> = self.layers[k]
                .params()
                .iter()
                .map(|param| param.value.raw_dim())
                .collect();
            for (p, shape) in shapes.into_iter().enumerate() {
                let mut grad = ArrayD::zeros(shape);
                for (index, g) in grad.indexed_iter_mut() {
                    let mut loss = |delta: f64| {
                        let layer = &mut self.layers[k];
                        let out = layer.forward_nudged(
                            &inputs[k],
                            &inputs[k + 1],
                            p,
                            index.slice(),
                            delta,
                        );
                        self.loss_after(k, out, t)
                    };
                    let fxh1 = loss(h);
                    let fxh2 = loss(-h);
                    *g = (fxh1 - fxh2) / (2.0 * h);
                }
                grads.push(grad);
            }
        }
        grads
    }

    /// The loss when layer `k` gives `out`: the layers after it, then the last layer.
    fn loss_after(&mut self, k: usize, mut out: Array2<f64>, t: &impl Targets) -> f64 {
        for layer in &mut self.layers[k + 1..] {
            out = layer.forward(out);
        }
        self.last_layer.forward(out, t)
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
