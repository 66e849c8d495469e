// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.5.2–4.5.3: learning with mini-batches (ミニバッチ学習), checked against test data once
//! per epoch.

use std::fs;
use std::path::Path;

use anyhow::Context;
use dataset::{Mnist, one_hot};
use indicatif::ProgressBar;
use ndarray::Axis;
use rand::Rng;

use crate::two_layer_net::TwoLayerNet;

/// How to train: the book's values by default.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub iters_num: usize,
    pub batch_size: usize,
    pub learning_rate: f64,
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

/// What the book's `train_neuralnet.py` records: the loss of every mini-batch, and the
/// accuracy on all training and all test data at the start of every epoch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub train_loss_list: Vec<f64>,
    pub train_acc_list: Vec<f64>,
    pub test_acc_list: Vec<f64>,
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
/// at the start of every epoch, the accuracies. Progress and the per-epoch accuracies go to
/// `progress`, which shows nothing when hidden.
pub fn train(
    learner: &mut impl Learner,
    config: &TrainConfig,
    rng: &mut impl Rng,
    progress: &ProgressBar,
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
        progress.set_message(format!("loss {loss:.4}"));
        progress.inc(1);

        if i % iter_per_epoch == 0 {
            let (train_acc, test_acc) = learner.evaluate();
            history.train_acc_list.push(train_acc);
            history.test_acc_list.push(test_acc);
            progress.println(format!("train acc, test acc | {train_acc}, {test_acc}"));
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

impl History {
    /// Writes the history as CSV: `iteration,loss`, then `epoch,train_acc,test_acc`.
    pub fn save_csv(&self, path: &Path) -> anyhow::Result<()> {
        let mut text = String::from("iteration,loss\n");
        for (i, loss) in self.train_loss_list.iter().enumerate() {
            text += &format!("{i},{loss}\n");
        }
        text += "epoch,train_acc,test_acc\n";
        for (epoch, (train, test)) in self
            .train_acc_list
            .iter()
            .zip(&self.test_acc_list)
            .enumerate()
        {
            text += &format!("{epoch},{train},{test}\n");
        }
        fs::write(path, text).with_context(|| format!("writing {}", path.display()))
    }

    /// Reads what [`History::save_csv`] wrote.
    pub fn load_csv(path: &Path) -> anyhow::Result<History> {
        let text =
            fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let mut history = History::default();
        let mut epochs = false;
        for (n, line) in text.lines().enumerate() {
            let fields: Vec<&str> = line.split(',').collect();
            match fields.as_slice() {
                ["iteration", "loss"] => {}
                ["epoch", "train_acc", "test_acc"] => epochs = true,
                [_, loss] if !epochs => history.train_loss_list.push(number(path, n, loss)?),
                [_, train, test] if epochs => {
                    history.train_acc_list.push(number(path, n, train)?);
                    history.test_acc_list.push(number(path, n, test)?);
                }
                _ => anyhow::bail!("{} line {}: unexpected {line:?}", path.display(), n + 1),
            }
        }
        Ok(history)
    }
}

fn number(path: &Path, n: usize, field: &str) -> anyhow::Result<f64> {
    field.parse().with_context(|| {
        format!(
            "{} line {}: {field:?} is not a number",
            path.display(),
            n + 1
        )
    })
}
