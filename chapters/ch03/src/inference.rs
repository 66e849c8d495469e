// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §3.6.2–3.6.3: using the network: the most likely class, and how often it is right.

use ndarray::{Array1, Array2, ArrayView1, Axis};

use crate::network::{Network, predict};

// ANCHOR: argmax
/// NumPy's `argmax`: the position of the largest value (the first one, if several tie).
pub fn argmax(y: ArrayView1<f64>) -> usize {
    let mut best = 0;
    for (i, &v) in y.iter().enumerate() {
        if v > y[best] {
            best = i;
        }
    }
    best
}
// ANCHOR_END: argmax

// ANCHOR: accuracy_cnt
/// How many images of `x` the network classifies as their label in `t`, feeding it
/// `batch_size` images at a time. With `batch_size` 1 this is the book's loop of §3.6.2;
/// with 100, the batched loop of §3.6.3. The count is the same; the time is not.
pub fn accuracy_cnt(
    network: &Network,
    x: &Array2<f64>,
    t: &Array1<usize>,
    batch_size: usize,
) -> usize {
    let mut accuracy_cnt = 0;
    let batches = x.axis_chunks_iter(Axis(0), batch_size);
    let labels = t.axis_chunks_iter(Axis(0), batch_size);
    for (x_batch, t_batch) in batches.zip(labels) {
        let y_batch = predict(network, x_batch);
        for (y, &label) in y_batch.rows().into_iter().zip(t_batch) {
            if argmax(y) == label {
                accuracy_cnt += 1;
            }
        }
    }
    accuracy_cnt
}
// ANCHOR_END: accuracy_cnt
