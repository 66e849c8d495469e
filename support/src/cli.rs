//! The command-line options the chapters' programs share, each group declared once and
//! flattened into a program's own `Args` with `#[command(flatten)]`.
//!
//! Every number is checked as it is read, with a reason a reader can act on
//! (`invalid value '-1' for '--lr <LR>': the learning rate must be a number above 0 …`), and
//! the output folder is tried before any work starts: a program refuses a bad option at once,
//! not after minutes of training.

use std::fs;
use std::path::{Path, PathBuf};

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
    /// `--out`, else `target/runs/<chapter>`: created if need be, and checked to take files.
    pub fn dir(&self, chapter: &str) -> Result<PathBuf, OutError> {
        let dir = self.out.clone().unwrap_or_else(|| paths::runs_dir(chapter));
        writable_dir(&dir)?;
        Ok(dir)
    }
}

/// An output folder that cannot be made or written in.
///
/// The underlying error is part of the message, as `cause` rather than a `source`, so that a
/// program printing the error with its causes (`{error:#}`) does not say it twice.
#[derive(Debug, thiserror::Error)]
pub enum OutError {
    #[error(
        "cannot create the output folder {}: {cause}; choose a folder you can write to",
        path.display()
    )]
    Create {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error(
        "cannot write in the output folder {}: {cause}; choose a folder you can write to",
        path.display()
    )]
    Write {
        path: PathBuf,
        cause: std::io::Error,
    },
}

/// Creates `dir` if it is not there, and writes and removes a small file in it: the surest
/// way to know that the files a run makes at its end can be written.
pub fn writable_dir(dir: &Path) -> Result<(), OutError> {
    fs::create_dir_all(dir).map_err(|cause| OutError::Create {
        path: dir.to_owned(),
        cause,
    })?;
    let probe = dir.join(".dlfs-write-check");
    fs::write(&probe, b"")
        .and_then(|()| fs::remove_file(&probe))
        .map_err(|cause| OutError::Write {
            path: dir.to_owned(),
            cause,
        })
}

/// The options of a training run (§4.5's hyperparameters), with the book's values as
/// defaults.
#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// Training iterations (mini-batches)
    #[arg(long, default_value_t = 10000, value_parser = iterations, allow_negative_numbers = true)]
    pub iters: usize,
    /// Images per mini-batch
    #[arg(long, default_value_t = 100, value_parser = batch_size, allow_negative_numbers = true)]
    pub batch_size: u16,
    /// Learning rate
    #[arg(long, default_value_t = 0.1, value_parser = learning_rate, allow_negative_numbers = true)]
    pub lr: f64,
    /// Neurons in the hidden layer
    #[arg(long, default_value_t = 50, value_parser = hidden, allow_negative_numbers = true)]
    pub hidden: u16,
    /// Seed of the random numbers (initial weights, mini-batches)
    #[arg(long, default_value_t = 42, value_parser = seed, allow_negative_numbers = true)]
    pub seed: u64,
    /// No progress bar (the accuracies of each epoch are printed all the same)
    #[arg(long)]
    pub quiet: bool,
}

/// `--lr`: the size of each step against the gradient (§4.4.1).
pub fn learning_rate(text: &str) -> Result<f64, String> {
    let lr: f64 = text
        .parse()
        .map_err(|_| "not a number; write it like 0.1 or 1e-3".to_string())?;
    if lr.is_finite() && lr > 0.0 {
        Ok(lr)
    } else {
        Err(format!(
            "the learning rate must be a number above 0, such as the book's 0.1; with {lr} \
             gradient descent cannot go down the loss"
        ))
    }
}

/// A weight or a bias (§2.3): any number a perceptron can compute with, not inf or NaN.
pub fn finite(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        Ok(x) => Err(format!(
            "{x} is not a number a perceptron can compute with; write one like -0.7"
        )),
        Err(_) => Err("not a number; write it like 0.5 or -0.7".to_string()),
    }
}

/// `--iters`.
pub fn iterations(text: &str) -> Result<usize, String> {
    whole_number(
        text,
        0,
        usize::MAX,
        "a whole number of iterations (0 or more), such as the book's 10000",
    )
}

/// `--batch-size`.
pub fn batch_size(text: &str) -> Result<u16, String> {
    whole_number(
        text,
        1,
        u16::MAX,
        "a whole number of images per mini-batch from 1 to 65535, such as the book's 100",
    )
}

/// `--hidden`.
pub fn hidden(text: &str) -> Result<u16, String> {
    whole_number(
        text,
        1,
        u16::MAX,
        "a whole number of hidden neurons from 1 to 65535, such as the book's 50",
    )
}

/// `--seed`.
pub fn seed(text: &str) -> Result<u64, String> {
    whole_number(
        text,
        0,
        u64::MAX,
        "a whole number from 0 to 18446744073709551615, such as 42",
    )
}

/// A whole number from `min` to `max`, or "expected <what>".
fn whole_number<T: std::str::FromStr + PartialOrd>(
    text: &str,
    min: T,
    max: T,
    what: &str,
) -> Result<T, String> {
    match text.parse() {
        Ok(n) if min <= n && n <= max => Ok(n),
        _ => Err(format!("expected {what}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_out_of_range_are_refused_with_a_reason() {
        assert_eq!(learning_rate("0.01"), Ok(0.01));
        for bad in ["-1", "0", "nan", "inf", "-inf"] {
            let err = learning_rate(bad).unwrap_err();
            assert!(
                err.starts_with("the learning rate must be a number above 0"),
                "{bad}: {err}"
            );
        }
        assert_eq!(
            learning_rate("fast").unwrap_err(),
            "not a number; write it like 0.1 or 1e-3"
        );
        assert_eq!(
            batch_size("0").unwrap_err(),
            "expected a whole number of images per mini-batch from 1 to 65535, such as the book's 100"
        );
        assert_eq!(
            iterations("abc").unwrap_err(),
            "expected a whole number of iterations (0 or more), such as the book's 10000"
        );
        assert!(iterations("-3").is_err());
        assert_eq!(hidden("50"), Ok(50));
        assert_eq!(seed("7"), Ok(7));
    }

    #[test]
    fn an_output_folder_is_created_and_tried() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a/b");
        writable_dir(&out).unwrap();
        assert!(out.is_dir());
        assert_eq!(
            fs::read_dir(&out).unwrap().count(),
            0,
            "the trial file is removed"
        );

        let file = dir.path().join("file");
        fs::write(&file, "").unwrap();
        let err = writable_dir(&file.join("out")).unwrap_err().to_string();
        assert!(err.starts_with("cannot create the output folder "), "{err}");
        assert!(err.ends_with("; choose a folder you can write to"), "{err}");
    }
}
