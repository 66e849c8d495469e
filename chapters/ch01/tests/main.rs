//! Chapter 1's tests, one module per file of this folder, in one test program: one build and
//! one link for all of them, and `cargo test -p ch01` reports every failure, not only those
//! of the first program that fails. Each module's first lines say what it checks.

mod run_ch01;
