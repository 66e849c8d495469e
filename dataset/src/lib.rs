//! The book keeps its data loader outside the chapters, in `dataset/mnist.py`, and every chapter
//! imports it (`from dataset.mnist import load_mnist`). This crate plays the same part:
//! `dataset::mnist::load_mnist`.
//!
//! | the book | module |
//! |---|---|
//! | §3.6.1 `load_mnist`: the four files, normalised, flattened | [`mnist`] |
//! | (the file format behind it, IDX, read with clear errors) | [`idx`] |
//! | (the four files of an MNIST folder, the size of its images) | [`files`] |
//! | (what can be wrong with the folder or a file, in words) | [`error`] |
//! | §3.6.2 the trained weights: the book's `sample_weight.pkl`, this project's `.npz` | [`weights`] |
//!
//! The weights readers are the feature `weights`, on by default; chapter 1, which needs
//! only MNIST images, turns it off and builds faster.

pub mod error;
pub mod files;
pub mod idx;
pub mod mnist;
#[cfg(feature = "weights")]
pub mod weights;

pub use error::IdxError;
pub use idx::{Images, read_images, read_labels};
pub use mnist::{Mnist, load_mnist, one_hot};
#[cfg(feature = "weights")]
pub use weights::{Weights, WeightsError};
