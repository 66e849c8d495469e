//! Chapter 4 of the book (ニューラルネットワークの学習, how neural networks learn): loss
//! functions, numerical derivatives and gradients, gradient descent, and a two-layer network
//! trained on MNIST.

pub mod cli;
pub mod figures;
pub mod gradient_descent;
pub mod loss;
pub mod numerical;
pub mod simple_net;
pub mod train;
pub mod two_layer_net;

pub use gradient_descent::gradient_descent;
pub use loss::{Targets, cross_entropy_error, cross_entropy_error_batch, sum_squared_error};
pub use numerical::{function_1, function_2, numerical_diff, numerical_gradient, tangent_line};
pub use simple_net::SimpleNet;
pub use train::{History, Learner, MnistLearner, TrainConfig, train};
pub use two_layer_net::{Params, TwoLayerNet};
