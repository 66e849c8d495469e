//! What runs is on the page: every file under `chapters/chNN/src` is shown by its chapter's
//! page (by `{{#include}}`), or the page's "Files of this chapter" table says why not; and the
//! pages show, or the tables account for, at least 60% of the lines of the lesson crates; and
//! `cargo run -p chNN` runs the chapter's program.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use support::paths::repository;

/// The least share of the lesson crates' lines (not counting blank ones) that the pages show.
const LEAST_SHARE: f64 = 0.60;

const CHAPTERS: [(&str, &str); 5] = [
    ("ch01", "ch01-rust-primer.md"),
    ("ch02", "ch02-perceptron.md"),
    ("ch03", "ch03-neural-network.md"),
    ("ch04", "ch04-learning.md"),
    ("ch05", "ch05-backpropagation.md"),
];

/// The `.rs` files under `dir`, as paths relative to `base` with `/` between folders.
fn rust_files(base: &Path, dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(base, &path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(base).unwrap();
            found.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The rows of a page's "Files of this chapter" table: the file, and the "on this page" cell.
fn table_rows(page: &str) -> Vec<(String, String)> {
    let Some(start) = page.find("### Files of this chapter") else {
        return Vec::new();
    };
    page[start..]
        .lines()
        .skip(1)
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
            let file = cells.first()?.trim().strip_prefix('`')?.strip_suffix('`')?;
            Some((file.to_string(), cells.last()?.trim().to_string()))
        })
        .collect()
}

/// For each file of `chapter` that `page` includes, the numbers of the lines it shows.
/// Marker lines (`ANCHOR:`, `ANCHOR_END:`) are never shown, as mdBook leaves them out.
fn shown_lines(page: &str, chapter: &str) -> BTreeMap<String, BTreeSet<usize>> {
    let prefix = format!("{{{{#include ../chapters/{chapter}/src/");
    let mut shown: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for line in page.lines() {
        let Some(include) = line
            .trim()
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix("}}"))
        else {
            continue;
        };
        let (file, anchor) = include.split_once(':').unwrap_or((include, ""));
        let path = repository()
            .join("chapters")
            .join(chapter)
            .join("src")
            .join(file);
        let text = fs::read_to_string(&path).unwrap();
        let lines = shown.entry(file.to_string()).or_default();
        let mut inside = anchor.is_empty();
        for (i, source) in text.lines().enumerate() {
            let marker = source.trim_start().strip_prefix("// ");
            let name = |kind: &str| marker.and_then(|m| m.strip_prefix(kind)).map(str::trim);
            if name("ANCHOR:") == Some(anchor) {
                inside = true;
            } else if name("ANCHOR_END:") == Some(anchor) {
                inside = false;
            } else if inside && name("ANCHOR:").is_none() && name("ANCHOR_END:").is_none() {
                lines.insert(i);
            }
        }
    }
    shown
}

/// What a chapter's table gets wrong: a file missing from it or listed but not there, a file
/// said to be shown that the page does not include, a "not shown" without its reason.
fn table_problems(
    files: &[String],
    rows: &[(String, String)],
    shown: &BTreeMap<String, BTreeSet<usize>>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let listed: BTreeSet<&str> = rows.iter().map(|(file, _)| file.as_str()).collect();
    for file in files {
        if !listed.contains(file.as_str()) {
            problems.push(format!(
                "{file} is not in the page's table \"Files of this chapter\""
            ));
        }
    }
    for (file, place) in rows {
        if !files.contains(file) {
            problems.push(format!("the table lists {file}, which is not in src/"));
        } else if let Some(reason) = place.strip_prefix("not shown") {
            if reason.trim_start_matches(':').trim().is_empty() {
                problems.push(format!("{file}: \"not shown\" needs its reason"));
            }
        } else if shown.get(file).is_none_or(BTreeSet::is_empty) {
            problems.push(format!(
                "{file}: the table says it is on the page, but the page includes none of it"
            ));
        }
    }
    problems
}

