// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §3.5.1–3.5.2: softmax, the output layer's function for classification.

use ndarray::{Array1, Array2, ArrayView1, Axis};

// ANCHOR: softmax_naive
/// §3.5.1: softmax straight from its formula, exp(a_k) / Σ exp(a_i). Overflows to NaN for
/// inputs in the hundreds: exp(1010) is too large for an f64.
pub fn softmax_naive(a: ArrayView1<f64>) -> Array1<f64> {
    let exp_a = a.mapv(f64::exp);
    let sum_exp_a = exp_a.sum();
    exp_a / sum_exp_a
}
// ANCHOR_END: softmax_naive

// ANCHOR: softmax
/// §3.5.2: softmax with the overflow guard: subtracting the largest input first changes
/// nothing mathematically, and keeps every exp at most 1.
pub fn softmax(a: ArrayView1<f64>) -> Array1<f64> {
    let c = a.fold(f64::NEG_INFINITY, |max, &v| max.max(v));
    let exp_a = a.mapv(|v| (v - c).exp());
    let sum_exp_a = exp_a.sum();
    exp_a / sum_exp_a
}
// ANCHOR_END: softmax

/// [`softmax`] of each row of a batch: one row per input.
pub fn softmax_batch(a: &Array2<f64>) -> Array2<f64> {
    let mut y = Array2::zeros(a.raw_dim());
    for (mut out, row) in y.axis_iter_mut(Axis(0)).zip(a.rows()) {
        out.assign(&softmax(row));
    }
    y
}
