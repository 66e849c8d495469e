//! The book's pages keep their promises: every fence says its language, every
//! `{{#include file:anchor}}` finds its file and anchor, and a `rust` block that is not
//! compiled says why.

use std::fs;
use std::path::{Path, PathBuf};

/// A code block being read: where it starts, its info string (`rust,ignore`), whether an HTML
/// comment stands just before it, the line before it, and its lines.
struct Fence<'a> {
    start: usize,
    info: String,
    commented: bool,
    before: &'a str,
    body: Vec<&'a str>,
}

/// What is wrong in one page; `dir` is the page's directory, which include paths start from.
fn problems(dir: &Path, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut fence: Option<Fence> = None;
    let mut previous = "";
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let trimmed = line.trim();
        if let Some(include) = trimmed
            .strip_prefix("{{#include ")
            .and_then(|rest| rest.strip_suffix("}}"))
        {
            found.extend(include_problem(dir, include).map(|p| format!("line {number}: {p}")));
        }
        let is_fence = trimmed.starts_with("```");
        match &mut fence {
            None if is_fence => {
                let info = trimmed.trim_start_matches('`').trim().to_string();
                if info.is_empty() {
                    found.push(format!("line {number}: a code fence without a language"));
                }
                let commented = previous.starts_with("<!--") && previous.len() > "<!--  -->".len();
                fence = Some(Fence {
                    start: number,
                    info,
                    commented,
                    before: previous,
                    body: Vec::new(),
                });
            }
            None => {}
            Some(open) if is_fence => {
                found.extend(fence_problem(open).map(|p| format!("line {}: {p}", open.start)));
                fence = None;
            }
            Some(open) => open.body.push(line),
        }
        if !trimmed.is_empty() {
            previous = trimmed;
        }
    }
    if let Some(open) = fence {
        found.push(format!(
            "line {}: a code fence that is never closed",
            open.start
        ));
    }
    found
}

fn fence_problem(fence: &Fence) -> Option<String> {
    if let Some(problem) = caption_problem(fence) {
        return Some(problem);
    }
    let attributes: Vec<&str> = fence.info.split([',', ' ']).collect();
    if attributes.first() != Some(&"rust") {
        return None;
    }
    let includes = fence.body.iter().any(|l| l.contains("{{#include"));
    let skipped = attributes.iter().any(|a| matches!(*a, "ignore" | "no_run"));
    if includes && !skipped {
        return Some(
            "an {{#include}} in a compiled `rust` fence is compiled as literal text: use `rust,ignore`"
                .into(),
        );
    }
    if skipped && !includes && !fence.commented {
        return Some(format!(
            "`{}` is not compiled: put an HTML comment giving the reason on the line before",
            fence.info
        ));
    }
    None
}

/// A listing pulled in with `{{#include}}` must say where it comes from, in a caption on the
/// line before: the file's path from the top of the repository for code
/// (`<span class="filename">chapters/ch02/src/gates.rs</span>`), the command for output.
fn caption_problem(fence: &Fence) -> Option<String> {
    let include = fence
        .body
        .iter()
        .find_map(|l| l.trim().strip_prefix("{{#include "))?;
    let file = include.split([':', '}']).next().unwrap_or("");
    let caption = fence
        .before
        .strip_prefix("<span class=\"filename\">")
        .and_then(|c| c.strip_suffix("</span>"));
    let Some(caption) = caption else {
        return Some(format!(
            "the listing of {file} needs a caption on the line before: <span class=\"filename\">…</span>"
        ));
    };
    let path = file.strip_prefix("../").unwrap_or(file);
    let good = if path.ends_with(".rs") {
        caption == path
    } else {
        caption.starts_with("Printed by `cargo ")
    };
    (!good).then(|| format!("the caption {caption:?} does not say where {file} comes from"))
}

/// Checks `path:anchor` (or a whole `path`) of an `{{#include}}`.
fn include_problem(dir: &Path, include: &str) -> Option<String> {
    let (file, anchor) = match include.rsplit_once(':') {
        Some((file, anchor)) if !anchor.chars().all(|c| c.is_ascii_digit()) => (file, Some(anchor)),
        _ => (include, None),
    };
    let path = dir.join(file);
    let Ok(source) = fs::read_to_string(&path) else {
        return Some(format!("{{{{#include}}}} of a missing file: {file}"));
    };
    let anchor = anchor?;
    // `// ANCHOR: x` in code, `ANCHOR: x` in output files, `<!-- ANCHOR: x -->` in pages.
    let has = |marker: &str| {
        source.lines().any(|l| {
            let l = l.trim().trim_start_matches("//").trim_start_matches("<!--");
            l.trim_end_matches("-->").trim() == format!("{marker}: {anchor}")
        })
    };
    if has("ANCHOR") && has("ANCHOR_END") {
        None
    } else {
        Some(format!(
            "{file} has no anchor `{anchor}` (ANCHOR and ANCHOR_END)"
        ))
    }
}

