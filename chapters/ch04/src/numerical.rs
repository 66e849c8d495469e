// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.3–4.4: derivatives and gradients computed numerically, by nudging the input a little.

use ndarray::{Array, Array1, Dimension, NdIndex, indices_of};

// ANCHOR: numerical_diff
/// §4.3.1: the central difference (f(x + h) − f(x − h)) / 2h, with h = 1e-4.
pub fn numerical_diff(f: impl Fn(f64) -> f64, x: f64) -> f64 {
    let h = 1e-4;
    (f(x + h) - f(x - h)) / (2.0 * h)
}
// ANCHOR_END: numerical_diff

// ANCHOR: function_1
/// §4.3.2: y = 0.01x² + 0.1x.
pub fn function_1(x: f64) -> f64 {
    0.01 * x.powi(2) + 0.1 * x
}
// ANCHOR_END: function_1

// ANCHOR: function_2
/// §4.3.3: f(x0, x1) = x0² + x1², for an array of any length.
pub fn function_2(x: &Array1<f64>) -> f64 {
    x.mapv(|v| v * v).sum()
}
// ANCHOR_END: function_2

/// The tangent to `f` at `x`, as the book's `tangent_line`: y = f'(x)(t − x) + f(x).
pub fn tangent_line(f: impl Fn(f64) -> f64 + Copy, x: f64) -> impl Fn(f64) -> f64 {
    let d = numerical_diff(f, x);
    let y = f(x) - d * x;
    move |t| d * t + y
}

// ANCHOR: numerical_gradient
/// §4.4: the gradient (勾配) of `f` at `x`: the partial derivative for each element of `x`,
/// each by the central difference while the other elements stay put. `x` may have any
/// shape; the gradient has the same one.
pub fn numerical_gradient<D>(
    mut f: impl FnMut(&Array<f64, D>) -> f64,
    x: &Array<f64, D>,
) -> Array<f64, D>
where
    D: Dimension,
    D::Pattern: NdIndex<D> + Clone,
{
    let h = 1e-4;
    let mut x = x.clone();
    let mut grad = Array::zeros(x.raw_dim());
    for idx in indices_of(&x) {
        let tmp_val = x[idx.clone()];
        x[idx.clone()] = tmp_val + h;
        let fxh1 = f(&x);
        x[idx.clone()] = tmp_val - h;
        let fxh2 = f(&x);
        x[idx.clone()] = tmp_val;
        grad[idx] = (fxh1 - fxh2) / (2.0 * h);
    }
    grad
}
// ANCHOR_END: numerical_gradient

/// How far apart two gradients are, as the book's gradient check (§5.7.3) measures it: the
/// mean of the absolute differences, `np.average(np.abs(a - b))`.
pub fn mean_abs_diff<D: Dimension>(a: &Array<f64, D>, b: &Array<f64, D>) -> f64 {
    (a - b).mapv(f64::abs).mean().unwrap_or(0.0)
}
