//! A message in both of the book's languages. A check says everything twice, in English and
//! in Japanese; the runner and the tests print the reader's ([`support::Lang::from_env`]).

use support::Lang;

/// Words for the learner, in English and in Japanese.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub en: String,
    pub ja: String,
}

impl Text {
    pub fn new(en: impl Into<String>, ja: impl Into<String>) -> Text {
        Text {
            en: en.into(),
            ja: ja.into(),
        }
    }

    /// Words that read the same in both languages, such as `§2.3.1 AND(1, 0)`.
    pub fn both(words: impl Into<String>) -> Text {
        let words = words.into();
        Text::new(words.clone(), words)
    }

    /// Adds `more` on a line of its own, indented under the message, in each language: a
    /// note, a piece of advice, a hint.
    pub fn add_line(&mut self, more: Text) {
        self.en.push_str(&format!("\n  {}", more.en));
        self.ja.push_str(&format!("\n  {}", more.ja));
    }

    /// The words in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.ja)
    }
}

/// `text!("… {x} …", "… {x} …")`: a [`Text`] from two format strings, English then Japanese,
/// each written as `format!` writes it.
macro_rules! text {
    ($en:tt, $ja:tt $(,)?) => {
        $crate::check::Text::new(format!($en), format!($ja))
    };
}
pub(crate) use text;
