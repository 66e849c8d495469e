// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.4.1: gradient descent (勾配降下法): step downhill, again and again.

use ndarray::Array1;

use crate::numerical::numerical_gradient;

// ANCHOR: gradient_descent
/// Starts at `init_x` and takes `step_num` steps of size `lr` (the learning rate, 学習率)
/// against the gradient of `f`. Returns the end point and every point visited, start included.
pub fn gradient_descent(
    f: impl Fn(&Array1<f64>) -> f64,
    init_x: &Array1<f64>,
    lr: f64,
    step_num: usize,
) -> (Array1<f64>, Vec<Array1<f64>>) {
    let mut x = init_x.clone();
    let mut history = vec![x.clone()];
    for _ in 0..step_num {
        let grad = numerical_gradient(&f, &x);
        x = x - lr * grad;
        history.push(x.clone());
    }
    (x, history)
}
// ANCHOR_END: gradient_descent
