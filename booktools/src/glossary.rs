//! The glossary: one data file, `book/glossary.toml`, spells every term once; the English
//! glossary page and the Japanese index (五十音順) are made from it, and a test checks each
//! term against the page that introduces it.

use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

use crate::table::{self, Cell, same, words};

/// One term, as `book/glossary.toml` lists it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The English term as the pages use it.
    pub en: String,
    /// The book's Japanese, spelt as the page spells it.
    pub ja: String,
    /// Another spelling the book uses for the same idea.
    pub ja_alt: Option<String>,
    /// `ja` in hiragana, for sorting in 五十音順.
    pub reading: String,
    /// `ja_alt` in hiragana.
    pub reading_alt: Option<String>,
    /// Where the book introduces it: `§4.2.1`, or `Chapter 4, margin`.
    pub section: String,
    /// The page of this book that introduces it, and the id of the heading there.
    pub page: String,
    pub anchor: String,
    /// A word of Rust, listed in a table of its own.
    #[serde(default)]
    pub rust: bool,
    /// What the term means, in a sentence, and the same in Japanese.
    pub meaning: String,
    pub meaning_ja: String,
}

#[derive(Deserialize)]
struct File {
    term: Vec<Term>,
}

/// Reads the glossary's data file.
pub fn load(path: &Path) -> anyhow::Result<Vec<Term>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let file: File =
        toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
    Ok(file.term)
}

impl Term {
    fn link(&self) -> String {
        table::link(&self.section, &format!("{}#{}", self.page, self.anchor))
    }

    /// The link for the Japanese index: "Chapter 4, margin" reads 第4章の欄外 there.
    fn link_ja(&self) -> String {
        let section = match self.section.strip_prefix("Chapter ") {
            Some(rest) => match rest.split_once(", margin") {
                Some((chapter, "")) => format!("第{chapter}章の欄外"),
                _ => self.section.clone(),
            },
            None => self.section.clone(),
        };
        table::link(&section, &format!("{}#{}", self.page, self.anchor))
    }
}

/// The Japanese of each definition on the English glossary page, for the Japanese edition:
/// it translates that page from this data file, so `po/ja.po` does not spell them again.
/// Both as the page's table holds them (`table::escaped`).
pub fn translations(terms: &[Term]) -> Vec<(String, String)> {
    let pair = |t: &Term| (table::escaped(&t.meaning), table::escaped(&t.meaning_ja));
    terms.iter().map(pair).collect()
}

/// The English glossary page, `book/glossary.md`: the book's terms in the order they appear,
/// then the Rust words, each with what it means.
pub fn english_page(terms: &[Term]) -> String {
    let rows = |rust: bool| -> Vec<Vec<Cell>> {
        terms
            .iter()
            .filter(|t| t.rust == rust)
            .map(|t| {
                vec![
                    same(&t.en),
                    same(japanese(t)),
                    words(&t.meaning),
                    words(t.link()),
                ]
            })
            .collect()
    };
    let (book_terms, rust_words) = (rows(false), rows(true));
    let headers = ["English", "日本語", "what it means", "first met"];
    format!(
        "# Glossary\n\n\
         <!-- Written by `cargo xtask book` from book/glossary.toml: edit that file, not this one. -->\n\n\
         The terms of chapters 1 to 5, in the order they appear, with the book's Japanese. The \
         [Japanese index](glossary-ja.md) lists them in 五十音順.\n\n{}\n\
         ## Rust words\n\n\
         The words of Rust the listings use, with the terms Japanese Rust books use for them.\n\n{}",
        searched_last(&table::table(&headers, &book_terms)),
        searched_last(&table::table(&headers, &rust_words)),
    )
}

/// `ja`, with the other spelling the book uses, if there is one.
fn japanese(term: &Term) -> String {
    match &term.ja_alt {
        Some(alt) => format!("{} ({alt})", term.ja),
        None => term.ja.clone(),
    }
}

/// The rows of the kana table, each named by its first syllable: あ行, か行, …
const ROWS: [(char, &str); 10] = [
    ('あ', "あ行"),
    ('か', "か行"),
    ('さ', "さ行"),
    ('た', "た行"),
    ('な', "な行"),
    ('は', "は行"),
    ('ま', "ま行"),
    ('や', "や行"),
    ('ら', "ら行"),
    ('わ', "わ行"),
];

