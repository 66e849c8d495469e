// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! Appendix to chapter 5: the §5.7 training run arranged for speed, apart from the lessons.
//! Nothing in chapters 1–5 uses this crate; `cargo run --release -p ch05-fast` does. It
//! trains the network of `ch05::TwoLayerNet` (Affine → ReLU → Affine → SoftmaxWithLoss) and
//! does the same calculation in an order that suits the processor (so the results agree up
//! to rounding); it refuses any other list of layers. What it does differently:
//!
//! - An MNIST image is about 80% blank paper. The first layer's product x·W1 only needs the
//!   rows of W1 for pixels that are not 0, so images are stored as their non-zero pixels,
//!   four bytes each (`sparse.rs`).
//! - The first layer's dx (the derivative for the input image) is never needed, so it is not
//!   computed; and W1 is updated straight from each image's contribution, without building
//!   the full dW1 first.
//! - The hidden layer is cut into two parts, one per core: each core keeps its part's
//!   weights in its own cache and trains them, and the cores exchange only their shares of
//!   the scores (100 × 10 numbers) and the derivative `dy` in each step (`part.rs`,
//!   `helper.rs`, `mailbox.rs`).
//! - The inner loops keep a whole row of a part's hidden neurons in SIMD registers, the
//!   hidden layer padded with always-zero neurons to whole registers (`kernels.rs`), and
//!   the rows of W1 begin on 32-byte boundaries (`aligned.rs`).
//!
//! Where the time goes, measured: the two loops over the images' pixels (forward through
//! W1, update of W1) take most of it, waiting on the processor's second-level cache for
//! rows of W1. The tests (`tests/fast_path.rs`) check that steps here and steps of the clear
//! version give the same parameters (to 1e-12) and the same accuracy, for several widths of
//! the hidden layer, on one core and on two.

mod aligned;
mod helper;
mod kernels;
mod mailbox;
mod part;
mod sparse;

use std::sync::Arc;

use ch03::argmax;
use ch04::{Learner, Params};
use dataset::Mnist;
use ndarray::{Array1, Array2, Axis};

use ch05::{SoftmaxWithLoss, TwoLayerNet};
use helper::{Helper, Job};
use part::{Hidden, Part};
use sparse::SparseImages;

/// Images per exchange between the cores when measuring accuracy.
const CHUNK: usize = 500;

/// The network's parameters, cut into parts for the cores, and the data, ready for
/// [`ch04::train`].
pub struct FastLearner<'a> {
    /// The main thread's part of the hidden layer; the helper thread (on a machine with
    /// more than one core) has the other.
    part: Part,
    helper: Option<Helper>,
    /// b2 belongs to no part: it is added once, to the sum of the parts' scores.
    b2: Array1<f64>,
    /// The clear version's last layer, used as it is.
    last_layer: SoftmaxWithLoss,
    /// The unpadded shape of W1: pixels, hidden neurons.
    shape: (usize, usize),
    data: &'a Mnist,
    x_train: Arc<SparseImages>,
    x_test: Arc<SparseImages>,
}

impl<'a> FastLearner<'a> {
    // ANCHOR: from_network
    /// Takes the parameters of `network` to learn `data`, on two cores if the machine has
    /// them. Fails if its layers are not Affine → Relu → Affine, the only network this
    /// engine knows how to train (anything else it would quietly train wrongly).
    pub fn from_network(network: &mut TwoLayerNet, data: &'a Mnist) -> anyhow::Result<Self> {
        let names: Vec<&str> = network.layers.iter().map(|layer| layer.name()).collect();
        anyhow::ensure!(
            names == ["Affine", "Relu", "Affine"],
            "the fast path trains Affine → Relu → Affine only; this network's layers are {}. \
             Train it with `cargo run -p ch05`, which trains whatever layers the network has.",
            names.join(" → ")
        );
        let mut values = network.param_values().into_iter();
        let mut next = || {
            values
                .next()
                .expect("two Affine layers have four parameters")
        };
        let params = Params {
            w1: next().into_dimensionality()?,
            b1: next().into_dimensionality()?,
            w2: next().into_dimensionality()?,
            b2: next().into_dimensionality()?,
        };
        FastLearner::new(params, data)
    }
    // ANCHOR_END: from_network

    /// Sets up the network `params` to learn `data`, on two cores if the machine has them.
    /// Fails if the shapes of the parameters and the data do not fit together, if the
    /// images are not like MNIST's (at most 65,536 pixels, at most 255 grey levels besides
    /// 0), or if the second core's thread cannot be started.
    pub fn new(params: Params, data: &'a Mnist) -> anyhow::Result<FastLearner<'a>> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        FastLearner::with_cores(params, data, cores)
    }

