// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.4.2: the gradient of a neural network's loss with respect to its weights, on the
//! smallest network there is: 2 inputs, 3 outputs, no hidden layer.

use ch03::softmax;
use ndarray::{Array1, Array2, ArrayView1};

use crate::loss::cross_entropy_error;

// ANCHOR: simple_net
/// The book's `simpleNet`: one 2 × 3 weight matrix, softmax, cross-entropy.
#[derive(Debug, Clone)]
pub struct SimpleNet {
    pub w: Array2<f64>,
}

impl SimpleNet {
    pub fn predict(&self, x: ArrayView1<f64>) -> Array1<f64> {
        x.dot(&self.w)
    }

    pub fn loss(&self, x: ArrayView1<f64>, t: ArrayView1<f64>) -> f64 {
        let z = self.predict(x);
        let y = softmax(z.view());
        cross_entropy_error(y.view(), t)
    }
}
// ANCHOR_END: simple_net
