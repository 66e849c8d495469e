//! The Results page cannot drift from what is asserted: `book/results.md` is what
//! `book/results.toml` makes, every test a row names exists (a `#[test] fn` in its file, or a
//! numbered section of a page), and our value appears, as the row writes it, in that test's
//! body, that section of the page, or the section of committed output the row names — which
//! the chapter's own tests compare with what its program prints. Text only: nothing here
//! trains or runs a chapter.

use std::fs;
use std::path::Path;

use booktools::results::{self, Entry};
use booktools::transcript::parse_output_file;
use support::paths::repository;

fn entries() -> Vec<Entry> {
    results::load(&repository().join("book/results.toml")).unwrap()
}

#[test]
fn the_results_page_is_made_from_the_data_file() {
    let made = results::page(&entries());
    let page = fs::read_to_string(repository().join("book/results.md")).unwrap_or_default();
    if page != made {
        let fresh = Path::new(env!("CARGO_TARGET_TMPDIR")).join("results.md");
        fs::write(&fresh, &made).unwrap();
        panic!(
            "book/results.md is not what book/results.toml makes: edit the .toml, then run \
             `cargo xtask book`, or copy what it makes, written to {}, over book/results.md",
            fresh.display()
        );
    }
}

/// Where a row says its value is asserted.
enum Place<'a> {
    /// `chapters/ch03/tests/book_values.rs::name`: a test function.
    Function { file: &'a str, name: &'a str },
    /// `book/ch03-neural-network.md, §3.5.2`: the snippets under a numbered heading.
    Section { file: &'a str, number: &'a str },
}

fn place(test: &str) -> Option<Place<'_>> {
    if let Some((file, name)) = test.split_once("::") {
        return Some(Place::Function { file, name });
    }
    let (file, number) = test.split_once(", §")?;
    Some(Place::Section { file, number })
}

/// The body of the `#[test] fn name` in `source`, from its opening brace to the matching
/// one; braces in strings, characters and comments do not count.
fn test_body<'a>(source: &'a str, name: &str) -> Result<&'a str, String> {
    let start = [format!("fn {name}("), format!("fn {name}<")]
        .iter()
        .find_map(|pattern| source.find(pattern.as_str()))
        .ok_or_else(|| format!("no `fn {name}`"))?;
    // The lines above the `fn` line: its attributes and doc comments.
    let above = &source[..source[..start].rfind('\n').unwrap_or(0)];
    let mut attributes = above.lines().rev().take_while(|l| {
        let l = l.trim();
        l.starts_with("#[") || l.starts_with("//")
    });
    if !attributes.any(|l| l.trim() == "#[test]") {
        return Err(format!("`fn {name}` is not a #[test]"));
    }
    let open = start
        + source[start..]
            .find('{')
            .ok_or_else(|| format!("`fn {name}` has no body"))?;
    let bytes = source.as_bytes();
    let (mut depth, mut i) = (0usize, open);
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i += source[i..].find('\n').unwrap_or(source.len() - i);
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'#' | b'"'))
                && !bytes[i - 1].is_ascii_alphanumeric() =>
            {
                let hashes = source[i + 1..].chars().take_while(|&c| c == '#').count();
                let end = format!("\"{}", "#".repeat(hashes));
                let body = i + 2 + hashes;
                i = body + source[body..].find(&end).unwrap_or(source.len() - body) + end.len();
                continue;
            }
            // A character literal ('{', '\n'), not a lifetime ('a).
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                i += source[i + 3..].find('\'').map_or(0, |n| n + 3);
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(&source[open..=i]);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(format!("`fn {name}` never ends"))
}

/// The text under the heading numbered `number` (`### 3.5.2 Overflow …`), down to the next
/// heading of the same or a higher level; `#` lines inside code blocks are not headings.
fn section_text(page: &str, number: &str) -> Result<String, String> {
    let mut in_code = false;
    let mut found: Option<(usize, String)> = None;
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        let level = line.chars().take_while(|&c| c == '#').count();
        let heading = !in_code && level > 0 && line[level..].starts_with(' ');
        if let Some((open, text)) = &mut found {
            if heading && level <= *open {
                break;
            }
            text.push_str(line);
            text.push('\n');
        } else if heading && line[level..].split_whitespace().next() == Some(number) {
            found = Some((level, String::new()));
        }
    }
    found
        .map(|(_, text)| text)
        .ok_or_else(|| format!("no heading numbered {number}"))
}

/// The section `file:anchor` of a program's committed output.
fn printed_text(printed: &str) -> Result<String, String> {
    let (file, anchor) = printed
        .rsplit_once(':')
        .ok_or_else(|| format!("{printed}: not `file:anchor`"))?;
    let text = fs::read_to_string(repository().join(file)).map_err(|e| format!("{file}: {e}"))?;
    let sections = parse_output_file(&text).map_err(|e| format!("{file}: {e}"))?;
    sections
        .into_iter()
        .find(|s| s.anchor == anchor)
        .map(|s| s.text)
        .ok_or_else(|| format!("{file} has no section {anchor}"))
}