#[test]
fn every_file_of_a_chapter_is_on_its_page_or_its_table_says_why_not() {
    let (mut total, mut counted) = (0, 0);
    let mut problems = Vec::new();
    for (chapter, page_file) in CHAPTERS {
        let src = repository().join("chapters").join(chapter).join("src");
        let mut files = Vec::new();
        rust_files(&src, &src, &mut files);
        files.sort();
        let page = fs::read_to_string(repository().join("book").join(page_file)).unwrap();
        let rows = table_rows(&page);
        let shown = shown_lines(&page, chapter);
        problems.extend(
            table_problems(&files, &rows, &shown)
                .into_iter()
                .map(|p| format!("book/{page_file}: {p}")),
        );
        let not_shown: BTreeSet<&str> = rows
            .iter()
            .filter(|(_, place)| place.starts_with("not shown"))
            .map(|(file, _)| file.as_str())
            .collect();
        for file in &files {
            let text = fs::read_to_string(src.join(file)).unwrap();
            let lines = shown.get(file);
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                total += 1;
                if not_shown.contains(file.as_str()) || lines.is_some_and(|l| l.contains(&i)) {
                    counted += 1;
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let share = f64::from(counted) / f64::from(total);
    println!("the pages show or account for {counted} of {total} lines ({share:.3})");
    assert!(
        share >= LEAST_SHARE,
        "the pages show or account for {counted} of the {total} non-blank lines under \
         chapters/ch01–ch05/src ({:.1}%), less than {:.0}%: show the new code on its page",
        share * 100.0,
        LEAST_SHARE * 100.0
    );
}

#[test]
fn a_file_missing_from_the_table_or_the_page_is_caught() {
    let files = vec![
        "lib.rs".to_string(),
        "gates.rs".to_string(),
        "new.rs".to_string(),
    ];
    let rows = vec![
        ("lib.rs".to_string(), "not shown".to_string()),
        ("gates.rs".to_string(), "§2.3".to_string()),
        ("gone.rs".to_string(), "§2.4".to_string()),
    ];
    let problems = table_problems(&files, &rows, &BTreeMap::new());
    assert_eq!(
        problems,
        [
            "new.rs is not in the page's table \"Files of this chapter\"",
            "lib.rs: \"not shown\" needs its reason",
            "gates.rs: the table says it is on the page, but the page includes none of it",
            "the table lists gone.rs, which is not in src/",
        ]
    );
}

#[test]
fn anchored_lines_are_counted_without_their_markers() {
    let page = "{{#include ../chapters/ch02/src/threshold.rs:and}}\n";
    let shown = shown_lines(page, "ch02");
    let text = fs::read_to_string(repository().join("chapters/ch02/src/threshold.rs")).unwrap();
    let lines: Vec<&str> = shown["threshold.rs"]
        .iter()
        .map(|&i| text.lines().nth(i).unwrap())
        .collect();
    assert!(lines.iter().any(|l| l.contains("fn and")), "{lines:?}");
    assert!(!lines.iter().any(|l| l.contains("ANCHOR")), "{lines:?}");
}

/// `cargo run -p chNN`, as every page and the README say it, runs the chapter's program even
/// when the crate has others (the experiments the Run boxes run): cargo needs `default-run`
/// to choose, or it stops with "could not determine which binary to run".
#[test]
fn cargo_run_p_chnn_runs_the_chapters_program() {
    for (chapter, _) in CHAPTERS {
        let manifest = repository()
            .join("chapters")
            .join(chapter)
            .join("Cargo.toml");
        let text = fs::read_to_string(&manifest).unwrap();
        let line = format!("default-run = \"{chapter}\"");
        assert!(
            text.lines().any(|l| l.trim() == line),
            "{}: no `{line}` in [package]",
            manifest.display()
        );
    }
}
