//! The answer key, for the project's own checks (feature `answer-key`): what the stubs call
//! instead of reaching their `todo!()`, to prove that every check passes with right code.
//! Each answer goes through the chapters' own code. Reading on spoils some exercises.

use ch04::Params;
use ch05::{Affine, Layer, Relu, Sigmoid};
use ndarray::Array2;
use rand::rngs::StdRng;

use crate::ch05::add_a_layer::affine;
use crate::ch05::affine::Affine as YourAffine;
use crate::ch05::mul_layer::MulLayer;
use crate::ch05::softmax_with_loss::SoftmaxWithLoss;

/// `ch04_learning_rate`: for x0² + x1², a step takes x to (1 − 2·lr)·x, which shrinks x
/// while lr < 1.
pub const LEARNING_RATES: (f64, f64) = (0.96, 1.04);

/// `ch04_hidden_size`: 7 neurons reach 0.838, 6 only 0.754.
pub const HIDDEN_SIZE: usize = 7;

pub fn mul_forward(layer: &mut MulLayer, x: f64, y: f64) -> f64 {
    (layer.x, layer.y) = (x, y);
    ch05::MulLayer::default().forward(x, y)
}

/// Chapter 5's MulLayer, given the inputs the learner's kept.
pub fn mul_backward(layer: &MulLayer, dout: f64) -> (f64, f64) {
    let mut key = ch05::MulLayer::default();
    key.forward(layer.x, layer.y);
    key.backward(dout)
}

/// Chapter 5's Relu, after a forward whose input has the same mask.
pub fn relu_backward(mask: &Array2<bool>, dout: Array2<f64>) -> Array2<f64> {
    let mut key = Relu::default();
    key.forward(mask.mapv(|off| if off { 0.0 } else { 1.0 }));
    key.backward(dout)
}

/// Chapter 5's Sigmoid, after a forward of the input that gave `out`: its logit.
pub fn sigmoid_backward(out: &Array2<f64>, dout: Array2<f64>) -> Array2<f64> {
    let mut key = Sigmoid::default();
    key.forward(out.mapv(ch03::logit));
    key.backward(dout)
}

/// Chapter 5's Affine, with the learner's W, b and kept X; its dW and dB are stored in the
/// learner's layer.
pub fn affine_backward(layer: &mut YourAffine, dout: Array2<f64>) -> Array2<f64> {
    let mut key = Affine::new(layer.w.clone(), layer.b.clone());
    key.forward(layer.x.clone());
    let dx = key.backward(dout);
    (layer.dw, layer.db) = (key.dw, key.db);
    dx
}

pub fn softmax_with_loss_forward(
    layer: &mut SoftmaxWithLoss,
    x: Array2<f64>,
    t: &Array2<f64>,
) -> f64 {
    layer.y = ch03::softmax_batch(&x);
    layer.t = t.clone();
    layer.loss = ch05::SoftmaxWithLoss::default().forward(x, t);
    layer.loss
}

/// Chapter 5's SoftmaxWithLoss, after a forward of scores whose softmax is the learner's y:
/// their logs.
pub fn softmax_with_loss_backward(layer: &SoftmaxWithLoss, dout: f64) -> Array2<f64> {
    let mut key = ch05::SoftmaxWithLoss::default();
    key.forward(layer.y.mapv(f64::ln), &layer.t);
    key.backward(dout)
}

pub fn sigmoid_layers(params: Params) -> Vec<Box<dyn Layer>> {
    let mut layers = ch05::TwoLayerNet::from_params(params).layers;
    layers[1] = Box::new(Sigmoid::default());
    layers
}

pub fn deeper_layers(rng: &mut StdRng) -> Vec<Box<dyn Layer>> {
    vec![
        affine(784, 50, rng),
        Box::new(Relu::default()),
        affine(50, 30, rng),
        Box::new(Relu::default()),
        affine(30, 10, rng),
    ]
}
