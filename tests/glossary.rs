//! The glossary is complete and spelt one way: its pages are made from `book/glossary.toml`,
//! each term appears on the page that introduces it as the data file spells it, and every
//! term a page introduces in the book's pattern — `(日本語, *English*)` — is in the file.

use std::fs;
use std::path::{Path, PathBuf};

use booktools::glossary::{self, Term};

fn book() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("book")
}

fn terms() -> Vec<Term> {
    glossary::load(&book().join("glossary.toml")).unwrap()
}

#[test]
fn the_glossary_pages_are_made_from_the_data_file() {
    let terms = terms();
    for (file, made) in [
        ("glossary.md", glossary::english_page(&terms)),
        ("glossary-ja.md", glossary::japanese_page(&terms)),
    ] {
        let page = fs::read_to_string(book().join(file)).unwrap();
        assert!(
            page == made,
            "book/{file} is not what book/glossary.toml makes: edit the .toml, then run \
             `cargo xtask book`"
        );
    }
}

#[test]
fn every_term_is_on_its_page_as_the_glossary_spells_it() {
    let mut missing = Vec::new();
    for term in &terms() {
        let page = fs::read_to_string(book().join(&term.page)).unwrap();
        if !page.contains(&term.ja) {
            missing.push(format!("{} ({}) is not on {}", term.ja, term.en, term.page));
        }
        let hiragana = |s: &str| s.chars().all(|c| ('ぁ'..='ゖ').contains(&c) || c == 'ー');
        if !hiragana(&term.reading) {
            missing.push(format!(
                "the reading of {} is not hiragana: {}",
                term.ja, term.reading
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The Japanese of each `(日本語, *English*)` in a page's prose.
fn introduced(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        for piece in line.split('(').skip(1) {
            if let Some((japanese, rest)) = piece.split_once(", *") {
                let is_japanese = japanese.chars().any(|c| c as u32 >= 0x3040);
                if is_japanese && rest.contains('*') && !japanese.contains(')') {
                    // `(中間層 or 隠れ層, *hidden layers*)`: two spellings of one term.
                    found.extend(japanese.split(" or ").map(str::to_string));
                }
            }
        }
    }
    found
}

#[test]
fn every_term_the_pages_introduce_is_in_the_glossary() {
    let terms = terms();
    let known = |ja: &str| {
        terms
            .iter()
            .any(|t| t.ja == ja || t.ja_alt.as_deref() == Some(ja))
    };
    let mut unknown = Vec::new();
    for entry in fs::read_dir(book()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = fs::read_to_string(&path).unwrap();
            for ja in introduced(&text).iter().filter(|ja| !known(ja)) {
                unknown.push(format!("{}: {ja}", path.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "not in book/glossary.toml:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_pattern_finds_introductions_and_not_code() {
    let text = "a neuron (ニューロン, *neuron*) and (中間層 or 隠れ層, *hidden layer*)\n```rust\n(型, *x*)\n```\n";
    assert_eq!(introduced(text), ["ニューロン", "中間層", "隠れ層"]);
}
