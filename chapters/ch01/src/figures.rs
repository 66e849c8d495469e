// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! The figures of chapter 1, drawn with plotters (§1.6).

use anyhow::Context;
use dataset::mnist::TRAIN_IMAGES;
use ndarray::{Array1, ArrayView2};
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::series::DashedLineSeries;
use support::figure::tick;
use support::paths::mnist_dir;
use support::{Canvas, Draw, Figure};

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 4] = [
    Figure {
        file: "fig1-1-sin.svg",
        size: (640, 400),
        draw: Draw::Plain(sin_curve),
    },
    Figure {
        file: "fig1-2-sin-cos.svg",
        size: (640, 400),
        draw: Draw::Plain(sin_cos),
    },
    Figure {
        file: "fig1-3-mnist-digit.svg",
        size: (420, 440),
        draw: Draw::Plain(mnist_digit),
    },
    Figure {
        file: "fig1-4-sampling.svg",
        size: (640, 720),
        draw: Draw::Plain(sampling),
    },
];

// ANCHOR: sin_curve
/// §1.6.1, Figure 1-3 of the book: y = sin(x) for x from 0 to 6 in steps of 0.1.
pub fn sin_curve(canvas: &Canvas) -> anyhow::Result<()> {
    let x = Array1::range(0.0, 6.0, 0.1);
    let y = x.mapv(f64::sin);

    let mut chart = ChartBuilder::on(canvas)
        .margin(20)
        .x_label_area_size(30)
        .y_label_area_size(40)
        .build_cartesian_2d(0.0..6.0, -1.1..1.1)?;
    chart
        .configure_mesh()
        .x_label_formatter(&tick)
        .y_label_formatter(&tick)
        .draw()?;
    chart.draw_series(LineSeries::new(x.iter().copied().zip(y), &BLUE))?;
    Ok(())
}
// ANCHOR_END: sin_curve

// ANCHOR: sin_cos
/// §1.6.2, Figure 1-4 of the book: sine and cosine, cosine dashed, with a title, axis labels
/// and a legend.
pub fn sin_cos(canvas: &Canvas) -> anyhow::Result<()> {
    let x = Array1::range(0.0, 6.0, 0.1);
    let y1 = x.mapv(f64::sin);
    let y2 = x.mapv(f64::cos);

    let mut chart = ChartBuilder::on(canvas)
        .caption("sin & cos", ("sans-serif", 24))
        .margin(20)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(0.0..6.0, -1.1..1.1)?;
    chart
        .configure_mesh()
        .x_label_formatter(&tick)
        .y_label_formatter(&tick)
        .x_desc("x")
        .y_desc("y")
        .draw()?;

    chart
        .draw_series(LineSeries::new(x.iter().copied().zip(y1), &BLUE))?
        .label("sin")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 24, y)], BLUE));
    chart
        .draw_series(DashedLineSeries::new(
            x.iter().copied().zip(y2.iter().copied()),
            8,
            5,
            RED.into(),
        ))?
        .label("cos")
        .legend(|(x, y)| DashedPathElement::new([(x, y), (x + 24, y)], 8, 5, RED));
    chart
        .configure_series_labels()
        .background_style(WHITE)
        .border_style(BLACK)
        .draw()?;
    Ok(())
}
// ANCHOR_END: sin_cos

// ANCHOR: mnist_digit
/// §1.6.3: the book shows a photograph here; we show the first handwritten digit of MNIST,
/// the data of chapters 3 to 5.
pub fn mnist_digit(canvas: &Canvas) -> anyhow::Result<()> {
    let images = dataset::read_images(&mnist_dir().join(TRAIN_IMAGES))?;
    let image = images.image(0).mapv(f64::from);
    draw_image(canvas, image.view(), "the first training image of MNIST")
}

/// Draws a grey-scale image, one square per pixel: 0 is white paper, 255 black ink.
pub fn draw_image(canvas: &Canvas, image: ArrayView2<f64>, title: &str) -> anyhow::Result<()> {
    let (rows, cols) = image.dim();
    // Rows grow downwards in an image, so the y axis runs from `rows` at the bottom to 0.
    let mut chart = ChartBuilder::on(canvas)
        .caption(title, ("sans-serif", 18))
        .margin(10)
        .x_label_area_size(25)
        .y_label_area_size(30)
        .build_cartesian_2d(0..cols, rows..0)?;
    chart.configure_mesh().disable_mesh().draw()?;
    chart.draw_series(image.indexed_iter().map(|((row, col), &pixel)| {
        let shade = 255 - pixel.clamp(0.0, 255.0) as u8;
        Rectangle::new(
            [(col, row), (col + 1, row + 1)],
            RGBColor(shade, shade, shade).filled(),
        )
    }))?;
    Ok(())
}
// ANCHOR_END: mnist_digit

/// Questions from the margin, chapter 1: a curve is drawn from samples. The same sine,
/// sampled every 1.0, 0.5 and 0.1, joined by straight lines; the grey curve is the sine
/// sampled every 0.01.
pub fn sampling(canvas: &Canvas) -> anyhow::Result<()> {
    let fine = Array1::<f64>::range(0.0, 6.0, 0.01);
    let panels = canvas.split_evenly((3, 1));
    for (panel, step) in panels.iter().zip([1.0, 0.5, 0.1]) {
        let x = Array1::<f64>::range(0.0, 6.0, step);
        let mut chart = ChartBuilder::on(panel)
            .caption(
                format!("step {step:.1}: {} samples", x.len()),
                ("sans-serif", 18),
            )
            .margin(10)
            .x_label_area_size(25)
            .y_label_area_size(40)
            .build_cartesian_2d(0.0..6.0, -1.1..1.1)
            .with_context(|| format!("panel for step {step}"))?;
        chart
            .configure_mesh()
            .x_label_formatter(&tick)
            .y_label_formatter(&tick)
            .draw()?;
        chart.draw_series(LineSeries::new(
            fine.iter().map(|&x| (x, x.sin())),
            RGBColor(200, 200, 200).stroke_width(3),
        ))?;
        let samples: Vec<(f64, f64)> = x.iter().map(|&x| (x, x.sin())).collect();
        chart.draw_series(LineSeries::new(samples.iter().copied(), &BLUE))?;
        chart.draw_series(
            samples
                .iter()
                .map(|&point| Circle::new(point, 3, BLUE.filled())),
        )?;
    }
    Ok(())
}
