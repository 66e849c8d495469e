//! Chapter 2's tests, one module per file of this folder, in one test program: one build and
//! one link for all of them, and `cargo test -p ch02` reports every failure, not only those
//! of the first program that fails. Each module's first lines say what it checks.

mod gates;
mod perceptron;
mod run_ch02;
