//! What the training programs of chapters 4 and 5 share on the command line: the options of
//! a training run and its progress bar.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::train::TrainConfig;

/// The options of a training run (§4.5's hyperparameters), with the book's values as defaults.
#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// Training iterations (mini-batches)
    #[arg(long, default_value_t = 10000)]
    pub iters: usize,
    /// Images per mini-batch
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u16).range(1..))]
    pub batch_size: u16,
    /// Learning rate
    #[arg(long, default_value_t = 0.1)]
    pub lr: f64,
    /// Neurons in the hidden layer
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..))]
    pub hidden: u16,
    /// Seed of the random numbers (initial weights, mini-batches)
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// No progress bar
    #[arg(long)]
    pub quiet: bool,
}

impl TrainArgs {
    pub fn config(&self) -> TrainConfig {
        TrainConfig {
            iters_num: self.iters,
            batch_size: usize::from(self.batch_size),
            learning_rate: self.lr,
        }
    }
}

/// A progress bar over `len` iterations with the time left and the latest loss; hidden when
/// `quiet`.
pub fn progress_bar(len: usize, quiet: bool) -> ProgressBar {
    let target = if quiet {
        ProgressDrawTarget::hidden()
    } else {
        ProgressDrawTarget::stderr()
    };
    let bar = ProgressBar::with_draw_target(Some(len as u64), target);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} iterations, ETA {eta} ({msg})")
            .expect("a valid template"),
    );
    bar
}
