// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.5–5.6: the shape every layer of a network shares.

use ndarray::{Array2, ArrayViewD, ArrayViewMutD};

// ANCHOR: layer
/// A layer of a network. `forward` takes the input, keeps what `backward` will need and
/// returns the output; `backward` takes the derivative of the loss with respect to the output
/// (`dout`) and returns the derivative with respect to the input (`dx`), storing the
/// gradients of the layer's own parameters on the way.
///
/// Both take their array by value: the caller hands it over. Affine keeps its input for
/// backward without copying it, and ReLU may write into `dout` as the book's code does,
/// because nobody else can see it any more.
pub trait Layer {
    /// The layer's kind, as the book's `OrderedDict` keys name it: "Affine", "Relu"…
    fn name(&self) -> &'static str;
    fn forward(&mut self, x: Array2<f64>) -> Array2<f64>;
    fn backward(&mut self, dout: Array2<f64>) -> Array2<f64>;

    /// `backward` for the first layer of a network, whose input is the data: nothing comes
    /// before it to pass `dx` to, so only the parameters' gradients are needed. By default
    /// this is `backward` with `dx` thrown away; Affine skips computing it.
    fn backward_without_dx(&mut self, dout: Array2<f64>) {
        self.backward(dout);
    }

    /// The layer's parameters with their latest gradients, for the optimizer to update.
    /// Layers without parameters (ReLU, Sigmoid) have none.
    fn params(&mut self) -> Vec<Param<'_>> {
        Vec::new()
    }

    // ANCHOR: forward_nudged
    /// §5.7.3: what `forward` gives for the input `x` with entry `index` of parameter `k`
    /// (counted in the order of `params`) moved by `delta`, where `out` is what it gave
    /// without the move. The gradient check asks this twice for every parameter. By
    /// default the entry is moved, `forward` runs again and the entry is put back, as
    /// chapter 4's `numerical_gradient` does; a layer that knows what one entry changes
    /// can answer from `out` instead (Affine does).
    fn forward_nudged(
        &mut self,
        x: &Array2<f64>,
        _out: &Array2<f64>,
        k: usize,
        index: &[usize],
        delta: f64,
    ) -> Array2<f64> {
        let saved = self.params()[k].value[index];
        self.params()[k].value[index] = saved + delta;
        let nudged = self.forward(x.clone());
        self.params()[k].value[index] = saved;
        nudged
    }
    // ANCHOR_END: forward_nudged
}

/// One parameter array of a layer (`W` or `b`), writable, beside its gradient.
pub struct Param<'a> {
    pub name: &'static str,
    pub value: ArrayViewMutD<'a, f64>,
    pub grad: ArrayViewD<'a, f64>,
}
// ANCHOR_END: layer
