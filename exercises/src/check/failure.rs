//! What a check says when the learner's code is not there yet.

use support::Lang;

use super::text::{Text, text};

/// Why an exercise does not pass yet.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The code reached a `todo!()`: where it is, and what it says.
    NotDone {
        file: String,
        line: u32,
        message: String,
    },
    /// The code ran, and something is not as the book has it: the words for the learner.
    Wrong(Text),
}

/// What a check returns: `Ok(())` when the code does what the book's does.
pub type Checked = Result<(), Failure>;

impl Failure {
    /// The message the learner reads, in `lang`.
    pub fn explain(&self, lang: Lang) -> String {
        match self {
            Failure::NotDone {
                file,
                line,
                message,
            } => {
                let said = todo_says(message, lang);
                let mut text = text!(
                    "not done yet: open {file} and replace the todo!() on line {line} with your code.",
                    "まだできていません: {file} を開いて、{line} 行目の todo!() をあなたのコードに置き換えてください。",
                );
                if !said.is_empty() {
                    text.add_line(text!(
                        "(the todo!() says: {said})",
                        "(todo!() に書いてあること: {said})",
                    ));
                }
                text.get(lang).to_string()
            }
            Failure::Wrong(message) => message.get(lang).to_string(),
        }
    }
}

/// What a stub's `todo!("English / 日本語")` says, in `lang`: the exercises write both, the
/// English first, separated by ` / `. Any other text is shown as it is.
fn todo_says(message: &str, lang: Lang) -> &str {
    match message.rsplit_once(" / ") {
        Some((en, ja)) => lang.pick(en, ja),
        None => message,
    }
}

/// Adds a hint to a check's message, for the mistake the check has just seen.
pub trait Hint {
    fn hint(self, text: Text) -> Self;
}

impl<T> Hint for Result<T, Failure> {
    fn hint(self, hint: Text) -> Self {
        self.map_err(|failure| match failure {
            Failure::Wrong(mut message) => {
                let Text { en, ja } = hint;
                message.add_line(text!("Hint: {en}", "ヒント: {ja}"));
                Failure::Wrong(message)
            }
            not_done => not_done,
        })
    }
}
