// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.4.2: the gradient of a neural network's loss with respect to its weights, on the
//! smallest network there is: 2 inputs, 3 outputs, no hidden layer.

use ch03::softmax;
use ndarray::{Array1, Array2, ArrayView1, array};

use crate::loss::cross_entropy_error;
use crate::numerical::numerical_gradient;

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

// ANCHOR: example
/// §4.4.2's example: the weights the book's run drew (it prints them to 8 digits), the input
/// [0.6, 0.9], and the answer, class 2, one-hot.
pub fn simple_net_example() -> (SimpleNet, Array1<f64>, Array1<f64>) {
    let net = SimpleNet {
        w: array![
            [0.47355232, 0.9977393, 0.84668094],
            [0.85557411, 0.03563661, 0.69422093]
        ],
    };
    (net, array![0.6, 0.9], array![0.0, 0.0, 1.0])
}

/// dW, the gradient of the loss with respect to the weights: `numerical_gradient` of the
/// closure "given weights `w`, the loss of a simpleNet with those weights".
pub fn simple_net_gradient(net: &SimpleNet, x: ArrayView1<f64>, t: ArrayView1<f64>) -> Array2<f64> {
    let f = |w: &Array2<f64>| SimpleNet { w: w.clone() }.loss(x, t);
    numerical_gradient(f, &net.w)
}
// ANCHOR_END: example
