// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: figures
//! The figures of chapter 5: the two computational graphs, drawn from the values the layers
//! compute, and the training run recorded by `cargo run -p ch05`. The `plots` crate draws
//! them.

use std::path::Path;

use ch04::figures::{accuracy_curves, loss_curve};
use plots::{Canvas, Diagram, Figure};
use support::History;

use crate::graph::{buy_apple, buy_apple_orange};

/// The record of the training run, written by `cargo run -p ch05` beside the figures.
pub const TRAINING_CSV: &str = "training.csv";

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 4] = [
    Figure::plain("fig5-1-apple-graph.svg", (700, 310), apple_graph),
    Figure::plain(
        "fig5-2-apple-orange-graph.svg",
        (760, 430),
        apple_orange_graph,
    ),
    Figure::record("fig5-3-train-loss.svg", (600, 380), train_loss),
    Figure::record("fig5-4-train-accuracy.svg", (560, 380), train_accuracy),
];

/// Figures 5-16 and 5-17 of the book in one: the apple example's graph, forward values
/// above the arrows, the backward derivatives of the price below them in red.
pub fn apple_graph(canvas: &Canvas) -> anyhow::Result<()> {
    let a = buy_apple();
    let mut g = Diagram::graph("buying apples: forward (black) and backward (red)");
    let apple = g.text("リンゴ", (60, 90));
    let apple_num = g.text("リンゴの個数", (60, 210));
    let mul_apple = g.circle("×", (260, 150));
    let tax = g.text("消費税", (330, 280));
    let mul_tax = g.circle("×", (470, 150));
    let price = g.text("支払金額", (640, 150));
    g.arrow(apple, mul_apple, 100.0, a.dapple);
    g.arrow(apple_num, mul_apple, 2.0, a.dapple_num);
    g.arrow(mul_apple, mul_tax, a.apple_price, a.dapple_price);
    g.arrow(tax, mul_tax, 1.1, a.dtax);
    g.arrow(mul_tax, price, a.price, 1.0);
    g.draw(canvas)
}

/// Figure 5-17 of the book with both passes: apples and oranges.
pub fn apple_orange_graph(canvas: &Canvas) -> anyhow::Result<()> {
    let o = buy_apple_orange();
    let mut g = Diagram::graph("apples and oranges: forward (black) and backward (red)");
    let apple = g.text("リンゴ", (60, 50));
    let apple_num = g.text("リンゴの個数", (60, 190));
    let orange = g.text("みかん", (60, 240));
    let orange_num = g.text("みかんの個数", (60, 380));
    let mul_apple = g.circle("×", (250, 120));
    let mul_orange = g.circle("×", (250, 300));
    let add = g.circle("+", (430, 210));
    let tax = g.text("消費税", (440, 340));
    let mul_tax = g.circle("×", (580, 210));
    let price = g.text("支払金額", (710, 210));
    g.arrow(apple, mul_apple, 100.0, o.dapple);
    g.arrow(apple_num, mul_apple, 2.0, o.dapple_num);
    g.arrow(orange, mul_orange, 150.0, o.dorange);
    g.arrow(orange_num, mul_orange, 3.0, o.dorange_num);
    g.arrow(mul_apple, add, o.apple_price, o.dapple_price);
    g.arrow(mul_orange, add, o.orange_price, o.dorange_price);
    g.arrow(add, mul_tax, o.all_price, o.dall_price);
    g.arrow(tax, mul_tax, 1.1, o.dtax);
    g.arrow(mul_tax, price, o.price, 1.0);
    g.draw(canvas)
}

/// The loss of every mini-batch of the training run.
pub fn train_loss(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    loss_curve("loss per iteration (backpropagation)", &history).draw(canvas)
}

/// Train (solid) and test (dashed) accuracy per epoch of the training run.
pub fn train_accuracy(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    accuracy_curves("accuracy per epoch (backpropagation)", &history).draw(canvas)
}
// ANCHOR_END: figures
