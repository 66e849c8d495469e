//! The MNIST and weights readers's tests, one module per file of this folder, in one test program: one build and
//! one link for all of them, and `cargo test -p dataset` reports every failure, not only those
//! of the first program that fails. Each module's first lines say what it checks.

mod bad_files;
mod images;
mod mnist_files;
mod properties;
mod property_check;
mod weights_files;
mod weights_properties;
