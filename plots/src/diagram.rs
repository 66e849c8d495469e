//! Diagrams of nodes and edges: a perceptron's layers (chapter 2) and a computational graph
//! with the values that flow forward and back along its edges (chapter 5).

use plotters::prelude::*;

use crate::figure::Canvas;
use crate::style::{BLACK, RED, WHITE, arrowhead, centered_in, font_for, node};

/// How the edges of a diagram are drawn.
enum Look {
    /// Lines from a node's right side to the next node's left side, as between layers.
    Network,
    /// Arrows from node to node, a value over each and its derivative under it in red.
    Graph,
}

/// A node: a label circled, boxed, or alone.
struct Node {
    label: String,
    at: (i32, i32),
    shape: Shape,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Circle,
    /// A rectangle around the label, for an operation named by a word (Softmax).
    Box,
    Plain,
}

struct Edge {
    from: usize,
    to: usize,
    /// Drawn in red, over the others: the edges a figure is about.
    marked: bool,
    /// What flows forward (above the arrow) and back (below it, in red).
    values: Option<(String, String)>,
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

    fn add(&mut self, label: &str, at: (i32, i32), shape: Shape) -> NodeId {
        self.nodes.push(Node {
            label: label.to_owned(),
            at,
            shape,
        });
        NodeId(self.nodes.len() - 1)
    }

    /// A circled node: a neuron, or an operation of a graph.
    pub fn circle(&mut self, label: &str, at: (i32, i32)) -> NodeId {
        self.add(label, at, Shape::Circle)
    }

    /// A boxed node: an operation named by a word, such as a layer.
    pub fn boxed(&mut self, label: &str, at: (i32, i32)) -> NodeId {
        self.add(label, at, Shape::Box)
    }

    /// A label without a circle: a value of a graph, or a caption.
    pub fn text(&mut self, label: &str, at: (i32, i32)) -> NodeId {
        self.add(label, at, Shape::Plain)
    }

    /// A line from `from` to `to`.
    pub fn line(&mut self, from: NodeId, to: NodeId) {
        self.edges.push(Edge {
            from: from.0,
            to: to.0,
            marked: false,
            values: None,
        });
    }

    /// A line from `from` to `to` in red, drawn over the plain ones.
    pub fn line_marked(&mut self, from: NodeId, to: NodeId) {
        self.edges.push(Edge {
            from: from.0,
            to: to.0,
            marked: true,
            values: None,
        });
    }

    /// An arrow from `from` to `to` carrying `forward` forward and `backward` back.
    pub fn arrow(&mut self, from: NodeId, to: NodeId, forward: f64, backward: f64) {
        self.arrow_labelled(from, to, &short(forward), &short(backward));
    }

    /// An arrow from `from` to `to` with only the derivative `backward` written, below it in
    /// red.
    pub fn arrow_back(&mut self, from: NodeId, to: NodeId, backward: f64) {
        self.arrow_labelled(from, to, "", &short(backward));
    }

    /// An arrow from `from` to `to` with `forward` written above it and `backward` below it
    /// in red: a formula, a shape, or "" for nothing.
    pub fn arrow_labelled(&mut self, from: NodeId, to: NodeId, forward: &str, backward: &str) {
        self.edges.push(Edge {
            from: from.0,
            to: to.0,
            marked: false,
            values: Some((forward.to_owned(), backward.to_owned())),
        });
    }

    /// Draws the diagram on `canvas`: the edges, then the nodes over their ends.
    pub fn draw(&self, canvas: &Canvas) -> anyhow::Result<()> {
        let canvas = canvas.titled(&self.title, (font_for(&self.title), 20))?;
        let (plain, marked): (Vec<&Edge>, Vec<&Edge>) = self.edges.iter().partition(|e| !e.marked);
        for edge in plain.into_iter().chain(marked) {
            let (a, b) = (&self.nodes[edge.from], &self.nodes[edge.to]);
            match self.look {
                Look::Network => {
                    let ((x0, y0), (x1, y1)) = (a.at, b.at);
                    let style = if edge.marked {
                        RED.stroke(3)
                    } else {
                        BLACK.stroke(2)
                    };
                    canvas.draw(&PathElement::new(
                        [(x0 + self.radius, y0), (x1 - self.radius, y1)],
                        style,
                    ))?;
                }
                Look::Graph => self.draw_arrow(&canvas, a, b, edge.values.as_ref())?,
            }
        }
        for n in &self.nodes {
            match n.shape {
                Shape::Circle => node(&canvas, n.at, self.radius, &n.label, self.label_size)?,
                Shape::Box => {
                    let (w, h) = self.half_box(n);
                    let corners = [(n.at.0 - w, n.at.1 - h), (n.at.0 + w, n.at.1 + h)];
                    canvas.draw(&Rectangle::new(corners, WHITE.filled()))?;
                    canvas.draw(&Rectangle::new(corners, BLACK.stroke(2)))?;
                }
                Shape::Plain => {}
            }
            if n.shape != Shape::Circle {
                let style = centered_in(font_for(&n.label), self.text_size);
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
        values: Option<&(String, String)>,
    ) -> anyhow::Result<()> {
        let (dx, dy) = (f64::from(b.at.0 - a.at.0), f64::from(b.at.1 - a.at.1));
        let length = dx.hypot(dy);
        let (ux, uy) = (dx / length, dy / length);
        // How far from a node's centre its arrows stop: the circle, the box, or around the
        // label.
        let gap = |node: &Node| match node.shape {
            Shape::Circle => f64::from(self.radius),
            Shape::Box => {
                let (w, h) = self.half_box(node);
                (f64::from(w) / ux.abs()).min(f64::from(h) / uy.abs())
            }
            Shape::Plain => {
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
        // Far enough from the arrow that a long label on a slanting or upright arrow does
        // not cross it.
        let clear = |label: &str| {
            let reach = half_width(label, size) * nx.abs() + f64::from(size) / 2.0 * ny.abs();
            (reach + 4.0).max(15.0)
        };
        let above = centered_in(font_for(forward), size);
        canvas.draw(&Text::new(forward.as_str(), beside(clear(forward)), above))?;
        let red = RED.rgba();
        let below = centered_in(font_for(backward), size).color(&red);
        canvas.draw(&Text::new(
            backward.as_str(),
            beside(-clear(backward)),
            below,
        ))?;
        Ok(())
    }
}

impl Diagram {
    /// Half the width and half the height of a boxed node.
    fn half_box(&self, node: &Node) -> (i32, i32) {
        let w = half_width(&node.label, self.text_size) + 12.0;
        (w.round() as i32, self.text_size as i32)
    }
}

/// A value as a reader would write it, to four decimals at most: 220, 2.2, 0.1966, and 0
/// rather than −0 (the float noise is printed elsewhere).
fn short(v: f64) -> String {
    let rounded = (v * 1e4).round() / 1e4;
    format!("{}", if rounded == 0.0 { 0.0 } else { rounded })
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
        assert_eq!(short(0.19661193324148185), "0.1966");
        assert_eq!(short(-0.0 / 0.0182), "0");
    }
}
