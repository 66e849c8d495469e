//! The Softmax-with-Loss layer: §5.6.3 of the book; on our pages, chapter 5, "5.6 Affine and
//! Softmax layers".
//!
//! The last layer. Forward takes the scores `x` (one row per example) and the one-hot answers
//! `t`: it turns each row into probabilities with softmax, keeps them as `self.y` and `t` as
//! `self.t`, and returns the cross-entropy error of the batch. Backward returns
//! (y − t) / batch size, times `dout`: the whole of backpropagation starts here.
//!
//! Hint: chapter 3 and 4 have the pieces: `ch03::softmax_batch(&x)` and
//! `ch04::cross_entropy_error_batch(&self.y, t)`. `t.clone()` makes the copy to keep. In
//! backward, `&self.y - &self.t` is y − t, and `self.y.nrows() as f64` the batch size.
//!
//! Check it with `cargo test -p exercises ch05_softmax_with_loss`.

use ndarray::{Array2, array};

use crate::check::{Checked, Hint, Tolerance, same, same_number, yours};
use crate::exercise::Exercise;

#[derive(Debug, Default)]
pub struct SoftmaxWithLoss {
    pub loss: f64,
    pub y: Array2<f64>,
    pub t: Array2<f64>,
}

impl SoftmaxWithLoss {
    pub fn forward(&mut self, x: Array2<f64>, t: &Array2<f64>) -> f64 {
        if cfg!(feature = "answer-key") {
            (self.loss, self.y, self.t) = crate::answer_key::softmax_with_loss_forward(x, t);
            return self.loss;
        }
        todo!("softmax of each row, then the cross-entropy error; keep y and t")
    }

    pub fn backward(&self, dout: f64) -> Array2<f64> {
        if cfg!(feature = "answer-key") {
            return crate::answer_key::softmax_with_loss_backward(&self.y, &self.t, dout);
        }
        todo!("(y - t) / batch size, times dout")
    }
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_softmax_with_loss",
    section: "§5.6.3",
    title: "the Softmax-with-Loss layer",
    file: file!(),
    check,
};

/// Chapter 3's softmax example, [0.3, 2.9, 4.0] with the answer 2, as on our page; then a
/// batch of 4 against `ch05::SoftmaxWithLoss`.
fn check() -> Checked {
    let what = "§5.6.3 SoftmaxWithLoss of the scores [[0.3, 2.9, 4.0]], answer 2:";
    let mut layer = SoftmaxWithLoss::default();
    let t = array![[0.0, 0.0, 1.0]];
    let loss = yours(what, || layer.forward(array![[0.3, 2.9, 4.0]], &t))?;
    let book_loss = -(0.73659691_f64 + 1e-7).ln();
    same_number(
        &format!("{what} the loss"),
        book_loss,
        loss,
        Tolerance::abs(1e-7),
    )?;
    let dx = yours(what, || layer.backward(1.0))?;
    let book_dx = array![[0.01821127, 0.24519181, 0.73659691 - 1.0]];
    same(
        &format!("{what} backward(1.0)"),
        &book_dx,
        &dx,
        Tolerance::abs(1e-8),
    )?;

    let x = super::varied(4, 3, 0.4);
    let t = array![
        [1.0, 0.0, 0.0],
        [0.0, 0.0, 1.0],
        [0.0, 1.0, 0.0],
        [0.0, 0.0, 1.0]
    ];
    let what = "§5.6.3 SoftmaxWithLoss of a batch of 4, as ch05::SoftmaxWithLoss computes it,";
    let mut key = ch05::SoftmaxWithLoss::default();
    let key_loss = key.forward(x.clone(), &t);
    let mut layer = SoftmaxWithLoss::default();
    let loss = yours(what, || layer.forward(x, &t))?;
    same_number(
        &format!("{what} the loss"),
        key_loss,
        loss,
        Tolerance::abs(1e-12),
    )
    .hint("the loss of a batch is the mean of its rows' losses.")?;
    let dx = yours(what, || layer.backward(2.0))?;
    same(
        &format!("{what} backward(2.0)"),
        &key.backward(2.0),
        &dx,
        Tolerance::abs(1e-12),
    )
    .hint("the loss is a mean over the batch, so backward divides y - t by the batch size.")
}
