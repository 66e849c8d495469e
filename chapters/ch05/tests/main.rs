//! Chapter 5's tests, one module per file of this folder, in one test program: one build and
//! one link for all of them, and `cargo test -p ch05` reports every failure, not only those
//! of the first program that fails. Each module's first lines say what it checks.

mod command_line;
mod gradient_check;
mod graphs;
mod layer_lists;
mod recorded_run;
mod run_ch05;
mod seeded_runs;
mod sgd_step;
