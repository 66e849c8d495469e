//! The Results page: every number the book prints in chapters 1 to 5, ours beside it, and the
//! test that asserts it. One data file, `book/results.toml`, lists them; the page
//! `book/results.md` is made from it, and a test (`tests/results.rs`) checks each row against
//! the test, page or printed output it names, so that the table cannot drift from what is
//! asserted.

use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

use crate::table::{self, Cell, code, same, words};

/// One number, as `book/results.toml` lists it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The book's chapter, 1 to 5.
    pub chapter: u8,
    /// The book's section: `§3.5.2`.
    pub section: String,
    /// What the number is, in a few words (`backticks` for code).
    pub what: String,
    /// The value as the book prints it, as text, NumPy's arrays with single spaces; empty
    /// where the book prints no number (its training runs), shown as a dash.
    pub book: String,
    /// Where the book's value comes from, when not from its printed output: a comment in a
    /// listing, a figure only, its translations.
    pub source: Option<String>,
    /// Our value, written as it appears in the test, the page's snippet or `printed`.
    pub ours: String,
    /// How the two agree: `exact`, `to 8 decimals`, `to 9 digits`, `band`, `Rust's
    /// counterpart`.
    pub kind: String,
    /// What the test asserts when it is not the value itself: `` `epsilon = 1e-8` ``,
    /// `` `test_acc >= 0.94` ``. Each backticked part appears in the test's body.
    pub band: Option<String>,
    /// Why the two are not the same digits, or what the agreement means.
    pub why: Option<String>,
    /// Where it is asserted: `chapters/ch03/tests/book_values.rs::name` for a test
    /// function, `book/ch03-neural-network.md, §3.5.2` for a snippet of a page.
    pub test: String,
    /// The section of a program's committed output that shows `ours`, which the chapter's
    /// tests compare with what the program prints: `book/figures/ch04/output.txt:4_4_2`.
    pub printed: Option<String>,
    /// Anything else the reader should know about the test: that it needs a file, say.
    pub note: Option<String>,
}

#[derive(Deserialize)]
struct File {
    result: Vec<Entry>,
}

/// Reads the data file of the Results page.
pub fn load(path: &Path) -> anyhow::Result<Vec<Entry>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let file: File =
        toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
    Ok(file.result)
}

/// The page of each chapter, which the section numbers link to.
pub const PAGES: [&str; 5] = [
    "ch01-rust-primer.md",
    "ch02-perceptron.md",
    "ch03-neural-network.md",
    "ch04-learning.md",
    "ch05-backpropagation.md",
];

/// Text, and, if there is one, a remark below it in small type.
fn with_remark(main: String, remark: Option<&str>) -> String {
    match remark {
        Some(remark) => format!("{main}<br><small>{remark}</small>"),
        None => main,
    }
}

impl Entry {
    /// The row: the words of `what`, `source`, `kind`, `why`, `printed` and `note` are
    /// translated in the Japanese edition; the values and the test's name are not.
    fn row(&self) -> Vec<Cell> {
        let page = PAGES[usize::from(self.chapter.clamp(1, 5)) - 1];
        let agreement = match &self.band {
            Some(band) => format!("{}: {band}", self.kind),
            None => self.kind.clone(),
        };
        let book = if self.book.is_empty() {
            "—".to_string()
        } else {
            code(&self.book)
        };
        let mut asserted = code(&self.test);
        if let Some(printed) = &self.printed {
            asserted += &format!("<br><small>printed as in {}</small>", code(printed));
        }
        vec![
            words(table::link(&self.section, page)),
            words(&self.what),
            words(with_remark(book, self.source.as_deref())),
            same(code(&self.ours)),
            words(with_remark(agreement, self.why.as_deref())),
            words(with_remark(asserted, self.note.as_deref())),
        ]
    }
}

/// The Results page, `book/results.md`: one table per chapter, rows in the order of the
/// data file.
pub fn page(entries: &[Entry]) -> String {
    let mut page = String::from(
        "# Results {#results}\n\n\
         <!-- Written by `cargo xtask book` from book/results.toml: edit that file, not this one. -->\n\n\
         The numbers that chapters 1 to 5 of the book print, each beside the value this \
         project's code gives and the test that asserts it. *Exact* means the same digits, all \
         of them. *To N decimals* (or *digits*) means that the two differ by less than one \
         unit of the Nth decimal place (or significant digit): the book prints a rounded \
         value, as NumPy prints arrays to 8 decimals, or, where the row says so, ours starts \
         from rounded numbers. A *band* is \
         what a test asserts where our digits cannot be the book's, as in a training run, whose \
         random numbers come from another generator; the row says why. The two training runs, \
         for which the book prints no number, are listed with the bands their tests assert. \
         NumPy's arrays are written here with single spaces. Where our program prints a value, \
         the row names the section of its committed output, which the chapter's tests compare \
         with what the program prints. `cargo test` checks every row against the test it names \
         (`tests/results.rs`), so the table cannot drift from what is asserted.\n",
    );
    for chapter in 1..=5 {
        let rows: Vec<Vec<Cell>> = entries
            .iter()
            .filter(|e| e.chapter == chapter)
            .map(Entry::row)
            .collect();
        if rows.is_empty() {
            continue;
        }
        page += &format!(
            "\n## Chapter {chapter} {{#chapter-{chapter}}}\n\n{}",
            table::table(
                &["§", "what", "the book", "ours", "agreement", "asserted by"],
                &rows
            )
        );
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_shows_code_remarks_and_the_printed_output() {
        let entry = Entry {
            chapter: 4,
            section: "§4.2.1".into(),
            what: "`sum_squared_error`".into(),
            book: "0.097500000000000031".into(),
            source: None,
            ours: "0.09750000000000002".into(),
            kind: "to 15 digits".into(),
            band: Some("`epsilon = 1e-15`".into()),
            why: Some("a < b".into()),
            test: "chapters/ch04/tests/book_values.rs::f".into(),
            printed: Some("book/figures/ch04/output.txt:4_2_1".into()),
            note: None,
        };
        assert_eq!(
            entry.row(),
            [
                words("[§4.2.1](ch04-learning.md)"),
                words("`sum_squared_error`"),
                words("`0.097500000000000031`"),
                same("`0.09750000000000002`"),
                words("to 15 digits: `epsilon = 1e-15`<br><small>a < b</small>"),
                words(
                    "`chapters/ch04/tests/book_values.rs::f`<br><small>printed as in \
                     `book/figures/ch04/output.txt:4_2_1`</small>"
                ),
            ]
        );
        let page = page(&[entry]);
        assert!(page.starts_with("# Results {#results}\n"));
        assert!(page.contains("\n## Chapter 4 {#chapter-4}\n\n| <!-- i18n:skip -->§ | what |"));
        assert!(!page.contains("## Chapter 1 "));
    }
}
