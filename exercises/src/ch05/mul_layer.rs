//! The multiplication layer: §5.4.1 of the book; on our pages, chapter 5, "5.3–5.4 Addition
//! and multiplication nodes, as layers".
//!
//! Forward, z = x · y, and remember x and y. Backward, the derivative arriving from the
//! right, `dout`, goes back to each input multiplied by the *other* input: (dout · y,
//! dout · x).
//!
//! Hint: in `forward`, `self.x = x;` and `self.y = y;` keep the inputs; then `x * y` is the
//! answer. `backward` returns a pair, written `(first, second)`.
//!
//! Check it with `cargo test -p exercises ch05_mul_layer`.
//!
//! ---
//!
//! 乗算レイヤ: 原書の §5.4.1。この本では第5章「5.3–5.4 加算ノードと乗算ノードをレイヤに」です。
//!
//! 順伝播では z = x · y を計算し、x と y を覚えておきます。逆伝播では、右から届いた微分 `dout`
//! に *もう一方の* 入力を掛けて、それぞれの入力へ返します: (dout · y, dout · x)。
//!
//! ヒント: `forward` では `self.x = x;` と `self.y = y;` で入力を覚えておき、`x * y` を答えに
//! します。`backward` は二つの値の組を返します。書き方は `(first, second)` です。
//!
//! チェックするには `cargo test -p exercises ch05_mul_layer`。

use crate::check::{Checked, Tolerance, same_number, text, yours};
use crate::exercise::Exercise;

#[derive(Debug, Default)]
pub struct MulLayer {
    pub x: f64,
    pub y: f64,
}

impl MulLayer {
    pub fn forward(&mut self, x: f64, y: f64) -> f64 {
        if cfg!(feature = "answer-key") {
            return crate::answer_key::mul_forward((&mut self.x, &mut self.y), x, y);
        }
        todo!("keep x and y, and return x * y / x と y を覚えておき、x * y を返す")
    }

    /// Returns (dx, dy). (dx, dy) を返します。
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        if cfg!(feature = "answer-key") {
            return crate::answer_key::mul_backward(self.x, self.y, dout);
        }
        todo!(
            "dout times the other input, for each input / それぞれの入力へ、dout にもう一方の入力を掛けたもの"
        )
    }
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_mul_layer",
    section: "§5.4.1",
    title: "the multiplication layer, forward and backward",
    title_ja: "乗算レイヤの順伝播と逆伝播",
    file: file!(),
    check,
};

/// The book's apples (`buy_apple.py`): every value, as `ch05::graph::buy_apple` has them (the
/// book prints them, some cut to whole numbers); then other numbers against `ch05::MulLayer`.
fn check() -> Checked {
    let (apple, apple_num, tax) = (100.0, 2.0, 1.1);
    let what = text!(
        "§5.4.1 buying apples with your MulLayer",
        "§5.4.1 あなたの MulLayer でリンゴを買う計算",
    );
    let values = yours(&what, || {
        let mut mul_apple_layer = MulLayer::default();
        let mut mul_tax_layer = MulLayer::default();
        let apple_price = mul_apple_layer.forward(apple, apple_num);
        let price = mul_tax_layer.forward(apple_price, tax);
        let (dapple_price, dtax) = mul_tax_layer.backward(1.0);
        let (dapple, dapple_num) = mul_apple_layer.backward(dapple_price);
        [
            ("apple_price", apple_price),
            ("price", price),
            ("dApple", dapple),
            ("dApple_num", dapple_num),
            ("dTax", dtax),
        ]
    })?;
    let book = ch05::graph::buy_apple();
    let book = [
        book.apple_price,
        book.price,
        book.dapple,
        book.dapple_num,
        book.dtax,
    ];
    for ((name, value), book) in values.into_iter().zip(book) {
        let what = text!(
            "§5.4.1 buying apples, {name}",
            "§5.4.1 リンゴの買い物の {name}",
        );
        same_number(&what, book, value, Tolerance::rel(1e-12))?;
    }

    let (x, y, dout) = (3.0, -5.0, 2.0);
    let mut key = ch05::MulLayer::default();
    let forward = key.forward(x, y);
    let (dx, dy) = key.backward(dout);
    let what = text!(
        "§5.4.1 MulLayer forward(3.0, -5.0), then backward(2.0), as ch05::MulLayer computes them,",
        "§5.4.1 MulLayer の forward(3.0, -5.0) とそのあとの backward(2.0) (ch05::MulLayer の計算と比べて)",
    );
    let result = |name: &str| {
        let en = &what.en;
        text!(
            "{en} {name}",
            "§5.4.1 MulLayer の forward(3.0, -5.0) と backward(2.0) で求めた {name} (ch05::MulLayer の計算と比べて)",
        )
    };
    let mut layer = MulLayer::default();
    let z = yours(&what, || layer.forward(x, y))?;
    same_number(&result("z"), forward, z, Tolerance::abs(0.0))?;
    let (yours_dx, yours_dy) = yours(&what, || layer.backward(dout))?;
    same_number(&result("dx"), dx, yours_dx, Tolerance::abs(0.0))?;
    same_number(&result("dy"), dy, yours_dy, Tolerance::abs(0.0))
}
