//! Chapter 3 of the book (ニューラルネットワーク, neural networks): activation functions,
//! softmax, and the forward pass of a network that reads handwritten digits.

pub mod activation;
pub mod cli;
pub mod figures;
pub mod inference;
pub mod network;
pub mod softmax;
pub mod weights;

pub use activation::{identity_function, logit, relu, sigmoid, step_function};
pub use inference::{accuracy_cnt, argmax};
pub use network::{Network, forward, init_network, predict};
pub use softmax::{softmax, softmax_batch, softmax_naive};
