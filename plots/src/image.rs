//! A grey-scale image, such as an MNIST digit, drawn one square per pixel.

use ndarray::Array2;
use plotters::prelude::*;

use crate::figure::Canvas;
use crate::style::font_for;

/// A titled grey-scale image: 0 is white paper, 255 black ink.
pub struct Image {
    title: String,
    pixels: Array2<f64>,
}

impl Image {
    pub fn new(title: impl Into<String>, pixels: Array2<f64>) -> Image {
        Image {
            title: title.into(),
            pixels,
        }
    }

    /// Draws the image on `canvas`, row and column numbers on its edges.
    pub fn draw(&self, canvas: &Canvas) -> anyhow::Result<()> {
        let (rows, cols) = self.pixels.dim();
        // Rows grow downwards in an image, so the y axis runs from `rows` at the bottom to 0.
        let mut chart = ChartBuilder::on(canvas)
            .caption(&self.title, (font_for(&self.title), 18))
            .margin(10)
            .x_label_area_size(25)
            .y_label_area_size(30)
            .build_cartesian_2d(0..cols, rows..0)?;
        chart.configure_mesh().disable_mesh().draw()?;
        chart.draw_series(self.pixels.indexed_iter().map(|((row, col), &pixel)| {
            let shade = 255 - pixel.clamp(0.0, 255.0) as u8;
            Rectangle::new(
                [(col, row), (col + 1, row + 1)],
                RGBColor(shade, shade, shade).filled(),
            )
        }))?;
        Ok(())
    }
}
