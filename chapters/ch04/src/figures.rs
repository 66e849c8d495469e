// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: figures
//! The figures of chapter 4: what each shows, computed with the chapter's functions; the
//! `plots` crate draws them. The training figures draw the runs that `cargo run -p ch04`
//! recorded beside them (`training.csv`, `numerical-training.csv`, `overfitting.csv`).

use std::path::Path;

use ndarray::{Array1, Array2, array};
use plots::{BLACK, BLUE, Canvas, Chart, Diagram, Figure, Lang, Legend, RED, Surface, Ticks, rows};
use support::History;

use crate::gradient_descent::gradient_descent;
use crate::numerical::{function_1, function_2, numerical_gradient, tangent_line};

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 11] = [
    Figure::translated("fig4-paradigm-shift.svg", (840, 380), paradigm_shift),
    Figure::plain("fig4-1-log.svg", (520, 380), log_curve),
    Figure::translated(
        "fig4-2-function-1-tangent.svg",
        (560, 380),
        function_1_tangent,
    ),
    Figure::plain(
        "fig4-3-function-2-surface.svg",
        (560, 480),
        function_2_surface,
    ),
    Figure::translated("fig4-4-gradient-field.svg", (560, 520), gradient_field),
    Figure::translated("fig4-5-descent-path.svg", (520, 520), descent_path),
    Figure::translated_record("fig4-6-train-loss.svg", (600, 380), train_loss),
    Figure::translated_record("fig4-7-train-accuracy.svg", (560, 380), train_accuracy),
    Figure::translated_record(
        "fig4-8-numerical-training.svg",
        (600, 640),
        numerical_training,
    ),
    Figure::translated("fig4-9-difference-error.svg", (600, 420), difference_error),
    Figure::translated_record("fig4-10-overfitting.svg", (560, 380), overfitting),
];

/// §4.1.1: three ways to read a handwritten 5, from rules people write, through features
/// people choose, to a network that learns from the pixels alone.
pub fn paradigm_shift(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let mut g = Diagram::graph(lang.pick(
        "from rules written by people to learning from data",
        "人の考えたルールから、データから学ぶ方法へ",
    ));
    let rows: [&[(&str, i32)]; 3] = [
        &[(
            lang.pick("rules designed by people", "人が考えたアルゴリズム"),
            400,
        )],
        &[
            (
                lang.pick(
                    "hand-made features (SIFT, HOG)",
                    "人が考えた特徴量（SIFT, HOG）",
                ),
                260,
            ),
            (
                lang.pick("machine learning (SVM, KNN)", "機械学習（SVM, KNN）"),
                570,
            ),
        ],
        &[(
            lang.pick(
                "neural network (deep learning)",
                "ニューラルネットワーク（ディープラーニング）",
            ),
            400,
        )],
    ];
    for (r, steps) in rows.iter().enumerate() {
        let height = 60 + 120 * r as i32;
        let mut from = g.text(lang.pick("image of a 5", "「5」の画像"), (55, height));
        for &(label, x) in steps.iter() {
            let to = g.boxed(label, (x, height));
            g.arrow_labelled(from, to, "", "");
            from = to;
        }
        let answer = g.text(lang.pick("answer", "答え"), (790, height));
        g.arrow_labelled(from, answer, "", "");
    }
    g.draw(canvas)
}

/// The record of the §4.5 training run, written by `cargo run -p ch04` beside the figures.
pub const TRAINING_CSV: &str = "training.csv";

/// The record of the same run with the numerical gradient, written by `cargo run -p ch04 --
/// --numerical`.
pub const NUMERICAL_TRAINING_CSV: &str = "numerical-training.csv";

/// The record of the margin's small-data training run.
pub const OVERFITTING_CSV: &str = "overfitting.csv";

/// The records a figure is drawn from, which the runs of `cargo run -p ch04` write beside
/// it: none for a figure drawn from code alone.
pub fn records(figure: &Figure) -> &'static [&'static str] {
    match figure.file {
        "fig4-6-train-loss.svg" | "fig4-7-train-accuracy.svg" => &[TRAINING_CSV],
        "fig4-8-numerical-training.svg" => &[TRAINING_CSV, NUMERICAL_TRAINING_CSV],
        "fig4-10-overfitting.svg" => &[OVERFITTING_CSV],
        _ => &[],
    }
}

/// Figure 4-3 of the book: y = log x, which is 0 at x = 1 and falls without bound towards
/// x = 0. Its negative, −log x, is the cross-entropy error of an answer given probability x.
pub fn log_curve(canvas: &Canvas) -> anyhow::Result<()> {
    let x = Array1::range(0.005, 1.0, 0.005);
    Chart::new(0.0..1.05, -5.0..0.5)
        .title("y = log x")
        .x_label("x")
        .y_label("y")
        .line(&x, x.mapv(f64::ln))
        .draw(canvas)
}

