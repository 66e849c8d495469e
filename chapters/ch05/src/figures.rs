//! The figures of chapter 5: the two computational graphs, drawn from the values the layers
//! compute, and the training run recorded by `cargo run -p ch05`.

use std::path::Path;

use ch04::figures::{accuracy_curves, loss_curve};
use plotters::prelude::*;
use support::plot::{JAPANESE_FONTS, arrowhead, centered, centered_in, node};
use support::{Canvas, Draw, Figure, History};

use crate::graph::{buy_apple, buy_apple_orange};

/// The record of the training run, written by `cargo run -p ch05` beside the figures.
pub const TRAINING_CSV: &str = "training.csv";

/// Every figure of the chapter, in the order of the page.
pub const ALL: [Figure; 4] = [
    Figure {
        file: "fig5-1-apple-graph.svg",
        size: (700, 310),
        draw: Draw::Plain(apple_graph),
    },
    Figure {
        file: "fig5-2-apple-orange-graph.svg",
        size: (760, 430),
        draw: Draw::Plain(apple_orange_graph),
    },
    Figure {
        file: "fig5-3-train-loss.svg",
        size: (600, 380),
        draw: Draw::Record(train_loss),
    },
    Figure {
        file: "fig5-4-train-accuracy.svg",
        size: (560, 380),
        draw: Draw::Record(train_accuracy),
    },
];

/// A node of a computational graph: a value's name (no circle) or an operation (circled).
struct Node {
    label: &'static str,
    at: (i32, i32),
    operation: bool,
}

/// An edge from node `from` to node `to`, with its forward value written above it and its
/// backward value (the derivative of the price) below, in red.
struct Edge {
    from: usize,
    to: usize,
    forward: f64,
    backward: f64,
}

/// A value as a reader would write it: 220, 2.2, 3.3 (the float noise is printed elsewhere).
fn short(v: f64) -> String {
    format!("{}", (v * 1e9).round() / 1e9)
}

/// Half the width of a label in pixels, roughly: a Japanese character is as wide as the
/// font is high, a Latin one about half that.
fn half_width(label: &str, size: u32) -> f64 {
    let ems: f64 = label
        .chars()
        .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
        .sum();
    ems * f64::from(size) / 2.0
}

fn draw_graph(canvas: &Canvas, title: &str, nodes: &[Node], edges: &[Edge]) -> anyhow::Result<()> {
    let canvas = canvas.titled(title, ("sans-serif", 20))?;
    let radius = 22;
    for edge in edges {
        let (a, b) = (&nodes[edge.from], &nodes[edge.to]);
        let (dx, dy) = (f64::from(b.at.0 - a.at.0), f64::from(b.at.1 - a.at.1));
        let length = dx.hypot(dy);
        let (ux, uy) = (dx / length, dy / length);
        // How far from a node's centre its arrows stop: the circle, or around the label.
        let gap = |node: &Node| {
            if node.operation {
                f64::from(radius)
            } else {
                half_width(node.label, 17) * ux.abs() + 12.0 * uy.abs() + 6.0
            }
        };
        let point = |node: &Node, along: f64| {
            (
                f64::from(node.at.0) + along * ux,
                f64::from(node.at.1) + along * uy,
            )
        };
        let (start, end) = (point(a, gap(a)), point(b, -gap(b)));
        let pixel = |(x, y): (f64, f64)| (x.round() as i32, y.round() as i32);
        canvas.draw(&PathElement::new(
            [pixel(start), pixel(end)],
            BLACK.stroke_width(2),
        ))?;
        let head = arrowhead(start, end, 10.0).map(pixel);
        canvas.draw(&PathElement::new(head, BLACK.stroke_width(2)))?;
        // The values sit on either side of the arrow's middle, the forward one above.
        let (nx, ny) = if ux >= 0.0 { (uy, -ux) } else { (-uy, ux) };
        let beside = |distance: f64| {
            pixel((
                (start.0 + end.0) / 2.0 + distance * nx,
                (start.1 + end.1) / 2.0 + distance * ny,
            ))
        };
        canvas.draw(&Text::new(short(edge.forward), beside(15.0), centered(17)))?;
        canvas.draw(&Text::new(
            short(edge.backward),
            beside(-15.0),
            centered(17).color(&RED),
        ))?;
    }
    for n in nodes {
        if n.operation {
            node(&canvas, n.at, radius, n.label, 24)?;
        } else {
            canvas.draw(&Text::new(n.label, n.at, centered_in(JAPANESE_FONTS, 17)))?;
        }
    }
    Ok(())
}

