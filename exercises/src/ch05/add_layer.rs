//! The addition layer: §5.4.2 of the book; on our pages, chapter 5, "5.3–5.4 Addition and
//! multiplication nodes, as layers".
//!
//! Forward, z = x + y. Backward, both local derivatives are 1, so `dout` goes back to both
//! inputs unchanged: (dout, dout). There is nothing to remember.
//!
//! Hint: `AddLayer` has no fields; each method is one line.
//!
//! Check it with `cargo test -p exercises ch05_add_layer`.
//!
//! ---
//!
//! 加算レイヤ: 原書の §5.4.2。この本では第5章「5.3–5.4 加算ノードと乗算ノードをレイヤに」です。
//!
//! 順伝播では z = x + y を計算します。逆伝播では、局所的な微分がどちらも 1 なので、`dout` を
//! そのまま両方の入力へ返します: (dout, dout)。覚えておくものはありません。
//!
//! ヒント: `AddLayer` にはフィールドがありません。どちらのメソッドも 1 行です。
//!
//! チェックするには `cargo test -p exercises ch05_add_layer`。

use ch05::MulLayer;

use crate::check::{Checked, Tolerance, same_number, text, yours};
use crate::exercise::Exercise;

#[derive(Debug, Default)]
pub struct AddLayer;

impl AddLayer {
    pub fn forward(&mut self, x: f64, y: f64) -> f64 {
        if cfg!(feature = "answer-key") {
            return ch05::AddLayer.forward(x, y);
        }
        todo!("x + y / x + y を返す")
    }

    /// Returns (dx, dy). (dx, dy) を返します。
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        if cfg!(feature = "answer-key") {
            return ch05::AddLayer.backward(dout);
        }
        todo!("dout for each input / それぞれの入力へ dout")
    }
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_add_layer",
    section: "§5.4.2",
    title: "the addition layer, forward and backward",
    title_ja: "加算レイヤの順伝播と逆伝播",
    file: file!(),
    check,
};

/// The book's apples and oranges (`buy_apple_orange.py`), with chapter 5's MulLayer and your
/// AddLayer: every value, as `ch05::graph::buy_apple_orange` has them (the book prints them,
/// some cut to whole numbers); then other numbers against `ch05::AddLayer`.
fn check() -> Checked {
    let (apple, apple_num, orange, orange_num, tax) = (100.0, 2.0, 150.0, 3.0, 1.1);
    let what = text!(
        "§5.4.2 buying apples and oranges with your AddLayer",
        "§5.4.2 あなたの AddLayer でリンゴとみかんを買う計算",
    );
    let values = yours(&what, || {
        let mut mul_apple_layer = MulLayer::default();
        let mut mul_orange_layer = MulLayer::default();
        let mut add_apple_orange_layer = AddLayer;
        let mut mul_tax_layer = MulLayer::default();
        let apple_price = mul_apple_layer.forward(apple, apple_num);
        let orange_price = mul_orange_layer.forward(orange, orange_num);
        let all_price = add_apple_orange_layer.forward(apple_price, orange_price);
        let price = mul_tax_layer.forward(all_price, tax);
        let (dall_price, dtax) = mul_tax_layer.backward(1.0);
        let (dapple_price, dorange_price) = add_apple_orange_layer.backward(dall_price);
        let (dorange, dorange_num) = mul_orange_layer.backward(dorange_price);
        let (dapple, dapple_num) = mul_apple_layer.backward(dapple_price);
        [
            ("all_price", all_price),
            ("price", price),
            ("dApple", dapple),
            ("dApple_num", dapple_num),
            ("dOrange", dorange),
            ("dOrange_num", dorange_num),
            ("dTax", dtax),
        ]
    })?;
    let book = ch05::graph::buy_apple_orange();
    let book = [
        book.all_price,
        book.price,
        book.dapple,
        book.dapple_num,
        book.dorange,
        book.dorange_num,
        book.dtax,
    ];
    for ((name, value), book) in values.into_iter().zip(book) {
        let what = text!(
            "§5.4.2 buying apples and oranges, {name}",
            "§5.4.2 リンゴとみかんの買い物の {name}",
        );
        same_number(&what, book, value, Tolerance::rel(1e-12))?;
    }

    let what = text!(
        "§5.4.2 AddLayer forward(3.0, -5.0), then backward(2.0), as ch05::AddLayer computes them,",
        "§5.4.2 AddLayer の forward(3.0, -5.0) とそのあとの backward(2.0) (ch05::AddLayer の計算と比べて)",
    );
    let result = |name: &str| {
        let en = &what.en;
        text!(
            "{en} {name}",
            "§5.4.2 AddLayer の forward(3.0, -5.0) と backward(2.0) で求めた {name} (ch05::AddLayer の計算と比べて)",
        )
    };
    let mut layer = AddLayer;
    let z = yours(&what, || layer.forward(3.0, -5.0))?;
    same_number(
        &result("z"),
        ch05::AddLayer.forward(3.0, -5.0),
        z,
        Tolerance::abs(0.0),
    )?;
    let (dx, dy) = yours(&what, || layer.backward(2.0))?;
    let (key_dx, key_dy) = ch05::AddLayer.backward(2.0);
    same_number(&result("dx"), key_dx, dx, Tolerance::abs(0.0))?;
    same_number(&result("dy"), key_dy, dy, Tolerance::abs(0.0))
}
