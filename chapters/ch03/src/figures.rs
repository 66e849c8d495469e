// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! The figures of chapter 3.

use std::ops::Range;

use ch01::figures::draw_image;
use dataset::load_mnist;
use ndarray::{Array1, Ix2};
use plotters::prelude::*;
use plotters::series::DashedLineSeries;
use support::paths::mnist_dir;
use support::plot::{Axes, chart, legend, legend_dashed, legend_line};
use support::{Canvas, Draw, Figure};

use crate::activation::{logit, relu, sigmoid, step_function};

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 7] = [
    Figure {
        file: "fig3-1-step.svg",
        size: (560, 380),
        draw: Draw::Plain(step_figure),
    },
    Figure {
        file: "fig3-2-sigmoid.svg",
        size: (560, 380),
        draw: Draw::Plain(sigmoid_figure),
    },
    Figure {
        file: "fig3-3-sigmoid-step.svg",
        size: (560, 380),
        draw: Draw::Plain(sigmoid_and_step),
    },
    Figure {
        file: "fig3-4-stacked-layers.svg",
        size: (720, 360),
        draw: Draw::Plain(stacked_layers),
    },
    Figure {
        file: "fig3-5-relu.svg",
        size: (560, 380),
        draw: Draw::Plain(relu_figure),
    },
    Figure {
        file: "fig3-6-mnist-first.svg",
        size: (420, 440),
        draw: Draw::Plain(mnist_first),
    },
    Figure {
        file: "fig3-7-logit-sigmoid.svg",
        size: (720, 360),
        draw: Draw::Plain(logit_and_sigmoid),
    },
];

/// One curve of a plot: its legend, the function, and whether it is dashed.
struct Curve<'a> {
    label: &'a str,
    f: &'a dyn Fn(f64) -> f64,
    dashed: bool,
}

/// Plots each curve over `x` from −5.0 to 5.0 in steps of 0.1, as the book's figures do.
fn plot(canvas: &Canvas, title: &str, y: Range<f64>, curves: &[Curve]) -> anyhow::Result<()> {
    let x = Array1::range(-5.0, 5.0, 0.1);
    let mut chart = chart(canvas, title, -6.0..6.0, y, &Axes::labelled("", ""))?;
    for (curve, color) in curves.iter().zip([BLUE, RED]) {
        let points: Vec<(f64, f64)> = x.iter().map(|&x| (x, (curve.f)(x))).collect();
        if curve.dashed {
            chart
                .draw_series(DashedLineSeries::new(points, 8, 5, color.stroke_width(2)))?
                .label(curve.label)
                .legend(legend_dashed(color));
        } else {
            chart
                .draw_series(LineSeries::new(points, color.stroke_width(2)))?
                .label(curve.label)
                .legend(legend_line(color));
        }
    }
    if curves.len() > 1 {
        legend(&mut chart, SeriesLabelPosition::UpperLeft)?;
    }
    Ok(())
}

fn solid<'a>(label: &'a str, f: &'a dyn Fn(f64) -> f64) -> Curve<'a> {
    Curve {
        label,
        f,
        dashed: false,
    }
}

/// Figure 3-6 of the book: the step function, y from −0.1 to 1.1.
pub fn step_figure(canvas: &Canvas) -> anyhow::Result<()> {
    plot(
        canvas,
        "step function",
        -0.1..1.1,
        &[solid("step", &step_function)],
    )
}

/// Figure 3-7 of the book: the sigmoid.
pub fn sigmoid_figure(canvas: &Canvas) -> anyhow::Result<()> {
    plot(
        canvas,
        "sigmoid function",
        -0.1..1.1,
        &[solid("sigmoid", &sigmoid)],
    )
}

/// Figure 3-8 of the book: sigmoid (solid) and step (dashed) together.
pub fn sigmoid_and_step(canvas: &Canvas) -> anyhow::Result<()> {
    let step = Curve {
        label: "step",
        f: &step_function,
        dashed: true,
    };
    plot(
        canvas,
        "sigmoid and step",
        -0.1..1.1,
        &[solid("sigmoid", &sigmoid), step],
    )
}

/// Figure 3-9 of the book: ReLU, y from −1.0 to 5.5.
pub fn relu_figure(canvas: &Canvas) -> anyhow::Result<()> {
    plot(canvas, "ReLU function", -1.0..5.5, &[solid("ReLU", &relu)])
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
pub fn stacked_layers(canvas: &Canvas) -> anyhow::Result<()> {
    let (left, right) = canvas.split_horizontally(360);
    plot(
        &left,
        "three layers, h(x) = 0.5x",
        -6.5..6.5,
        &[solid("linear", &|x| three_layers(linear, x))],
    )?;
    plot(
        &right,
        "three layers, h = sigmoid",
        0.0..1.0,
        &[solid("sigmoid", &|x| three_layers(sigmoid, x))],
    )
}

/// §3.6.1: the first training image, read by `load_mnist` with `normalize = false`: a row of
/// 784 values, reshaped to 28 × 28.
pub fn mnist_first(canvas: &Canvas) -> anyhow::Result<()> {
    let mnist = load_mnist(&mnist_dir(), false)?;
    let img = mnist.x_train.row(0).to_owned();
    let img = img
        .into_shape_with_order((28, 28))?
        .into_dimensionality::<Ix2>()?;
    let title = format!("x_train[0], label {}", mnist.t_train[0]);
    draw_image(canvas, img.view(), &title)
}

/// Questions from the margin: the sigmoid and the logit undo each other. Each panel is the
/// other with its axes swapped.
pub fn logit_and_sigmoid(canvas: &Canvas) -> anyhow::Result<()> {
    let (left, right) = canvas.split_horizontally(canvas.dim_in_pixel().0 / 2);
    let x = Array1::range(-6.0, 6.0, 0.05);
    let p = Array1::range(0.0025, 1.0, 0.0025);
    let panels = [
        (
            &left,
            "sigmoid: log-odds to p",
            -6.0..6.0,
            0.0..1.0,
            x.mapv(|x| (x, sigmoid(x))),
        ),
        (
            &right,
            "logit: p to log-odds",
            0.0..1.0,
            -6.0..6.0,
            p.mapv(|p| (p, logit(p))),
        ),
    ];
    for (panel, title, x_range, y_range, points) in panels {
        let mut chart = chart(panel, title, x_range, y_range, &Axes::labelled("", ""))?;
        chart.draw_series(LineSeries::new(points, BLUE.stroke_width(2)))?;
    }
    Ok(())
}