/// Figures 4-6 and 4-7 of the book: y = 0.01x² + 0.1x, and its tangent at x = 5, whose
/// slope is the numerical derivative 0.2.
pub fn function_1_tangent(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let x = Array1::range(0.0, 20.0, 0.1);
    let tangent = tangent_line(function_1, 5.0);
    Chart::new(0.0..20.0, -1.0..6.0)
        .title(lang.pick(
            "function_1 and its tangent at x = 5",
            "function_1 と x = 5 での接線",
        ))
        .x_label("x")
        .y_label("f(x)")
        .line(&x, x.mapv(function_1))
        .label("0.01x² + 0.1x")
        .line(&x, x.mapv(tangent))
        .color(RED)
        .label(lang.pick("tangent at x = 5", "x = 5 での接線"))
        .legend(Legend::LowerRight)
        .draw(canvas)
}

/// Figure 4-8 of the book: f(x0, x1) = x0² + x1², a bowl whose bottom is (0, 0).
pub fn function_2_surface(canvas: &Canvas) -> anyhow::Result<()> {
    let x = Array1::linspace(-3.0, 3.0, 25);
    let y = Array2::from_shape_fn((x.len(), x.len()), |(i, j)| function_2(&array![x[i], x[j]]));
    Surface::new("f(x0, x1) = x0² + x1²", x.clone(), x, y, 0.0..18.0)
        .axis_labels("x0", "x1")
        .draw(canvas)
}

/// Figure 4-9 of the book: at each point of a grid from −2 to 2.5, an arrow along the negative
/// gradient of f(x0, x1) = x0² + x1², the way downhill. Arrows are drawn at 1/20 of the
/// gradient's length.
pub fn gradient_field(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let grid = Array1::range(-2.0, 2.5, 0.25);
    let mut arrows = Vec::new();
    for &x0 in &grid {
        for &x1 in &grid {
            let grad = numerical_gradient(function_2, &array![x0, x1]);
            if grad.iter().any(|g| g.abs() > 1e-9) {
                arrows.push(((x0, x1), (x0 - grad[0] / 20.0, x1 - grad[1] / 20.0)));
            }
        }
    }
    Chart::new(-2.5..3.0, -2.5..3.0)
        .title(lang.pick(
            "negative gradient of x0² + x1²",
            "x0² + x1² の勾配にマイナスをつけたもの",
        ))
        .x_label("x0")
        .y_label("x1")
        .arrows(arrows)
        .draw(canvas)
}

/// Figure 4-10 of the book: gradient descent on x0² + x1² from (−3, 4), learning rate 0.1,
/// 20 steps: each step shrinks the point towards the minimum at (0, 0).
pub fn descent_path(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let (_, history) = gradient_descent(function_2, &array![-3.0, 4.0], 0.1, 20);
    let title = lang.pick("gradient descent from (-3, 4)", "(-3, 4) からの勾配降下法");
    path_chart(canvas, title, &history)
}

/// The points of a gradient descent on x0² + x1² (`history`, the start first), drawn as the
/// book's figure 4-10 draws them: where each step landed, with the axes through the minimum at
/// (0, 0). Points off the chart (a descent that goes away) are left out.
pub fn path_chart(canvas: &Canvas, title: &str, history: &[Array1<f64>]) -> anyhow::Result<()> {
    let on: Vec<_> = history
        .iter()
        .filter(|x| x[0].abs() <= 3.5 && x[1].abs() <= 4.5)
        .collect();
    let axis = BLUE.mix(0.6);
    Chart::new(-3.5..3.5, -4.5..4.5)
        .title(title)
        .x_label("x0")
        .y_label("x1")
        .line([-5.0, 5.0], [0.0, 0.0])
        .color(axis)
        .width(1)
        .dashes(6, 4)
        .line([0.0, 0.0], [-5.0, 5.0])
        .color(axis)
        .width(1)
        .dashes(6, 4)
        .dots(on.iter().map(|x| x[0]), on.iter().map(|x| x[1]))
        .draw(canvas)
}

/// Figure 4-11 of the book: the loss of every mini-batch while training.
pub fn train_loss(canvas: &Canvas, dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    let title = lang.pick("loss per iteration", "繰り返しごとの損失");
    loss_curve(title, &history, lang).draw(canvas)
}

/// 0, 1, 2, … for each of `n` iterations or epochs.
fn counts(n: usize) -> Array1<f64> {
    Array1::range(0.0, n as f64, 1.0)
}

/// The loss of every mini-batch of a training record.
pub fn loss_curve(title: &str, history: &History, lang: Lang) -> Chart {
    let loss = &history.train_loss_list;
    Chart::new(0.0..loss.len() as f64, 0.0..2.5)
        .title(title)
        .x_label(lang.pick("iteration", "繰り返し回数"))
        .y_label(lang.pick("loss", "損失"))
        .x_ticks(Ticks::Whole)
        .line(counts(loss.len()), loss)
        .width(1)
}

