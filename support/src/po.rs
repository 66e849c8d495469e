//! Reading gettext catalogues: the template of the English text (`po/messages.pot`) and the
//! Japanese translation (`po/ja.po`), for the tests that keep the Japanese edition complete.

use std::path::Path;

use anyhow::{Context, bail};

/// One message of a catalogue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Message {
    /// The pages it comes from (`book/ch05-backpropagation.md`).
    pub pages: Vec<String>,
    pub fuzzy: bool,
    pub msgid: String,
    pub msgstr: String,
}

/// Reads a `.po` or `.pot` file; the header entry (empty msgid) is left out.
pub fn load(path: &Path) -> anyhow::Result<Vec<Message>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    parse(&text).with_context(|| format!("reading {}", path.display()))
}

/// The messages of a catalogue's text.
pub fn parse(text: &str) -> anyhow::Result<Vec<Message>> {
    enum Field {
        None,
        Id,
        Str,
    }
    let mut messages = Vec::new();
    let mut message = Message::default();
    let mut field = Field::None;
    let mut seen_id = false;
    let finish = |message: &mut Message, seen_id: &mut bool, messages: &mut Vec<Message>| {
        if *seen_id && !message.msgid.is_empty() {
            messages.push(std::mem::take(message));
        }
        *message = Message::default();
        *seen_id = false;
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            finish(&mut message, &mut seen_id, &mut messages);
            field = Field::None;
        } else if let Some(pages) = line.strip_prefix("#: ") {
            if seen_id {
                finish(&mut message, &mut seen_id, &mut messages);
            }
            message.pages.extend(
                pages
                    .split_whitespace()
                    .map(|p| p.split(':').next().unwrap_or(p).to_string()),
            );
        } else if let Some(flags) = line.strip_prefix("#,") {
            message.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
        } else if line.starts_with('#') {
            // Translators' and extractors' comments, and obsolete messages (#~).
        } else if let Some(rest) = line.strip_prefix("msgid ") {
            if seen_id {
                finish(&mut message, &mut seen_id, &mut messages);
            }
            seen_id = true;
            message.msgid = unquote(rest).with_context(|| format!("line {}", n + 1))?;
            field = Field::Id;
        } else if let Some(rest) = line.strip_prefix("msgstr ") {
            message.msgstr = unquote(rest).with_context(|| format!("line {}", n + 1))?;
            field = Field::Str;
        } else if line.starts_with('"') {
            let more = unquote(line).with_context(|| format!("line {}", n + 1))?;
            match field {
                Field::Id => message.msgid += &more,
                Field::Str => message.msgstr += &more,
                Field::None => bail!("line {}: a string outside a message", n + 1),
            }
        } else {
            bail!("line {}: not a line of a PO file: {line:?}", n + 1);
        }
    }
    finish(&mut message, &mut seen_id, &mut messages);
    Ok(messages)
}

/// The text of a quoted PO string, its escapes undone.
fn unquote(quoted: &str) -> anyhow::Result<String> {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .with_context(|| format!("{quoted:?} is not a quoted string"))?;
    let mut text = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => text.push('\n'),
            Some('t') => text.push('\t'),
            Some('"') => text.push('"'),
            Some('\\') => text.push('\\'),
            other => bail!("an unknown escape \\{other:?} in {quoted:?}"),
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_with_several_lines_flags_and_pages() {
        let text = "msgid \"\"\nmsgstr \"\"\n\"Language: ja\\n\"\n\n\
                    #: book/a.md book/b.md\n#, fuzzy\nmsgid \"\"\n\"one \"\n\"two\"\nmsgstr \"一 \\\"二\\\"\\n\"\n\n\
                    #: book/a.md\nmsgid \"x\"\nmsgstr \"\"\n";
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
        assert!(parse("msgid \"a\"\nnonsense\n").is_err());
    }
}
