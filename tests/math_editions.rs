//! Both editions show the same math. Formulas are written as code, `$…$` inline and
//! `$$…$$` displayed (book.toml tells KaTeX so), because the translation step rewrites each
//! paragraph as Markdown and would change TeX written as plain text. So each Japanese
//! message must carry exactly the formulas of its English one, and, in the built site, each
//! page of the Japanese edition must show exactly the formulas of the English page.

use std::collections::BTreeMap;
use std::path::Path;

use booktools::po::{self, Message};
use support::paths::repository;

/// The formulas of a message, written as code (`` `$…$` `` or `` `$$…$$` ``), sorted: a
/// translation may put them in another order.
fn formulas(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("`$") {
        let after = &rest[start + 1..];
        let Some(end) = after.find("$`") else { break };
        found.push(&after[..end + 1]);
        rest = &after[end + 2..];
    }
    found.sort_unstable();
    found
}

/// A `$` outside code (`` `…` `` or `<code>…</code>`): a formula written the old way,
/// which KaTeX would not see. (A code span that starts with `$` would be taken for math, so
/// a dollar sign shown as code is written `<code>$</code>`.)
fn dollar_outside_code(text: &str) -> bool {
    let prose = text.split('`').step_by(2);
    prose
        .flat_map(|outside| {
            outside
                .split("<code>")
                .map(|s| s.split_once("</code>").map_or(s, |(_, after)| after))
        })
        .any(|outside| outside.contains('$'))
}

#[test]
fn formulas_are_written_as_code_and_each_translation_keeps_them() {
    let catalogue: Vec<Message> = po::load(&repository().join("po/ja.po")).unwrap();
    let mut problems = Vec::new();
    for message in &catalogue {
        if dollar_outside_code(&message.msgid) {
            problems.push(format!(
                "a formula not written as code (`$…$`): {:?}",
                message.msgid
            ));
        }
        if formulas(&message.msgid) != formulas(&message.msgstr) {
            problems.push(format!(
                "the formulas differ:\n  English  {:?}\n  Japanese {:?}",
                formulas(&message.msgid),
                formulas(&message.msgstr)
            ));
        }
    }
    let with_math = catalogue
        .iter()
        .filter(|m| !formulas(&m.msgid).is_empty())
        .count();
    assert!(with_math > 50, "only {with_math} messages with formulas");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each formula KaTeX rendered in a page, as its HTML (`<span class="katex">…</span>`).
fn rendered_formulas(page: &Path) -> Vec<String> {
    let html = std::fs::read_to_string(page).unwrap();
    let mut found = Vec::new();
    for (start, _) in html.match_indices("<span class=\"katex\">") {
        let mut depth = 0;
        let mut at = start;
        loop {
            let open = html[at..].find("<span").map(|i| i + at);
            let close = html[at..].find("</span>").map(|i| i + at).unwrap();
            match open {
                Some(open) if open < close => {
                    depth += 1;
                    at = open + 5;
                }
                _ => {
                    depth -= 1;
                    at = close + 7;
                    if depth == 0 {
                        break;
                    }
                }
            }
        }
        found.push(html[start..at].to_string());
    }
    found
}

/// The text a reader sees of a rendered formula, for the message.
fn seen(formula: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in formula.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace('\u{200b}', "")
}

#[test]
#[ignore = "needs the built site: cargo xtask site, then cargo test --test tests math -- --ignored"]
fn both_editions_render_the_same_formulas_on_every_page() {
    let site = repository().join("target/book/html");
    let mut pages = 0;
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&site).expect("the built site: run `cargo xtask site`") {
        let english = entry.unwrap().path();
        let name = english.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".html") || name == "print.html" {
            continue;
        }
        let japanese = site.join("ja").join(&name);
        assert!(japanese.is_file(), "{} has no Japanese page", name);
        let mut count = BTreeMap::<String, i32>::new();
        for formula in rendered_formulas(&english) {
            *count.entry(formula).or_default() += 1;
        }
        for formula in rendered_formulas(&japanese) {
            *count.entry(formula).or_default() -= 1;
        }
        for (formula, difference) in count.into_iter().filter(|(_, d)| *d != 0) {
            let edition = if difference > 0 {
                "English"
            } else {
                "Japanese"
            };
            problems.push(format!(
                "{name}: only in the {edition} edition: {}",
                seen(&formula)
            ));
        }
        pages += 1;
    }
    assert!(pages > 10, "only {pages} pages in {}", site.display());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
