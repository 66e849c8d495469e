//! `cargo xtask book` runs every chapter's program in release mode and writes what the book
//! shows: the figures and training records in `book/figures/chNN/`, and what each program
//! printed, cut into sections, in `book/figures/chNN/output.txt`; the glossary's pages from
//! `book/glossary.toml` and the Results page from `book/results.toml`. A reader's own runs
//! write into `target/runs/` instead and leave these files alone.

use std::process::Command;

use anyhow::{Context, Result, ensure};
use booktools::{glossary, results, transcript};
use support::paths::repository;

use crate::{cargo_run, write};

/// The book's own weights for chapter 3, beside the repository (never copied in).
const BOOK_WEIGHTS: &str = "../shared/book/sample_weight.pkl";

/// With `weights`, first retrains chapter 3's weights into `data/weights/`; with `numerical`,
/// first reruns chapter 4's training with the numerical gradient (minutes).
pub fn book(weights: bool, numerical: bool) -> Result<()> {
    let book = repository().join("book");
    let terms = glossary::load(&book.join("glossary.toml"))?;
    write(&book.join("glossary.md"), &glossary::english_page(&terms))?;
    let japanese = glossary::japanese_page(&terms);
    write(&book.join("glossary-ja.md"), &japanese)?;
    let entries = results::load(&book.join("results.toml"))?;
    write(&book.join("results.md"), &results::page(&entries))?;
    if weights {
        let out = ["--quiet", "--out", "data/weights/sample_weight.npz"];
        cargo_run("ch05", "train-ch03-weights", &out)?;
    }
    // The programs write where `--out` says, relative to the repository, where they run.
    if numerical {
        // Too long to repeat every time: its record `numerical-training.csv` goes beside the
        // analytic run's, for Figure 4-8 (which the run of chapter 4 below draws), and what it
        // printed of its training, §4.5.2, into `output-numerical.txt`.
        let options = ["--quiet", "--numerical"];
        let out = ["--out", "book/figures/ch04"];
        let stdout = cargo_run("ch04", "ch04", &[&options[..], &out].concat())?;
        let file = "ch04/output-numerical.txt";
        record(file, "ch04", &options, &stdout, Some("4_5_2"))?;
    }
    for chapter in ["ch01", "ch02", "ch03", "ch04", "ch05"] {
        // The chapters that train, with `--quiet`: their output short, as their pages show it.
        let options: &[&str] = if chapter < "ch04" { &[] } else { &["--quiet"] };
        let out = format!("book/figures/{chapter}");
        let stdout = cargo_run(chapter, chapter, &[options, &["--out", &out]].concat())?;
        let file = format!("{chapter}/output.txt");
        record(&file, chapter, options, &stdout, None)?;
    }
    // What a reader first meets when something is wrong, for the Start here page: a tiny
    // program with a mistake, built in a scratch directory, and the first exercise, checked
    // before it is done.
    let scratch = repository().join("target/xtask/first-error");
    std::fs::create_dir_all(scratch.join("src"))?;
    let manifest = "[package]\nname = \"first\"\nedition = \"2024\"\n\n[workspace]\n";
    std::fs::write(scratch.join("Cargo.toml"), manifest)?;
    let program = "fn main() {\n    let x: i32 = \"five\";\n    println!(\"{x}\");\n}\n";
    std::fs::write(scratch.join("src/main.rs"), program)?;
    let mut build = crate::cargo(&["build", "--quiet"]);
    build.current_dir(&scratch);
    build.env("CARGO_TARGET_DIR", "target");
    write_failure("compiler-error.txt", &mut build, "error[E0308]")?;
    let mut test = crate::cargo(&["test", "--quiet", "-p", "exercises", "ch02_and"]);
    test.env("DLFS_LANG", "en");
    write_failure("failed-test.txt", &mut test, "ch02_and ... FAILED")?;
    // Chapter 3 with the book's own weights, for the page's Accuracy:0.9352.
    if !repository().join(BOOK_WEIGHTS).exists() {
        let file = "book/figures/ch03/output-book-weights.txt";
        eprintln!("note: no {BOOK_WEIGHTS}: {file} left as it was");
        return Ok(());
    }
    let out = "target/xtask/ch03-book-weights";
    let stdout = cargo_run("ch03", "ch03", &["--weights", BOOK_WEIGHTS, "--out", out])?;
    let options = ["--weights", "sample_weight.pkl"];
    let file = "ch03/output-book-weights.txt";
    record(file, "ch03", &options, &stdout, None)
}

/// Writes what `cargo run -p <chapter> -- <opts>` printed, `out`, cut into sections (`only`
/// the one with that anchor, if given), to `book/figures/<file>`.
fn record(file: &str, chapter: &str, opts: &[&str], out: &str, only: Option<&str>) -> Result<()> {
    let sections = transcript::sections(out);
    let mut sections = sections.with_context(|| format!("cutting {chapter}'s output"))?;
    sections.retain(|section| only.is_none_or(|anchor| section.anchor == anchor));
    let command = format!("cargo run -p {chapter} -- {}", opts.join(" "));
    let text = transcript::output_file(command.trim_end_matches(" -- "), &sections);
    write(&repository().join("book/figures").join(file), &text)
}

/// Writes what `command` printed into `book/figures/start/<file>`, once it has failed and
/// printed `expected` (a build prints its error on standard error, a test on standard output).
fn write_failure(file: &str, command: &mut Command, expected: &str) -> Result<()> {
    let output = command.env("CARGO_TERM_COLOR", "never").output()?;
    let printed = match output.stdout.is_empty() {
        true => output.stderr,
        false => output.stdout,
    };
    let printed = String::from_utf8(printed)?;
    let failed = !output.status.success() && printed.contains(expected);
    ensure!(failed, "{command:?} did not fail as expected:\n{printed}");
    let dir = repository().join("book/figures/start");
    std::fs::create_dir_all(&dir)?;
    write(&dir.join(file), &(printed.trim().to_string() + "\n"))
}
