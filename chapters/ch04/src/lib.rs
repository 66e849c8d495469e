//! Chapter 4 of the book (ニューラルネットワークの学習, how neural networks learn): loss
//! functions, numerical derivatives and gradients, gradient descent, and a two-layer network
//! trained on MNIST.
//!
//! | the book | module |
//! |---|---|
//! | §4.1 learning from data: hand-made features, for comparison | [`features`] |
//! | §4.2 loss functions, mini-batches | [`loss`] |
//! | §4.3 numerical differentiation; §4.4 gradients | [`numerical`] |
//! | §4.4.1 gradient descent | [`gradient_descent`] |
//! | §4.4.2 the gradient of `simpleNet` | [`simple_net`] |
//! | §4.5.1 the two-layer network | [`two_layer_net`] |
//! | §4.5.1 the gradient check: how close, and how it is printed | [`gradient_check`] |
//! | §4.5.2–4.5.3 mini-batch training, checked on test data | [`train`] |
//! | going further: the numerical gradient, fast | [`fast_numerical`] |
//! | the chapter's figures | [`figures`] |

pub mod fast_numerical;
pub mod features;
pub mod figures;
pub mod gradient_check;
pub mod gradient_descent;
pub mod loss;
pub mod numerical;
pub mod simple_net;
pub mod train;
pub mod two_layer_net;

pub use features::{NearestCentroid, block_means, hand_made_correct};
pub use gradient_descent::gradient_descent;
pub use loss::{Targets, cross_entropy_error, cross_entropy_error_batch, sum_squared_error};
pub use numerical::{
    function_1, function_2, mean_abs_diff, numerical_diff, numerical_gradient, tangent_line,
};
pub use simple_net::{SimpleNet, simple_net_example, simple_net_gradient};
/// What `train` reports its progress to (from the plumbing crate, `support`).
pub use support::Progress;
pub use train::{Gradient, Learner, MnistLearner, TrainConfig, TrainError, train};
pub use two_layer_net::{Params, TwoLayerNet};
