//! The two languages the book is read in. A figure with text is drawn in both: the English
//! pages embed `book/figures/chNN/x.svg`, the Japanese edition `book/figures/chNN/ja/x.svg`.

use std::path::{Path, PathBuf};

/// The language of a figure's text. Code names (`MulLayer`, `dx`) stay as they are in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The text in this language: `en` for English, `ja` for Japanese.
    pub fn pick<'a>(self, en: &'a str, ja: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Ja => ja,
        }
    }

    /// Where this language's figures go inside a chapter's figure directory `dir`: `dir`
    /// itself for English, `dir/ja` for Japanese.
    pub fn dir(self, dir: &Path) -> PathBuf {
        match self {
            Lang::En => dir.to_path_buf(),
            Lang::Ja => dir.join("ja"),
        }
    }
}
