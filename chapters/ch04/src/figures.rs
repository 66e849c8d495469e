//! The figures of chapter 4. The training figures draw the runs that `cargo run -p ch04`
//! recorded beside them (`training.csv`, `numerical-training.csv`, `overfitting.csv`).

use std::path::Path;

use ndarray::{Array1, array};
use plotters::prelude::*;
use plotters::series::{DashedLineSeries, SurfaceSeries};
use support::figure::{tick, whole_tick};
use support::plot::{Axes, Chart, arrowhead, chart, legend, legend_dashed, legend_line};
use support::{Canvas, Draw, Figure, History};

use crate::gradient_descent::gradient_descent;
use crate::numerical::{function_1, function_2, numerical_gradient, tangent_line};

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 10] = [
    Figure {
        file: "fig4-1-log.svg",
        size: (520, 380),
        draw: Draw::Plain(log_curve),
    },
    Figure {
        file: "fig4-2-function-1-tangent.svg",
        size: (560, 380),
        draw: Draw::Plain(function_1_tangent),
    },
    Figure {
        file: "fig4-3-function-2-surface.svg",
        size: (560, 480),
        draw: Draw::Plain(function_2_surface),
    },
    Figure {
        file: "fig4-4-gradient-field.svg",
        size: (560, 520),
        draw: Draw::Plain(gradient_field),
    },
    Figure {
        file: "fig4-5-descent-path.svg",
        size: (520, 520),
        draw: Draw::Plain(descent_path),
    },
    Figure {
        file: "fig4-6-train-loss.svg",
        size: (600, 380),
        draw: Draw::Record(train_loss),
    },
    Figure {
        file: "fig4-7-train-accuracy.svg",
        size: (560, 380),
        draw: Draw::Record(train_accuracy),
    },
    Figure {
        file: "fig4-8-numerical-training.svg",
        size: (600, 640),
        draw: Draw::Record(numerical_training),
    },
    Figure {
        file: "fig4-9-difference-error.svg",
        size: (600, 420),
        draw: Draw::Plain(difference_error),
    },
    Figure {
        file: "fig4-10-overfitting.svg",
        size: (560, 380),
        draw: Draw::Record(overfitting),
    },
];

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
/// x = 0: the cross-entropy error of an answer given probability x.
pub fn log_curve(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = chart(
        canvas,
        "y = log x",
        0.0..1.05,
        -5.0..0.5,
        &Axes::labelled("x", "y"),
    )?;
    let x = Array1::<f64>::range(0.005, 1.0, 0.005);
    chart.draw_series(LineSeries::new(
        x.iter().map(|&x| (x, x.ln())),
        BLUE.stroke_width(2),
    ))?;
    Ok(())
}

/// Figures 4-6 and 4-7 of the book: y = 0.01x² + 0.1x, and its tangent at x = 5, whose
/// slope is the numerical derivative 0.2.
pub fn function_1_tangent(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = chart(
        canvas,
        "function_1 and its tangent at x = 5",
        0.0..20.0,
        -1.0..6.0,
        &Axes::labelled("x", "f(x)"),
    )?;
    let x = Array1::<f64>::range(0.0, 20.0, 0.1);
    let tangent = tangent_line(function_1, 5.0);
    chart
        .draw_series(LineSeries::new(
            x.iter().map(|&x| (x, function_1(x))),
            BLUE.stroke_width(2),
        ))?
        .label("0.01x² + 0.1x")
        .legend(legend_line(BLUE));
    chart
        .draw_series(LineSeries::new(
            x.iter().map(|&x| (x, tangent(x))),
            RED.stroke_width(2),
        ))?
        .label("tangent at x = 5")
        .legend(legend_line(RED));
    legend(&mut chart, SeriesLabelPosition::LowerRight)
}

/// Figure 4-8 of the book: f(x0, x1) = x0² + x1², a bowl whose bottom is (0, 0).
pub fn function_2_surface(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = ChartBuilder::on(canvas)
        .caption("f(x0, x1) = x0² + x1²", ("sans-serif", 20))
        .margin(10)
        .build_cartesian_3d(-3.0..3.0, 0.0..18.0, -3.0..3.0)?;
    chart.with_projection(|mut p| {
        p.pitch = 0.45;
        p.yaw = 0.6;
        p.scale = 0.85;
        p.into_matrix()
    });
    chart
        .configure_axes()
        .x_formatter(&tick)
        .y_formatter(&tick)
        .z_formatter(&tick)
        .draw()?;
    let grid = || (0..=24).map(|i| -3.0 + 0.25 * f64::from(i));
    chart.draw_series(
        SurfaceSeries::xoz(grid(), grid(), |x0, x1| function_2(&array![x0, x1]))
            .style(BLUE.mix(0.35).filled()),
    )?;
    Ok(())
}