/// The row of the kana table a reading starts in.
fn row_of(reading: &str) -> &'static str {
    let first = reading.chars().next().unwrap_or('あ');
    ROWS.iter()
        .rev()
        .find(|(start, _)| first >= *start)
        .map_or("あ行", |(_, name)| name)
}

/// A reading as a dictionary sorts it: the long-vowel mark ー counts for nothing.
fn sort_key(reading: &str) -> String {
    reading.chars().filter(|&c| c != 'ー').collect()
}

/// The Japanese index, `book/glossary-ja.md`: every term by its reading, in 五十音順, row by
/// row of the kana table; another spelling points to the main one.
pub fn japanese_page(terms: &[Term]) -> String {
    struct Entry<'a> {
        reading: &'a str,
        ja: &'a str,
        term: &'a Term,
        main: bool,
    }
    let mut entries: Vec<Entry> = Vec::new();
    for term in terms {
        entries.push(Entry {
            reading: &term.reading,
            ja: &term.ja,
            term,
            main: true,
        });
        if let (Some(ja), Some(reading)) = (&term.ja_alt, &term.reading_alt) {
            entries.push(Entry {
                reading,
                ja,
                term,
                main: false,
            });
        }
    }
    entries.sort_by(|a, b| {
        sort_key(a.reading)
            .cmp(&sort_key(b.reading))
            .then(a.ja.cmp(b.ja))
    });

    let mut page = String::from(
        "# 用語索引 (Japanese index)\n\n\
         <!-- Written by `cargo xtask book` from book/glossary.toml: edit that file, not this one. -->\n\n\
         この本の用語を五十音順に並べました。最初に出てくる節へのリンクつきです。\
         The same terms as the [glossary](glossary.md), by their Japanese reading.\n",
    );
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut row_name = "";
    for entry in &entries {
        let this_row = row_of(entry.reading);
        if this_row != row_name && !rows.is_empty() {
            page += &format!("\n## {row_name}\n\n{}", table_of(&rows));
            rows.clear();
        }
        row_name = this_row;
        let (english, meaning) = if entry.main {
            (entry.term.en.clone(), entry.term.meaning_ja.clone())
        } else {
            (format!("→ {}", entry.term.ja), String::new())
        };
        // The index is Japanese in both editions.
        let cells = [
            entry.ja,
            entry.reading,
            &english,
            &meaning,
            &entry.term.link_ja(),
        ];
        rows.push(cells.map(same).to_vec());
    }
    if !rows.is_empty() {
        page += &format!("\n## {row_name}\n\n{}", table_of(&rows));
    }
    page
}

fn table_of(rows: &[Vec<Cell>]) -> String {
    searched_last(&table::table(
        &["日本語", "よみ", "English", "意味", "初出"],
        rows,
    ))
}

/// A table of terms that counts for little in the site's search (Pagefind), so that a
/// search for a term finds first the page that teaches it, then the glossary's line.
fn searched_last(table: &str) -> String {
    format!("<div data-pagefind-weight=\"0.1\">\n\n{table}\n</div>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_fall_into_the_rows_of_the_kana_table() {
        assert_eq!(row_of("あふぃん"), "あ行");
        assert_eq!(row_of("がくしゅう"), "か行");
        assert_eq!(row_of("ぞくせい"), "さ行");
        assert_eq!(row_of("でんぱ"), "た行");
        assert_eq!(row_of("ぱらめーた"), "は行");
        assert_eq!(row_of("よみ"), "や行");
        assert_eq!(row_of("わんほっと"), "わ行");
        assert!(sort_key("えんとろぴー") < sort_key("えんどつーえんど"));
    }

    #[test]
    fn margins_are_named_in_japanese_in_the_japanese_index() {
        let term = |section: &str| Term {
            en: "epoch".into(),
            ja: "エポック".into(),
            ja_alt: None,
            reading: "えぽっく".into(),
            reading_alt: None,
            section: section.into(),
            page: "ch04-learning.md".into(),
            anchor: "x".into(),
            rust: false,
            meaning: String::new(),
            meaning_ja: String::new(),
        };
        assert!(
            term("Chapter 4, margin")
                .link_ja()
                .starts_with("[第4章の欄外](")
        );
        assert!(term("§4.5.2").link_ja().starts_with("[§4.5.2]("));
    }
}
