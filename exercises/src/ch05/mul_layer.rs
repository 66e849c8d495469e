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

use crate::check::{Checked, Tolerance, same_number, yours};
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
        todo!("keep x and y, and return x * y")
    }

    /// Returns (dx, dy).
    pub fn backward(&self, dout: f64) -> (f64, f64) {
        if cfg!(feature = "answer-key") {
            return crate::answer_key::mul_backward(self.x, self.y, dout);
        }
        todo!("dout times the other input, for each input")
    }
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_mul_layer",
    section: "§5.4.1",
    title: "the multiplication layer, forward and backward",
    file: file!(),
    check,
};

/// The book's apples (`buy_apple.py`): every value, as `ch05::graph::buy_apple` has them (the
/// book prints them, some cut to whole numbers); then other numbers against `ch05::MulLayer`.
fn check() -> Checked {
    let (apple, apple_num, tax) = (100.0, 2.0, 1.1);
    let values = yours("§5.4.1 buying apples with your MulLayer", || {
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
        let what = format!("§5.4.1 buying apples, {name}");
        same_number(&what, book, value, Tolerance::rel(1e-12))?;
    }

    let (x, y, dout) = (3.0, -5.0, 2.0);
    let mut key = ch05::MulLayer::default();
    let forward = key.forward(x, y);
    let (dx, dy) = key.backward(dout);
    let what =
        "§5.4.1 MulLayer forward(3.0, -5.0), then backward(2.0), as ch05::MulLayer computes them,";
    let mut layer = MulLayer::default();
    let z = yours(what, || layer.forward(x, y))?;
    same_number(&format!("{what} z"), forward, z, Tolerance::abs(0.0))?;
    let (yours_dx, yours_dy) = yours(what, || layer.backward(dout))?;
    same_number(&format!("{what} dx"), dx, yours_dx, Tolerance::abs(0.0))?;
    same_number(&format!("{what} dy"), dy, yours_dy, Tolerance::abs(0.0))
}
