// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §5.4: the book's shopping examples, as computational graphs (計算グラフ) of layers.

use crate::simple_layers::{AddLayer, MulLayer};

/// Every value of the apple example: forward (the prices) and backward (the derivatives of
/// the price with respect to each of them).
#[derive(Debug, Clone, PartialEq)]
pub struct Apple {
    pub apple_price: f64,
    pub price: f64,
    pub dapple_price: f64,
    pub dapple: f64,
    pub dapple_num: f64,
    pub dtax: f64,
}

// ANCHOR: buy_apple
/// §5.4.1: two apples at 100 yen each, with 10% tax.
pub fn buy_apple() -> Apple {
    let (apple, apple_num, tax) = (100.0, 2.0, 1.1);
    let mut mul_apple_layer = MulLayer::default();
    let mut mul_tax_layer = MulLayer::default();

    // forward
    let apple_price = mul_apple_layer.forward(apple, apple_num);
    let price = mul_tax_layer.forward(apple_price, tax);

    // backward
    let dprice = 1.0;
    let (dapple_price, dtax) = mul_tax_layer.backward(dprice);
    let (dapple, dapple_num) = mul_apple_layer.backward(dapple_price);

    Apple {
        apple_price,
        price,
        dapple_price,
        dapple,
        dapple_num,
        dtax,
    }
}
// ANCHOR_END: buy_apple

impl Apple {
    /// What the book's `buy_apple.py` prints, which turns some values into whole numbers
    /// with Python's `int()`: we do the same with `as i64`.
    pub fn report(&self) -> String {
        format!(
            "price: {}\ndApple: {}\ndApple_num: {}\ndTax: {}\n",
            self.price as i64, self.dapple, self.dapple_num as i64, self.dtax
        )
    }
}

/// Every value of the apple-and-orange example.
#[derive(Debug, Clone, PartialEq)]
pub struct AppleOrange {
    pub apple_price: f64,
    pub orange_price: f64,
    pub all_price: f64,
    pub price: f64,
    pub dall_price: f64,
    pub dapple_price: f64,
    pub dorange_price: f64,
    pub dapple: f64,
    pub dapple_num: f64,
    pub dorange: f64,
    pub dorange_num: f64,
    pub dtax: f64,
}

// ANCHOR: buy_apple_orange
/// §5.4.2: two apples at 100 yen and three oranges at 150 yen, with 10% tax.
pub fn buy_apple_orange() -> AppleOrange {
    let (apple, apple_num, orange, orange_num, tax) = (100.0, 2.0, 150.0, 3.0, 1.1);
    let mut mul_apple_layer = MulLayer::default();
    let mut mul_orange_layer = MulLayer::default();
    let mut add_apple_orange_layer = AddLayer;
    let mut mul_tax_layer = MulLayer::default();

    // forward
    let apple_price = mul_apple_layer.forward(apple, apple_num);
    let orange_price = mul_orange_layer.forward(orange, orange_num);
    let all_price = add_apple_orange_layer.forward(apple_price, orange_price);
    let price = mul_tax_layer.forward(all_price, tax);

    // backward
    let dprice = 1.0;
    let (dall_price, dtax) = mul_tax_layer.backward(dprice);
    let (dapple_price, dorange_price) = add_apple_orange_layer.backward(dall_price);
    let (dorange, dorange_num) = mul_orange_layer.backward(dorange_price);
    let (dapple, dapple_num) = mul_apple_layer.backward(dapple_price);

    AppleOrange {
        apple_price,
        orange_price,
        all_price,
        price,
        dall_price,
        dapple_price,
        dorange_price,
        dapple,
        dapple_num,
        dorange,
        dorange_num,
        dtax,
    }
}
// ANCHOR_END: buy_apple_orange

impl AppleOrange {
    /// What the book's `buy_apple_orange.py` prints.
    pub fn report(&self) -> String {
        format!(
            "price: {}\ndApple: {}\ndApple_num: {}\ndOrange: {}\ndOrange_num: {}\ndTax: {}\n",
            self.price as i64,
            self.dapple,
            self.dapple_num as i64,
            self.dorange,
            self.dorange_num as i64,
            self.dtax
        )
    }
}
