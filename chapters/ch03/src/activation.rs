// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §3.2: activation functions (活性化関数), each written for one number. NumPy applies a
//! function to every element of an array by itself; ndarray says so with `mapv`:
//! `x.mapv(sigmoid)`.

// ANCHOR: step_function
/// §3.2.2: 1 for inputs above 0, 0 otherwise: the perceptron's activation.
pub fn step_function(x: f64) -> f64 {
    if x > 0.0 { 1.0 } else { 0.0 }
}
// ANCHOR_END: step_function

// ANCHOR: sigmoid
/// §3.2.4: the sigmoid, 1 / (1 + exp(−x)): a smooth step from 0 to 1.
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}
// ANCHOR_END: sigmoid

// ANCHOR: relu
/// §3.2.7: ReLU, the input when it is above 0, and 0 otherwise.
pub fn relu(x: f64) -> f64 {
    x.max(0.0)
}
// ANCHOR_END: relu

// ANCHOR: identity_function
/// §3.4.2: the output layer's activation for regression: the input, unchanged.
pub fn identity_function(x: f64) -> f64 {
    x
}
// ANCHOR_END: identity_function

/// Questions from the margin: the logit, ln(p / (1 − p)), the log of the odds of a
/// probability `p`. The sigmoid is its inverse: `sigmoid(logit(p)) == p`.
pub fn logit(p: f64) -> f64 {
    (p / (1.0 - p)).ln()
}
