//! A chart with two numeric axes, the kind most figures are: lines, dots, markers, filled
//! shapes and arrows over x and y ranges, with a title, axis labels and a legend.
//!
//! A chart is built up the way pyplot's calls build a figure: `Chart::new(x_range,
//! y_range)`, then `.title(…)`, `.line(&x, &y)` and so on, then `.draw(canvas)`. A method
//! that styles a series (`.color`, `.width`, `.dashed`, `.label`, `.size`) styles the one
//! added last.

use std::borrow::Borrow;
use std::ops::Range;

use plotters::coord::ranged1d::{Ranged, ValueFormatter};
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::series::DashedLineSeries;

use crate::figure::Canvas;
use crate::style::{
    BLACK, BLUE, Color, JAPANESE_FONTS, SHADE, WHITE, arrowhead, font_for, has_japanese,
};

/// How the values at an axis's ticks are written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ticks {
    /// One decimal (none from 100 up): 0.5, 1.0, 250.
    Decimal,
    /// Whole numbers only, for counts such as iterations and epochs.
    Whole,
    /// Powers of ten, for a logarithmic axis: 1e-6.
    Exponent,
}

/// Where the legend box sits in the chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Legend {
    UpperLeft,
    UpperRight,
    MiddleRight,
    LowerRight,
}

/// How an input is marked on the plane of chapter 2: the book's ○ and △.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Marker {
    Circle,
    Triangle,
}

struct Axis {
    range: Range<f64>,
    /// None: no label. The book's charts write one even when it is empty: no pixel shows it,
    /// but their SVG files hold it.
    label: Option<String>,
    ticks: Ticks,
    log: bool,
}

struct Series {
    points: Vec<(f64, f64)>,
    color: Color,
    width: u32,
    kind: Kind,
    label: Option<String>,
}

enum Kind {
    /// A line through the points, dashed when `dash` gives its dashes' and gaps' lengths.
    Line { dash: Option<(u32, u32)> },
    /// A filled dot of `radius` pixels at each point.
    Dots { radius: u32 },
    /// One of the book's markers at the only point.
    Marker(Marker),
    /// The polygon through the points, filled.
    Fill,
    /// The rectangle between the two points, filled.
    Rectangle,
    /// An arrow from each point of an even position to the next, its head 30% of its length.
    Arrows,
}

/// A chart with two numeric axes.
pub struct Chart {
    x: Axis,
    y: Axis,
    title: String,
    title_size: u32,
    margin: u32,
    label_areas: Option<(u32, u32)>,
    grid: bool,
    width: u32,
    series: Vec<Series>,
    legend: Option<Legend>,
}

impl Chart {
    /// A chart over `x` × `y` as the book's figures have it: lines two pixels wide, tick
    /// values with one decimal, a light grid.
    pub fn new(x: Range<f64>, y: Range<f64>) -> Chart {
        let axis = |range| Axis {
            range,
            label: Some(String::new()),
            ticks: Ticks::Decimal,
            log: false,
        };
        Chart {
            x: axis(x),
            y: axis(y),
            title: String::new(),
            title_size: 20,
            margin: 15,
            label_areas: None,
            grid: true,
            width: 2,
            series: Vec::new(),
            legend: None,
        }
    }

    /// A chart over `x` × `y` with plotters' own look: thin lines, a wider margin, a larger
    /// title, and no axis labels unless given.
    pub fn plain(x: Range<f64>, y: Range<f64>) -> Chart {
        let mut chart = Chart::new(x, y).margin(20).title_size(24);
        chart.x.label = None;
        chart.y.label = None;
        chart.width = 1;
        chart
    }

    /// The title above the chart (pyplot's `plt.title`).
    pub fn title(mut self, title: impl Into<String>) -> Chart {
        self.title = title.into();
        self
    }

    /// The title's height in pixels.
    pub fn title_size(mut self, size: u32) -> Chart {
        self.title_size = size;
        self
    }

    /// The space around the chart, in pixels.
    pub fn margin(mut self, margin: u32) -> Chart {
        self.margin = margin;
        self
    }

    /// The space below the plot for the x axis's ticks and label, and left of it for the
    /// y axis's, in pixels, when the usual room does not fit.
    pub fn label_areas(mut self, x: u32, y: u32) -> Chart {
        self.label_areas = Some((x, y));
        self
    }

    /// The x axis's label (pyplot's `plt.xlabel`).
    pub fn x_label(mut self, label: &str) -> Chart {
        self.x.label = Some(label.to_owned());
        self
    }

    /// The y axis's label (pyplot's `plt.ylabel`).
    pub fn y_label(mut self, label: &str) -> Chart {
        self.y.label = Some(label.to_owned());
        self
    }

