//! Chapter 5, backpropagation: layers that pass derivatives backwards, and two experiments
//! with the network built from them.

pub mod add_a_layer;
pub mod add_layer;
pub mod affine;
pub mod mul_layer;
pub mod relu;
pub mod sigmoid;
pub mod softmax_with_loss;
pub mod swap_relu_for_sigmoid;

use ch04::{TrainConfig, TrainError, train};
use ch05::{Layer, LayerLearner, SoftmaxWithLoss, TwoLayerNet};
use ndarray::Array2;
use rand::rngs::StdRng;
use support::Progress;

use crate::check::{Failure, Text, text, yours};

/// An array of the given shape whose values differ from each other and change sign, for
/// comparing a layer with chapter 5's.
fn varied(rows: usize, cols: usize, seed: f64) -> Array2<f64> {
    Array2::from_shape_fn((rows, cols), |(i, j)| {
        ((i * cols + j) as f64 * 1.7 + seed).sin() * 2.0
    })
}

/// Trains a network of `layers` with `ch04::train`, `steps` mini-batches of 100 from the
/// first 10,000 training images, and returns its accuracy on the 10,000 test images. The
/// layers are the learner's, so a panic in them (shapes that do not fit) is reported.
fn accuracy_after_training(
    layers: Vec<Box<dyn Layer>>,
    steps: usize,
    learning_rate: f64,
    rng: &mut StdRng,
) -> Result<f64, Failure> {
    let data = crate::mnist::mnist()?;
    let mut learner = LayerLearner {
        network: TwoLayerNet {
            layers,
            last_layer: SoftmaxWithLoss::default(),
        },
        data,
    };
    let config = TrainConfig {
        iters_num: steps,
        batch_size: 100,
        learning_rate,
    };
    let what = text!(
        "§5.7.4 training a network of your layers",
        "§5.7.4 あなたのレイヤでできたネットワークの学習",
    );
    yours(&what, || {
        train(&mut learner, &config, rng, &Progress::silent())?;
        let correct = learner
            .network
            .accuracy_cnt(data.x_test.view(), data.t_test.view(), 500);
        Ok(correct as f64 / data.x_test.nrows() as f64)
    })?
    .map_err(|e: TrainError| {
        let Text { en, ja } = &what;
        Failure::Wrong(text!("{en}: {e}", "{ja}: {e}"))
    })
}
