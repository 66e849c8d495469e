//! The two languages the book is read in: the English pages and 日本語版. A figure with text is
//! drawn in both (the English pages embed `book/figures/chNN/x.svg`, the Japanese edition
//! `book/figures/chNN/ja/x.svg`), and the exercises speak the reader's.

use std::path::{Path, PathBuf};

/// A language of the book. Code names (`MulLayer`, `dx`) stay as they are in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The text in this language: `en` for English, `ja` for Japanese.
    pub fn pick<T>(self, en: T, ja: T) -> T {
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

    /// The reader's language: `DLFS_LANG` if it is set (`ja` or `en`), else the language of
    /// the computer's settings as Linux and macOS give it to programs (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, such as `ja_JP.UTF-8`), else English.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] with the variables read by `var`: the first that is set and not
    /// empty decides, Japanese if it starts with `ja`.
    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["DLFS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|value| !value.is_empty()))
            .map_or(Lang::En, |value| {
                if value.starts_with("ja") {
                    Lang::Ja
                } else {
                    Lang::En
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    fn from(vars: &[(&str, &str)]) -> Lang {
        Lang::from_vars(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn dlfs_lang_comes_first_then_the_locale() {
        assert_eq!(from(&[]), Lang::En);
        assert_eq!(from(&[("LANG", "ja_JP.UTF-8")]), Lang::Ja);
        assert_eq!(from(&[("LANG", "C.UTF-8")]), Lang::En);
        assert_eq!(
            from(&[("DLFS_LANG", "en"), ("LANG", "ja_JP.UTF-8")]),
            Lang::En
        );
        assert_eq!(
            from(&[("DLFS_LANG", "ja"), ("LANG", "en_US.UTF-8")]),
            Lang::Ja
        );
        assert_eq!(
            from(&[("LC_ALL", "ja_JP.UTF-8"), ("LANG", "en_US")]),
            Lang::Ja
        );
        assert_eq!(from(&[("DLFS_LANG", ""), ("LC_MESSAGES", "ja")]), Lang::Ja);
    }
}
