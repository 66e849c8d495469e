//! The Japanese edition is complete and current: every piece of English text the pages hold
//! (po/messages.pot, extracted by `cargo xtask pot`) has a translation in po/ja.po, or, for
//! the definitions of the glossary page, in the glossary's data file; none is fuzzy, code
//! stays code, and the glossary's terms appear as the glossary spells them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use booktools::glossary;
use booktools::po::{self, Message};
use support::paths::repository;

fn catalogue(file: &str) -> Vec<Message> {
    po::load(&repository().join("po").join(file)).unwrap()
}

/// The messages of a catalogue, by their English.
fn msgids(file: &str) -> BTreeSet<String> {
    catalogue(file).into_iter().map(|m| m.msgid).collect()
}

/// The definitions of the glossary page, in English and Japanese, from its data file.
fn glossary_translations() -> Vec<(String, String)> {
    let terms = glossary::load(&repository().join("book/glossary.toml")).unwrap();
    glossary::translations(&terms)
}

#[test]
fn every_message_is_translated_and_none_is_fuzzy_or_left_over() {
    let english = msgids("messages.pot");
    let japanese = catalogue("ja.po");
    let mut problems = Vec::new();
    for message in &japanese {
        if message.fuzzy {
            problems.push(format!("fuzzy: {:?}", message.msgid));
        } else if message.msgstr.is_empty() {
            problems.push(format!("untranslated: {:?}", message.msgid));
        }
        if !english.contains(&message.msgid) {
            problems.push(format!(
                "no longer in the English pages: {:?}",
                message.msgid
            ));
        }
    }
    let glossary = glossary_translations();
    let mut translated: BTreeSet<&String> = japanese.iter().map(|m| &m.msgid).collect();
    translated.extend(glossary.iter().map(|(msgid, _)| msgid));
    for msgid in english.iter().filter(|m| !translated.contains(m)) {
        problems.push(format!("missing from po/ja.po: {msgid:?}"));
    }
    assert!(
        problems.is_empty(),
        "po/ja.po does not match the English pages ({} problems):\n{}\n\nAfter changing the \
         English, run `cargo xtask pot`, translate the new and changed messages in po/ja.po, \
         and remove their fuzzy flags.",
        problems.len(),
        problems.join("\n")
    );
}

/// Each definition of the glossary page is one message of the English, and its Japanese is
/// spelt once, in the glossary's data file, not again in po/ja.po.
#[test]
fn the_glossary_page_is_translated_from_its_data_file() {
    let (english, japanese) = (msgids("messages.pot"), msgids("ja.po"));
    let mut problems = Vec::new();
    for (msgid, msgstr) in glossary_translations() {
        if !english.contains(&msgid) {
            problems.push(format!("not a message of the pages: {msgid:?}"));
        }
        if japanese.contains(&msgid) {
            problems.push(format!("translated again in po/ja.po: {msgid:?}"));
        }
        if msgstr.trim().is_empty() {
            problems.push(format!("no Japanese in book/glossary.toml: {msgid:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Only comments may be translated in code: a string literal must stay as it is, and a
/// comment must stay a comment of the same kind.
#[test]
fn code_in_the_japanese_edition_is_the_same_code() {
    let mut problems = Vec::new();
    for message in catalogue("ja.po") {
        let (id, text) = (&message.msgid, &message.msgstr);
        if id.starts_with('"') && id.ends_with('"') && text != id {
            problems.push(format!("a string literal was changed: {id:?} -> {text:?}"));
        }
        for marker in ["//!", "///", "//"] {
            if id.starts_with(marker) {
                let kept = text.starts_with(marker) && id.ends_with('\n') == text.ends_with('\n');
                if !kept {
                    problems.push(format!("a comment lost its form: {id:?} -> {text:?}"));
                }
                break;
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_glossary_term_appears_in_japanese_as_the_glossary_spells_it() {
    let mut text_of_page: BTreeMap<String, String> = BTreeMap::new();
    for message in catalogue("ja.po") {
        for page in &message.pages {
            let file = Path::new(page)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .to_string();
            let text = text_of_page.entry(file).or_default();
            text.push_str(&message.msgstr);
            text.push('\n');
        }
    }
    let terms = glossary::load(&repository().join("book/glossary.toml")).unwrap();
    let missing: Vec<String> = terms
        .iter()
        .filter(|t| {
            !text_of_page
                .get(&t.page)
                .is_some_and(|text| text.contains(&t.ja))
        })
        .map(|t| format!("{} ({}) on {}", t.ja, t.en, t.page))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the Japanese translation of their page:\n{}",
        missing.join("\n")
    );
}