    /// How the x axis's tick values are written.
    pub fn x_ticks(mut self, ticks: Ticks) -> Chart {
        self.x.ticks = ticks;
        self
    }

    /// A logarithmic x axis, its ticks powers of ten.
    pub fn log_x(mut self) -> Chart {
        self.x.log = true;
        self.x.ticks = Ticks::Exponent;
        self
    }

    /// A logarithmic y axis, its ticks powers of ten.
    pub fn log_y(mut self) -> Chart {
        self.y.log = true;
        self.y.ticks = Ticks::Exponent;
        self
    }

    /// No grid lines behind the plot, only the axes.
    pub fn no_grid(mut self) -> Chart {
        self.grid = false;
        self
    }

    /// Draws a legend box at `position`, listing the series that have a label.
    pub fn legend(mut self, position: Legend) -> Chart {
        self.legend = Some(position);
        self
    }

    fn add(mut self, points: Vec<(f64, f64)>, kind: Kind) -> Chart {
        self.series.push(Series {
            points,
            color: BLUE,
            width: self.width,
            kind,
            label: None,
        });
        self
    }

    /// A line through the points (`x[i]`, `y[i]`), blue unless `.color` says otherwise.
    pub fn line<X, Y>(self, x: X, y: Y) -> Chart
    where
        X: IntoIterator<Item: Borrow<f64>>,
        Y: IntoIterator<Item: Borrow<f64>>,
    {
        self.add(points(x, y), Kind::Line { dash: None })
    }

    /// A filled dot at each point, four pixels in radius unless `.size` says otherwise.
    pub fn dots<X, Y>(self, x: X, y: Y) -> Chart
    where
        X: IntoIterator<Item: Borrow<f64>>,
        Y: IntoIterator<Item: Borrow<f64>>,
    {
        self.add(points(x, y), Kind::Dots { radius: 4 })
    }

    /// One of the book's markers, black, at `at`.
    pub fn marker(self, at: (f64, f64), marker: Marker) -> Chart {
        self.add(vec![at], Kind::Marker(marker)).color(BLACK)
    }

    /// The polygon through the points, filled.
    pub fn fill<X, Y>(self, x: X, y: Y) -> Chart
    where
        X: IntoIterator<Item: Borrow<f64>>,
        Y: IntoIterator<Item: Borrow<f64>>,
    {
        self.add(points(x, y), Kind::Fill)
    }

    /// The rectangle with corners `from` and `to`, filled.
    pub fn fill_rectangle(self, from: (f64, f64), to: (f64, f64)) -> Chart {
        self.add(vec![from, to], Kind::Rectangle)
    }

    /// Shades the part of the plot where `w[0] x + w[1] y + b ≤ 0` in light grey and draws
    /// the line `w[0] x + w[1] y + b = 0` that bounds it: a perceptron's two sides.
    pub fn half_plane(self, w: [f64; 2], b: f64) -> Chart {
        let (zero_side, line) = cut(&self.x.range, &self.y.range, w, b);
        self.add(zero_side, Kind::Fill)
            .color(SHADE)
            .add(line, Kind::Line { dash: None })
            .color(BLACK)
    }

    /// A grey arrow for each pair (from, to), as pyplot's `quiver` draws a field of them.
    pub fn arrows(self, arrows: impl IntoIterator<Item = ((f64, f64), (f64, f64))>) -> Chart {
        let ends = arrows.into_iter().flat_map(|(from, to)| [from, to]);
        self.add(ends.collect(), Kind::Arrows)
            .color(Color::grey(102))
            .width(1)
    }

    fn last(&mut self) -> &mut Series {
        self.series
            .last_mut()
            .expect("a series is styled after it is added")
    }

    /// The colour of the series added last.
    pub fn color(mut self, color: Color) -> Chart {
        self.last().color = color;
        self
    }

    /// The width in pixels of the line added last.
    pub fn width(mut self, width: u32) -> Chart {
        self.last().width = width;
        self
    }

    /// Draws the line added last dashed.
    pub fn dashed(self) -> Chart {
        self.dashes(8, 5)
    }

    /// Draws the line added last dashed, with dashes of `dash` pixels and gaps of `gap`.
    pub fn dashes(mut self, dash: u32, gap: u32) -> Chart {
        self.last().kind = Kind::Line {
            dash: Some((dash, gap)),
        };
        self
    }

    /// The radius in pixels of the dots added last.
    pub fn size(mut self, radius: u32) -> Chart {
        self.last().kind = Kind::Dots { radius };
        self
    }

    /// The legend's name for the line added last.
    pub fn label(mut self, label: &str) -> Chart {
        self.last().label = Some(label.to_owned());
        self
    }

