// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.5.2–4.5.3: learning with mini-batches (ミニバッチ学習), checked against test data once
//! per epoch.

use dataset::{Mnist, one_hot};
use ndarray::Axis;
use rand::Rng;
use support::{History, Progress};

use crate::two_layer_net::TwoLayerNet;

/// How to train: the book's values by default.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub iters_num: usize,
    pub batch_size: usize,
    pub learning_rate: f64,
}

impl TrainConfig {
    /// Checks the configuration against the data, before any training: a mini-batch is drawn
    /// from the training examples, so it cannot be larger than they are.
    pub fn check(&self, train_size: usize) -> Result<(), TrainError> {
        if self.batch_size > train_size {
            return Err(TrainError::BatchTooLarge {
                batch_size: self.batch_size,
                train_size,
            });
        }
        Ok(())
    }
}

/// Why training could not start, or stopped.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TrainError {
    #[error(
        "a mini-batch of {batch_size} is more than the {train_size} training examples it is \
         drawn from: choose a batch size of at most {train_size} (the book's is 100)"
    )]
    BatchTooLarge {
        batch_size: usize,
        train_size: usize,
    },
    #[error(
        "training diverged at iteration {iteration}: the loss went from {first:.2} to {last:.2} with \
         learning rate {learning_rate}. Each step overshoots further than the last, as gradient \
         descent with too large a rate does in §4.4.1; try a smaller rate, such as {}",
        learning_rate / 10.0
    )]
    Diverged {
        iteration: usize,
        first: f64,
        last: f64,
        learning_rate: f64,
    },
}

/// Mini-batches over which [`diverging`] averages the loss: one batch's loss jumps about,
/// ten together say which way it is going.
const RECENT: usize = 10;

/// Whether the losses so far show training moving away from the minimum: the latest one is
/// not a number (NaN) or infinite, or the mean of the last ten is more than twice the first.
/// The first loss is the untrained network's, before any step; a network that learns only
/// brings its loss down from there.
fn diverging(losses: &[f64]) -> bool {
    let (Some(&first), Some(&last)) = (losses.first(), losses.last()) else {
        return false;
    };
    let recent = &losses[losses.len().saturating_sub(RECENT)..];
    let mean = recent.iter().sum::<f64>() / recent.len() as f64;
    !last.is_finite() || mean > 2.0 * first
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
/// each epoch's accuracies. Stops with an error if the loss climbs instead of falling.
pub fn train(
    learner: &mut impl Learner,
    config: &TrainConfig,
    rng: &mut impl Rng,
    progress: &Progress,
) -> Result<History, TrainError> {
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

        // Too large a learning rate overshoots further at each step (§4.4.1): the loss climbs,
        // or stops being a number. The accuracies would mean nothing from here on, so stop.
        if diverging(&history.train_loss_list) {
            return Err(TrainError::Diverged {
                iteration: i,
                first: history.train_loss_list[0],
                last: loss,
                learning_rate: config.learning_rate,
            });
        }

        if i % iter_per_epoch == 0 {
            let (train_acc, test_acc) = learner.evaluate();
            history.train_acc_list.push(train_acc);
            history.test_acc_list.push(test_acc);
            progress.epoch(train_acc, test_acc);
        }
    }
    Ok(history)
}
// ANCHOR_END: train

// ANCHOR: mnist_learner
/// How each step computes the gradient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gradient {
    /// [`TwoLayerNet::gradient`], as the book trains: analytic, explained in chapter 5.
    Analytic,
    /// [`TwoLayerNet::numerical_gradient`], the book's numerical gradient: about 80,000
    /// passes of the batch through the network a step.
    Numerical,
    /// [`TwoLayerNet::fast_numerical_gradient`]: the same numerical gradient, redoing only
    /// what each nudge changes.
    FastNumerical,
}

/// Chapter 4's network learning MNIST, with the gradient that `gradient` says.
pub struct MnistLearner<'a> {
    pub network: TwoLayerNet,
    pub data: &'a Mnist,
    pub gradient: Gradient,
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
        let grad = match self.gradient {
            Gradient::Analytic => self.network.gradient(&x_batch, &t_batch),
            Gradient::Numerical => self.network.numerical_gradient(&x_batch, &t_batch),
            Gradient::FastNumerical => self.network.fast_numerical_gradient(&x_batch, &t_batch),
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
