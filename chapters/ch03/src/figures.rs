// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: figures
//! The figures of chapter 3: what each shows, computed with the chapter's functions. The
//! `plots` crate draws them.

use dataset::load_mnist;
use ndarray::{Array1, array, s};
use plots::{Canvas, Chart, Diagram, Figure, Image, Lang, Legend, RED, columns, rows};
use support::paths::{default_weights, mnist_dir};

use crate::activation::{logit, relu, sigmoid, step_function};
use crate::network::{forward, init_network, load_network, predict};

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 12] = [
    Figure::translated("fig3-network-layers.svg", (560, 360), network_layers),
    Figure::translated("fig3-bias-input.svg", (480, 320), bias_as_input),
    Figure::translated("fig3-neuron.svg", (560, 300), neuron),
    Figure::translated("fig3-1-step.svg", (560, 380), step_figure),
    Figure::translated("fig3-2-sigmoid.svg", (560, 380), sigmoid_figure),
    Figure::translated("fig3-3-sigmoid-step.svg", (560, 380), sigmoid_and_step),
    Figure::translated("fig3-4-stacked-layers.svg", (720, 360), stacked_layers),
    Figure::translated("fig3-5-relu.svg", (560, 380), relu_figure),
    Figure::translated("fig3-notation.svg", (900, 590), notation),
    Figure::translated("fig3-6-mnist-first.svg", (420, 440), mnist_first),
    Figure::translated("fig3-batch-shapes.svg", (980, 240), batch_shapes),
    Figure::translated("fig3-7-logit-sigmoid.svg", (720, 360), logit_and_sigmoid),
];

/// §3.1: a network of an input layer, hidden layers and an output layer, as many neurons in
/// each as the weights of §3.4's `init_network` connect (2, 3, 2, 2).
pub fn network_layers(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let network = init_network();
    let widths = [
        network.w1.nrows(),
        network.w1.ncols(),
        network.w2.ncols(),
        network.w3.ncols(),
    ];
    let title = lang.pick(
        "a neural network: every neuron feeds the next layer",
        "ニューラルネットワーク：各ニューロンが次の層へつながる",
    );
    let mut d = Diagram::network(title);
    let layers: Vec<Vec<_>> = (0..widths.len())
        .map(|l| {
            let x = 70 + 140 * l as i32;
            (0..widths[l])
                .map(|i| d.circle("", (x, 150 + 80 * i as i32 - 40 * (widths[l] as i32 - 1))))
                .collect()
        })
        .collect();
    for pair in layers.windows(2) {
        for &from in &pair[0] {
            for &to in &pair[1] {
                d.line(from, to);
            }
        }
    }
    let names = [
        lang.pick("input layer", "入力層"),
        lang.pick("hidden layer", "中間層"),
        lang.pick("hidden layer", "中間層"),
        lang.pick("output layer", "出力層"),
    ];
    for (l, name) in names.into_iter().enumerate() {
        d.text(name, (70 + 140 * l as i32, 305));
    }
    d.draw(canvas)
}

/// §3.1.2: chapter 2's perceptron with its bias drawn as one more input, always 1, whose
/// weight is b.
pub fn bias_as_input(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let title = lang.pick(
        "the bias as an input of 1",
        "バイアスを、常に1である入力として",
    );
    let mut d = Diagram::network(title);
    let one = d.circle("1", (90, 40));
    let x1 = d.circle("x1", (90, 140));
    let x2 = d.circle("x2", (90, 240));
    let y = d.circle("y", (380, 140));
    for input in [one, x1, x2] {
        d.line(input, y);
    }
    d.text("b", (235, 75));
    d.text("w1", (235, 125));
    d.text("w2", (235, 215));
    d.draw(canvas)
}

/// §3.1.3: inside a neuron, the weighted sum a = b + w1·x1 + w2·x2 and then y = h(a).
pub fn neuron(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let title = lang.pick(
        "inside a neuron: a = b + w1x1 + w2x2, y = h(a)",
        "ニューロンの中：a = b + w1x1 + w2x2、y = h(a)",
    );
    let mut g = Diagram::graph(title);
    let one = g.circle("1", (60, 40));
    let x1 = g.circle("x1", (60, 130));
    let x2 = g.circle("x2", (60, 220));
    let a = g.circle("a", (300, 130));
    let y = g.circle("y", (490, 130));
    g.arrow_labelled(one, a, "b", "");
    g.arrow_labelled(x1, a, "w1", "");
    g.arrow_labelled(x2, a, "w2", "");
    g.arrow_labelled(a, y, "h()", "");
    g.draw(canvas)
}

/// x from −5.0 to 5.0 in steps of 0.1, as the book's figures have it.
fn x() -> Array1<f64> {
    Array1::range(-5.0, 5.0, 0.1)
}

