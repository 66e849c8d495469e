// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.6.3: softmax and cross-entropy error as one layer, whose backward is strikingly simple.

use ch03::softmax_batch;
use ch04::{Targets, cross_entropy_error_batch};
use ndarray::Array2;

// ANCHOR: softmax_with_loss
/// The last layer: softmax, then the cross-entropy error against the answers. Backward
/// starts the whole chain: (y − t) / batch size. It stays apart from [`crate::Layer`] as in
/// the book, because its forward takes the answers too and returns a number.
#[derive(Debug, Default)]
pub struct SoftmaxWithLoss {
    loss: f64,
    y: Array2<f64>,
    classes: Vec<usize>,
}

impl SoftmaxWithLoss {
    pub fn forward(&mut self, x: Array2<f64>, t: &impl Targets) -> f64 {
        self.y = softmax_batch(&x);
        self.classes = (0..x.nrows()).map(|i| t.class_of(i)).collect();
        self.loss = cross_entropy_error_batch(&self.y, t);
        self.loss
    }

    /// The loss of the last `forward`.
    pub fn loss(&self) -> f64 {
        self.loss
    }

    /// `dout` is 1 for the loss itself, as in the book.
    pub fn backward(&self, dout: f64) -> Array2<f64> {
        let batch_size = self.y.nrows() as f64;
        let mut dx = self.y.clone();
        for (i, &class) in self.classes.iter().enumerate() {
            dx[[i, class]] -= 1.0; // y − t, with t one-hot
        }
        dx * (dout / batch_size)
    }
}
// ANCHOR_END: softmax_with_loss
