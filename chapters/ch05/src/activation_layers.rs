// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.5: activation functions as layers.

use ch03::sigmoid;
use ndarray::{Array2, Zip};

use crate::layer::Layer;

// ANCHOR: relu
/// §5.5.1: ReLU. Forward remembers where the input was ≤ 0; backward lets the derivative
/// through everywhere else and stops it there.
#[derive(Debug, Default)]
pub struct Relu {
    mask: Array2<bool>,
}

impl Layer for Relu {
    fn name(&self) -> &'static str {
        "Relu"
    }

    fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
        self.mask = x.mapv(|v| v <= 0.0);
        x.mapv_into(|v| v.max(0.0))
    }

    fn backward(&mut self, mut dout: Array2<f64>) -> Array2<f64> {
        Zip::from(&mut dout).and(&self.mask).for_each(|d, &off| {
            if off {
                *d = 0.0;
            }
        });
        dout
    }
}
// ANCHOR_END: relu

// ANCHOR: sigmoid
/// §5.5.2: Sigmoid. Its derivative is y(1 − y), so forward keeps the output y.
#[derive(Debug, Default)]
pub struct Sigmoid {
    out: Array2<f64>,
}

impl Layer for Sigmoid {
    fn name(&self) -> &'static str {
        "Sigmoid"
    }

    fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
        self.out = x.mapv_into(sigmoid);
        self.out.clone()
    }

    fn backward(&mut self, dout: Array2<f64>) -> Array2<f64> {
        dout * self.out.mapv(|y| (1.0 - y) * y)
    }
}
// ANCHOR_END: sigmoid
