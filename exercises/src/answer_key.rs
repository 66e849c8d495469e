//! The answer key, for the project's own checks (feature `answer-key`): what the stubs call
//! instead of reaching their `todo!()`, to prove that every check passes with right code.
//! Each answer goes through the chapters' own code. Reading on spoils some exercises.
//! It takes and fills the learner's fields one by one, and imports none of the stubs, so that
//! the stubs depend on it and not the other way round.

use ch04::Params;
use ch05::{Affine, Layer, Relu, Sigmoid};
use ndarray::{Array1, Array2};
use rand::rngs::StdRng;

/// `ch04_learning_rate`: for x0² + x1², a step takes x to (1 − 2·lr)·x, which shrinks x
/// while lr < 1.
pub const LEARNING_RATES: (f64, f64) = (0.96, 1.04);

/// `ch04_hidden_size`: 7 neurons reach 0.838, 6 only 0.754.
pub const HIDDEN_SIZE: usize = 7;

/// Chapter 5's MulLayer; `kept` are the learner's fields x and y.
pub fn mul_forward(kept: (&mut f64, &mut f64), x: f64, y: f64) -> f64 {
    (*kept.0, *kept.1) = (x, y);
    ch05::MulLayer::default().forward(x, y)
}

/// Chapter 5's MulLayer, given the inputs the learner's kept.
pub fn mul_backward(x: f64, y: f64, dout: f64) -> (f64, f64) {
    let mut key = ch05::MulLayer::default();
    key.forward(x, y);
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

/// Chapter 5's Affine, with the learner's W, b and kept X; returns dX, dW and dB.
pub fn affine_backward(
    w: &Array2<f64>,
    b: &Array1<f64>,
    x: &Array2<f64>,
    dout: Array2<f64>,
) -> (Array2<f64>, Array2<f64>, Array1<f64>) {
    let mut key = Affine::new(w.clone(), b.clone());
    key.forward(x.clone());
    let dx = key.backward(dout);
    (dx, key.dw, key.db)
}

/// Chapter 5's SoftmaxWithLoss forward: the loss, and the y and t the learner's layer keeps.
pub fn softmax_with_loss_forward(
    x: Array2<f64>,
    t: &Array2<f64>,
) -> (f64, Array2<f64>, Array2<f64>) {
    let y = ch03::softmax_batch(&x);
    let loss = ch05::SoftmaxWithLoss::default().forward(x, t);
    (loss, y, t.clone())
}

/// Chapter 5's SoftmaxWithLoss, after a forward of scores whose softmax is the learner's y:
/// their logs.
pub fn softmax_with_loss_backward(y: &Array2<f64>, t: &Array2<f64>, dout: f64) -> Array2<f64> {
    let mut key = ch05::SoftmaxWithLoss::default();
    key.forward(y.mapv(f64::ln), t);
    key.backward(dout)
}

pub fn sigmoid_layers(params: Params) -> Vec<Box<dyn Layer>> {
    let mut layers = ch05::TwoLayerNet::from_params(params).layers;
    layers[1] = Box::new(Sigmoid::default());
    layers
}

/// `affine` is the exercise's own helper, which builds a boxed Affine layer.
pub fn deeper_layers<A: Layer + 'static>(
    rng: &mut StdRng,
    affine: fn(usize, usize, &mut StdRng) -> Box<A>,
) -> Vec<Box<dyn Layer>> {
    vec![
        affine(784, 50, rng),
        Box::new(Relu::default()),
        affine(50, 30, rng),
        Box::new(Relu::default()),
        affine(30, 10, rng),
    ]
}
