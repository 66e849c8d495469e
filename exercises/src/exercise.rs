//! An exercise as the runner and the tests see it: its name, where it is, and its check.

use support::Lang;

use crate::check::{Checked, Failure};

#[derive(Debug, Clone, Copy)]
pub struct Exercise {
    /// The name `cargo test -p exercises NAME` selects, such as `ch03_softmax`: the chapter,
    /// then the file's name.
    pub name: &'static str,
    /// The book's section, such as `§3.5.2`.
    pub section: &'static str,
    /// What the exercise asks, in a few words.
    pub title: &'static str,
    /// The same in Japanese.
    pub title_ja: &'static str,
    /// The file to edit, from the top of the repository (`file!()` in the exercise's file).
    pub file: &'static str,
    /// Runs the learner's code and compares it with the book.
    pub check: fn() -> Checked,
}

impl Exercise {
    /// The command that checks this exercise alone.
    pub fn command(&self) -> String {
        format!("cargo test -p exercises {}", self.name)
    }

    /// What the exercise asks, in `lang`.
    pub fn title(&self, lang: Lang) -> &'static str {
        lang.pick(self.title, self.title_ja)
    }

    /// Runs the check: `Ok` when it passes, or the message for the learner.
    pub fn run(&self) -> Result<(), Failure> {
        (self.check)()
    }
}
