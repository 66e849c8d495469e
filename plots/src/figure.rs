//! A figure of a chapter: a file name, a size and the code that draws it. Rendering goes to a
//! string first, so that the same code writes the SVG files and lets a test check that the
//! book's copies are what the code draws today.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use plotters::coord::Shift;
use plotters::prelude::*;

use support::Lang;

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
    /// From code alone, once in each language.
    Translated(fn(&Canvas, Lang) -> anyhow::Result<()>),
    /// From a record kept beside the figure, once in each language.
    TranslatedRecord(fn(&Canvas, &Path, Lang) -> anyhow::Result<()>),
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

    /// A figure drawn from code alone, in English and in Japanese.
    pub const fn translated(
        file: &'static str,
        size: (u32, u32),
        draw: fn(&Canvas, Lang) -> anyhow::Result<()>,
    ) -> Figure {
        Figure {
            file,
            size,
            draw: Draw::Translated(draw),
        }
    }

    /// A figure drawn from records kept beside it, in English and in Japanese.
    pub const fn translated_record(
        file: &'static str,
        size: (u32, u32),
        draw: fn(&Canvas, &Path, Lang) -> anyhow::Result<()>,
    ) -> Figure {
        Figure {
            file,
            size,
            draw: Draw::TranslatedRecord(draw),
        }
    }

    /// The languages this figure is drawn in: English only for a figure not translated yet.
    pub fn languages(&self) -> &'static [Lang] {
        match self.draw {
            Draw::Plain(_) | Draw::Record(_) => &[Lang::En],
            Draw::Translated(_) | Draw::TranslatedRecord(_) => &Lang::ALL,
        }
    }

    /// The SVG text of this figure in `lang`, on a white background; `dir` is where its
    /// records are.
    pub fn render(&self, dir: &Path, lang: Lang) -> anyhow::Result<String> {
        svg(self.size, |canvas| match self.draw {
            Draw::Plain(draw) => draw(canvas),
            Draw::Record(draw) => draw(canvas, dir),
            Draw::Translated(draw) => draw(canvas, lang),
            Draw::TranslatedRecord(draw) => draw(canvas, dir, lang),
        })
        .with_context(|| format!("drawing {}", self.file))
    }

    /// Renders the figure in English into `dir` (created if needed) and returns the file's
    /// path.
    pub fn write(&self, dir: &Path) -> anyhow::Result<PathBuf> {
        self.write_in(dir, Lang::En)
    }

    /// Renders the figure in `lang` into that language's directory inside `dir` (see
    /// [`Lang::dir`]), created if needed, and returns the file's path.
    pub fn write_in(&self, dir: &Path, lang: Lang) -> anyhow::Result<PathBuf> {
        let into = lang.dir(dir);
        fs::create_dir_all(&into).with_context(|| format!("creating {}", into.display()))?;
        let path = into.join(self.file);
        fs::write(&path, self.render(dir, lang)?)
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }
}

/// The SVG text of what `draw` draws on a white canvas of `size` pixels.
fn svg(
    size: (u32, u32),
    draw: impl FnOnce(&Canvas) -> anyhow::Result<()>,
) -> anyhow::Result<String> {
    let mut svg = String::new();
    {
        let canvas = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        canvas.fill(&WHITE)?;
        draw(&canvas)?;
        canvas.present()?;
    }
    Ok(svg)
}

/// Writes a figure that a run's options shape (a [`Figure`] is drawn from code or records
/// only) as `file` in `dir`, in each language as [`Figure::write_in`] does, printing
/// `wrote <path>` for each file.
pub fn write_drawing(
    dir: &Path,
    file: &str,
    size: (u32, u32),
    draw: impl Fn(&Canvas, Lang) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for lang in Lang::ALL {
        let into = lang.dir(dir);
        fs::create_dir_all(&into).with_context(|| format!("creating {}", into.display()))?;
        let path = into.join(file);
        let text =
            svg(size, |canvas| draw(canvas, lang)).with_context(|| format!("drawing {file}"))?;
        fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// Every figure that `figures` draw today, in each of its languages, compared with the
/// copies in `dir` (and `dir/ja`): one line per copy that is missing or different, empty when
/// they all match.
pub fn stale_figures(figures: &[Figure], dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for figure in figures {
        for &lang in figure.languages() {
            let path = lang.dir(dir).join(figure.file);
            if let Some(problem) = stale(figure, dir, lang, &path) {
                problems.push(problem);
            }
        }
    }
    problems
}

/// What is wrong with the copy at `path` of `figure` in `lang`, if anything.
fn stale(figure: &Figure, dir: &Path, lang: Lang, path: &Path) -> Option<String> {
    match (fs::read_to_string(path), figure.render(dir, lang)) {
        (Err(e), _) => Some(format!("{} cannot be read: {e}", path.display())),
        (_, Err(e)) => Some(format!("{} cannot be drawn: {e:#}", figure.file)),
        (Ok(committed), Ok(drawn)) if committed != drawn => Some(format!(
            "{} is not what the code draws today",
            path.display()
        )),
        _ => None,
    }
}

/// Writes every figure into `dir`, each in each of its languages, printing `wrote <path>`
/// for each file.
pub fn write_all(figures: &[Figure], dir: &Path) -> anyhow::Result<()> {
    for figure in figures {
        for &lang in figure.languages() {
            println!("wrote {}", figure.write_in(dir, lang)?.display());
        }
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
