//! How the book's figures are drawn. The chapters say what each figure shows and compute
//! its numbers with their own functions; this crate turns those numbers into SVG, with
//! plotters, so that no lesson has to know how a chart is drawn.
//!
//! | module | what |
//! |---|---|
//! | [`figure`] | a figure: a file name, a size and the code that draws it; writing and checking the files |
//! | [`chart`] | a chart with two numeric axes: lines, dots, markers, shapes, arrows, a legend |
//! | [`image`] | a grey-scale image, one square per pixel |
//! | [`surface`] | a surface over a grid, in perspective |
//! | [`diagram`] | nodes and edges: a perceptron's layers, a computational graph |
//! | [`style`] | colours, fonts, arrowheads |

pub mod chart;
pub mod diagram;
pub mod figure;
pub mod image;
pub mod style;
pub mod surface;

pub use chart::{Chart, Legend, Marker, Ticks};
pub use diagram::Diagram;
pub use figure::{Canvas, Draw, Figure, columns, rows, stale_figures, write_all, write_drawing};
pub use image::Image;
pub use style::{BLACK, BLUE, Color, RED, SHADE, WHITE};
pub use support::Lang;
pub use surface::Surface;
