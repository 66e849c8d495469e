// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.7: the two-layer network again, now built from layers: Affine → ReLU → Affine, then
//! SoftmaxWithLoss. Its gradient comes from backpropagation. (Chapter 4's version, with the
//! sigmoid and hand-written gradient, is `ch04::TwoLayerNet`.)

use ch03::argmax;
use ch04::{Learner, Params, Targets};
use dataset::Mnist;
use ndarray::{Array2, ArrayD, ArrayView1, ArrayView2, Axis};
use rand::Rng;

use crate::activation_layers::Relu;
use crate::affine::Affine;
use crate::layer::{Layer, Param};
use crate::softmax_with_loss::SoftmaxWithLoss;

// ANCHOR: two_layer_net
pub struct TwoLayerNet {
    /// The layers in order, like the book's `OrderedDict`: add one here and `predict`,
    /// `gradient` and training use it.
    pub layers: Vec<Box<dyn Layer>>,
    pub last_layer: SoftmaxWithLoss,
}

impl TwoLayerNet {
    /// Starts from the same weights as chapter 4's network (normal, times
    /// `weight_init_std`; biases 0): the same seed gives the same starting point.
    pub fn new(
        input_size: usize,
        hidden_size: usize,
        output_size: usize,
        weight_init_std: f64,
        rng: &mut impl Rng,
    ) -> TwoLayerNet {
        let start =
            ch04::TwoLayerNet::new(input_size, hidden_size, output_size, weight_init_std, rng);
        TwoLayerNet::from_params(start.params)
    }

    pub fn from_params(params: Params) -> TwoLayerNet {
        TwoLayerNet {
            layers: vec![
                Box::new(Affine::new(params.w1, params.b1)),
                Box::new(Relu::default()),
                Box::new(Affine::new(params.w2, params.b2)),
            ],
            last_layer: SoftmaxWithLoss::default(),
        }
    }

    /// The scores before softmax, one row per input row. The batch moves through the
    /// layers: each takes the array the one before it returned.
    pub fn predict(&mut self, mut x: Array2<f64>) -> Array2<f64> {
        for layer in &mut self.layers {
            x = layer.forward(x);
        }
        x
    }

    pub fn loss(&mut self, x: Array2<f64>, t: &impl Targets) -> f64 {
        let y = self.predict(x);
        self.last_layer.forward(y, t)
    }

    /// How many rows of `x` the network classifies as their label in `t`, `batch_size`
    /// rows at a time (chapter 3's `accuracy_cnt`).
    pub fn accuracy_cnt(
        &mut self,
        x: ArrayView2<f64>,
        t: ArrayView1<usize>,
        batch_size: usize,
    ) -> usize {
        let mut accuracy_cnt = 0;
        let batches = x.axis_chunks_iter(Axis(0), batch_size);
        let labels = t.axis_chunks_iter(Axis(0), batch_size);
        for (x_batch, t_batch) in batches.zip(labels) {
            let y_batch = self.predict(x_batch.to_owned());
            for (y, &label) in y_batch.rows().into_iter().zip(t_batch) {
                if argmax(y) == label {
                    accuracy_cnt += 1;
                }
            }
        }
        accuracy_cnt
    }

    /// Backpropagation: one pass forward, then the derivative flows back through the layers
    /// in reverse order. Afterwards every layer holds its parameters' gradients.
    pub fn gradient(&mut self, x: Array2<f64>, t: &impl Targets) {
        // forward
        self.loss(x, t);
        // backward
        let mut dout = self.last_layer.backward(1.0);
        let (first, rest) = self.layers.split_first_mut().expect("a network has layers");
        for layer in rest.iter_mut().rev() {
            dout = layer.backward(dout);
        }
        first.backward_without_dx(dout);
    }

    /// Every parameter of every layer, beside its gradient.
    pub fn params(&mut self) -> Vec<Param<'_>> {
        self.layers
            .iter_mut()
            .flat_map(|layer| layer.params())
            .collect()
    }

    /// One step of stochastic gradient descent with the gradients of the last `gradient`.
    pub fn sgd_step(&mut self, lr: f64) {
        for mut param in self.params() {
            param.value.scaled_add(-lr, &param.grad);
        }
    }
}
// ANCHOR_END: two_layer_net

impl TwoLayerNet {
    /// The parameters' current values, in the order of [`TwoLayerNet::params`].
    pub fn param_values(&mut self) -> Vec<ArrayD<f64>> {
        self.params()
            .into_iter()
            .map(|p| p.value.to_owned())
            .collect()
    }

    /// The parameters' gradients from the last [`TwoLayerNet::gradient`].
    pub fn param_grads(&mut self) -> Vec<ArrayD<f64>> {
        self.params()
            .into_iter()
            .map(|p| p.grad.to_owned())
            .collect()
    }

    /// The names W1, b1, W2, b2, …: each parameter's name and the number of its layer,
    /// counting only the layers that have parameters (the Affine layers).
    pub fn param_names(&mut self) -> Vec<String> {
        let mut names = Vec::new();
        let mut number = 0;
        for layer in &mut self.layers {
            let params = layer.params();
            if !params.is_empty() {
                number += 1;
            }
            names.extend(params.iter().map(|p| format!("{}{number}", p.name)));
        }
        names
    }
}

// ANCHOR: layer_learner
/// The network of §5.7 learning MNIST, for [`ch04::train`].
pub struct LayerLearner<'a> {
    pub network: TwoLayerNet,
    pub data: &'a Mnist,
}

/// Images per batch when measuring accuracy: big enough for the matrix product to run at
/// full speed, small enough for a batch's arrays to stay in the processor's cache.
const EVAL_BATCH_SIZE: usize = 500;

impl Learner for LayerLearner<'_> {
    fn train_size(&self) -> usize {
        self.data.x_train.nrows()
    }

    fn step(&mut self, batch: &[usize], learning_rate: f64) -> f64 {
        let x_batch = self.data.x_train.select(Axis(0), batch);
        let t_batch = self.data.t_train.select(Axis(0), batch);
        self.network.gradient(x_batch, &t_batch);
        let loss = self.network.last_layer.loss();
        self.network.sgd_step(learning_rate);
        loss
    }

    fn evaluate(&mut self) -> (f64, f64) {
        let data = self.data;
        let mut accuracy = |x: &Array2<f64>, t: &ndarray::Array1<usize>| {
            let correct = self
                .network
                .accuracy_cnt(x.view(), t.view(), EVAL_BATCH_SIZE);
            correct as f64 / x.nrows() as f64
        };
        (
            accuracy(&data.x_train, &data.t_train),
            accuracy(&data.x_test, &data.t_test),
        )
    }
}
// ANCHOR_END: layer_learner