/// Figure 3-6 of the book: the step function, y from −0.1 to 1.1.
pub fn step_figure(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let x = x();
    Chart::new(-6.0..6.0, -0.1..1.1)
        .title(lang.pick("step function", "ステップ関数"))
        .line(&x, x.mapv(step_function))
        .draw(canvas)
}

/// Figure 3-7 of the book: the sigmoid.
pub fn sigmoid_figure(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let x = x();
    Chart::new(-6.0..6.0, -0.1..1.1)
        .title(lang.pick("sigmoid function", "シグモイド関数"))
        .line(&x, x.mapv(sigmoid))
        .draw(canvas)
}

/// Figure 3-8 of the book: sigmoid (solid) and step (dashed) together.
pub fn sigmoid_and_step(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let x = x();
    Chart::new(-6.0..6.0, -0.1..1.1)
        .title(lang.pick("sigmoid and step", "シグモイド関数とステップ関数"))
        .line(&x, x.mapv(sigmoid))
        .label(lang.pick("sigmoid", "シグモイド関数"))
        .line(&x, x.mapv(step_function))
        .color(RED)
        .dashed()
        .label(lang.pick("step", "ステップ関数"))
        .legend(Legend::UpperLeft)
        .draw(canvas)
}

/// Figure 3-9 of the book: ReLU, y from −1.0 to 5.5.
pub fn relu_figure(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let x = x();
    Chart::new(-6.0..6.0, -1.0..5.5)
        .title(lang.pick("ReLU function", "ReLU関数"))
        .line(&x, x.mapv(relu))
        .draw(canvas)
}

// ANCHOR: stacked
/// Three layers, one neuron each: y = h(w3 · h(w2 · h(w1 · x + b1) + b2) + b3).
pub fn three_layers(h: fn(f64) -> f64, x: f64) -> f64 {
    let (w1, b1, w2, b2, w3, b3) = (1.5, 0.5, -2.0, 1.0, 3.0, -1.0);
    h(w3 * h(w2 * h(w1 * x + b1) + b2) + b3)
}

fn linear(x: f64) -> f64 {
    0.5 * x
}
// ANCHOR_END: stacked

/// §3.2.6 shown: three layers with a linear activation still draw a straight line (they
/// collapse into a single linear layer); with the sigmoid they bend.
pub fn stacked_layers(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let panels = columns(canvas, 2);
    let x = x();
    Chart::new(-6.0..6.0, -6.5..6.5)
        .title(lang.pick("three layers, h(x) = 0.5x", "3層、h(x) = 0.5x"))
        .line(&x, x.mapv(|x| three_layers(linear, x)))
        .draw(&panels[0])?;
    Chart::new(-6.0..6.0, 0.0..1.0)
        .title(lang.pick("three layers, h = sigmoid", "3層、h = sigmoid"))
        .line(&x, x.mapv(|x| three_layers(sigmoid, x)))
        .draw(&panels[1])
}