    /// Draws the chart on `canvas`.
    pub fn draw(&self, canvas: &Canvas) -> anyhow::Result<()> {
        let mut builder = ChartBuilder::on(canvas);
        if !self.title.is_empty() {
            builder.caption(&self.title, (font_for(&self.title), self.title_size));
        }
        let (x_area, y_area) = self.label_areas.unwrap_or_else(|| self.usual_label_areas());
        builder
            .margin(self.margin)
            .x_label_area_size(x_area)
            .y_label_area_size(y_area);
        let (x, y) = (self.x.range.clone(), self.y.range.clone());
        match (self.x.log, self.y.log) {
            (false, false) => self.draw_on(builder.build_cartesian_2d(x, y)?),
            (false, true) => self.draw_on(builder.build_cartesian_2d(x, y.log_scale())?),
            (true, false) => self.draw_on(builder.build_cartesian_2d(x.log_scale(), y)?),
            (true, true) => self.draw_on(builder.build_cartesian_2d(x.log_scale(), y.log_scale())?),
        }
    }

    /// Room for tick values, and for an axis label when there is one; more for the wide
    /// tick values of a logarithmic axis.
    fn usual_label_areas(&self) -> (u32, u32) {
        let labelled = |axis: &Axis| axis.label.as_ref().is_some_and(|l| !l.is_empty());
        let x = if labelled(&self.x) { 40 } else { 30 };
        let y = match (self.y.ticks, labelled(&self.y)) {
            (Ticks::Exponent, _) => 60,
            (_, true) => 50,
            (_, false) => 40,
        };
        (x, y)
    }

    fn draw_on<'a, X, Y>(
        &self,
        mut chart: ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    ) -> anyhow::Result<()>
    where
        X: Ranged<ValueType = f64> + ValueFormatter<f64>,
        Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
    {
        let (x_tick, y_tick) = (formatter(self.x.ticks), formatter(self.y.ticks));
        let mut mesh = chart.configure_mesh();
        if !self.grid {
            mesh.disable_mesh();
        }
        mesh.x_label_formatter(&x_tick).y_label_formatter(&y_tick);
        if let Some(label) = &self.x.label {
            mesh.x_desc(label);
        }
        if let Some(label) = &self.y.label {
            mesh.y_desc(label);
        }
        let labels = [&self.x.label, &self.y.label];
        if labels
            .iter()
            .any(|l| l.as_ref().is_some_and(|l| !l.is_ascii()))
        {
            // plotters' own size for axis labels, in fonts with Japanese.
            mesh.axis_desc_style((JAPANESE_FONTS, (12).percent().max(12)));
        }
        mesh.draw()?;

        for series in &self.series {
            draw_series(&mut chart, series, self.width)?;
        }
        if let Some(position) = self.legend {
            let mut legend = chart.configure_series_labels();
            let mut names = self.series.iter().filter_map(|s| s.label.as_ref());
            if names.any(|name| has_japanese(name)) {
                legend.label_font((JAPANESE_FONTS, 12)); // plotters' own size
            }
            legend
                .position(match position {
                    Legend::UpperLeft => SeriesLabelPosition::UpperLeft,
                    Legend::UpperRight => SeriesLabelPosition::UpperRight,
                    Legend::MiddleRight => SeriesLabelPosition::MiddleRight,
                    Legend::LowerRight => SeriesLabelPosition::LowerRight,
                })
                .background_style(WHITE.rgba())
                .border_style(BLACK.rgba())
                .draw()?;
        }
        Ok(())
    }
}

