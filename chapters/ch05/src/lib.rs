//! Chapter 5 of the book (誤差逆伝播法, backpropagation): computational graphs, layers that
//! pass derivatives backwards, and the two-layer network trained with them — clearly, and fast.

pub mod activation_layers;
pub mod affine;
pub mod fast;
pub mod figures;
pub mod graph;
pub mod layer;
pub mod simple_layers;
pub mod softmax_with_loss;
pub mod two_layer_net;

pub use activation_layers::{Relu, Sigmoid};
pub use affine::Affine;
pub use fast::FastLearner;
pub use layer::{Layer, Param};
pub use simple_layers::{AddLayer, MulLayer};
pub use softmax_with_loss::SoftmaxWithLoss;
pub use two_layer_net::{LayerLearner, TwoLayerNet};
