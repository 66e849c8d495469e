//! MNIST for the exercises, read once per run: all 10,000 test images, and the first 10,000
//! training images, enough for a network to learn something in a few hundred steps.

use std::sync::OnceLock;

use dataset::{Mnist, load_mnist};
use ndarray::s;
use support::paths::mnist_dir;

use crate::check::{Failure, text};

/// Training images the experiments draw their mini-batches from.
const TRAIN_IMAGES: usize = 10_000;

/// MNIST, normalised (pixels from 0.0 to 1.0), with the training set cut to its first
/// 10,000 images.
pub fn mnist() -> Result<&'static Mnist, Failure> {
    static MNIST: OnceLock<Result<Mnist, String>> = OnceLock::new();
    MNIST
        .get_or_init(|| {
            let full = load_mnist(&mnist_dir(), true).map_err(|e| e.to_string())?;
            Ok(Mnist {
                x_train: full.x_train.slice(s![..TRAIN_IMAGES, ..]).to_owned(),
                t_train: full.t_train.slice(s![..TRAIN_IMAGES]).to_owned(),
                x_test: full.x_test,
                t_test: full.t_test,
            })
        })
        .as_ref()
        .map_err(|e| {
            Failure::Wrong(text!(
                "the check could not read MNIST: {e}",
                "チェックが MNIST を読めませんでした: {e}",
            ))
        })
}
