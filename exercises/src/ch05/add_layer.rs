//! The addition layer: §5.4.2 of the book; on our pages, chapter 5, "5.3–5.4 Addition and
//! multiplication nodes, as layers".
//!
//! Forward, z = x + y. Backward, both local derivatives are 1, so `dout` goes back to both
//! inputs unchanged: (dout, dout). There is nothing to remember.
//!
//! Hint: `AddLayer` has no fields; each method is one line.
//!
//! Check it with `cargo test -p exercises ch05_add_layer`.

use ch05::MulLayer;

use crate::check::{Checked, Tolerance, same_number, yours};
use crate::exercise::Exercise;

#[derive(Debug, Default)]
pub struct AddLayer;

impl AddLayer {
    pub fn forward(&mut self, x: f64, y: f64) -> f64 {
        if cfg!(feature = "answer-key") {
            return ch05::AddLayer.forward(x, y);
        }
        todo!("x + y")
    }

    /// Returns (dx, dy).
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        if cfg!(feature = "answer-key") {
            return ch05::AddLayer.backward(dout);
        }
        todo!("dout for each input")
    }
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_add_layer",
    section: "§5.4.2",
    title: "the addition layer, forward and backward",
    file: file!(),
    check,
};

/// The book's apples and oranges (`buy_apple_orange.py`), with chapter 5's MulLayer and your
/// AddLayer: every value, as `ch05::graph::buy_apple_orange` has them (the book prints them,
/// some cut to whole numbers); then other numbers against `ch05::AddLayer`.
fn check() -> Checked {
    let (apple, apple_num, orange, orange_num, tax) = (100.0, 2.0, 150.0, 3.0, 1.1);
    let values = yours(
        "§5.4.2 buying apples and oranges with your AddLayer",
        || {
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
        },
    )?;
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
        let what = format!("§5.4.2 buying apples and oranges, {name}");
        same_number(&what, book, value, Tolerance::rel(1e-12))?;
    }

    let what =
        "§5.4.2 AddLayer forward(3.0, -5.0), then backward(2.0), as ch05::AddLayer computes them,";
    let mut layer = AddLayer;
    let z = yours(what, || layer.forward(3.0, -5.0))?;
    same_number(
        &format!("{what} z"),
        ch05::AddLayer.forward(3.0, -5.0),
        z,
        Tolerance::abs(0.0),
    )?;
    let (dx, dy) = yours(what, || layer.backward(2.0))?;
    let (key_dx, key_dy) = ch05::AddLayer.backward(2.0);
    same_number(&format!("{what} dx"), key_dx, dx, Tolerance::abs(0.0))?;
    same_number(&format!("{what} dy"), key_dy, dy, Tolerance::abs(0.0))
}