/// §3.4.1–3.4.3: the three-layer network of `init_network`, in the book's notation, with the
/// signals of §3.4.2's input (1.0, 0.5) layer by layer. The inputs of the first neuron are
/// drawn in red: w⁽¹⁾₁₂ is the weight from x2 to a⁽¹⁾₁, that is `w1[[1, 0]]`. Each layer's
/// values are computed as `forward` computes them; the last row is what `forward` returns.
pub fn notation(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let network = init_network();
    let x = array![1.0, 0.5];
    let a1 = x.dot(&network.w1) + &network.b1;
    let z1 = a1.mapv(sigmoid);
    let a2 = z1.dot(&network.w2) + &network.b2;
    let z2 = a2.mapv(sigmoid);
    let y = forward(&network, x.view());

    let mut d = Diagram::network(lang.pick(
        "the three layers of init_network: w⁽¹⁾₁₂ is layer 1's weight from x2 to neuron 1",
        "init_network の3層：w⁽¹⁾₁₂ は第1層の、x2 からニューロン1への重み",
    ));
    // One column a layer, its bias (the input 1) on top, then its neurons; the lines from
    // the bias reach every neuron of the next layer, as its other inputs do.
    let names = [("x", 2, ""), ("z", 3, "⁽¹⁾"), ("z", 2, "⁽²⁾"), ("y", 2, "")];
    let subscripts = ["₁", "₂", "₃"];
    let columns: Vec<(Option<_>, Vec<_>)> = names
        .iter()
        .enumerate()
        .map(|(l, &(name, n, layer))| {
            let left = 70 + 250 * l as i32;
            let bias = (l < 3).then(|| d.circle("1", (left, 80)));
            let neurons = (0..n)
                .map(|i| {
                    d.circle(
                        &format!("{name}{layer}{}", subscripts[i]),
                        (left, 180 + 95 * i as i32),
                    )
                })
                .collect();
            (bias, neurons)
        })
        .collect();
    for pair in columns.windows(2) {
        let ((bias, inputs), (_, outputs)) = (&pair[0], &pair[1]);
        for &from in bias.iter().chain(inputs) {
            for &to in outputs {
                d.line(from, to);
            }
        }
    }
    // The inputs of a⁽¹⁾₁, in red: b⁽¹⁾₁ from the 1, w⁽¹⁾₁₁ from x1, w⁽¹⁾₁₂ from x2.
    let (bias, inputs) = &columns[0];
    let first = columns[1].1[0];
    for &from in bias.iter().chain(inputs) {
        d.line_marked(from, first);
    }
    // Rounded to four decimals, without float noise: 0.30000000000000004 is 0.3.
    let round = |x: f64| (x * 1e4).round() / 1e4;
    let values = |v: &Array1<f64>| {
        let each: Vec<String> = v.iter().map(|&x| round(x).to_string()).collect();
        format!("({})", each.join(", "))
    };
    let layer_1 = lang.pick("layer 1", "第1層");
    let layer_2 = lang.pick("layer 2", "第2層");
    let output = lang.pick("output layer", "出力層");
    let (w11, w12, b1) = (network.w1[[0, 0]], network.w1[[1, 0]], network.b1[0]);
    let inputs = lang.pick("in red, the inputs of a⁽¹⁾₁", "赤：a⁽¹⁾₁ への入力");
    let lines = [
        format!(
            "{inputs}: b⁽¹⁾₁ = {b1}, w⁽¹⁾₁₁ = {w11}, w⁽¹⁾₁₂ = {w12}; a⁽¹⁾₁ = {}",
            round(a1[0])
        ),
        format!("X = {}", values(&x)),
        format!(
            "{layer_1}: A1 = X·W1 + B1 = {}, Z1 = h(A1) = {}",
            values(&a1),
            values(&z1)
        ),
        format!(
            "{layer_2}: A2 = Z1·W2 + B2 = {}, Z2 = h(A2) = {}",
            values(&a2),
            values(&z2)
        ),
        format!("{output}: Y = Z2·W3 + B3 = {}", values(&y)),
    ];
    for (i, line) in lines.iter().enumerate() {
        d.text(line, (450, 420 + 27 * i as i32));
    }
    d.draw(canvas)
}

/// §3.6.3: the shapes of the arrays through the MNIST network, for one image and for a batch
/// of 100, read from the weights of §3.6.2 and from what `predict` returns.
pub fn batch_shapes(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let network = load_network(&default_weights())?;
    let mnist = load_mnist(&mnist_dir(), true)?;
    let titles = [
        lang.pick("one image", "画像1枚"),
        lang.pick("a batch of 100 images", "100枚のバッチ"),
    ];
    for (panel, (title, n)) in rows(canvas, 2)
        .iter()
        .zip([(titles[0], 1), (titles[1], 100)])
    {
        let x = mnist.x_test.slice(s![..n, ..]);
        let y = predict(&network, x);
        let shapes = [
            ("X", x.shape()),
            ("W1", network.w1.shape()),
            ("W2", network.w2.shape()),
            ("W3", network.w3.shape()),
            ("Y", y.shape()),
        ];
        let mut g = Diagram::graph(title);
        let mut before = None;
        for (i, (name, dims)) in shapes.into_iter().enumerate() {
            let label = format!("{name} ({} × {})", dims[0], dims[1]);
            let node = g.boxed(&label, (90 + 200 * i as i32, 60));
            if let Some(from) = before {
                g.arrow_labelled(from, node, "", "");
            }
            before = Some(node);
        }
        g.draw(panel)?;
    }
    Ok(())
}

/// §3.6.1: the first training image, read by `load_mnist` with `normalize = false`: a row of
/// 784 values, reshaped to 28 × 28.
pub fn mnist_first(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let mnist = load_mnist(&mnist_dir(), false)?;
    let img = mnist
        .x_train
        .row(0)
        .to_owned()
        .into_shape_with_order((28, 28))?;
    let label = lang.pick("label", "ラベル");
    let title = format!("x_train[0], {label} {}", mnist.t_train[0]);
    Image::new(title, img).draw(canvas)
}

/// Questions from the margin: the sigmoid and the logit undo each other. Each panel is the
/// other with its axes swapped.
pub fn logit_and_sigmoid(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let panels = columns(canvas, 2);
    let x = Array1::range(-6.0, 6.0, 0.05);
    Chart::new(-6.0..6.0, 0.0..1.0)
        .title(lang.pick(
            "sigmoid: log-odds to p",
            "シグモイド関数：対数オッズから p へ",
        ))
        .line(&x, x.mapv(sigmoid))
        .draw(&panels[0])?;
    let p = Array1::range(0.0025, 1.0, 0.0025);
    Chart::new(0.0..1.0, -6.0..6.0)
        .title(lang.pick("logit: p to log-odds", "ロジット：p から対数オッズへ"))
        .line(&p, p.mapv(logit))
        .draw(&panels[1])
}
// ANCHOR_END: figures
