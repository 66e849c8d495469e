//! Reading gettext catalogues with `polib`: the template of the English text
//! (`po/messages.pot`) and the Japanese translation (`po/ja.po`), for the tests that keep the
//! Japanese edition complete, and the catalogue the Japanese edition is built from.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::Context;

/// One message of a catalogue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Message {
    /// The pages it comes from (`book/ch05-backpropagation.md`).
    pub pages: Vec<String>,
    pub fuzzy: bool,
    pub msgid: String,
    pub msgstr: String,
}

/// Reads a `.po` or `.pot` file; the header entry and obsolete messages (`#~`) are left out.
pub fn load(path: &Path) -> anyhow::Result<Vec<Message>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse(&text).with_context(|| format!("reading {}", path.display()))
}

/// The messages of a catalogue's text.
pub fn parse(text: &str) -> anyhow::Result<Vec<Message>> {
    // polib 0.3 panics on an empty comment line `#` (as msginit writes above the header), and
    // on some malformed lines: the first are dropped, the others become an error.
    let kept: String = text
        .lines()
        .filter(|line| line.trim_end() != "#")
        .map(|line| format!("{line}\n"))
        .collect();
    let catalog = std::panic::catch_unwind(|| polib::po_file::parse_from_reader(kept.as_bytes()))
        .map_err(|_| anyhow::anyhow!("not a PO file: a line polib cannot read"))?
        .map_err(|e| anyhow::anyhow!("not a PO file: {e}"))?;
    catalog
        .messages()
        .map(|m| {
            Ok(Message {
                // `#: book/a.md:12 book/b.md:3`, one or more lines, without the line numbers.
                pages: m
                    .source()
                    .split_whitespace()
                    .map(|p| p.split(':').next().unwrap_or(p).to_string())
                    .collect(),
                fuzzy: m.is_fuzzy(),
                msgid: m.msgid().to_string(),
                msgstr: m
                    .msgstr()
                    .with_context(|| format!("a plural message: {:?}", m.msgid()))?
                    .to_string(),
            })
        })
        .collect()
}

/// A catalogue with more translations: an entry for each `(msgid, msgstr)` of `more`, after
/// the catalogue's own, leaving out a message it already translates. The Japanese edition is
/// built from `po/ja.po` with the translations that data files spell (the glossary's), so
/// that no one writes them twice.
pub fn with_translations(catalogue: &str, more: &[(String, String)]) -> anyhow::Result<String> {
    let known: BTreeSet<String> = parse(catalogue)?.into_iter().map(|m| m.msgid).collect();
    let quoted = |s: &str| {
        let escaped = s.replace('\\', "\\\\").replace('"', "\\\"");
        format!("\"{}\"", escaped.replace('\n', "\\n"))
    };
    let mut text = catalogue.trim_end().to_string();
    let mut added = BTreeSet::new();
    for (msgid, msgstr) in more {
        if !known.contains(msgid) && added.insert(msgid) {
            text += &format!("\n\nmsgid {}\nmsgstr {}", quoted(msgid), quoted(msgstr));
        }
    }
    Ok(text + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_with_several_lines_flags_and_pages_and_no_obsolete_ones() {
        let text = "#\nmsgid \"\"\nmsgstr \"\"\n\"Language: ja\\n\"\n\n\
                    #: book/a.md:1 book/b.md:2\n#, fuzzy\nmsgid \"\"\n\"one \"\n\"two\"\nmsgstr \"一 \\\"二\\\"\\n\"\n\n\
                    #: book/a.md:3\nmsgid \"x\"\nmsgstr \"\"\n\n\
                    #~ msgid \"gone\"\n#~ msgstr \"消えた\"\n";
        let messages = parse(text).unwrap();
        assert_eq!(
            messages,
            [
                Message {
                    pages: vec!["book/a.md".into(), "book/b.md".into()],
                    fuzzy: true,
                    msgid: "one two".into(),
                    msgstr: "一 \"二\"\n".into(),
                },
                Message {
                    pages: vec!["book/a.md".into()],
                    fuzzy: false,
                    msgid: "x".into(),
                    msgstr: String::new(),
                },
            ]
        );
        assert!(parse("msgid \"a\"\nmsgstr \"b\"\n").is_err(), "no header");
        let more = [
            ("x".to_string(), "エックス".to_string()),
            ("a \"b\"\\".to_string(), "「b」\\".to_string()),
            ("a \"b\"\\".to_string(), "twice".to_string()),
        ];
        let merged = with_translations(text, &more).unwrap();
        assert!(merged.ends_with("msgid \"a \\\"b\\\"\\\\\"\nmsgstr \"「b」\\\\\"\n"));
        let messages = parse(&merged).unwrap();
        assert_eq!(
            messages.len(),
            3,
            "x was there already, and a is added once"
        );
        assert_eq!(messages[2].msgid, "a \"b\"\\");
        assert_eq!(messages[2].msgstr, "「b」\\");
        assert!(parse("\"a string outside a message\"\n").is_err());
    }
}
