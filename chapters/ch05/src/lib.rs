//! Chapter 5 of the book (誤差逆伝播法, backpropagation): computational graphs, layers that
//! pass derivatives backwards, and the two-layer network trained with them.
//!
//! | the book | module |
//! |---|---|
//! | §5.4 simple layers: multiplication and addition | [`simple_layers`], [`graph`] |
//! | §5.5 activation layers: ReLU, Sigmoid | [`activation_layers`] |
//! | §5.6.1–5.6.2 the Affine layer | [`affine`] |
//! | §5.6.3 Softmax-with-Loss | [`softmax_with_loss`] |
//! | what every layer shares | [`layer`] |
//! | §5.7.1–5.7.2, 5.7.4 the two-layer network and its training | [`two_layer_net`] |
//! | §5.7.3 the gradient check | [`gradient_check`] |
//! | the chapter's figures | [`figures`] |

pub mod activation_layers;
pub mod affine;
pub mod figures;
pub mod gradient_check;
pub mod graph;
pub mod layer;
pub mod simple_layers;
pub mod softmax_with_loss;
pub mod two_layer_net;

pub use activation_layers::{Relu, Sigmoid};
pub use affine::Affine;
pub use gradient_check::gradient_check;
pub use layer::{Layer, Param};
pub use simple_layers::{AddLayer, MulLayer};
pub use softmax_with_loss::SoftmaxWithLoss;
pub use two_layer_net::{LayerLearner, TwoLayerNet};
