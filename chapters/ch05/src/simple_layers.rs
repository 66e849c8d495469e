// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.4: the two simplest layers, on plain numbers: a multiplication node and an addition
//! node of a computational graph, each with its forward and its backward side by side.

// ANCHOR: mul_layer
/// §5.4.1: z = x · y. Backward, the upstream derivative is multiplied by the *other* input.
#[derive(Debug, Default)]
pub struct MulLayer {
    x: f64,
    y: f64,
}

impl MulLayer {
    pub fn forward(&mut self, x: f64, y: f64) -> f64 {
        self.x = x;
        self.y = y;
        x * y
    }

    /// Returns (dx, dy).
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        (dout * self.y, dout * self.x)
    }
}
// ANCHOR_END: mul_layer

// ANCHOR: add_layer
/// §5.4.2: z = x + y. Backward, the upstream derivative passes through unchanged to both.
#[derive(Debug, Default)]
pub struct AddLayer;

impl AddLayer {
    pub fn forward(&mut self, x: f64, y: f64) -> f64 {
        x + y
    }

    /// Returns (dx, dy).
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        (dout, dout)
    }
}
// ANCHOR_END: add_layer
