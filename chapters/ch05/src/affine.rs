// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.6.2: the Affine layer, x·W + b, for a batch of inputs.

use ndarray::{Array1, Array2, Axis};

use crate::layer::{Layer, Param};

// ANCHOR: affine
/// §5.6.2: Y = X·W + B. Backward: dX = dY·Wᵀ, dW = Xᵀ·dY, and dB sums dY over the batch,
/// because the same B was added to every row.
#[derive(Debug, Clone)]
pub struct Affine {
    pub w: Array2<f64>,
    pub b: Array1<f64>,
    x: Array2<f64>,
    pub dw: Array2<f64>,
    pub db: Array1<f64>,
}

impl Affine {
    pub fn new(w: Array2<f64>, b: Array1<f64>) -> Affine {
        let (dw, db) = (Array2::zeros(w.raw_dim()), Array1::zeros(b.raw_dim()));
        Affine {
            w,
            b,
            x: Array2::zeros((0, 0)),
            dw,
            db,
        }
    }
}

impl Layer for Affine {
    fn name(&self) -> &'static str {
        "Affine"
    }

    fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
        let out = x.dot(&self.w) + &self.b;
        self.x = x;
        out
    }

    fn backward(&mut self, dout: Array2<f64>) -> Array2<f64> {
        let dx = dout.dot(&self.w.t());
        self.backward_without_dx(dout);
        dx
    }

    /// dW and db only. In the first layer dX would be the derivative for the input image,
    /// which nothing uses; skipping that product saves a third of a training step's
    /// arithmetic. (The book's code computes it and throws it away.)
    fn backward_without_dx(&mut self, dout: Array2<f64>) {
        self.dw = self.x.t().dot(&dout);
        self.db = dout.sum_axis(Axis(0));
    }

    // ANCHOR: forward_nudged
    /// Y = X·W + B, with one entry moved: W[i][j] reaches only column j of Y, which
    /// moves by `delta` times column i of X; b[j] moves column j by `delta`. A few
    /// additions per image, instead of the whole product X·W again.
    fn forward_nudged(
        &mut self,
        x: &Array2<f64>,
        out: &Array2<f64>,
        k: usize,
        index: &[usize],
        delta: f64,
    ) -> Array2<f64> {
        let mut out = out.clone();
        if k == 0 {
            let (i, j) = (index[0], index[1]);
            out.column_mut(j).scaled_add(delta, &x.column(i));
        } else {
            let mut column = out.column_mut(index[0]);
            column += delta;
        }
        out
    }
    // ANCHOR_END: forward_nudged

    fn params(&mut self) -> Vec<Param<'_>> {
        vec![
            Param {
                name: "W",
                value: self.w.view_mut().into_dyn(),
                grad: self.dw.view().into_dyn(),
            },
            Param {
                name: "b",
                value: self.b.view_mut().into_dyn(),
                grad: self.db.view().into_dyn(),
            },
        ]
    }
}
// ANCHOR_END: affine