/// Draws one series; a line with a label gets a legend sample `legend_width` wide.
fn draw_series<'a, X, Y>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    series: &Series,
    legend_width: u32,
) -> anyhow::Result<()>
where
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    let points = series.points.iter().copied();
    let style = series.color.stroke(series.width);
    let sample = series.color.stroke(legend_width);
    let label = series.label.as_deref();
    match series.kind {
        Kind::Line { dash: None } => {
            let drawn = chart.draw_series(LineSeries::new(points, style))?;
            if let Some(label) = label {
                drawn
                    .label(label)
                    .legend(move |(x, y)| PathElement::new([(x, y), (x + 24, y)], sample));
            }
        }
        Kind::Line {
            dash: Some((dash, gap)),
        } => {
            let drawn = chart.draw_series(DashedLineSeries::new(points, dash, gap, style))?;
            if let Some(label) = label {
                drawn.label(label).legend(move |(x, y)| {
                    DashedPathElement::new([(x, y), (x + 24, y)], dash, gap, sample)
                });
            }
        }
        Kind::Dots { radius } => {
            let fill = series.color.filled();
            chart.draw_series(points.map(|p| Circle::new(p, radius, fill)))?;
        }
        Kind::Marker(Marker::Circle) => {
            let ring = series.color.stroke(2);
            chart.draw_series(points.map(|p| Circle::new(p, 9, ring)))?;
        }
        // An outline, as the book draws it: plotters' TriangleMarker is always filled.
        Kind::Marker(Marker::Triangle) => {
            let outline = [(0, -11), (10, 7), (-10, 7), (0, -11)];
            let edge = series.color.stroke(2);
            chart.draw_series(
                points.map(|p| EmptyElement::at(p) + PathElement::new(outline, edge)),
            )?;
        }
        Kind::Fill => {
            let fill = series.color.filled();
            chart.draw_series([Polygon::new(series.points.clone(), fill)])?;
        }
        Kind::Rectangle => {
            let corners = [series.points[0], series.points[1]];
            chart.draw_series([Rectangle::new(corners, series.color.filled())])?;
        }
        Kind::Arrows => {
            let arrows = series.points.chunks(2).flat_map(|ends| {
                let (from, to) = (ends[0], ends[1]);
                let head = 0.3 * (to.0 - from.0).hypot(to.1 - from.1);
                [
                    PathElement::new(vec![from, to], style),
                    PathElement::new(arrowhead(from, to, head).to_vec(), style),
                ]
            });
            chart.draw_series(arrows)?;
        }
    };
    Ok(())
}

fn points<X, Y>(x: X, y: Y) -> Vec<(f64, f64)>
where
    X: IntoIterator<Item: Borrow<f64>>,
    Y: IntoIterator<Item: Borrow<f64>>,
{
    let y = y.into_iter().map(|y| *y.borrow());
    x.into_iter().map(|x| *x.borrow()).zip(y).collect()
}

fn formatter(ticks: Ticks) -> fn(&f64) -> String {
    match ticks {
        Ticks::Decimal => decimal,
        Ticks::Whole => whole,
        Ticks::Exponent => |value| format!("{value:.0e}"),
    }
}

/// One decimal (none from 100 up), never `-0.0`: plotters' tick values carry float noise
/// (−2e−16 for 0), and Rust, like C, prints a negative zero with its sign.
pub(crate) fn decimal(value: &f64) -> String {
    let rounded = (value * 10.0).round() / 10.0 + 0.0;
    if rounded.abs() >= 100.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// Whole numbers only, no label between them.
fn whole(value: &f64) -> String {
    if value.fract().abs() < 1e-9 {
        format!("{value:.0}")
    } else {
        String::new()
    }
}

/// The plotted rectangle cut along the line w·x + b = 0: the polygon where w·x + b ≤ 0, and
/// the visible part of the line, where it crosses the rectangle's edges.
#[allow(clippy::type_complexity)]
fn cut(x: &Range<f64>, y: &Range<f64>, w: [f64; 2], b: f64) -> (Vec<(f64, f64)>, Vec<(f64, f64)>) {
    let weighted = |(x1, x2): (f64, f64)| w[0] * x1 + w[1] * x2 + b;
    let corners = [
        (x.start, y.start),
        (x.end, y.start),
        (x.end, y.end),
        (x.start, y.end),
    ];
    let (mut zero_side, mut line) = (Vec::new(), Vec::new());
    for (i, &p) in corners.iter().enumerate() {
        let q = corners[(i + 1) % corners.len()];
        let (fp, fq) = (weighted(p), weighted(q));
        if fp <= 0.0 {
            zero_side.push(p);
        }
        if (fp <= 0.0) != (fq <= 0.0) {
            let t = fp / (fp - fq);
            let crossing = (p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1));
            zero_side.push(crossing);
            line.push(crossing);
        }
    }
    (zero_side, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_ticks_have_one_decimal_and_no_negative_zero() {
        assert_eq!(decimal(&-2.2e-16), "0.0");
        assert_eq!(decimal(&-0.0), "0.0");
        assert_eq!(decimal(&-0.4), "-0.4");
        assert_eq!(decimal(&1.0), "1.0");
        assert_eq!(decimal(&2000.0), "2000");
    }

    #[test]
    fn whole_ticks_label_only_whole_numbers() {
        assert_eq!(whole(&3.0), "3");
        assert_eq!(whole(&2.5), "");
    }

    #[test]
    fn a_half_plane_is_cut_along_its_line() {
        // x + y - 1 ≤ 0 in the square [0, 2]²: the triangle under the diagonal x + y = 1.
        let (zero_side, line) = cut(&(0.0..2.0), &(0.0..2.0), [1.0, 1.0], -1.0);
        assert_eq!(zero_side, [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)]);
        assert_eq!(line, [(1.0, 0.0), (0.0, 1.0)]);
    }
}
