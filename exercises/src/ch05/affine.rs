//! The Affine layer's backward: §5.6.2 of the book; on our pages, chapter 5, "5.6 Affine and
//! Softmax layers".
//!
//! Forward (written for you) computes Y = X·W + B for a batch and keeps X. Backward gets
//! dY, the derivative of the loss for each output, and, as equation (5.13) says,
//! returns dX = dY·Wᵀ, and stores dW = Xᵀ·dY in `self.dw` and dB, the sum of dY's rows, in
//! `self.db`.
//!
//! Hint: the transpose Wᵀ is `self.w.t()`, so dX is `dout.dot(&self.w.t())`. The sum of the
//! rows is `dout.sum_axis(Axis(0))` (with `use ndarray::Axis;`). Each derivative has the
//! shape of what it is the derivative of: dW the shape of W, dX the shape of X.
//!
//! Check it with `cargo test -p exercises ch05_affine`.
//!
//! ---
//!
//! Affine レイヤの逆伝播: 原書の §5.6.2。この本では第5章「5.6 AffineレイヤとSoftmaxレイヤ」です。
//!
//! 順伝播 (書いてあります) はバッチに対して Y = X·W + B を計算し、X を覚えておきます。逆伝播は
//! dY (それぞれの出力についての損失の微分) を受け取り、式 (5.13) のとおり dX = dY·Wᵀ を返し、
//! dW = Xᵀ·dY を `self.dw` に、dB (dY の行をすべて足したもの) を `self.db` にしまいます。
//!
//! ヒント: 転置 Wᵀ は `self.w.t()` なので、dX は `dout.dot(&self.w.t())` です。行をすべて足すには
//! `dout.sum_axis(Axis(0))` と書きます (`use ndarray::Axis;` が必要です)。どの微分も、微分される
//! ものと同じ形状です: dW は W の形状、dX は X の形状になります。
//!
//! チェックするには `cargo test -p exercises ch05_affine`。

use ch05::Layer;
use ndarray::{Array1, Array2, array};

use crate::check::{Checked, Hint, Text, Tolerance, same, text, yours};
use crate::exercise::Exercise;

#[derive(Debug, Clone)]
pub struct Affine {
    pub w: Array2<f64>,
    pub b: Array1<f64>,
    pub x: Array2<f64>,
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
        if cfg!(feature = "answer-key") {
            let dx;
            (dx, self.dw, self.db) =
                crate::answer_key::affine_backward(&self.w, &self.b, &self.x, dout);
            return dx;
        }
        todo!("store dW and dB, return dX / dW と dB をしまい、dX を返す")
    }
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_affine",
    section: "§5.6.2",
    title: "the Affine layer's backward",
    title_ja: "Affine レイヤの逆伝播",
    file: file!(),
    check,
};

/// The book's dY, [[1, 2, 3], [4, 5, 6]], whose dB is [5, 7, 9]; the shapes of dX and dW;
/// then their values, and a larger batch, against `ch05::Affine`.
fn check() -> Checked {
    let w = array![[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]];
    let b = array![0.01, -0.02, 0.03];
    let x = array![[1.0, 2.0], [-0.5, 0.3]];
    let dout = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    compare(&w, &b, &x, &dout, &text!("a batch of 2", "バッチサイズ 2"))?;
    let (x, dout) = (super::varied(5, 2, 0.7), super::varied(5, 3, 1.9));
    compare(&w, &b, &x, &dout, &text!("a batch of 5", "バッチサイズ 5"))
}

/// Your Affine and `ch05::Affine`, after the same forward and backward.
fn compare(
    w: &Array2<f64>,
    b: &Array1<f64>,
    x: &Array2<f64>,
    dout: &Array2<f64>,
    batch: &Text,
) -> Checked {
    let Text { en, ja } = batch;
    let what = text!(
        "§5.6.2 Affine backward, {en}:",
        "§5.6.2 {ja} での Affine の backward",
    );
    let result = |name: &str| {
        let Text { en, ja } = &what;
        text!("{en} {name}", "{ja} の {name}")
    };
    let mut affine = Affine::new(w.clone(), b.clone());
    affine.forward(x.clone());
    let dx = yours(&what, || affine.backward(dout.clone()))?;
    let mut key = ch05::Affine::new(w.clone(), b.clone());
    key.forward(x.clone());
    let key_dx = key.backward(dout.clone());
    let tolerance = Tolerance::abs(1e-12);
    same(&result("dB"), &key.db, &affine.db, tolerance).hint(text!(
        "dB is the sum of dY's rows, kept in self.db.",
        "dB は dY の行をすべて足したもので、self.db にしまいます。",
    ))?;
    same(&result("dX"), &key_dx, &dx, tolerance)?;
    same(&result("dW"), &key.dw, &affine.dw, tolerance).hint(text!(
        "dW is Xᵀ·dY, with the X that forward kept, in self.dw.",
        "dW は Xᵀ·dY (X は forward が覚えておいたもの) で、self.dw にしまいます。",
    ))
}
