//! §1.6: how every chapter draws its figures. A [`Figure`] pairs a file name with the code
//! that draws it; rendering goes to a string first, so that the same code writes the SVG
//! files the book embeds and lets a test check that the committed files are up to date.

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

/// Tick labels with one decimal (none from 100 up), never `-0.0`: plotters' tick values
/// carry float noise (−2e−16 for 0), and Rust, like C, prints a negative zero with its sign.
pub fn tick(value: &f64) -> String {
    let rounded = (value * 10.0).round() / 10.0 + 0.0;
    if rounded.abs() >= 100.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// Where a chapter's figures live in this repository: `book/figures/<chapter>/`.
pub fn figures_dir(chapter: &str) -> PathBuf {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("chapter crates sit in <repository>/chapters/");
    repository.join("book/figures").join(chapter)
}
