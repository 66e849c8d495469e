// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: figures
//! The figures of chapter 5: the computational graphs, every value in them computed by the
//! chapter's own layers, and the training run recorded by `cargo run -p ch05`. The `plots`
//! crate draws them, in English and in Japanese.

use std::path::Path;

use ch03::softmax;
use ch04::figures::{accuracy_curves, loss_curve};
use ndarray::{Array1, Array2, Axis, array};
use plots::{Canvas, Diagram, Figure, Lang, columns, rows};
use support::History;

use crate::graph::{buy_apple, buy_apple_orange};
use crate::{AddLayer, Affine, Layer, MulLayer, Relu, Sigmoid, SoftmaxWithLoss};

/// The record of the training run, written by `cargo run -p ch05` beside the figures.
pub const TRAINING_CSV: &str = "training.csv";

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 13] = [
    Figure::translated("fig5-local-computation.svg", (760, 440), local_computation),
    Figure::translated("fig5-chain-rule.svg", (700, 300), chain_rule_graph),
    Figure::translated("fig5-add-mul-nodes.svg", (840, 300), add_and_mul_nodes),
    Figure::translated("fig5-1-apple-graph.svg", (700, 310), apple_graph),
    Figure::translated(
        "fig5-2-apple-orange-graph.svg",
        (760, 430),
        apple_orange_graph,
    ),
    Figure::translated("fig5-relu-graph.svg", (840, 200), relu_graph),
    Figure::translated("fig5-sigmoid-graph.svg", (900, 400), sigmoid_graph),
    Figure::translated("fig5-affine-shapes.svg", (820, 520), affine_shapes),
    Figure::translated(
        "fig5-softmax-with-loss-stages.svg",
        (900, 400),
        softmax_with_loss_stages,
    ),
    Figure::translated("fig5-softmax-with-loss.svg", (900, 400), softmax_with_loss),
    Figure::translated_record("fig5-3-train-loss.svg", (600, 380), train_loss),
    Figure::translated_record("fig5-4-train-accuracy.svg", (560, 380), train_accuracy),
    Figure::translated(
        "fig5-softmax-with-loss-nodes.svg",
        (1300, 640),
        softmax_with_loss_nodes,
    ),
];

/// §5.1: a node computes locally. Above, the book's shopping with many other things bought
/// (4000 yen of them) and two apples (200 yen): the addition node sees only its two inputs.
/// Below, backward through one node f: what comes from the right, E, times the local
/// derivative ∂y/∂x.
pub fn local_computation(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let panels = rows(canvas, 2);
    let (mut apples, mut total) = (MulLayer::default(), AddLayer);
    let apple_price = apples.forward(100.0, 2.0);
    let others = 4000.0;
    let sum = total.forward(others, apple_price);
    let mut g = Diagram::graph(lang.pick(
        "a local computation: the + node sees only 4000 and 200",
        "局所的な計算：+ ノードが見るのは 4000 と 200 だけ",
    ));
    let many = g.boxed(lang.pick("many other things", "複雑な計算"), (150, 60));
    let apple = g.text(lang.pick("apple", "リンゴ"), (40, 160));
    let count = g.text("2", (170, 185));
    let mul = g.circle("×", (300, 160));
    let add = g.circle("+", (500, 110));
    let out = g.text(lang.pick("total", "合計"), (690, 110));
    g.arrow_labelled(many, add, &others.to_string(), "");
    g.arrow_labelled(apple, mul, "100", "");
    g.arrow_labelled(count, mul, "", "");
    g.arrow_labelled(mul, add, &apple_price.to_string(), "");
    g.arrow_labelled(add, out, &sum.to_string(), "");
    g.draw(&panels[0])?;

    let mut g = Diagram::graph(lang.pick(
        "backward through a node: E times the local derivative",
        "ノードの逆伝播：E に局所的な微分を掛ける",
    ));
    let (x, node, y) = (
        g.text("x", (60, 90)),
        g.circle("f", (370, 90)),
        g.text("y", (690, 90)),
    );
    g.arrow_labelled(x, node, "x", "E ∂y/∂x");
    g.arrow_labelled(node, y, "y = f(x)", "E");
    g.draw(&panels[1])
}

