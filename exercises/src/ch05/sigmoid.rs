//! The Sigmoid layer's backward: §5.5.2 of the book; on our pages, chapter 5, "5.5
//! Activation layers".
//!
//! Forward (written for you) keeps its output y. The sigmoid's derivative is y(1 − y),
//! equation (5.12), so backward returns `dout` times y(1 − y), element by element.
//!
//! Hint: `self.out.mapv(|y| y * (1.0 - y))` is the array of derivatives; multiply `dout` by
//! it with `*`.
//!
//! Check it with `cargo test -p exercises ch05_sigmoid`.
//!
//! ---
//!
//! Sigmoid レイヤの逆伝播: 原書の §5.5.2。この本では第5章「5.5 活性化関数のレイヤ」です。
//!
//! 順伝播 (書いてあります) は出力 y を覚えておきます。シグモイド関数の微分は
//! y(1 − y) (式 (5.12)) なので、逆伝播は `dout` に y(1 − y) を要素ごとに掛けたものを返します。
//!
//! ヒント: `self.out.mapv(|y| y * (1.0 - y))` が微分の配列です。`*` で `dout` に掛けましょう。
//!
//! チェックするには `cargo test -p exercises ch05_sigmoid`。

use ch05::Layer;
use ndarray::{Array2, array};

use crate::check::{Checked, Tolerance, same, text, yours};
use crate::exercise::Exercise;

#[derive(Debug, Default)]
pub struct Sigmoid {
    pub out: Array2<f64>,
}

impl Layer for Sigmoid {
    fn name(&self) -> &'static str {
        "Sigmoid"
    }

    fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
        self.out = x.mapv_into(ch03::sigmoid);
        self.out.clone()
    }

    fn backward(&mut self, dout: Array2<f64>) -> Array2<f64> {
        if cfg!(feature = "answer-key") {
            return crate::answer_key::sigmoid_backward(&self.out, dout);
        }
        todo!("dout times y(1 - y) / dout に y(1 - y) を掛けたもの")
    }
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_sigmoid",
    section: "§5.5.2",
    title: "the Sigmoid layer's backward",
    title_ja: "Sigmoid レイヤの逆伝播",
    file: file!(),
    check,
};

/// At 0, where y = 0.5 and the derivative y(1 − y) is 0.25; then a batch against
/// `ch05::Sigmoid`.
fn check() -> Checked {
    let what = text!(
        "§5.5.2 Sigmoid backward([[1.0, 2.0]]) after forward([[0.0, 0.0]])",
        "§5.5.2 forward([[0.0, 0.0]]) のあとの Sigmoid の backward([[1.0, 2.0]])",
    );
    let mut sigmoid = Sigmoid::default();
    sigmoid.forward(array![[0.0, 0.0]]);
    let dx = yours(&what, || sigmoid.backward(array![[1.0, 2.0]]))?;
    same(&what, &array![[0.25, 0.5]], &dx, Tolerance::abs(1e-15))?;

    let (x, dout) = (super::varied(3, 4, 0.3), super::varied(3, 4, 2.0));
    let what = text!(
        "§5.5.2 Sigmoid backward of a 3 × 4 batch, as ch05::Sigmoid computes it,",
        "§5.5.2 3 × 4 のバッチでの Sigmoid の backward (ch05::Sigmoid の計算と比べて)",
    );
    let mut key = ch05::Sigmoid::default();
    key.forward(x.clone());
    let mut sigmoid = Sigmoid::default();
    sigmoid.forward(x);
    let dx = yours(&what, || sigmoid.backward(dout.clone()))?;
    same(&what, &key.backward(dout), &dx, Tolerance::abs(1e-15))
}