/// The id mdBook gives a heading: letters and digits lower-cased, spaces as `-`, the rest
/// dropped (`## 2.3.2 Bringing in a bias (バイアス)` → `232-bringing-in-a-bias-バイアス`).
fn heading_id(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c.to_ascii_lowercase()),
            c if c.is_whitespace() => Some('-'),
            _ => None,
        })
        .collect()
}

/// Every figure has a numbered caption on the next line that says which figure of the book
/// it corresponds to, or that it is not in the book.
fn figure_problems(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !line.starts_with("![") {
            continue;
        }
        let caption: Vec<&str> = lines[i + 1..]
            .iter()
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty())
            .copied()
            .collect();
        let caption = caption.join(" ");
        if !caption.starts_with("*Figure ") || !caption.contains("book") {
            found.push(format!(
                "line {}: a figure needs a caption \"*Figure N-M. …*\" naming the book's figure, \
                 or saying it is not in the book",
                i + 1
            ));
        }
    }
    found
}

/// The id of a heading: the one it states, `{#id}` at its end, which stays the same in the
/// Japanese edition whatever the translation says; else the one mdBook makes of its text.
fn id_of_heading(heading: &str) -> String {
    match heading.strip_suffix('}').and_then(|h| h.rsplit_once("{#")) {
        Some((_, id)) => id.to_string(),
        None => heading_id(heading),
    }
}

/// Every heading of the pages written by hand states its id, so that links keep working in
/// the Japanese edition, where the heading's words change.
fn headings_without_ids(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_code = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with('#') && !line.trim_end().ends_with('}') {
            found.push(format!("line {}: a heading without {{#id}}: {line}", i + 1));
        }
    }
    found
}

/// Links `page.md#fragment` whose fragment names no heading of that page (mdbook-linkcheck2
/// checks that files exist, not fragments).
fn fragment_problems(dir: &Path, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        // Markdown links `](page.md#id)`, and the HTML links of generated tables,
        // `href="page.html#id"`.
        let markdown = line.split("](").skip(1).filter_map(|piece| {
            let target = &piece[..piece.find(')').unwrap_or(piece.len())];
            target.split_once(".md#")
        });
        let html = line.split("href=\"").skip(1).filter_map(|piece| {
            let target = &piece[..piece.find('"').unwrap_or(piece.len())];
            target.split_once(".html#")
        });
        for (file, fragment) in markdown.chain(html) {
            let page = fs::read_to_string(dir.join(format!("{file}.md"))).unwrap_or_default();
            let ids: Vec<String> = page
                .lines()
                .filter(|l| l.starts_with('#'))
                .map(|l| id_of_heading(l.trim_start_matches('#').trim()))
                .collect();
            if !ids.iter().any(|id| id == fragment) {
                found.push(format!(
                    "line {}: no heading of {file}.md has the id #{fragment}",
                    i + 1
                ));
            }
        }
    }
    found
}

fn pages(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            pages(&path, found);
        } else if path.extension().is_some_and(|e| e == "md") {
            found.push(path);
        }
    }
}

#[test]
fn every_page_keeps_its_promises() {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("book");
    let mut files = Vec::new();
    pages(&book, &mut files);
    assert!(files.len() >= 4, "found only {files:?}");
    let all: Vec<String> = files
        .iter()
        .flat_map(|page| {
            let text = fs::read_to_string(page).unwrap();
            let dir = page.parent().unwrap();
            let mut found = problems(dir, &text);
            found.extend(fragment_problems(dir, &text));
            found.extend(figure_problems(&text));
            let generated = [
                "SUMMARY.md",
                "glossary.md",
                "glossary-ja.md",
                "measurements.md",
            ];
            if !generated.iter().any(|name| page.ends_with(name)) {
                found.extend(headings_without_ids(&text));
            }
            found
                .into_iter()
                .map(move |p| format!("{}: {p}", page.display()))
        })
        .collect();
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn a_missing_anchor_or_file_is_caught() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("book");
    let listing = |path: &str, anchor: &str| {
        format!(
            "<span class=\"filename\">{path}</span>\n```rust,ignore\n{{{{#include ../{path}:{anchor}}}}}\n```\n"
        )
    };
    let good = listing("chapters/ch02/src/gates.rs", "xor");
    assert_eq!(problems(&dir, &good), Vec::<String>::new());
    let bad_anchor = listing("chapters/ch02/src/gates.rs", "nope");
    assert_eq!(
        problems(&dir, &bad_anchor),
        ["line 3: ../chapters/ch02/src/gates.rs has no anchor `nope` (ANCHOR and ANCHOR_END)"]
    );
    let bad_file = listing("chapters/ch09/src/lib.rs", "xor");
    assert_eq!(
        problems(&dir, &bad_file),
        ["line 3: {{#include}} of a missing file: ../chapters/ch09/src/lib.rs"]
    );
}

