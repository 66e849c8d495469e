//! Chapter 4's tests, one module per file of this folder, in one test program: one build and
//! one link for all of them, and `cargo test -p ch04` reports every failure, not only those
//! of the first program that fails. Each module's first lines say what it checks.

mod book_values;
mod command_line;
mod descent;
mod divergence;
mod extreme_inputs;
mod fast_numerical;
mod gradient_check;
mod hand_made_features;
mod numerical_training;
mod recorded_run;
mod run_ch04;
mod sgd_step;
mod tangent_line;
mod two_layer_net;