/// Train (solid) and test (dashed) accuracy per epoch from a training record.
pub fn accuracy_curves(title: &str, history: &History, lang: Lang) -> Chart {
    let epochs = counts(history.train_acc_list.len());
    let last = history.train_acc_list.len().saturating_sub(1).max(1) as f64;
    Chart::new(0.0..last, 0.0..1.0)
        .title(title)
        .x_label(lang.pick("epochs", "エポック"))
        .y_label(lang.pick("accuracy", "認識精度"))
        .x_ticks(Ticks::Whole)
        .line(&epochs, &history.train_acc_list)
        .label(lang.pick("train acc", "訓練データ"))
        .line(&epochs, &history.test_acc_list)
        .color(RED)
        .dashed()
        .label(lang.pick("test acc", "テストデータ"))
        .legend(Legend::LowerRight)
}

/// Figure 4-12 of the book: accuracy on all training data (solid) and all test data (dashed)
/// at the start of each epoch.
pub fn train_accuracy(canvas: &Canvas, dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    let title = lang.pick("accuracy per epoch", "エポックごとの認識精度");
    accuracy_curves(title, &history, lang).draw(canvas)
}

/// Going further, after §4.5: the training run with the numerical gradient beside the same
/// run with the analytic gradient (the same seed: the same first weights, the same
/// mini-batches). Above, the loss of each mini-batch in both runs; below, how far apart the
/// two losses are at each iteration, on a log scale (0 is drawn at the bottom edge).
pub fn numerical_training(canvas: &Canvas, dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let analytic = History::load_csv(&dir.join(TRAINING_CSV))?.train_loss_list;
    let numerical = History::load_csv(&dir.join(NUMERICAL_TRAINING_CSV))?.train_loss_list;
    let panels = rows(canvas, 2);
    let (n, iterations) = (analytic.len() as f64, counts(analytic.len()));
    Chart::new(0.0..n, 0.0..2.5)
        .title(lang.pick(
            "loss per iteration, both runs",
            "繰り返しごとの損失（2つの実行）",
        ))
        .x_label(lang.pick("iteration", "繰り返し回数"))
        .y_label(lang.pick("loss", "損失"))
        .x_ticks(Ticks::Whole)
        .line(&iterations, &analytic)
        .width(3)
        .label(lang.pick("analytic gradient", "解析的な勾配"))
        .line(&iterations, &numerical)
        .color(RED)
        .width(1)
        .label(lang.pick("numerical gradient", "数値微分による勾配"))
        .legend(Legend::UpperRight)
        .draw(&panels[0])?;

    let floor = 1e-12;
    let apart = analytic.iter().zip(&numerical);
    Chart::new(0.0..n, floor..1e-2)
        .log_y()
        .title(lang.pick(
            "|numerical − analytic| loss",
            "損失の差 |数値微分 − 解析的|",
        ))
        .x_label(lang.pick("iteration", "繰り返し回数"))
        .y_label(lang.pick("difference", "差"))
        .x_ticks(Ticks::Whole)
        .line(&iterations, apart.map(|(a, n)| (n - a).abs().max(floor)))
        .color(BLACK.mix(0.6))
        .width(1)
        .draw(&panels[1])
}

/// Questions from the margin: the error of the forward and central differences of exp at
/// x = 1 (the exact derivative is e), for h from 1e-1 down to 1e-16.
pub fn difference_error(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let (x, exact) = (1.0_f64, 1.0_f64.exp());
    let h: Array1<f64> = (10..=160)
        .map(|i| 10f64.powf(-f64::from(i) / 10.0))
        .collect();
    let floor = 1e-12;
    let forward = h.mapv(|h| (((x + h).exp() - x.exp()) / h - exact).abs().max(floor));
    let central = h.mapv(|h| {
        (((x + h).exp() - (x - h).exp()) / (2.0 * h) - exact)
            .abs()
            .max(floor)
    });
    Chart::new(1e-16..1e-1, 1e-12..10.0)
        .log_x()
        .log_y()
        .title(lang.pick(
            "error of numerical derivatives of exp at 1",
            "x = 1 における exp の数値微分の誤差",
        ))
        .x_label("h")
        .y_label(lang.pick("|error|", "|誤差|"))
        .line(&h, &forward)
        .color(RED)
        .label(lang.pick(
            "forward (f(x+h) - f(x)) / h",
            "前方差分 (f(x+h) - f(x)) / h",
        ))
        .line(&h, &central)
        .label(lang.pick(
            "central (f(x+h) - f(x-h)) / 2h",
            "中心差分 (f(x+h) - f(x-h)) / 2h",
        ))
        .legend(Legend::UpperRight)
        .draw(canvas)
}

/// Questions from the margin: a network trained on only 300 images. Training accuracy
/// climbs to the top while test accuracy (on the first 2000 test images) stalls below it.
pub fn overfitting(canvas: &Canvas, dir: &Path, lang: Lang) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(OVERFITTING_CSV))?;
    let title = lang.pick("300 training images: overfitting", "訓練画像300枚：過学習");
    accuracy_curves(title, &history, lang).draw(canvas)
}
// ANCHOR_END: figures
