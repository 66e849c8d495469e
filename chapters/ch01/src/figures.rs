// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: figures
//! The figures of chapter 1 (§1.6): what each shows, as pyplot's calls say it. The `plots`
//! crate draws them, with plotters.

use anyhow::Context;
use dataset::mnist::TRAIN_IMAGES;
use ndarray::Array1;
use plots::{Canvas, Chart, Color, Figure, Image, Lang, Legend, RED, rows};
use support::paths::mnist_dir;

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 4] = [
    Figure::plain("fig1-1-sin.svg", (640, 400), sin_curve),
    Figure::plain("fig1-2-sin-cos.svg", (640, 400), sin_cos),
    Figure::translated("fig1-3-mnist-digit.svg", (420, 440), mnist_digit),
    Figure::translated("fig1-4-sampling.svg", (640, 720), sampling),
];

// ANCHOR: sin_curve
/// §1.6.1, Figure 1-3 of the book: y = sin(x) for x from 0 to 6 in steps of 0.1.
pub fn sin_curve(canvas: &Canvas) -> anyhow::Result<()> {
    let x = Array1::range(0.0, 6.0, 0.1);
    let y = x.mapv(f64::sin);

    Chart::plain(0.0..6.0, -1.1..1.1).line(&x, &y).draw(canvas)
}
// ANCHOR_END: sin_curve

// ANCHOR: sin_cos
/// §1.6.2, Figure 1-4 of the book: sine and cosine, cosine dashed, with a title, axis labels
/// and a legend.
pub fn sin_cos(canvas: &Canvas) -> anyhow::Result<()> {
    let x = Array1::range(0.0, 6.0, 0.1);
    let y1 = x.mapv(f64::sin);
    let y2 = x.mapv(f64::cos);

    Chart::plain(0.0..6.0, -1.1..1.1)
        .title("sin & cos")
        .x_label("x")
        .y_label("y")
        .line(&x, &y1)
        .label("sin")
        .line(&x, &y2)
        .color(RED)
        .dashed()
        .label("cos")
        .legend(Legend::MiddleRight)
        .draw(canvas)
}
// ANCHOR_END: sin_cos

// ANCHOR: mnist_digit
/// §1.6.3: the book shows a photograph here; we show the first handwritten digit of MNIST,
/// the data of chapters 3 to 5. Drawn twice, with its title in English and in Japanese.
pub fn mnist_digit(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let images = dataset::read_images(&mnist_dir().join(TRAIN_IMAGES))?;
    let image = images.image(0).mapv(f64::from);
    let title = lang.pick(
        "the first training image of MNIST",
        "MNIST の最初の訓練画像",
    );
    Image::new(title, image).draw(canvas)
}
// ANCHOR_END: mnist_digit

/// Questions from the margin, chapter 1: a curve is drawn from samples. The same sine,
/// sampled every 1.0, 0.5 and 0.1, joined by straight lines; the grey curve is the sine
/// sampled every 0.01.
pub fn sampling(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let fine = Array1::range(0.0, 6.0, 0.01);
    for (panel, step) in rows(canvas, 3).iter().zip([1.0, 0.5, 0.1]) {
        let x = Array1::range(0.0, 6.0, step);
        let y = x.mapv(f64::sin);
        Chart::plain(0.0..6.0, -1.1..1.1)
            .title(match lang {
                Lang::En => format!("step {step:.1}: {} samples", x.len()),
                Lang::Ja => format!("間隔 {step:.1}：標本 {} 個", x.len()),
            })
            .title_size(18)
            .margin(10)
            .label_areas(25, 40)
            .line(&fine, fine.mapv(f64::sin))
            .color(Color::grey(200))
            .width(3)
            .line(&x, &y)
            .dots(&x, &y)
            .size(3)
            .draw(panel)
            .with_context(|| format!("panel for step {step}"))?;
    }
    Ok(())
}
// ANCHOR_END: figures
