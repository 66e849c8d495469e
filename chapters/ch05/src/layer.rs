// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! The shape every layer of a network shares (§5.5–5.6).

use ndarray::{Array2, ArrayViewD, ArrayViewMutD};

// ANCHOR: layer
/// A layer of a network. `forward` computes the output and keeps what `backward` will need;
/// `backward` takes the derivative of the loss with respect to the output (`dout`) and
/// returns the derivative with respect to the input (`dx`), storing the gradients of the
/// layer's own parameters on the way. Both return new arrays and leave their input alone.
pub trait Layer {
    fn forward(&mut self, x: &Array2<f64>) -> Array2<f64>;
    fn backward(&mut self, dout: &Array2<f64>) -> Array2<f64>;

    /// The layer's parameters with their latest gradients, for the optimizer to update.
    /// Layers without parameters (ReLU, Sigmoid) have none.
    fn params(&mut self) -> Vec<Param<'_>> {
        Vec::new()
    }
}

/// One parameter array of a layer (`W` or `b`), writable, beside its gradient.
pub struct Param<'a> {
    pub name: &'static str,
    pub value: ArrayViewMutD<'a, f64>,
    pub grad: ArrayViewD<'a, f64>,
}
// ANCHOR_END: layer
