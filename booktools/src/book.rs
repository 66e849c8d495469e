//! The book's structure, as the tools see it: its pages, and the programs they run.

use support::paths::repository;

/// The chapters whose programs the pages run (book/theme/run.js).
pub const CHAPTERS: [&str; 5] = ["ch01", "ch02", "ch03", "ch04", "ch05"];

/// The experiments' programs the pages run, each with its chapter.
pub const EXPERIMENTS: [(&str, &str); 2] = [("ch02", "perceptron"), ("ch04", "descent")];

/// The pages of the book, as SUMMARY.md lists them, without `.md`.
pub fn pages() -> anyhow::Result<Vec<String>> {
    let summary = std::fs::read_to_string(repository().join("book/SUMMARY.md"))?;
    let pages = summary.split("](").filter_map(|p| p.split_once(".md)"));
    Ok(pages.map(|(page, _)| page.to_string()).collect())
}
