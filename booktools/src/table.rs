//! Tables of generated pages, written in Markdown so that the Japanese edition translates
//! their words cell by cell (`cargo xtask pot` extracts each cell as a message). A cell of
//! numbers, code or names reads the same in both editions and may change with every run: it
//! is marked `<!-- i18n:skip -->`, which the translation tools leave alone, so that
//! regenerating a table never turns a translation stale.

/// A cell of a generated table, in Markdown.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Words, which the Japanese edition translates.
    Words(String),
    /// Numbers, code or names, the same in both editions.
    Same(String),
}

/// Words, which the Japanese edition translates (a cell of them without a letter outside
/// code and link addresses, such as `` `-1` `` or `[§1.1](…)`, is the same in both).
pub fn words(markdown: impl Into<String>) -> Cell {
    Cell::Words(markdown.into())
}

/// Numbers, code or names, the same in both editions.
pub fn same(markdown: impl Into<String>) -> Cell {
    Cell::Same(markdown.into())
}

/// The marker that tells the translation tools to leave the rest of a cell alone.
pub const SKIP: &str = "<!-- i18n:skip -->";

/// Text as code, each line a code span, the lines joined by line breaks (a table's cell
/// holds one line of Markdown).
pub fn code(text: &str) -> String {
    let span = |line: &str| {
        let ticks = if line.contains('`') { "``" } else { "`" };
        let pad = if line.starts_with('`') || line.ends_with('`') {
            " "
        } else {
            ""
        };
        format!("{ticks}{pad}{line}{pad}{ticks}")
    };
    text.lines().map(span).collect::<Vec<_>>().join("<br>")
}

/// A link to `href`, a page of the book given by its Markdown file (mdBook links it to the
/// page it makes).
pub fn link(label: &str, href: &str) -> String {
    format!("[{label}]({href})")
}

/// `text` without what lies between each `open` and the next `close`, both included.
fn without(text: &str, open: &str, close: char) -> String {
    let mut pieces = text.split(open);
    let first = pieces.next().unwrap_or_default().to_string();
    first
        + &pieces
            .map(|p| p.split_once(close).map_or("", |(_, after)| after))
            .collect::<String>()
}

/// Whether a cell of Markdown has words to translate: a letter outside code spans, HTML
/// tags and link addresses.
fn has_words(markdown: &str) -> bool {
    let prose: String = markdown.split('`').step_by(2).collect();
    let prose = without(&without(&prose, "<", '>'), "](", ')');
    prose.chars().any(|c| c.is_ascii_alphabetic())
}

/// Markdown as a table's cell holds it: a `|` escaped, even in code, so that it does not end
/// the cell. A translation of a cell is written the same way.
pub fn escaped(markdown: &str) -> String {
    markdown.replace('|', "\\|")
}

impl Cell {
    /// The cell as the table writes it: escaped, and with the marker before a cell that
    /// stays the same.
    fn markdown(&self) -> String {
        let (text, skip) = match self {
            Cell::Words(text) => (text, !has_words(text)),
            Cell::Same(text) => (text, true),
        };
        let text = escaped(text);
        if skip && !text.is_empty() {
            format!("{SKIP}{text}")
        } else {
            text
        }
    }
}

/// A table: a header row of words (each translated, unless it has none), then the rows.
pub fn table(header: &[&str], rows: &[Vec<Cell>]) -> String {
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut markdown = line(header.iter().map(|h| words(*h).markdown()).collect());
    markdown += &line(header.iter().map(|_| "---".to_string()).collect());
    for row in rows {
        markdown += &line(row.iter().map(Cell::markdown).collect());
    }
    markdown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_translated_and_numbers_code_and_links_are_not() {
        assert!(has_words("exact<br><small>In Rust `7 / 5` is 1</small>"));
        assert!(has_words("[Chapter 5, margin](ch05-backpropagation.md#x)"));
        assert!(has_words("the type of `10` (an integer)"));
        assert!(!has_words("`-1`"));
        assert!(!has_words("[§1.1](ch01-rust-primer.md#11-why-rust)"));
        assert!(!has_words("<code>[1 2]</code><br>(3)"));
        assert!(!has_words("日本語"));
        assert_eq!(
            table(
                &["§", "what", "speed"],
                &[vec![
                    words(link("§4.4", "ch04-learning.md#44-gradients")),
                    words("lean NumPy, `a | b`"),
                    same("1.00 s"),
                ]]
            ),
            "| <!-- i18n:skip -->§ | what | speed |\n\
             | --- | --- | --- |\n\
             | <!-- i18n:skip -->[§4.4](ch04-learning.md#44-gradients) | lean NumPy, `a \\| b` | \
             <!-- i18n:skip -->1.00 s |\n"
        );
    }

    #[test]
    fn code_keeps_each_line_and_its_backticks() {
        assert_eq!(code("[[1 2]\n [3 4]]"), "`[[1 2]`<br>` [3 4]]`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code(""), "");
    }
}
