// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §3.4.3 and §3.6.2: the three-layer network, as numbers (weights and biases) and as the
//! computation from input to output (the forward pass, 順方向処理).

use std::path::Path;

use dataset::{Weights, WeightsError};
use ndarray::{Array1, Array2, ArrayView1, ArrayView2, array};

use crate::activation::{identity_function, sigmoid};
use crate::softmax::softmax_batch;

// ANCHOR: network
/// The weights and biases of a three-layer network: the book's dictionary `network`, with
/// one field per key (`network['W1']` is `network.w1`).
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    pub w1: Array2<f64>,
    pub b1: Array1<f64>,
    pub w2: Array2<f64>,
    pub b2: Array1<f64>,
    pub w3: Array2<f64>,
    pub b3: Array1<f64>,
}
// ANCHOR_END: network

// ANCHOR: init_network
/// §3.4.3: the book's small network, 2 inputs → 3 → 2 → 2 outputs, with fixed weights.
pub fn init_network() -> Network {
    Network {
        w1: array![[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]],
        b1: array![0.1, 0.2, 0.3],
        w2: array![[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]],
        b2: array![0.1, 0.2],
        w3: array![[0.1, 0.3], [0.2, 0.4]],
        b3: array![0.1, 0.2],
    }
}
// ANCHOR_END: init_network

// ANCHOR: load_network
/// §3.6.2: the book's `init_network()` for MNIST, which unpickles `sample_weight.pkl` into
/// the dictionary `network`. The file reader lives with the MNIST reader, in the `dataset`
/// crate: it checks the six arrays and their shapes, and here they become our `Network`.
pub fn load_network(path: &Path) -> Result<Network, WeightsError> {
    let Weights {
        w1,
        b1,
        w2,
        b2,
        w3,
        b3,
    } = dataset::weights::load(path)?;
    Ok(Network {
        w1,
        b1,
        w2,
        b2,
        w3,
        b3,
    })
}
// ANCHOR_END: load_network

// ANCHOR: forward
/// §3.4.3: the forward pass for one input: at each layer, a weighted sum plus bias, then
/// the activation; the last layer keeps its sums (identity).
pub fn forward(network: &Network, x: ArrayView1<f64>) -> Array1<f64> {
    let a1 = x.dot(&network.w1) + &network.b1;
    let z1 = a1.mapv(sigmoid);
    let a2 = z1.dot(&network.w2) + &network.b2;
    let z2 = a2.mapv(sigmoid);
    let a3 = z2.dot(&network.w3) + &network.b3;
    a3.mapv(identity_function)
}
// ANCHOR_END: forward

// ANCHOR: predict
/// §3.6.2–3.6.3: the forward pass for a batch, one image per row, ending in softmax: row `i`
/// of the result holds the ten class probabilities of image `i`. One image is a batch of one.
pub fn predict(network: &Network, x: ArrayView2<f64>) -> Array2<f64> {
    let a1 = x.dot(&network.w1) + &network.b1;
    let z1 = a1.mapv(sigmoid);
    let a2 = z1.dot(&network.w2) + &network.b2;
    let z2 = a2.mapv(sigmoid);
    let a3 = z2.dot(&network.w3) + &network.b3;
    softmax_batch(&a3)
}
// ANCHOR_END: predict
