//! A surface over a grid, seen in perspective: a function of two variables.

use std::ops::Range;

use ndarray::{Array1, Array2};
use plotters::prelude::*;

use crate::chart::decimal;
use crate::figure::Canvas;
use crate::style::{BLUE, font_for};

/// The heights `y[[i, j]]` over the grid points (`x0[i]`, `x1[j]`), as a see-through sheet.
pub struct Surface {
    title: String,
    x0: Array1<f64>,
    x1: Array1<f64>,
    y: Array2<f64>,
    y_range: Range<f64>,
    /// The names of the two grid axes, written beside their tick values.
    labels: (String, String),
}

impl Surface {
    /// The surface of heights `y` over `x0` × `x1`, its vertical axis spanning `y_range`.
    pub fn new(
        title: impl Into<String>,
        x0: Array1<f64>,
        x1: Array1<f64>,
        y: Array2<f64>,
        y_range: Range<f64>,
    ) -> Surface {
        Surface {
            title: title.into(),
            x0,
            x1,
            y,
            y_range,
            labels: (String::new(), String::new()),
        }
    }

    /// Names the two grid axes, `x0` and `x1`.
    pub fn axis_labels(mut self, x0: &str, x1: &str) -> Surface {
        self.labels = (x0.to_owned(), x1.to_owned());
        self
    }

    /// Draws the surface on `canvas`, seen from a little above and to the side.
    pub fn draw(&self, canvas: &Canvas) -> anyhow::Result<()> {
        let (n0, n1) = (self.x0.len(), self.x1.len());
        if n0 < 2 || n1 < 2 || self.y.dim() != (n0, n1) {
            anyhow::bail!(
                "a surface needs heights for a grid of at least 2 × 2 points: {n0} × {n1} \
                 points and {:?} heights",
                self.y.dim()
            );
        }
        let axis = |x: &Array1<f64>| x[0]..x[x.len() - 1];
        let mut chart = ChartBuilder::on(canvas)
            .caption(&self.title, (font_for(&self.title), 20))
            .margin(25)
            .build_cartesian_3d(axis(&self.x0), self.y_range.clone(), axis(&self.x1))?;
        chart.with_projection(|mut p| {
            p.pitch = 0.45;
            p.yaw = 0.6;
            p.scale = 0.8;
            p.into_matrix()
        });
        chart
            .configure_axes()
            .x_formatter(&decimal)
            .y_formatter(&decimal)
            .z_formatter(&decimal)
            .draw()?;
        // Each grid axis's name, past the middle of its row of tick values.
        let (x0, x1) = (axis(&self.x0), axis(&self.x1));
        let below = self.y_range.start;
        let beyond = |r: &Range<f64>, by: f64| r.end + (r.end - r.start) * by;
        let style = ("sans-serif", 16).into_font();
        let middle = |r: &Range<f64>| (r.start + r.end) / 2.0;
        let at0 = (middle(&x0), below, beyond(&x1, 0.3));
        let at1 = (beyond(&x0, 0.3), below, middle(&x1));
        chart.draw_series([
            Text::new(self.labels.0.clone(), at0, style.clone()),
            Text::new(self.labels.1.clone(), at1, style),
        ])?;
        // plotters asks for the height at grid values; find them by position in the grid.
        let index = |grid: &Array1<f64>, v: f64| grid.iter().position(|&g| g == v);
        let height = |x0: f64, x1: f64| match (index(&self.x0, x0), index(&self.x1, x1)) {
            (Some(i), Some(j)) => self.y[[i, j]],
            _ => f64::NAN,
        };
        chart.draw_series(
            SurfaceSeries::xoz(self.x0.iter().copied(), self.x1.iter().copied(), height)
                .style(BLUE.mix(0.35).filled()),
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use ndarray::array;

    use super::*;
    use crate::figure::{Draw, Figure};

    fn mismatched(canvas: &Canvas) -> anyhow::Result<()> {
        let grid = array![0.0, 1.0, 2.0];
        Surface::new("", grid.clone(), grid, Array2::zeros((3, 2)), 0.0..1.0).draw(canvas)
    }

    #[test]
    fn heights_that_do_not_fit_the_grid_are_an_error() {
        let figure = Figure {
            file: "surface.svg",
            size: (100, 100),
            draw: Draw::Plain(mismatched),
        };
        let error = figure.render(Path::new("."), crate::Lang::En).unwrap_err();
        assert!(
            format!("{error:#}").contains("3 × 3 points and (3, 2) heights"),
            "{error:#}"
        );
    }
}
