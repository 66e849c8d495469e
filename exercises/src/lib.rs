//! Exercises for chapters 2 to 5 of the book, in the manner of rustlings. Each file under
//! `src/chNN/` is one exercise: what to write and a hint, at the top; a function (or a
//! layer) whose body is `todo!()`, where your code goes; and, below, the check that compares
//! your code with the book.
//!
//! `cargo run -p exercises` lists the exercises and says which is next;
//! `cargo test -p exercises ch03_softmax` checks one. See `exercises/README.md`.

pub mod ch02;
pub mod ch03;
pub mod ch04;
pub mod ch05;

mod answer_key;
pub mod check;
mod exercise;
mod mnist;
#[cfg(test)]
mod tests;

pub use exercise::Exercise;

/// Every exercise, in the order of the book.
pub const EXERCISES: [Exercise; 27] = [
    ch02::and::EXERCISE,
    ch02::nand::EXERCISE,
    ch02::or::EXERCISE,
    ch02::xor::EXERCISE,
    ch02::half_adder::EXERCISE,
    ch03::step_function::EXERCISE,
    ch03::sigmoid::EXERCISE,
    ch03::relu::EXERCISE,
    ch03::forward::EXERCISE,
    ch03::softmax::EXERCISE,
    ch03::accuracy_cnt::EXERCISE,
    ch04::sum_squared_error::EXERCISE,
    ch04::cross_entropy_error::EXERCISE,
    ch04::cross_entropy_batch::EXERCISE,
    ch04::numerical_diff::EXERCISE,
    ch04::numerical_gradient::EXERCISE,
    ch04::gradient_descent::EXERCISE,
    ch04::learning_rate::EXERCISE,
    ch04::hidden_size::EXERCISE,
    ch05::mul_layer::EXERCISE,
    ch05::add_layer::EXERCISE,
    ch05::relu::EXERCISE,
    ch05::sigmoid::EXERCISE,
    ch05::affine::EXERCISE,
    ch05::softmax_with_loss::EXERCISE,
    ch05::add_a_layer::EXERCISE,
    ch05::swap_relu_for_sigmoid::EXERCISE,
];

/// `cargo test -p exercises`: the library's test program (`harness = false` in Cargo.toml).
#[cfg(test)]
fn main() {
    tests::main();
}
