//! Chapter 4, how a network learns: loss functions, numerical derivatives and gradients,
//! gradient descent, and two experiments with learning.

pub mod cross_entropy_batch;
pub mod cross_entropy_error;
pub mod gradient_descent;
pub mod hidden_size;
pub mod learning_rate;
pub mod numerical_diff;
pub mod numerical_gradient;
pub mod sum_squared_error;

use ndarray::{Array1, array};

/// §4.2's answer, "2", as a one-hot array.
fn t() -> Array1<f64> {
    array![0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
}

/// §4.2's output that says "2" is most likely (60%).
fn y_good() -> Array1<f64> {
    array![0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
}

/// §4.2's output that says "7" is most likely.
fn y_bad() -> Array1<f64> {
    array![0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
}

/// Outputs and one-hot answers of other sizes, for comparing with chapter 4's functions.
fn more_cases() -> Vec<(Array1<f64>, Array1<f64>)> {
    vec![
        (array![0.7, 0.2, 0.1], array![1.0, 0.0, 0.0]),
        (array![0.25, 0.25, 0.25, 0.25], array![0.0, 0.0, 0.0, 1.0]),
        (array![0.0, 1.0], array![1.0, 0.0]),
        (array![0.5, 0.3, 0.2], array![0.0, 0.0, 1.0]),
    ]
}
