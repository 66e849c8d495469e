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
//!
//! ---
//!
//! Softmax-with-Loss レイヤ: 原書の §5.6.3。この本では第5章「5.6 AffineレイヤとSoftmaxレイヤ」
//! です。
//!
//! 最後のレイヤです。順伝播はスコア `x` (1 行に一つのデータ) と one-hot 表現の正解 `t` を
//! 受け取ります。softmax で各行を確率に変えて `self.y` に、`t` を `self.t` に覚えておき、
//! バッチの交差エントロピー誤差を返します。逆伝播は、(y − t) をバッチサイズで割って `dout` を
//! 掛けたものを返します: 誤差逆伝播法のすべてがここから始まります。
//!
//! ヒント: 部品は第3章と第4章にあります: `ch03::softmax_batch(&x)` と
//! `ch04::cross_entropy_error_batch(&self.y, t)` です。覚えておくコピーは `t.clone()` で作れます。
//! backward では、`&self.y - &self.t` が y − t で、`self.y.nrows() as f64` がバッチサイズです。
//!
//! チェックするには `cargo test -p exercises ch05_softmax_with_loss`。

use ndarray::{Array2, array};

use crate::check::{Checked, Hint, Text, Tolerance, same, same_number, text, yours};
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
        todo!(
            "softmax of each row, then the cross-entropy error; keep y and t / 各行の softmax、それから交差エントロピー誤差。y と t を覚えておく"
        )
    }

    pub fn backward(&self, dout: f64) -> Array2<f64> {
        if cfg!(feature = "answer-key") {
            return crate::answer_key::softmax_with_loss_backward(&self.y, &self.t, dout);
        }
        todo!("(y - t) / batch size, times dout / (y - t) をバッチサイズで割り、dout を掛けたもの")
    }
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_softmax_with_loss",
    section: "§5.6.3",
    title: "the Softmax-with-Loss layer",
    title_ja: "Softmax-with-Loss レイヤ",
    file: file!(),
    check,
};

/// Chapter 3's softmax example, [0.3, 2.9, 4.0] with the answer 2, as on our page; then a
/// batch of 4 against `ch05::SoftmaxWithLoss`.
fn check() -> Checked {
    let what = text!(
        "§5.6.3 SoftmaxWithLoss of the scores [[0.3, 2.9, 4.0]], answer 2:",
        "§5.6.3 スコア [[0.3, 2.9, 4.0]]、正解 2 の SoftmaxWithLoss",
    );
    let Text { en, ja } = &what;
    let mut layer = SoftmaxWithLoss::default();
    let t = array![[0.0, 0.0, 1.0]];
    let loss = yours(&what, || layer.forward(array![[0.3, 2.9, 4.0]], &t))?;
    let book_loss = -(0.73659691_f64 + 1e-7).ln();
    same_number(
        &text!("{en} the loss", "{ja} の損失"),
        book_loss,
        loss,
        Tolerance::abs(1e-7),
    )?;
    let dx = yours(&what, || layer.backward(1.0))?;
    let book_dx = array![[0.01821127, 0.24519181, 0.73659691 - 1.0]];
    same(
        &text!("{en} backward(1.0)", "{ja} の backward(1.0)"),
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
    let what = text!(
        "§5.6.3 SoftmaxWithLoss of a batch of 4, as ch05::SoftmaxWithLoss computes it,",
        "§5.6.3 バッチサイズ 4 の SoftmaxWithLoss (ch05::SoftmaxWithLoss の計算と比べて)",
    );
    let result = |en_name: &str, ja_name: &str| {
        let en = &what.en;
        text!(
            "{en} {en_name}",
            "§5.6.3 バッチサイズ 4 の SoftmaxWithLoss の {ja_name} (ch05::SoftmaxWithLoss の計算と比べて)",
        )
    };
    let mut key = ch05::SoftmaxWithLoss::default();
    let key_loss = key.forward(x.clone(), &t);
    let mut layer = SoftmaxWithLoss::default();
    let loss = yours(&what, || layer.forward(x, &t))?;
    same_number(
        &result("the loss", "損失"),
        key_loss,
        loss,
        Tolerance::abs(1e-12),
    )
    .hint(text!(
        "the loss of a batch is the mean of its rows' losses.",
        "バッチの損失は、各行の損失の平均です。",
    ))?;
    let dx = yours(&what, || layer.backward(2.0))?;
    same(
        &result("backward(2.0)", "backward(2.0)"),
        &key.backward(2.0),
        &dx,
        Tolerance::abs(1e-12),
    )
    .hint(text!(
        "the loss is a mean over the batch, so backward divides y - t by the batch size.",
        "損失はバッチの平均なので、backward では y - t をバッチサイズで割ります。",
    ))
}
