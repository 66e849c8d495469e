// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.2: loss functions (損失関数): how far the network's output is from the answer.

use ch03::argmax;
use ndarray::{Array1, Array2, ArrayView1};

// ANCHOR: sum_squared_error
/// §4.2.1: half the sum of the squared differences, (1/2) Σ (y_k − t_k)².
pub fn sum_squared_error(y: ArrayView1<f64>, t: ArrayView1<f64>) -> f64 {
    0.5 * (&y - &t).mapv(|d| d * d).sum()
}
// ANCHOR_END: sum_squared_error

// ANCHOR: cross_entropy_error
/// §4.2.2: −Σ t_k log y_k for a one-hot `t`: minus the log of the probability the network
/// gave the right answer. The tiny `delta` keeps log(0) = −∞ out.
pub fn cross_entropy_error(y: ArrayView1<f64>, t: ArrayView1<f64>) -> f64 {
    let delta = 1e-7;
    -(&t * &y.mapv(|y| (y + delta).ln())).sum()
}
// ANCHOR_END: cross_entropy_error

// ANCHOR: targets
/// The answers for a batch, as the book accepts them: one-hot rows or class labels.
pub trait Targets {
    /// The correct class of example `i`.
    fn class_of(&self, i: usize) -> usize;
}

/// One-hot rows: `[0, 0, 1, 0, …]` means class 2.
impl Targets for Array2<f64> {
    fn class_of(&self, i: usize) -> usize {
        argmax(self.row(i))
    }
}

/// Labels: `2` means class 2.
impl Targets for Array1<usize> {
    fn class_of(&self, i: usize) -> usize {
        self[i]
    }
}
// ANCHOR_END: targets

// ANCHOR: cross_entropy_error_batch
/// §4.2.4: the mean cross-entropy error of a batch, one output per row of `y`. Only the
/// output for the correct class counts (the others are multiplied by 0 in the one-hot sum),
/// so one-hot rows and labels give the same value.
pub fn cross_entropy_error_batch(y: &Array2<f64>, t: &impl Targets) -> f64 {
    let batch_size = y.nrows();
    let delta = 1e-7;
    let sum: f64 = (0..batch_size)
        .map(|i| (y[[i, t.class_of(i)]] + delta).ln())
        .sum();
    -sum / batch_size as f64
}
// ANCHOR_END: cross_entropy_error_batch