/// §5.2: the chain rule as a graph, z = t² and t = x + y, for x = 1 and y = 2. The
/// derivatives come from the layers: t² is t · t, so the derivative reaches t by both
/// inputs of the multiplication.
pub fn chain_rule_graph(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let (x, y) = (1.0, 2.0);
    let (mut add, mut square) = (AddLayer, MulLayer::default());
    let t = add.forward(x, y);
    let z = square.forward(t, t);
    let (dt_left, dt_right) = square.backward(1.0);
    let (dx, dy) = add.backward(dt_left + dt_right);

    let title = lang.pick(
        "the chain rule: forward (black) and backward (red)",
        "連鎖律：順伝播（黒）と逆伝播（赤）",
    );
    let mut g = Diagram::graph(title);
    let (xn, yn) = (g.text("x", (60, 70)), g.text("y", (60, 230)));
    let (plus, pow) = (g.circle("+", (250, 150)), g.circle("**2", (470, 150)));
    let zn = g.text("z", (650, 150));
    g.arrow_labelled(xn, plus, &format!("x = {x}"), &format!("∂z/∂x = {dx}"));
    g.arrow_labelled(yn, plus, &format!("y = {y}"), &format!("∂z/∂y = {dy}"));
    let dt = dt_left + dt_right;
    g.arrow_labelled(plus, pow, &format!("t = {t}"), &format!("∂z/∂t = {dt}"));
    g.arrow_labelled(pow, zn, &format!("z = {z}"), "∂z/∂z = 1");
    g.draw(canvas)
}

/// §5.3: backward through an addition node and a multiplication node, 10 and 5 in and 1.3
/// coming back, as `AddLayer` and `MulLayer` compute them.
pub fn add_and_mul_nodes(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let (x, y, dout) = (10.0, 5.0, 1.3);
    let panels = columns(canvas, 2);
    let mut add = AddLayer;
    let sum = add.forward(x, y);
    let title = lang.pick("addition node: z = x + y", "加算ノード：z = x + y");
    node_panel(title, "+", (x, y, sum), dout, add.backward(dout)).draw(&panels[0])?;
    let mut mul = MulLayer::default();
    let product = mul.forward(x, y);
    let title = lang.pick("multiplication node: z = xy", "乗算ノード：z = xy");
    node_panel(title, "×", (x, y, product), dout, mul.backward(dout)).draw(&panels[1])
}

/// One node with inputs x and y and output z, forward values above, derivatives below.
fn node_panel(
    title: &str,
    op: &str,
    (x, y, z): (f64, f64, f64),
    dout: f64,
    (dx, dy): (f64, f64),
) -> Diagram {
    let mut g = Diagram::graph(title);
    let (xn, yn) = (g.text("x", (40, 60)), g.text("y", (40, 220)));
    let (node, zn) = (g.circle(op, (220, 140)), g.text("z", (390, 140)));
    g.arrow(xn, node, x, dx);
    g.arrow(yn, node, y, dy);
    g.arrow(node, zn, z, dout);
    g
}

/// §5.4.1: the apple example's graph, forward values above the arrows, the backward
/// derivatives of the price below them in red.
pub fn apple_graph(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let a = buy_apple();
    let title = lang.pick(
        "buying apples: forward (black) and backward (red)",
        "リンゴの買い物：順伝播（黒）と逆伝播（赤）",
    );
    let mut g = Diagram::graph(title);
    let apple = g.text(lang.pick("apple", "リンゴ"), (60, 90));
    let apple_num = g.text(lang.pick("apples", "リンゴの個数"), (60, 210));
    let mul_apple = g.circle("×", (260, 150));
    let tax = g.text(lang.pick("tax", "消費税"), (330, 280));
    let mul_tax = g.circle("×", (470, 150));
    let price = g.text(lang.pick("price", "支払金額"), (640, 150));
    g.arrow(apple, mul_apple, 100.0, a.dapple);
    g.arrow(apple_num, mul_apple, 2.0, a.dapple_num);
    g.arrow(mul_apple, mul_tax, a.apple_price, a.dapple_price);
    g.arrow(tax, mul_tax, 1.1, a.dtax);
    g.arrow(mul_tax, price, a.price, 1.0);
    g.draw(canvas)
}

