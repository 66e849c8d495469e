//! The scaffolding of the charts, written once: a titled chart with labelled axes, legend
//! samples, a legend box, arrowheads and the circled nodes of a diagram.

use std::ops::Range;

use plotters::coord::CoordTranslate;
use plotters::coord::types::RangedCoordf64;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::figure::{Canvas, tick};

/// A chart with two numeric axes, as most figures have.
pub type Chart<'a> = ChartContext<'a, SVGBackend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Axis labels and how the tick values are written.
pub struct Axes<'a> {
    pub x_desc: &'a str,
    pub y_desc: &'a str,
    pub x_tick: &'a dyn Fn(&f64) -> String,
    pub y_tick: &'a dyn Fn(&f64) -> String,
}

impl<'a> Axes<'a> {
    /// Axes labelled `x_desc` and `y_desc`, ticks with one decimal.
    pub fn labelled(x_desc: &'a str, y_desc: &'a str) -> Axes<'a> {
        Axes {
            x_desc,
            y_desc,
            x_tick: &tick,
            y_tick: &tick,
        }
    }
}

/// A titled chart over `x` × `y` with a light grid.
pub fn chart<'a>(
    canvas: &Canvas<'a>,
    title: &str,
    x: Range<f64>,
    y: Range<f64>,
    axes: &Axes,
) -> anyhow::Result<Chart<'a>> {
    let mut chart = ChartBuilder::on(canvas)
        .caption(title, ("sans-serif", 20))
        .margin(15)
        .x_label_area_size(if axes.x_desc.is_empty() { 30 } else { 40 })
        .y_label_area_size(if axes.y_desc.is_empty() { 40 } else { 50 })
        .build_cartesian_2d(x, y)?;
    chart
        .configure_mesh()
        .x_label_formatter(axes.x_tick)
        .y_label_formatter(axes.y_tick)
        .x_desc(axes.x_desc)
        .y_desc(axes.y_desc)
        .draw()?;
    Ok(chart)
}

/// The legend's sample of a solid line.
pub fn legend_line(color: RGBColor) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    move |(x, y)| PathElement::new([(x, y), (x + 24, y)], color.stroke_width(2))
}

/// The legend's sample of a dashed line.
pub fn legend_dashed(
    color: RGBColor,
) -> impl Fn((i32, i32)) -> DashedPathElement<std::array::IntoIter<(i32, i32), 2>, i32> {
    move |(x, y)| DashedPathElement::new([(x, y), (x + 24, y)], 8, 5, color.stroke_width(2))
}

/// Draws the legend box of the series that have labels, at `position`.
pub fn legend<'a, Coord: CoordTranslate>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, Coord>,
    position: SeriesLabelPosition,
) -> anyhow::Result<()> {
    chart
        .configure_series_labels()
        .position(position)
        .background_style(WHITE)
        .border_style(BLACK)
        .draw()?;
    Ok(())
}

/// The two short strokes of an arrowhead at `to`, for an arrow coming from `from`: the
/// path back-left, tip, back-right, each stroke `length` long.
pub fn arrowhead(from: (f64, f64), to: (f64, f64), length: f64) -> [(f64, f64); 3] {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let norm = dx.hypot(dy).max(f64::MIN_POSITIVE);
    let (ux, uy) = (dx / norm, dy / norm);
    let back = |turn: f64| {
        let (c, s) = (turn.cos(), turn.sin());
        (
            to.0 - length * (c * ux - s * uy),
            to.1 - length * (s * ux + c * uy),
        )
    };
    [back(0.4), to, back(-0.4)]
}

/// Fonts for Japanese text that readers' systems already have (macOS, Linux, Windows, in
/// that order), so that a figure never has to fetch a font.
pub const JAPANESE_FONTS: &str = "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Yu Gothic', Meiryo, sans-serif";

/// Text of `size` pixels centred on the point it is drawn at.
pub fn centered(size: u32) -> TextStyle<'static> {
    centered_in("sans-serif", size)
}

/// Text in the fonts `family`, centred.
pub fn centered_in(family: &'static str, size: u32) -> TextStyle<'static> {
    TextStyle::from((family, size)).pos(Pos::new(HPos::Center, VPos::Center))
}

/// A circled node of a diagram, white inside, with its label in the middle.
pub fn node(
    canvas: &Canvas,
    center: (i32, i32),
    radius: i32,
    label: &str,
    size: u32,
) -> anyhow::Result<()> {
    canvas.draw(&Circle::new(center, radius, WHITE.filled()))?;
    canvas.draw(&Circle::new(center, radius, BLACK.stroke_width(2)))?;
    canvas.draw(&Text::new(label, center, centered(size)))?;
    Ok(())
}
