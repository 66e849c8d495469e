// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: figures
//! The figures of chapter 2: the perceptron itself, and what it can and cannot separate. The
//! `plots` crate draws them.

use std::f64::consts::{FRAC_1_SQRT_2, TAU};

use ndarray::Array1;
use plots::{BLACK, Canvas, Chart, Diagram, Figure, Lang, Marker, SHADE, WHITE};

use crate::gates::{Gate, OR, xor};

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 5] = [
    Figure::translated("fig2-perceptron.svg", (480, 300), perceptron),
    Figure::plain("fig2-1-or-regions.svg", (480, 480), or_regions),
    Figure::translated("fig2-2-xor-points.svg", (480, 480), xor_points),
    Figure::translated("fig2-3-xor-curve.svg", (480, 480), xor_curve),
    Figure::translated("fig2-4-two-layer.svg", (560, 360), two_layer),
];

/// §2.1: a perceptron with two inputs, a weight on each edge, one output.
pub fn perceptron(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let title = lang.pick("a perceptron with two inputs", "2入力のパーセプトロン");
    let mut d = Diagram::network(title);
    let x1 = d.circle("x1", (90, 70));
    let x2 = d.circle("x2", (90, 210));
    let y = d.circle("y", (380, 140));
    d.line(x1, y);
    d.line(x2, y);
    d.text("w1", (235, 85));
    d.text("w2", (235, 200));
    d.draw(canvas)
}

const LOW: f64 = -0.5;
const HIGH: f64 = 1.5;

/// The (x1, x2) plane from -0.5 to 1.5, with a title.
fn plane(title: &str) -> Chart {
    Chart::new(LOW..HIGH, LOW..HIGH)
        .title(title)
        .x_label("x1")
        .y_label("x2")
        .label_areas(40, 45)
        .no_grid()
}

/// The four inputs, marked as the book marks them: ○ where `gate` gives 0, △ where it gives 1.
fn mark_outputs(mut chart: Chart, gate: impl Fn(u8, u8) -> u8) -> Chart {
    for (x1, x2) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        let marker = if gate(x1, x2) == 0 {
            Marker::Circle
        } else {
            Marker::Triangle
        };
        chart = chart.marker((f64::from(x1), f64::from(x2)), marker);
    }
    chart
}

/// Figure 2-6 of the book: OR's perceptron splits the plane along the line
/// 0.5 x1 + 0.5 x2 − 0.2 = 0; the grey side is where it outputs 0.
pub fn or_regions(canvas: &Canvas) -> anyhow::Result<()> {
    gate_regions(canvas, "OR: -0.2 + 0.5 x1 + 0.5 x2 = 0", &OR)
}

/// The plane as `gate` splits it, drawn as the book's figure 2-6 draws OR's: its line, the
/// side where it outputs 0 in grey, and its output for each of the four inputs.
pub fn gate_regions(canvas: &Canvas, title: &str, gate: &Gate) -> anyhow::Result<()> {
    let chart = plane(title).half_plane(gate.w, gate.b);
    mark_outputs(chart, |x1, x2| gate.output(x1, x2)).draw(canvas)
}

/// Figure 2-7 of the book: XOR's outputs. No straight line puts both ○ on one side and
/// both △ on the other.
pub fn xor_points(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let chart = plane(lang.pick(
        "XOR: no straight line separates ○ from △",
        "XOR：○と△を分ける直線はない",
    ));
    mark_outputs(chart, xor).draw(canvas)
}

/// Figure 2-8 of the book: a curve can. Inside the ellipse around the diagonal from (0, 1)
/// to (1, 0) the output is 1; outside, in grey, it is 0.
pub fn xor_curve(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let angle: Array1<f64> = (0..=120).map(|i| f64::from(i) / 120.0 * TAU).collect();
    let (along, across) = (0.95 * angle.cos(), 0.35 * angle.sin());
    let x1 = 0.5 + FRAC_1_SQRT_2 * (&along + &across);
    let x2 = 0.5 + FRAC_1_SQRT_2 * (&across - &along);
    let chart = plane(lang.pick("XOR: a curve separates them", "XOR：曲線なら分けられる"))
        .fill_rectangle((LOW, LOW), (HIGH, HIGH))
        .color(SHADE)
        .fill(&x1, &x2)
        .color(WHITE)
        .line(&x1, &x2)
        .color(BLACK);
    mark_outputs(chart, xor).draw(canvas)
}

/// Figure 2-13 of the book: XOR as a two-layer perceptron. Layer 0 holds the inputs, layer 1
/// the outputs s1 = NAND(x1, x2) and s2 = OR(x1, x2), layer 2 the output y = AND(s1, s2).
pub fn two_layer(canvas: &Canvas, lang: Lang) -> anyhow::Result<()> {
    let mut d = Diagram::network(lang.pick(
        "XOR as a two-layer perceptron",
        "2層のパーセプトロンとしてのXOR",
    ));
    let x1 = d.circle("x1", (90, 90));
    let x2 = d.circle("x2", (90, 230));
    let s1 = d.circle("s1", (270, 90));
    let s2 = d.circle("s2", (270, 230));
    let y = d.circle("y", (450, 160));
    for (from, to) in [(x1, s1), (x1, s2), (x2, s1), (x2, s2), (s1, y), (s2, y)] {
        d.line(from, to);
    }
    let layers = match lang {
        Lang::En => ["layer 0", "layer 1", "layer 2"],
        Lang::Ja => ["第0層", "第1層", "第2層"],
    };
    for (i, layer) in layers.into_iter().enumerate() {
        d.text(layer, (90 + 180 * i as i32, 290));
    }
    d.draw(canvas)
}
// ANCHOR_END: figures