/// §5.4.2: apples and oranges, both passes.
pub fn apple_orange_graph(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let o = buy_apple_orange();
    let title = lang.pick(
        "apples and oranges: forward (black) and backward (red)",
        "リンゴとみかんの買い物：順伝播（黒）と逆伝播（赤）",
    );
    let mut g = Diagram::graph(title);
    let apple = g.text(lang.pick("apple", "リンゴ"), (60, 50));
    let apple_num = g.text(lang.pick("apples", "リンゴの個数"), (60, 190));
    let orange = g.text(lang.pick("orange", "みかん"), (60, 240));
    let orange_num = g.text(lang.pick("oranges", "みかんの個数"), (60, 380));
    let mul_apple = g.circle("×", (250, 120));
    let mul_orange = g.circle("×", (250, 300));
    let add = g.circle("+", (430, 210));
    let tax = g.text(lang.pick("tax", "消費税"), (440, 340));
    let mul_tax = g.circle("×", (580, 210));
    let price = g.text(lang.pick("price", "支払金額"), (710, 210));
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

/// §5.5.1: `Relu` forward and backward on the inputs 2 and −1, with 1.5 coming back.
pub fn relu_graph(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let x = array![[2.0, -1.0]];
    let mut relu = Relu::default();
    let y = relu.forward(x.clone());
    let dout = array![[1.5, 1.5]];
    let dx = relu.backward(dout.clone());
    let titles = [
        lang.pick(
            "x > 0: the derivative passes",
            "x > 0：微分はそのまま流れる",
        ),
        lang.pick("x ≤ 0: the derivative stops", "x ≤ 0：微分はここで止まる"),
    ];
    for (i, panel) in columns(canvas, 2).iter().enumerate() {
        let mut g = Diagram::graph(titles[i]);
        let (xn, node) = (g.text("x", (40, 80)), g.boxed("relu", (210, 80)));
        let yn = g.text("y", (380, 80));
        g.arrow(xn, node, x[[0, i]], dx[[0, i]]);
        g.arrow(node, yn, y[[0, i]], dout[[0, i]]);
        g.draw(panel)?;
    }
    Ok(())
}

/// §5.5.2: the sigmoid at x = 1, step by step (× −1, exp, + 1, /) and as one `Sigmoid`
/// node: both pass back y(1 − y).
pub fn sigmoid_graph(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let x = 1.0;
    // Forward, one node at a time: the multiplication and the addition are the layers.
    let (mut negate, mut plus_one) = (MulLayer::default(), AddLayer);
    let minus_x = negate.forward(x, -1.0);
    let exp = minus_x.exp();
    let one_plus = plus_one.forward(exp, 1.0);
    let y = 1.0 / one_plus;
    // Backward from dL/dy = 1: the derivative of 1/u is −1/u², of exp(u) is exp(u).
    let d_one_plus = -1.0 / (one_plus * one_plus);
    let (d_exp, d_one) = plus_one.backward(d_one_plus);
    let d_minus_x = d_exp * exp;
    let (dx, d_minus_one) = negate.backward(d_minus_x);

    let panels = rows(canvas, 2);
    let mut g =
        Diagram::graph(lang.pick("the sigmoid, node by node", "シグモイド関数：ノードごとに"));
    let xn = g.text("x", (40, 70));
    let (mul, exp_node) = (g.circle("×", (190, 70)), g.circle("exp", (370, 70)));
    let (add, div) = (g.circle("+", (550, 70)), g.circle("/", (720, 70)));
    let yn = g.text("y", (860, 70));
    let (minus_one, one) = (g.text("−1", (190, 180)), g.text("1", (550, 180)));
    g.arrow(xn, mul, x, dx);
    g.arrow(minus_one, mul, -1.0, d_minus_one);
    g.arrow(mul, exp_node, minus_x, d_minus_x);
    g.arrow(exp_node, add, exp, d_exp);
    g.arrow(one, add, 1.0, d_one);
    g.arrow(add, div, one_plus, d_one_plus);
    g.arrow(div, yn, y, 1.0);
    g.draw(&panels[0])?;

    let mut sigmoid = Sigmoid::default();
    let y = sigmoid.forward(array![[x]]);
    let dx = sigmoid.backward(array![[1.0]]);
    let mut g = Diagram::graph(lang.pick(
        "the same, as one Sigmoid layer: y(1 − y)",
        "同じ計算を一つの Sigmoid レイヤで：y(1 − y)",
    ));
    let (xn, node) = (g.text("x", (40, 70)), g.boxed("sigmoid", (450, 70)));
    let yn = g.text("y", (860, 70));
    g.arrow(xn, node, x, dx[[0, 0]]);
    g.arrow(node, yn, y[[0, 0]], 1.0);
    g.draw(&panels[1])
}

/// §5.6.1–5.6.2: the Affine layer's graph with the shape of every matrix, read from the
/// arrays an `Affine` layer takes and returns, for one input and for a batch of four.
pub fn affine_shapes(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let titles = [
        lang.pick("Affine, one input", "Affine レイヤ：入力が一つ"),
        lang.pick("Affine, a batch of four", "Affine レイヤ：4 個のバッチ"),
    ];
    for (panel, (title, n)) in rows(canvas, 2).iter().zip([(titles[0], 1), (titles[1], 4)]) {
        let mut affine = Affine::new(Array2::ones((2, 3)), Array1::zeros(3));
        let x = Array2::ones((n, 2));
        let out = affine.forward(x.clone());
        let dx = affine.backward(Array2::ones(out.raw_dim()));
        let mut g = Diagram::graph(title);
        let (xn, wn) = (g.text("X", (40, 50)), g.text("W", (40, 190)));
        let (dot, add) = (g.circle("dot", (300, 120)), g.circle("+", (560, 120)));
        let (bn, yn) = (g.text("B", (430, 210)), g.text("Y", (780, 120)));
        let dy = shape(out.shape());
        g.arrow_labelled(
            xn,
            dot,
            &shape(x.shape()),
            &format!("∂L/∂X {}", shape(dx.shape())),
        );
        let dw = format!("∂L/∂W {}", shape(affine.dw.shape()));
        g.arrow_labelled(wn, dot, &shape(affine.w.shape()), &dw);
        let db = format!("∂L/∂B {}", shape(affine.db.shape()));
        g.arrow_labelled(bn, add, &shape(affine.b.shape()), &db);
        g.arrow_labelled(dot, add, &format!("X·W {dy}"), &format!("∂L/∂Y {dy}"));
        g.arrow_labelled(add, yn, &dy, &format!("∂L/∂Y {dy}"));
        g.draw(panel)?;
    }
    Ok(())
}

/// A shape as NumPy prints it: (4, 2), or (3,) for a vector.
fn shape(dims: &[usize]) -> String {
    match dims {
        [n] => format!("({n},)"),
        _ => format!("{dims:?}").replace('[', "(").replace(']', ")"),
    }
}

/// §5.6.3: the Softmax-with-Loss layer's two stages on the page's scores 0.3, 2.9, 4.0 with
/// class 2 right. Backward, the cross-entropy error passes −t/y to the softmax, which turns
/// it into the y − t that `SoftmaxWithLoss` passes back.
pub fn softmax_with_loss_stages(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let title = lang.pick(
        "Softmax-with-Loss: −t/y reaches the softmax, y − t leaves it",
        "Softmax-with-Loss レイヤ：Softmax に −t/y が届き、y − t が出ていく",
    );
    softmax_graph(title, lang, true)?.draw(canvas)
}

/// §5.6.3: Softmax-with-Loss simplified, as the book draws it: only y − t, what
/// `SoftmaxWithLoss` passes back, is shown.
pub fn softmax_with_loss(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let title = lang.pick(
        "Softmax-with-Loss: y − t flows back (red)",
        "Softmax-with-Loss レイヤ：y − t が逆向きに流れる（赤）",
    );
    softmax_graph(title, lang, false)?.draw(canvas)
}

/// The Softmax-with-Loss graph for the scores 0.3, 2.9, 4.0 and the answer t = (0, 0, 1),
/// with the derivatives −t/y on the softmax's outputs when `stages` is true.
fn softmax_graph(title: &str, lang: Lang, stages: bool) -> anyhow::Result<Diagram> {
    let (a, t) = (array![0.3, 2.9, 4.0], array![0.0, 0.0, 1.0]);
    let mut layer = SoftmaxWithLoss::default();
    let loss = layer.forward(a.clone().insert_axis(Axis(0)), &array![2_usize]);
    let back = layer.backward(1.0);
    let y = softmax(a.view());

    let mut g = Diagram::graph(title);
    let soft = g.boxed("Softmax", (300, 170));
    let loss_box = g.boxed(
        lang.pick("Cross Entropy Error", "交差エントロピー誤差"),
        (680, 170),
    );
    for k in 0..3 {
        let height = 40 + 130 * k as i32;
        let an = g.text(&format!("a{}", k + 1), (40, height));
        let yn = g.text(&format!("y{}", k + 1), (480, height));
        g.arrow(an, soft, a[k], back[[0, k]]);
        g.arrow_labelled(soft, yn, &format!("{:.4}", y[k]), "");
        if stages {
            // The derivative of −Σ t log y with respect to y_k.
            g.arrow_back(yn, loss_box, -t[k] / y[k]);
        } else {
            g.arrow_labelled(yn, loss_box, "", "");
        }
    }
    let tn = g.text("t = (0, 0, 1)", (680, 320));
    g.arrow_labelled(tn, loss_box, "", "");
    let l = g.text("L", (870, 170));
    g.arrow_labelled(loss_box, l, &format!("{loss:.4}"), "1");
    Ok(g)
}

/// Questions from the margin, "Where does (y − t)/N come from?": the Softmax-with-Loss graph
/// node by node, as the book works it out in its Appendix A, for the scores 0.3, 2.9, 4.0 and
/// t = (0, 0, 1). Every multiplication is a `MulLayer`; the other nodes pass back what their
/// local derivative says (exp: exp(a); log: 1/y; /: −1/S²; +: the same to every input).
/// Where a value goes two ways, the two derivatives coming back add up; what reaches the
/// scores is y − t, what `SoftmaxWithLoss` passes back.
pub fn softmax_with_loss_nodes(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let (a, t) = ([0.3, 2.9, 4.0], [0.0, 0.0, 1.0]);
    // Forward.
    let exp = a.map(f64::exp);
    let s: f64 = exp.iter().sum();
    let inv_s = 1.0 / s;
    let mut scale = [(); 3].map(|()| MulLayer::default());
    let mut weigh = [(); 3].map(|()| MulLayer::default());
    let mut negate = MulLayer::default();
    let y: [f64; 3] = std::array::from_fn(|k| scale[k].forward(exp[k], inv_s));
    let log_y = y.map(f64::ln);
    let t_log_y: [f64; 3] = std::array::from_fn(|k| weigh[k].forward(t[k], log_y[k]));
    let sum: f64 = t_log_y.iter().sum();
    let loss = negate.forward(sum, -1.0);
    // Backward, from ∂L/∂L = 1.
    let (d_sum, _) = negate.backward(1.0);
    let d_log_y = weigh.each_ref().map(|node| node.backward(d_sum).1);
    let d_y: [f64; 3] = std::array::from_fn(|k| d_log_y[k] / y[k]);
    let (d_exp_direct, d_inv_s): (Vec<f64>, Vec<f64>) =
        (0..3).map(|k| scale[k].backward(d_y[k])).unzip();
    let d_s = d_inv_s.iter().sum::<f64>() * (-1.0 / (s * s));
    let d_a: [f64; 3] = std::array::from_fn(|k| (d_exp_direct[k] + d_s) * exp[k]);

    let mut g = Diagram::graph(lang.pick(
        "Softmax-with-Loss, node by node: forward (black) and backward (red)",
        "Softmax-with-Loss レイヤをノードごとに：順伝播（黒）と逆伝播（赤）",
    ));
    // S and 1/S are computed along the bottom; 1/S enters each row's × from below, as t does.
    let (plus, divide) = (g.circle("+", (330, 590)), g.circle("/", (500, 590)));
    let inv_s_out = g.text("1/S", (680, 590));
    let total = g.circle("+", (1090, 250));
    let (times_minus_one, minus_one) = (g.circle("×", (1190, 250)), g.text("−1", (1190, 360)));
    let l = g.text("L", (1270, 250));
    for k in 0..3 {
        let row = 110 + 140 * k as i32;
        let an = g.text(&format!("a{}", k + 1), (40, row));
        let exp_node = g.circle("exp", (170, row));
        let times = g.circle("×", (640, row));
        let inv_s_in = g.text("1/S", (560, row + 70));
        let log = g.circle("log", (810, row));
        let times_t = g.circle("×", (970, row));
        let tn = g.text(&format!("t{} = {}", k + 1, t[k]), (890, row + 70));
        g.arrow(an, exp_node, a[k], d_a[k]);
        g.arrow(exp_node, times, exp[k], d_exp_direct[k]);
        // Each exp also goes into the sum S; + passes back to it what reaches S.
        g.arrow_labelled(exp_node, plus, "", "");
        g.arrow(inv_s_in, times, inv_s, d_inv_s[k]);
        g.arrow(times, log, y[k], d_y[k]);
        g.arrow(log, times_t, log_y[k], d_log_y[k]);
        g.arrow_labelled(tn, times_t, "", "");
        g.arrow(times_t, total, t_log_y[k], d_sum);
    }
    g.arrow(plus, divide, s, d_s);
    g.arrow(divide, inv_s_out, inv_s, d_inv_s.iter().sum());
    g.arrow(total, times_minus_one, sum, d_sum);
    g.arrow_labelled(minus_one, times_minus_one, "", "");
    g.arrow(times_minus_one, l, loss, 1.0);
    g.draw(canvas)
}

/// The loss of every mini-batch of the training run.
pub fn train_loss(canvas: &Canvas, dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    let title = lang.pick(
        "loss per iteration (backpropagation)",
        "繰り返しごとの損失（誤差逆伝播法）",
    );
    loss_curve(title, &history, lang).draw(canvas)
}

/// Train (solid) and test (dashed) accuracy per epoch of the training run.
pub fn train_accuracy(canvas: &Canvas, dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    let title = lang.pick(
        "accuracy per epoch (backpropagation)",
        "エポックごとの認識精度（誤差逆伝播法）",
    );
    accuracy_curves(title, &history, lang).draw(canvas)
}
// ANCHOR_END: figures
