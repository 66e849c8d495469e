//! Chapter 3 of the book (ニューラルネットワーク, neural networks): activation functions,
//! softmax, and the forward pass of a network that reads handwritten digits.
//!
//! | the book | module |
//! |---|---|
//! | §3.2 activation functions: step, sigmoid, ReLU | [`activation`] |
//! | §3.4 a three-layer network; §3.6.2 its MNIST forward pass | [`network`] |
//! | §3.5 the output layer: softmax and its overflow guard | [`softmax`] |
//! | §3.6.2–3.6.3 inference, accuracy, batches | [`inference`] |
//! | the chapter's figures | [`figures`] |

pub mod activation;
pub mod figures;
pub mod inference;
pub mod network;
pub mod softmax;

pub use activation::{identity_function, logit, relu, sigmoid, step_function};
pub use inference::{accuracy_cnt, argmax};
pub use network::{Network, forward, init_network, load_network, predict};
pub use softmax::{softmax, softmax_batch, softmax_naive};