fn value(label: &'static str, at: (i32, i32)) -> Node {
    Node {
        label,
        at,
        operation: false,
    }
}

fn operation(label: &'static str, at: (i32, i32)) -> Node {
    Node {
        label,
        at,
        operation: true,
    }
}

/// Figures 5-16 and 5-17 of the book in one: the apple example's graph, forward values
/// above the arrows, the backward derivatives of the price below them in red.
pub fn apple_graph(canvas: &Canvas) -> anyhow::Result<()> {
    let a = buy_apple();
    let nodes = [
        value("リンゴ", (60, 90)),
        value("リンゴの個数", (60, 210)),
        operation("×", (260, 150)),
        value("消費税", (330, 280)),
        operation("×", (470, 150)),
        value("支払金額", (640, 150)),
    ];
    let edges = [
        Edge {
            from: 0,
            to: 2,
            forward: 100.0,
            backward: a.dapple,
        },
        Edge {
            from: 1,
            to: 2,
            forward: 2.0,
            backward: a.dapple_num,
        },
        Edge {
            from: 2,
            to: 4,
            forward: a.apple_price,
            backward: a.dapple_price,
        },
        Edge {
            from: 3,
            to: 4,
            forward: 1.1,
            backward: a.dtax,
        },
        Edge {
            from: 4,
            to: 5,
            forward: a.price,
            backward: 1.0,
        },
    ];
    draw_graph(
        canvas,
        "buying apples: forward (black) and backward (red)",
        &nodes,
        &edges,
    )
}

/// Figure 5-17 of the book with both passes: apples and oranges.
pub fn apple_orange_graph(canvas: &Canvas) -> anyhow::Result<()> {
    let g = buy_apple_orange();
    let nodes = [
        value("リンゴ", (60, 50)),
        value("リンゴの個数", (60, 190)),
        value("みかん", (60, 240)),
        value("みかんの個数", (60, 380)),
        operation("×", (250, 120)),
        operation("×", (250, 300)),
        operation("+", (430, 210)),
        value("消費税", (440, 340)),
        operation("×", (580, 210)),
        value("支払金額", (710, 210)),
    ];
    let edges = [
        Edge {
            from: 0,
            to: 4,
            forward: 100.0,
            backward: g.dapple,
        },
        Edge {
            from: 1,
            to: 4,
            forward: 2.0,
            backward: g.dapple_num,
        },
        Edge {
            from: 2,
            to: 5,
            forward: 150.0,
            backward: g.dorange,
        },
        Edge {
            from: 3,
            to: 5,
            forward: 3.0,
            backward: g.dorange_num,
        },
        Edge {
            from: 4,
            to: 6,
            forward: g.apple_price,
            backward: g.dapple_price,
        },
        Edge {
            from: 5,
            to: 6,
            forward: g.orange_price,
            backward: g.dorange_price,
        },
        Edge {
            from: 6,
            to: 8,
            forward: g.all_price,
            backward: g.dall_price,
        },
        Edge {
            from: 7,
            to: 8,
            forward: 1.1,
            backward: g.dtax,
        },
        Edge {
            from: 8,
            to: 9,
            forward: g.price,
            backward: 1.0,
        },
    ];
    draw_graph(
        canvas,
        "apples and oranges: forward (black) and backward (red)",
        &nodes,
        &edges,
    )
}

/// The loss of every mini-batch of the training run.
pub fn train_loss(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    loss_curve(
        canvas,
        "loss per iteration (backpropagation)",
        &History::load_csv(&dir.join(TRAINING_CSV))?,
    )
}

/// Train (solid) and test (dashed) accuracy per epoch of the training run.
pub fn train_accuracy(canvas: &Canvas, dir: &Path) -> anyhow::Result<()> {
    accuracy_curves(
        canvas,
        "accuracy per epoch (backpropagation)",
        &History::load_csv(&dir.join(TRAINING_CSV))?,
    )
}