/// The text a row's `test` names: the test's body, or the page's section.
fn asserted_text(test: &str) -> Result<String, String> {
    let read = |file: &str| {
        fs::read_to_string(repository().join(file)).map_err(|e| format!("{file}: {e}"))
    };
    match place(test) {
        Some(Place::Function { file, name }) => Ok(test_body(&read(file)?, name)?.to_string()),
        Some(Place::Section { file, number }) => section_text(&read(file)?, number),
        None => Err("neither `file::function` nor `page.md, §number`".into()),
    }
}

fn known_kind(kind: &str) -> bool {
    let to_n = kind.strip_prefix("to ").and_then(|rest| {
        let (n, unit) = rest.split_once(' ')?;
        Some(n.parse::<u32>().is_ok() && matches!(unit, "decimals" | "digits"))
    });
    matches!(kind, "exact" | "band" | "Rust's counterpart") || to_n == Some(true)
}

/// What is wrong with one row.
fn problems(entry: &Entry) -> Vec<String> {
    let mut found = Vec::new();
    if !(1..=5).contains(&entry.chapter)
        || !entry.section.starts_with(&format!("§{}.", entry.chapter))
    {
        found.push(format!(
            "chapter {} and {} do not fit",
            entry.chapter, entry.section
        ));
    }
    if !known_kind(&entry.kind) {
        found.push(format!("an unknown kind {:?}", entry.kind));
    }
    if entry.kind == "band" && (entry.band.is_none() || entry.why.is_none()) {
        found.push("a band needs `band` (what is asserted) and `why`".into());
    }
    if entry.book.is_empty() && (entry.kind != "band" || entry.source.is_none()) {
        found.push(
            "where the book prints no number, the row is a band that says so in `source`".into(),
        );
    }
    let asserted = match asserted_text(&entry.test) {
        Ok(text) => text,
        Err(e) => {
            found.push(e);
            return found;
        }
    };
    let (shown, there) = match &entry.printed {
        Some(printed) => match printed_text(printed) {
            Ok(text) => (text, printed.as_str()),
            Err(e) => {
                found.push(e);
                return found;
            }
        },
        None => (asserted.clone(), entry.test.as_str()),
    };
    if !shown.contains(&entry.ours) {
        found.push(format!("ours, {:?}, is not in {there}", entry.ours));
    }
    if let Some(band) = &entry.band {
        let parts: Vec<&str> = band.split('`').skip(1).step_by(2).collect();
        if parts.is_empty() {
            found.push("`band` names nothing in backticks".into());
        }
        for part in parts.iter().filter(|p| !asserted.contains(*p)) {
            found.push(format!("the band's {part:?} is not in {}", entry.test));
        }
    }
    found
}

#[test]
fn every_row_is_asserted_where_it_says() {
    let entries = entries();
    let all: Vec<String> = entries
        .iter()
        .flat_map(|entry| {
            problems(entry)
                .into_iter()
                .map(move |p| format!("{} {}: {p}", entry.section, entry.what))
        })
        .collect();
    assert!(
        all.is_empty(),
        "book/results.toml and what is asserted differ:\n{}",
        all.join("\n")
    );
    for chapter in 1..=5 {
        assert!(
            entries.iter().any(|e| e.chapter == chapter),
            "no row for chapter {chapter}"
        );
    }
}

#[test]
fn the_checks_find_bodies_sections_and_missing_values() {
    let source = "#[test]\n#[ignore = \"slow\"]\nfn a() {\n    let s = \"}\";\n    let c = '{';\n    // }\n    assert_eq!(x, 0.25);\n}\nfn b() {}\n";
    let body = test_body(source, "a").unwrap();
    assert!(body.ends_with("0.25);\n}"), "{body}");
    assert!(
        test_body(source, "b")
            .unwrap_err()
            .contains("not a #[test]")
    );
    assert!(test_body(source, "c").is_err());

    let page = "## 3.5 Out\nintro\n```rust\n# fn main() {}\n```\n### 3.5.2 Overflow\nnan\n## 3.6 Next\nlater\n";
    assert_eq!(section_text(page, "3.5.2").unwrap(), "nan\n");
    let whole = section_text(page, "3.5").unwrap();
    assert!(whole.contains("nan") && !whole.contains("later"));
    assert!(section_text(page, "3.7").is_err());

    assert!(known_kind("to 8 decimals") && known_kind("exact"));
    assert!(!known_kind("roughly") && !known_kind("to eight digits"));
}
