//! What the figures share: their colours, the fonts of their text, arrowheads and the circled
//! nodes of a diagram.

use plotters::prelude::*;
use plotters::style::Color as _;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::figure::Canvas;

/// A colour, possibly see-through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Color {
    rgb: (u8, u8, u8),
    opacity: f64,
}

pub const BLUE: Color = Color::rgb(0, 0, 255);
pub const RED: Color = Color::rgb(255, 0, 0);
pub const BLACK: Color = Color::rgb(0, 0, 0);
pub const WHITE: Color = Color::rgb(255, 255, 255);
/// The light grey of a shaded region.
pub const SHADE: Color = Color::grey(215);

impl Color {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color {
            rgb: (r, g, b),
            opacity: 1.0,
        }
    }

    /// A grey, from 0 (black) to 255 (white).
    pub const fn grey(level: u8) -> Color {
        Color::rgb(level, level, level)
    }

    /// This colour, see-through: `opacity` 1.0 is opaque, 0.0 invisible.
    pub const fn mix(self, opacity: f64) -> Color {
        Color { opacity, ..self }
    }

    pub(crate) fn rgba(self) -> RGBAColor {
        let (r, g, b) = self.rgb;
        RGBAColor(r, g, b, self.opacity)
    }

    /// A line `width` pixels wide in this colour.
    pub(crate) fn stroke(self, width: u32) -> ShapeStyle {
        self.rgba().stroke_width(width)
    }

    /// This colour filling a shape.
    pub(crate) fn filled(self) -> ShapeStyle {
        self.rgba().filled()
    }
}

/// The two short strokes of an arrowhead at `to`, for an arrow coming from `from`: the
/// path back-left, tip, back-right, each stroke `length` long.
pub(crate) fn arrowhead(from: (f64, f64), to: (f64, f64), length: f64) -> [(f64, f64); 3] {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let norm = dx.hypot(dy).max(f64::MIN_POSITIVE);
    let (ux, uy) = (dx / norm, dy / norm);
    let back = |turn: f64| {
        let (c, s) = (turn.cos(), turn.sin());
        (
            to.0 - length * (c * ux - s * uy),
            to.1 - length * (s * ux + c * uy),
        )
    };
    [back(0.4), to, back(-0.4)]
}

/// Fonts for Japanese text that readers' systems already have (macOS, Linux, Windows, in
/// that order), so that a figure never has to fetch a font.
pub(crate) const JAPANESE_FONTS: &str = "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Yu Gothic', Meiryo, sans-serif";

/// The fonts for `text`: the Japanese ones when it has any Japanese in it.
pub(crate) fn font_for(text: &str) -> &'static str {
    if has_japanese(text) {
        JAPANESE_FONTS
    } else {
        "sans-serif"
    }
}

/// Whether `text` has Japanese in it: kana, kanji or full-width punctuation (not merely
/// symbols such as ², − or ∂).
pub(crate) fn has_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}'))
}

/// Text in the fonts `family`, `size` pixels high, centred on the point it is drawn at.
pub(crate) fn centered_in(family: &'static str, size: u32) -> TextStyle<'static> {
    TextStyle::from((family, size)).pos(Pos::new(HPos::Center, VPos::Center))
}

/// Sans-serif text of `size` pixels, centred.
pub(crate) fn centered(size: u32) -> TextStyle<'static> {
    centered_in("sans-serif", size)
}

/// A circled node of a diagram, white inside, with its label in the middle.
pub(crate) fn node(
    canvas: &Canvas,
    center: (i32, i32),
    radius: i32,
    label: &str,
    size: u32,
) -> anyhow::Result<()> {
    canvas.draw(&Circle::new(center, radius, WHITE.filled()))?;
    canvas.draw(&Circle::new(center, radius, BLACK.stroke(2)))?;
    canvas.draw(&Text::new(label, center, centered(size)))?;
    Ok(())
}
