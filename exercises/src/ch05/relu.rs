//! The ReLU layer's backward: §5.5.1 of the book; on our pages, chapter 5, "5.5 Activation
//! layers".
//!
//! Forward (written for you) keeps `mask`: true where the input was 0 or less. Backward lets
//! the derivative `dout` through where the input was above 0, and puts 0 where the mask is
//! true: there, ReLU's output did not change with its input.
//!
//! Hint: `self.mask.mapv(|off| if off { 0.0 } else { 1.0 })` turns the mask into numbers,
//! and `dout * &that` multiplies element by element. (The book's code writes the zeros into
//! `dout` itself, which Rust allows once the parameter is declared `mut dout`: try
//! `ndarray::Zip::from(&mut dout).and(&self.mask).for_each(|d, &off| if off { *d = 0.0 });`.)
//!
//! Check it with `cargo test -p exercises ch05_relu`.
//!
//! ---
//!
//! ReLU レイヤの逆伝播: 原書の §5.5.1。この本では第5章「5.5 活性化関数のレイヤ」です。
//!
//! 順伝播 (書いてあります) は `mask` を覚えておきます: 入力が 0 以下だったところが true です。
//! 逆伝播では、入力が 0 より大きかったところは微分 `dout` をそのまま通し、mask が true のところ
//! には 0 を入れます: そこでは、入力が変わっても ReLU の出力は変わらなかったからです。
//!
//! ヒント: `self.mask.mapv(|off| if off { 0.0 } else { 1.0 })` で mask が数の配列になり、それを
//! `that` とすると、`dout * &that` で要素ごとに掛け算できます。(原書のコードは `dout` そのものに
//! 0 を書き込みます。Rust でも、引数を `mut dout` と宣言すればそう書けます:
//! `ndarray::Zip::from(&mut dout).and(&self.mask).for_each(|d, &off| if off { *d = 0.0 });`
//! を試してみましょう。)
//!
//! チェックするには `cargo test -p exercises ch05_relu`。

use ch05::Layer;
use ndarray::{Array2, array};

use crate::check::{Checked, Tolerance, same, text, yours};
use crate::exercise::Exercise;

#[derive(Debug, Default)]
pub struct Relu {
    pub mask: Array2<bool>,
}

impl Layer for Relu {
    fn name(&self) -> &'static str {
        "Relu"
    }

    fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
        self.mask = x.mapv(|v| v <= 0.0);
        x.mapv_into(|v| v.max(0.0))
    }

    fn backward(&mut self, dout: Array2<f64>) -> Array2<f64> {
        if cfg!(feature = "answer-key") {
            return crate::answer_key::relu_backward(&self.mask, dout);
        }
        todo!("dout, with 0 where the mask is true / dout の、mask が true のところを 0 にしたもの")
    }
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_relu",
    section: "§5.5.1",
    title: "the ReLU layer's backward",
    title_ja: "ReLU レイヤの逆伝播",
    file: file!(),
    check,
};

/// The book's example input, [[1.0, -0.5], [-2.0, 3.0]], then a larger one against
/// `ch05::Relu`.
fn check() -> Checked {
    let x = array![[1.0, -0.5], [-2.0, 3.0]];
    let dout = array![[0.5, 2.0], [3.0, -1.5]];
    let what = text!(
        "§5.5.1 ReLU backward([[0.5, 2.0], [3.0, -1.5]]) after forward([[1.0, -0.5], [-2.0, 3.0]])",
        "§5.5.1 forward([[1.0, -0.5], [-2.0, 3.0]]) のあとの ReLU の backward([[0.5, 2.0], [3.0, -1.5]])",
    );
    let mut relu = Relu::default();
    relu.forward(x);
    let dx = yours(&what, || relu.backward(dout))?;
    same(
        &what,
        &array![[0.5, 0.0], [0.0, -1.5]],
        &dx,
        Tolerance::abs(0.0),
    )?;

    let (x, dout) = (super::varied(3, 4, 0.3), super::varied(3, 4, 2.0));
    let what = text!(
        "§5.5.1 ReLU backward of a 3 × 4 batch, as ch05::Relu computes it,",
        "§5.5.1 3 × 4 のバッチでの ReLU の backward (ch05::Relu の計算と比べて)",
    );
    let mut key = ch05::Relu::default();
    key.forward(x.clone());
    let mut relu = Relu::default();
    relu.forward(x);
    let dx = yours(&what, || relu.backward(dout.clone()))?;
    same(&what, &key.backward(dout), &dx, Tolerance::abs(0.0))
}