    /// As [`FastLearner::new`], on one core or (`cores` ≥ 2) on two: to compare them, or to
    /// leave a core free.
    pub fn with_cores(
        params: Params,
        data: &'a Mnist,
        cores: usize,
    ) -> anyhow::Result<FastLearner<'a>> {
        let (pixels, hidden) = params.w1.dim();
        let classes = params.b2.len();
        anyhow::ensure!(hidden > 0, "the hidden layer needs at least one neuron");
        anyhow::ensure!(
            params.b1.len() == hidden && params.w2.dim() == (hidden, classes),
            "the parameters do not fit together: W1 {:?}, b1 {}, W2 {:?}, b2 {}",
            params.w1.dim(),
            params.b1.len(),
            params.w2.dim(),
            classes
        );
        anyhow::ensure!(
            data.x_train.ncols() == pixels && data.x_test.ncols() == pixels,
            "the network takes images of {pixels} pixels, the data has {} and {}",
            data.x_train.ncols(),
            data.x_test.ncols()
        );
        anyhow::ensure!(
            data.t_train.len() == data.x_train.nrows() && data.t_test.len() == data.x_test.nrows(),
            "the data needs one label per image"
        );
        anyhow::ensure!(
            data.t_train
                .iter()
                .chain(&data.t_test)
                .all(|&t| t < classes),
            "a label is not one of the network's {classes} classes"
        );
        let x_train = Arc::new(SparseImages::from_dense(&data.x_train)?);
        let x_test = Arc::new(SparseImages::from_dense(&data.x_test)?);
        let mut parts = Part::split(&params, cores.min(2)).into_iter();
        let part = parts.next().expect("at least one part");
        let helper = parts
            .next()
            .map(|other| Helper::spawn(other, Arc::clone(&x_train), Arc::clone(&x_test)))
            .transpose()?;
        Ok(FastLearner {
            part,
            helper,
            b2: params.b2,
            last_layer: SoftmaxWithLoss::default(),
            shape: (pixels, hidden),
            data,
            x_train,
            x_test,
        })
    }

    /// The parameters, put together from the parts, without the padding.
    pub fn params(&mut self) -> Params {
        let (pixels, hidden) = self.shape;
        let mut params = Params {
            w1: Array2::zeros((pixels, hidden)),
            b1: Array1::zeros(hidden),
            w2: Array2::zeros((hidden, self.b2.len())),
            b2: self.b2.clone(),
        };
        self.part.write_into(&mut params);
        if let Some(helper) = &mut self.helper {
            helper.part().write_into(&mut params);
        }
        params
    }

    /// The scores (the network's output before softmax) of images `rows`, training images
    /// if `train`, else test images; and the main thread's hidden outputs, for
    /// the backward pass (`keep` asks the helper to keep its part too).
    fn forward(&mut self, train: bool, rows: &Arc<[usize]>, keep: bool) -> (Array2<f64>, Hidden) {
        if let Some(helper) = &mut self.helper {
            let rows = Arc::clone(rows);
            helper.send(Job::Forward { train, rows, keep });
        }
        let images = if train { &self.x_train } else { &self.x_test };
        let (mut scores, own) = self.part.forward(images, rows);
        scores += &self.b2;
        if let Some(helper) = &mut self.helper {
            scores += &helper.scores();
        }
        (scores, own)
    }

    /// How many of the training images (`train`) or test images the network classifies
    /// as their labels.
    fn accuracy_cnt(&mut self, train: bool) -> usize {
        let labels = if train {
            &self.data.t_train
        } else {
            &self.data.t_test
        };
        let n = labels.len();
        (0..n)
            .step_by(CHUNK)
            .map(|start| {
                let rows: Arc<[usize]> = (start..(start + CHUNK).min(n)).collect();
                let (scores, _) = self.forward(train, &rows, false);
                rows.iter()
                    .zip(scores.rows())
                    .filter(|&(&i, y)| argmax(y) == labels[i])
                    .count()
            })
            .sum()
    }
}

impl Learner for FastLearner<'_> {
    fn train_size(&self) -> usize {
        self.x_train.len()
    }

    fn step(&mut self, batch: &[usize], learning_rate: f64) -> f64 {
        let labels: Array1<usize> = batch.iter().map(|&i| self.data.t_train[i]).collect();
        let batch: Arc<[usize]> = batch.into();

        // forward: Affine1 + ReLU on the sparse images, then Affine2 and SoftmaxWithLoss
        let (scores, own) = self.forward(true, &batch, true);
        let loss = self.last_layer.forward(scores, &labels);

        // backward: SoftmaxWithLoss here, then each part on its own core
        let dy = Arc::new(self.last_layer.backward(1.0));
        if let Some(helper) = &mut self.helper {
            let dy = Arc::clone(&dy);
            helper.send(Job::Backward { dy, learning_rate });
        }
        self.part
            .backward(&self.x_train, &batch, &own, dy.view(), learning_rate);
        self.b2.scaled_add(-learning_rate, &dy.sum_axis(Axis(0)));
        loss
    }

    fn evaluate(&mut self) -> (f64, f64) {
        let train_acc = self.accuracy_cnt(true) as f64 / self.data.t_train.len() as f64;
        let test_acc = self.accuracy_cnt(false) as f64 / self.data.t_test.len() as f64;
        (train_acc, test_acc)
    }
}