#[test]
fn unlabelled_and_unexplained_fences_are_caught() {
    let dir = Path::new(".");
    assert_eq!(
        problems(dir, "```\nx\n```\n"),
        ["line 1: a code fence without a language"]
    );
    assert_eq!(
        problems(dir, "```rust,no_run\nloop {}\n```\n"),
        [
            "line 1: `rust,no_run` is not compiled: put an HTML comment giving the reason on the line before"
        ]
    );
    let explained = "<!-- never ends: shown, not run -->\n```rust,no_run\nloop {}\n```\n";
    assert_eq!(problems(dir, explained), Vec::<String>::new());
    assert_eq!(
        problems(
            dir,
            "<span class=\"filename\">a.rs</span>\n```rust\n{{#include a.rs}}\n```\n"
        ),
        [
            "line 3: {{#include}} of a missing file: a.rs",
            "line 2: an {{#include}} in a compiled `rust` fence is compiled as literal text: use `rust,ignore`"
        ]
    );
    assert_eq!(
        problems(dir, "```text\nopen"),
        ["line 1: a code fence that is never closed"]
    );
}

#[test]
fn a_listing_without_its_files_caption_is_caught() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("book");
    let bare = "```rust,ignore\n{{#include ../chapters/ch02/src/gates.rs:xor}}\n```\n";
    assert_eq!(
        problems(&dir, bare),
        [
            "line 1: the listing of ../chapters/ch02/src/gates.rs needs a caption on the line before: <span class=\"filename\">…</span>"
        ]
    );
    let wrong = format!("<span class=\"filename\">chapters/ch02/src/adder.rs</span>\n{bare}");
    assert_eq!(
        problems(&dir, &wrong),
        [
            "line 2: the caption \"chapters/ch02/src/adder.rs\" does not say where ../chapters/ch02/src/gates.rs comes from"
        ]
    );
    let output = "<span class=\"filename\">Printed by `cargo run -p ch02`</span>\n```text\n{{#include figures/ch02/output.txt:2_6}}\n```\n";
    assert_eq!(problems(&dir, output), Vec::<String>::new());
}

#[test]
fn a_figure_without_its_caption_is_caught() {
    let good = "![a curve](figures/x.svg)\n\n*Figure 1-1. A curve (the book's Figure 1-3).*\n";
    assert_eq!(figure_problems(good), Vec::<String>::new());
    let bare = "![a curve](figures/x.svg)\n\nSome text.\n";
    assert_eq!(figure_problems(bare).len(), 1);
}

#[test]
fn headings_state_their_ids() {
    assert_eq!(id_of_heading("2.4.1 XOR {#241-xor}"), "241-xor");
    assert_eq!(id_of_heading("2.4.1 XOR"), "241-xor");
    assert_eq!(
        headings_without_ids("# A {#a}\n```text\n# not a heading\n```\n## B\n"),
        ["line 5: a heading without {#id}: ## B"]
    );
}

#[test]
fn a_link_to_a_missing_heading_is_caught() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("book");
    assert_eq!(
        heading_id("2.3.2 Bringing in a bias (バイアス)"),
        "232-bringing-in-a-bias-バイアス"
    );
    let good = "see [XOR](ch02-perceptron.md#241-xor)";
    assert_eq!(fragment_problems(&dir, good), Vec::<String>::new());
    let bad = "see [XOR](ch02-perceptron.md#xor)";
    assert_eq!(
        fragment_problems(&dir, bad),
        ["line 1: no heading of ch02-perceptron.md has the id #xor"]
    );
}

/// Chapter 3 (§3.3) quotes the message ndarray stops with when a product's shapes do not fit,
/// without making its reader catch a panic. This is the message, caught here, and it must be
/// the one the page quotes.
#[test]
fn chapter_3_quotes_ndarrays_real_message() {
    let a = ndarray::array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let c = ndarray::array![[1.0, 2.0], [3.0, 4.0]];
    let payload = std::panic::catch_unwind(|| a.dot(&c)).unwrap_err();
    let message = payload.downcast_ref::<String>().unwrap();
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("book/ch03-neural-network.md");
    let page = fs::read_to_string(page).unwrap();
    assert!(
        page.contains(&format!("`{message}`")),
        "the page should quote `{message}`"
    );
}
