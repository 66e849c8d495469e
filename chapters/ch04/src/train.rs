// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.5.2–4.5.3: learning with mini-batches (ミニバッチ学習), checked against test data once
//! per epoch.

use dataset::{Mnist, one_hot};
use ndarray::Axis;
use rand::Rng;
use support::cli::TrainArgs;
use support::{History, Progress};

use crate::two_layer_net::TwoLayerNet;

/// How to train: the book's values by default.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub iters_num: usize,
    pub batch_size: usize,
    pub learning_rate: f64,
}

impl From<&TrainArgs> for TrainConfig {
    fn from(args: &TrainArgs) -> TrainConfig {
        TrainConfig {
            iters_num: args.iters,
            batch_size: usize::from(args.batch_size),
            learning_rate: args.lr,
        }
    }
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            iters_num: 10000,
            batch_size: 100,
            learning_rate: 0.1,
        }
    }
}

// ANCHOR: learner
/// A network together with its data, as [`train`] sees it. Chapter 4's network is one;
/// chapter 5 brings two more, so the training loop is written once, here.
pub trait Learner {
    /// How many training examples there are to draw from.
    fn train_size(&self) -> usize;
    /// One step of gradient descent on the training examples numbered in `batch`; returns
    /// the mini-batch's loss before the step.
    fn step(&mut self, batch: &[usize], learning_rate: f64) -> f64;
    /// Accuracy on all the training data and on all the test data.
    fn evaluate(&mut self) -> (f64, f64);
}
// ANCHOR_END: learner

// ANCHOR: train
/// §4.5.2–4.5.3: stochastic gradient descent. Each iteration draws `batch_size` training
/// examples at random (with replacement, like NumPy's `np.random.choice`) and takes one step;
/// at the start of every epoch, the accuracies. `progress` shows how far it is and prints
/// each epoch's accuracies.
pub fn train(
    learner: &mut impl Learner,
    config: &TrainConfig,
    rng: &mut impl Rng,
    progress: &Progress,
) -> History {
    let train_size = learner.train_size();
    let iter_per_epoch = (train_size / config.batch_size).max(1);
    let mut history = History::default();

    for i in 0..config.iters_num {
        let batch_mask: Vec<usize> = (0..config.batch_size)
            .map(|_| rng.random_range(0..train_size))
            .collect();
        let loss = learner.step(&batch_mask, config.learning_rate);
        history.train_loss_list.push(loss);
        progress.step(loss);

        if i % iter_per_epoch == 0 {
            let (train_acc, test_acc) = learner.evaluate();
            history.train_acc_list.push(train_acc);
            history.test_acc_list.push(test_acc);
            progress.epoch(train_acc, test_acc);
        }
    }
    history
}
// ANCHOR_END: train

// ANCHOR: mnist_learner
/// Chapter 4's network learning MNIST, with the analytic gradient or (`numerical`) the
/// numerical one.
pub struct MnistLearner<'a> {
    pub network: TwoLayerNet,
    pub data: &'a Mnist,
    pub numerical: bool,
}

impl Learner for MnistLearner<'_> {
    fn train_size(&self) -> usize {
        self.data.x_train.nrows()
    }

    fn step(&mut self, batch: &[usize], learning_rate: f64) -> f64 {
        let classes = self.network.params.b2.len();
        let x_batch = self.data.x_train.select(Axis(0), batch);
        let t_batch = one_hot(&self.data.t_train.select(Axis(0), batch), classes);
        let loss = self.network.loss(&x_batch, &t_batch);
        let grad = if self.numerical {
            self.network.numerical_gradient(&x_batch, &t_batch)
        } else {
            self.network.gradient(&x_batch, &t_batch)
        };
        self.network.params.sgd_step(&grad, learning_rate);
        loss
    }

    fn evaluate(&mut self) -> (f64, f64) {
        let data = self.data;
        (
            self.network.accuracy(&data.x_train, &data.t_train),
            self.network.accuracy(&data.x_test, &data.t_test),
        )
    }
}
// ANCHOR_END: mnist_learner
