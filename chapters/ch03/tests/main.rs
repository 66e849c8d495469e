//! Chapter 3's tests, one module per file of this folder, in one test program: one build and
//! one link for all of them, and `cargo test -p ch03` reports every failure, not only those
//! of the first program that fails. Each module's first lines say what it checks.

mod book_values;
mod book_weights;
mod extreme_inputs;
mod own_weights;
mod run_ch03;