/// Draws an arrow from `from` to `to`, its head a fraction `head` of its length.
fn arrow(chart: &mut Chart, from: (f64, f64), to: (f64, f64), head: f64) -> anyhow::Result<()> {
    let length = head * (to.0 - from.0).hypot(to.1 - from.1);
    let style = RGBColor(102, 102, 102).stroke_width(1);
    chart.draw_series([
        PathElement::new([from, to], style),
        PathElement::new(arrowhead(from, to, length), style),
    ])?;
    Ok(())
}

/// Figure 4-9 of the book: at each point of a grid from −2 to 2.5, an arrow along the negative
/// gradient of f(x0, x1) = x0² + x1², the way downhill. Arrows are drawn at 1/20 of the
/// gradient's length.
pub fn gradient_field(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = chart(
        canvas,
        "negative gradient of x0² + x1²",
        -2.5..3.0,
        -2.5..3.0,
        &Axes::labelled("x0", "x1"),
    )?;
    let grid = Array1::<f64>::range(-2.0, 2.5, 0.25);
    for &x0 in &grid {
        for &x1 in &grid {
            let grad = numerical_gradient(function_2, &array![x0, x1]);
            let to = (x0 - grad[0] / 20.0, x1 - grad[1] / 20.0);
            if grad.iter().any(|g| g.abs() > 1e-9) {
                arrow(&mut chart, (x0, x1), to, 0.3)?;
            }
        }
    }
    Ok(())
}

/// Figure 4-10 of the book: gradient descent on x0² + x1² from (−3, 4), learning rate 0.1,
/// 20 steps: each step shrinks the point towards the minimum at (0, 0).
pub fn descent_path(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = chart(
        canvas,
        "gradient descent from (-3, 4)",
        -3.5..3.5,
        -4.5..4.5,
        &Axes::labelled("x0", "x1"),
    )?;
    let (_, history) = gradient_descent(function_2, &array![-3.0, 4.0], 0.1, 20);
    let axis = BLUE.mix(0.6);
    chart.draw_series(DashedLineSeries::new(
        [(-5.0, 0.0), (5.0, 0.0)],
        6,
        4,
        axis.into(),
    ))?;
    chart.draw_series(DashedLineSeries::new(
        [(0.0, -5.0), (0.0, 5.0)],
        6,
        4,
        axis.into(),
    ))?;
    chart.draw_series(
        history
            .iter()
            .map(|x| Circle::new((x[0], x[1]), 4, BLUE.filled())),
    )?;
    Ok(())
}

/// Figure 4-11 of the book: the loss of every mini-batch while training.
pub fn train_loss(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    loss_curve(canvas, "loss per iteration", &history)
}

/// The loss of every mini-batch of a training record.
pub fn loss_curve(canvas: &Canvas, title: &str, history: &History) -> anyhow::Result<()> {
    let n = history.train_loss_list.len() as f64;
    let axes = Axes {
        x_tick: &whole_tick,
        ..Axes::labelled("iteration", "loss")
    };
    let mut chart = chart(canvas, title, 0.0..n, 0.0..2.5, &axes)?;
    let points = history.train_loss_list.iter().enumerate();
    chart.draw_series(LineSeries::new(
        points.map(|(i, &l)| (i as f64, l)),
        BLUE.stroke_width(1),
    ))?;
    Ok(())
}

/// Train (solid) and test (dashed) accuracy per epoch from a training record.
pub fn accuracy_curves(canvas: &Canvas, title: &str, history: &History) -> anyhow::Result<()> {
    let epochs = history.train_acc_list.len().saturating_sub(1).max(1) as f64;
    let axes = Axes {
        x_tick: &whole_tick,
        ..Axes::labelled("epochs", "accuracy")
    };
    let mut chart = chart(canvas, title, 0.0..epochs, 0.0..1.0, &axes)?;
    let points = |list: &[f64]| -> Vec<(f64, f64)> {
        list.iter()
            .enumerate()
            .map(|(e, &a)| (e as f64, a))
            .collect()
    };
    chart
        .draw_series(LineSeries::new(
            points(&history.train_acc_list),
            BLUE.stroke_width(2),
        ))?
        .label("train acc")
        .legend(legend_line(BLUE));
    chart
        .draw_series(DashedLineSeries::new(
            points(&history.test_acc_list),
            8,
            5,
            RED.stroke_width(2),
        ))?
        .label("test acc")
        .legend(legend_dashed(RED));
    legend(&mut chart, SeriesLabelPosition::LowerRight)
}

