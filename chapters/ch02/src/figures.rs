//! The figures of chapter 2: what a perceptron can and cannot separate.

use plotters::prelude::*;
use support::figure::tick;
use support::plot::{Chart, centered, node};
use support::{Canvas, Draw, Figure};

use crate::gates::{Gate, OR, xor};

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 4] = [
    Figure {
        file: "fig2-1-or-regions.svg",
        size: (480, 480),
        draw: Draw::Plain(or_regions),
    },
    Figure {
        file: "fig2-2-xor-points.svg",
        size: (480, 480),
        draw: Draw::Plain(xor_points),
    },
    Figure {
        file: "fig2-3-xor-curve.svg",
        size: (480, 480),
        draw: Draw::Plain(xor_curve),
    },
    Figure {
        file: "fig2-4-two-layer.svg",
        size: (560, 360),
        draw: Draw::Plain(two_layer),
    },
];

const LOW: f64 = -0.5;
const HIGH: f64 = 1.5;
const SHADE: RGBColor = RGBColor(215, 215, 215);

/// The (x1, x2) plane from -0.5 to 1.5, with a title.
fn plane<'a>(canvas: &Canvas<'a>, title: &str) -> anyhow::Result<Chart<'a>> {
    let mut chart = ChartBuilder::on(canvas)
        .caption(title, ("sans-serif", 20))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(45)
        .build_cartesian_2d(LOW..HIGH, LOW..HIGH)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_label_formatter(&tick)
        .y_label_formatter(&tick)
        .x_desc("x1")
        .y_desc("x2")
        .draw()?;
    Ok(chart)
}

/// The four inputs, marked as the book marks them: ○ where `gate` gives 0, △ where it gives 1.
fn mark_outputs(chart: &mut Chart, gate: fn(u8, u8) -> u8) -> anyhow::Result<()> {
    for (x1, x2) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        let point = (f64::from(x1), f64::from(x2));
        if gate(x1, x2) == 0 {
            chart.draw_series([Circle::new(point, 9, BLACK.stroke_width(2))])?;
        } else {
            // An outline, as the book draws it: plotters' TriangleMarker is always filled.
            let outline = [(0, -11), (10, 7), (-10, 7), (0, -11)];
            chart.draw_series([
                EmptyElement::at(point) + PathElement::new(outline, BLACK.stroke_width(2))
            ])?;
        }
    }
    Ok(())
}

/// The plotted square cut along the line w·x + b = 0.
struct Cut {
    /// The part of the square where the gate outputs 0 (w·x + b ≤ 0), as a polygon.
    zero_side: Vec<(f64, f64)>,
    /// Where the line crosses the square's edges: the ends of the visible line.
    line: Vec<(f64, f64)>,
}

fn cut(gate: &Gate) -> Cut {
    let weighted = |(x1, x2): (f64, f64)| gate.w[0] * x1 + gate.w[1] * x2 + gate.b;
    let corners = [(LOW, LOW), (HIGH, LOW), (HIGH, HIGH), (LOW, HIGH)];
    let mut cut = Cut {
        zero_side: Vec::new(),
        line: Vec::new(),
    };
    for (i, &p) in corners.iter().enumerate() {
        let q = corners[(i + 1) % corners.len()];
        let (fp, fq) = (weighted(p), weighted(q));
        if fp <= 0.0 {
            cut.zero_side.push(p);
        }
        if (fp <= 0.0) != (fq <= 0.0) {
            let t = fp / (fp - fq);
            let crossing = (p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1));
            cut.zero_side.push(crossing);
            cut.line.push(crossing);
        }
    }
    cut
}

/// Figure 2-6 of the book: OR's perceptron splits the plane along the line
/// 0.5 x1 + 0.5 x2 − 0.2 = 0; the grey side is where it outputs 0.
pub fn or_regions(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = plane(canvas, "OR: -0.2 + 0.5 x1 + 0.5 x2 = 0")?;
    let Cut { zero_side, line } = cut(&OR);
    chart.draw_series([Polygon::new(zero_side, SHADE.filled())])?;
    chart.draw_series(LineSeries::new(line, BLACK.stroke_width(2)))?;
    mark_outputs(&mut chart, crate::gates::or)?;
    Ok(())
}

/// Figure 2-7 of the book: XOR's outputs. No straight line puts both ○ on one side and
/// both △ on the other.
pub fn xor_points(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = plane(canvas, "XOR: no straight line separates ○ from △")?;
    mark_outputs(&mut chart, xor)?;
    Ok(())
}

/// Figure 2-8 of the book: a curve can. Inside the ellipse around the diagonal from (0, 1)
/// to (1, 0) the output is 1; outside, in grey, it is 0.
pub fn xor_curve(canvas: &Canvas) -> anyhow::Result<()> {
    let mut chart = plane(canvas, "XOR: a curve separates them")?;
    chart.draw_series([Rectangle::new([(LOW, LOW), (HIGH, HIGH)], SHADE.filled())])?;
    let ellipse: Vec<(f64, f64)> = (0..=120)
        .map(|i| {
            let angle = f64::from(i) / 120.0 * std::f64::consts::TAU;
            let (along, across) = (0.95 * angle.cos(), 0.35 * angle.sin());
            let s = std::f64::consts::FRAC_1_SQRT_2;
            (0.5 + s * (along + across), 0.5 + s * (-along + across))
        })
        .collect();
    chart.draw_series([Polygon::new(ellipse.clone(), WHITE.filled())])?;
    chart.draw_series(LineSeries::new(ellipse, BLACK.stroke_width(2)))?;
    mark_outputs(&mut chart, xor)?;
    Ok(())
}

/// Figure 2-13 of the book: XOR as a two-layer perceptron. Layer 0 holds the inputs, layer 1
/// the outputs s1 = NAND(x1, x2) and s2 = OR(x1, x2), layer 2 the output y = AND(s1, s2).
pub fn two_layer(canvas: &Canvas) -> anyhow::Result<()> {
    let canvas = canvas.titled("XOR as a two-layer perceptron", ("sans-serif", 20))?;
    let nodes = [
        ("x1", (90, 90)),
        ("x2", (90, 230)),
        ("s1", (270, 90)),
        ("s2", (270, 230)),
        ("y", (450, 160)),
    ];
    let edges = [(0, 2), (0, 3), (1, 2), (1, 3), (2, 4), (3, 4)];
    let radius = 28;
    for (from, to) in edges {
        let ((x0, y0), (x1, y1)) = (nodes[from].1, nodes[to].1);
        canvas.draw(&PathElement::new(
            [(x0 + radius, y0), (x1 - radius, y1)],
            BLACK.stroke_width(2),
        ))?;
    }
    for (name, center) in nodes {
        node(&canvas, center, radius, name, 20)?;
    }
    for (i, caption) in ["layer 0", "layer 1", "layer 2"].iter().enumerate() {
        let x = 90 + 180 * i as i32;
        canvas.draw(&Text::new(*caption, (x, 290), centered(20)))?;
    }
    Ok(())
}
