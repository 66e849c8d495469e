//! The MNIST and weights readers' tests, one module per file of this folder, in one test program: one build and
//! one link for all of them, and `cargo test -p dataset` reports every failure, not only those
//! of the first program that fails. Each module's first lines say what it checks.

mod bad_files;
mod images;
mod mnist_files;
mod properties;
mod property_check;
// The weights readers are the feature `weights` (on by default).
#[cfg(feature = "weights")]
mod weights_files;
#[cfg(feature = "weights")]
mod weights_properties;
