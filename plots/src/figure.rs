//! A figure of a chapter: a file name, a size and the code that draws it. Rendering goes to a
//! string first, so that the same code writes the SVG files and lets a test check that the
//! book's copies are what the code draws today.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The surface a figure draws on: an SVG image.
pub type Canvas<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// One figure of a chapter.
pub struct Figure {
    /// File name inside the chapter's figure directory, e.g. `fig1-1-sin.svg`.
    pub file: &'static str,
    /// Width and height in pixels.
    pub size: (u32, u32),
    pub draw: Draw,
}

/// How a figure is drawn.
pub enum Draw {
    /// From nothing but the code: a function, a dataset, a computation.
    Plain(fn(&Canvas) -> anyhow::Result<()>),
    /// From a record kept beside the figure in its directory, such as the history of a
    /// training run too long to repeat whenever the figure is checked.
    Record(fn(&Canvas, &Path) -> anyhow::Result<()>),
}

impl Figure {
    /// A figure drawn from code alone.
    pub const fn plain(
        file: &'static str,
        size: (u32, u32),
        draw: fn(&Canvas) -> anyhow::Result<()>,
    ) -> Figure {
        Figure {
            file,
            size,
            draw: Draw::Plain(draw),
        }
    }

    /// A figure drawn from records kept beside it.
    pub const fn record(
        file: &'static str,
        size: (u32, u32),
        draw: fn(&Canvas, &Path) -> anyhow::Result<()>,
    ) -> Figure {
        Figure {
            file,
            size,
            draw: Draw::Record(draw),
        }
    }

    /// The SVG text of this figure, on a white background; `dir` is where its records are.
    pub fn render(&self, dir: &Path) -> anyhow::Result<String> {
        let mut svg = String::new();
        {
            let canvas = SVGBackend::with_string(&mut svg, self.size).into_drawing_area();
            canvas.fill(&WHITE)?;
            match self.draw {
                Draw::Plain(draw) => draw(&canvas),
                Draw::Record(draw) => draw(&canvas, dir),
            }
            .with_context(|| format!("drawing {}", self.file))?;
            canvas.present()?;
        }
        Ok(svg)
    }

    /// Renders the figure into `dir` (created if needed) and returns the file's path.
    pub fn write(&self, dir: &Path) -> anyhow::Result<PathBuf> {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(self.file);
        fs::write(&path, self.render(dir)?)
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }
}

/// Every figure that `figures` draw today, compared with the copies in `dir`: one line per
/// figure that is missing or different, empty when they all match.
pub fn stale_figures(figures: &[Figure], dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for figure in figures {
        let path = dir.join(figure.file);
        match (fs::read_to_string(&path), figure.render(dir)) {
            (Err(e), _) => problems.push(format!("{} cannot be read: {e}", path.display())),
            (_, Err(e)) => problems.push(format!("{} cannot be drawn: {e:#}", figure.file)),
            (Ok(committed), Ok(drawn)) if committed != drawn => problems.push(format!(
                "{} is not what the code draws today",
                path.display()
            )),
            _ => {}
        }
    }
    problems
}

/// Writes every figure into `dir`, printing `wrote <path>` for each.
pub fn write_all(figures: &[Figure], dir: &Path) -> anyhow::Result<()> {
    for figure in figures {
        println!("wrote {}", figure.write(dir)?.display());
    }
    Ok(())
}

/// `canvas` cut into `n` panels stacked top to bottom, each as wide as the canvas.
pub fn rows<'a>(canvas: &Canvas<'a>, n: usize) -> Vec<Canvas<'a>> {
    canvas.split_evenly((n, 1))
}

/// `canvas` cut into `n` panels side by side, each as tall as the canvas.
pub fn columns<'a>(canvas: &Canvas<'a>, n: usize) -> Vec<Canvas<'a>> {
    canvas.split_evenly((1, n))
}
