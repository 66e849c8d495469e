//! The command-line options the chapters' programs share, each group declared once and
//! flattened into a program's own `Args` with `#[command(flatten)]`.

use std::path::PathBuf;

use crate::paths;

/// Where to read MNIST from.
#[derive(Debug, clap::Args)]
pub struct MnistArgs {
    /// Directory holding the four MNIST .gz files [default: data/mnist of the repository]
    #[arg(long, value_name = "DIR", env = "DLFS_MNIST_DIR")]
    pub mnist_dir: Option<PathBuf>,
}

impl MnistArgs {
    /// The directory to read: `--mnist-dir`, else `$DLFS_MNIST_DIR`, else `data/mnist`.
    pub fn dir(&self) -> PathBuf {
        self.mnist_dir.clone().unwrap_or_else(paths::mnist_dir)
    }
}

/// Where a program writes what it makes.
#[derive(Debug, clap::Args)]
pub struct OutArgs {
    /// Directory for the figures (SVG), training records (CSV) and printed output
    /// (output.txt) [default: target/runs/<chapter> of the repository]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

impl OutArgs {
    /// `--out`, else `target/runs/<chapter>`.
    pub fn dir(&self, chapter: &str) -> PathBuf {
        self.out.clone().unwrap_or_else(|| paths::runs_dir(chapter))
    }
}

/// The options of a training run (§4.5's hyperparameters), with the book's values as
/// defaults.
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
    /// No progress bar (the accuracies of each epoch are printed all the same)
    #[arg(long)]
    pub quiet: bool,
}