/// Figure 4-12 of the book: accuracy on all training data (solid) and all test data (dashed)
/// at the start of each epoch.
pub fn train_accuracy(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(TRAINING_CSV))?;
    accuracy_curves(canvas, "accuracy per epoch", &history)
}

/// Going further, after §4.5: the training run with the numerical gradient beside the same
/// run with the analytic gradient (the same seed: the same first weights, the same
/// mini-batches). Above, the loss of each mini-batch in both runs; below, how far apart the
/// two losses are at each iteration, on a log scale (0 is drawn at the bottom edge).
pub fn numerical_training(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    let analytic = History::load_csv(&dir.join(TRAINING_CSV))?;
    let numerical = History::load_csv(&dir.join(NUMERICAL_TRAINING_CSV))?;
    let panels = canvas.split_evenly((2, 1));
    let n = analytic.train_loss_list.len() as f64;
    let axes = Axes {
        x_tick: &whole_tick,
        ..Axes::labelled("iteration", "loss")
    };
    let title = "loss per iteration, both runs";
    let mut loss = chart(&panels[0], title, 0.0..n, 0.0..2.5, &axes)?;
    for (history, color, width, label) in [
        (&analytic, BLUE, 3, "analytic gradient"),
        (&numerical, RED, 1, "numerical gradient"),
    ] {
        let points = history.train_loss_list.iter().enumerate();
        loss.draw_series(LineSeries::new(
            points.map(|(i, &l)| (i as f64, l)),
            color.stroke_width(width),
        ))?
        .label(label)
        .legend(legend_line(color));
    }
    legend(&mut loss, SeriesLabelPosition::UpperRight)?;

    let floor = 1e-12;
    let mut apart = ChartBuilder::on(&panels[1])
        .caption("|numerical − analytic| loss", ("sans-serif", 20))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..n, (floor..1e-2).log_scale())?;
    apart
        .configure_mesh()
        .x_desc("iteration")
        .y_desc("difference")
        .x_label_formatter(&whole_tick)
        .y_label_formatter(&|d| format!("{d:.0e}"))
        .draw()?;
    let both = analytic
        .train_loss_list
        .iter()
        .zip(&numerical.train_loss_list);
    apart.draw_series(LineSeries::new(
        both.enumerate()
            .map(|(i, (a, n))| (i as f64, (n - a).abs().max(floor))),
        BLACK.mix(0.6).stroke_width(1),
    ))?;
    Ok(())
}

/// Questions from the margin: the error of the forward and central differences of exp at
/// x = 1 (the exact derivative is e), for h from 1e-1 down to 1e-16.
pub fn difference_error(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = ChartBuilder::on(canvas)
        .caption(
            "error of numerical derivatives of exp at 1",
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d((1e-16..1e-1).log_scale(), (1e-12..10.0).log_scale())?;
    chart
        .configure_mesh()
        .x_desc("h")
        .y_desc("|error|")
        .x_label_formatter(&|h| format!("{h:.0e}"))
        .y_label_formatter(&|e| format!("{e:.0e}"))
        .draw()?;
    let (x, exact) = (1.0_f64, 1.0_f64.exp());
    let hs: Vec<f64> = (10..=160)
        .map(|i| 10f64.powf(-f64::from(i) / 10.0))
        .collect();
    let floor = 1e-12;
    let forward = hs
        .iter()
        .map(|&h| (h, (((x + h).exp() - x.exp()) / h - exact).abs().max(floor)));
    let central = hs.iter().map(|&h| {
        (
            h,
            (((x + h).exp() - (x - h).exp()) / (2.0 * h) - exact)
                .abs()
                .max(floor),
        )
    });
    chart
        .draw_series(LineSeries::new(forward, RED.stroke_width(2)))?
        .label("forward (f(x+h) - f(x)) / h")
        .legend(legend_line(RED));
    chart
        .draw_series(LineSeries::new(central, BLUE.stroke_width(2)))?
        .label("central (f(x+h) - f(x-h)) / 2h")
        .legend(legend_line(BLUE));
    legend(&mut chart, SeriesLabelPosition::UpperRight)
}

/// Questions from the margin: a network trained on only 300 images. Training accuracy
/// climbs to the top while test accuracy (on the first 2000 test images) stalls below it.
pub fn overfitting(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    let history = History::load_csv(&dir.join(OVERFITTING_CSV))?;
    accuracy_curves(canvas, "300 training images: overfitting", &history)
}
