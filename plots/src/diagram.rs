//! Diagrams of nodes and edges: a perceptron's layers (chapter 2) and a computational graph
//! with the values that flow forward and back along its edges (chapter 5).

use plotters::prelude::*;

use crate::figure::Canvas;
use crate::style::{BLACK, JAPANESE_FONTS, RED, arrowhead, centered, centered_in, node};

/// How the edges of a diagram are drawn.
enum Look {
    /// Lines from a node's right side to the next node's left side, as between layers.
    Network,
    /// Arrows from node to node, a value over each and its derivative under it in red.
    Graph,
}

/// A node: a label circled, or a label alone.
struct Node {
    label: String,
    at: (i32, i32),
    circled: bool,
}

struct Edge {
    from: usize,
    to: usize,
    values: Option<(f64, f64)>,
}

/// A diagram, laid out in pixels on its canvas, below its title.
pub struct Diagram {
    title: String,
    look: Look,
    /// The radius of the circled nodes.
    radius: i32,
    /// The size of the labels in circles.
    label_size: u32,
    /// The size of all other text.
    text_size: u32,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

/// A node of a diagram, as its `circle` or `text` returned it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodeId(usize);

impl Diagram {
    /// The neurons of a perceptron, joined by plain lines.
    pub fn network(title: impl Into<String>) -> Diagram {
        Diagram::new(title.into(), Look::Network, 28, 20, 20)
    }

    /// A computational graph: arrows with the forward value above and the backward one
    /// below.
    pub fn graph(title: impl Into<String>) -> Diagram {
        Diagram::new(title.into(), Look::Graph, 22, 24, 17)
    }

    fn new(title: String, look: Look, radius: i32, label_size: u32, text_size: u32) -> Diagram {
        Diagram {
            title,
            look,
            radius,
            label_size,
            text_size,
            nodes: Vec::new(),
            edges: Vec::new(),
        }
    }

    fn add(&mut self, label: &str, at: (i32, i32), circled: bool) -> NodeId {
        self.nodes.push(Node {
            label: label.to_owned(),
            at,
            circled,
        });
        NodeId(self.nodes.len() - 1)
    }

    /// A circled node: a neuron, or an operation of a graph.
    pub fn circle(&mut self, label: &str, at: (i32, i32)) -> NodeId {
        self.add(label, at, true)
    }

    /// A label without a circle: a value of a graph, or a caption.
    pub fn text(&mut self, label: &str, at: (i32, i32)) -> NodeId {
        self.add(label, at, false)
    }

    /// A line from `from` to `to`.
    pub fn line(&mut self, from: NodeId, to: NodeId) {
        self.edges.push(Edge {
            from: from.0,
            to: to.0,
            values: None,
        });
    }

    /// An arrow from `from` to `to` carrying `forward` forward and `backward` back.
    pub fn arrow(&mut self, from: NodeId, to: NodeId, forward: f64, backward: f64) {
        self.edges.push(Edge {
            from: from.0,
            to: to.0,
            values: Some((forward, backward)),
        });
    }

    /// Draws the diagram on `canvas`: the edges, then the nodes over their ends.
    pub fn draw(&self, canvas: &Canvas) -> anyhow::Result<()> {
        let canvas = canvas.titled(&self.title, ("sans-serif", 20))?;
        for edge in &self.edges {
            let (a, b) = (&self.nodes[edge.from], &self.nodes[edge.to]);
            match self.look {
                Look::Network => {
                    let ((x0, y0), (x1, y1)) = (a.at, b.at);
                    canvas.draw(&PathElement::new(
                        [(x0 + self.radius, y0), (x1 - self.radius, y1)],
                        BLACK.stroke(2),
                    ))?;
                }
                Look::Graph => self.draw_arrow(&canvas, a, b, edge.values)?,
            }
        }
        for n in &self.nodes {
            if n.circled {
                node(&canvas, n.at, self.radius, &n.label, self.label_size)?;
            } else {
                let font = if n.label.is_ascii() {
                    "sans-serif"
                } else {
                    JAPANESE_FONTS
                };
                let style = centered_in(font, self.text_size);
                canvas.draw(&Text::new(n.label.as_str(), n.at, style))?;
            }
        }
        Ok(())
    }

    /// An arrow from `a` to `b` that stops short of both labels, with `values` beside it.
    fn draw_arrow(
        &self,
        canvas: &Canvas,
        a: &Node,
        b: &Node,
        values: Option<(f64, f64)>,
    ) -> anyhow::Result<()> {
        let (dx, dy) = (f64::from(b.at.0 - a.at.0), f64::from(b.at.1 - a.at.1));
        let length = dx.hypot(dy);
        let (ux, uy) = (dx / length, dy / length);
        // How far from a node's centre its arrows stop: the circle, or around the label.
        let gap = |node: &Node| {
            if node.circled {
                f64::from(self.radius)
            } else {
                half_width(&node.label, self.text_size) * ux.abs() + 12.0 * uy.abs() + 6.0
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
            BLACK.stroke(2),
        ))?;
        let head = arrowhead(start, end, 10.0).map(pixel);
        canvas.draw(&PathElement::new(head, BLACK.stroke(2)))?;
        let Some((forward, backward)) = values else {
            return Ok(());
        };
        // The values sit on either side of the arrow's middle, the forward one above.
        let (nx, ny) = if ux >= 0.0 { (uy, -ux) } else { (-uy, ux) };
        let beside = |distance: f64| {
            pixel((
                (start.0 + end.0) / 2.0 + distance * nx,
                (start.1 + end.1) / 2.0 + distance * ny,
            ))
        };
        let size = self.text_size;
        canvas.draw(&Text::new(short(forward), beside(15.0), centered(size)))?;
        let red = RED.rgba();
        let below = centered(size).color(&red);
        canvas.draw(&Text::new(short(backward), beside(-15.0), below))?;
        Ok(())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_without_float_noise() {
        assert_eq!(short(220.00000000000003), "220");
        assert_eq!(short(2.2), "2.2");
    }
}
