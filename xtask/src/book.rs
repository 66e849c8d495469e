//! `cargo xtask book` runs every chapter's program in release mode and writes what the book
//! shows: the figures and training records in `book/figures/chNN/`, and what each program
//! printed, cut into sections, in `book/figures/chNN/output.txt`; the glossary's pages from
//! `book/glossary.toml` and the Results page from `book/results.toml`. A reader's own runs
//! write into `target/runs/` instead and leave these files alone.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};
use booktools::{glossary, results, transcript};
use support::paths::repository;

use crate::{cargo_run, write};

/// Every chapter's program and the options it runs with for the book.
const CHAPTERS: [(&str, &[&str]); 5] = [
    ("ch01", &[]),
    ("ch02", &[]),
    ("ch03", &[]),
    ("ch04", &["--quiet"]),
    ("ch05", &["--quiet"]),
];

/// The book's own weights for chapter 3, beside the repository (never copied in).
const BOOK_WEIGHTS: &str = "../shared/book/sample_weight.pkl";

/// With `weights`, first retrains chapter 3's weights into `data/weights/`; with `numerical`,
/// first reruns chapter 4's training with the numerical gradient (minutes).
pub fn book(weights: bool, numerical: bool) -> anyhow::Result<()> {
    let book = repository().join("book");
    let terms = glossary::load(&book.join("glossary.toml"))?;
    write(&book.join("glossary.md"), &glossary::english_page(&terms))?;
    write(
        &book.join("glossary-ja.md"),
        &glossary::japanese_page(&terms),
    )?;
    let entries = results::load(&book.join("results.toml"))?;
    write(&book.join("results.md"), &results::page(&entries))?;
    if weights {
        let out = ["--quiet", "--out", "data/weights/sample_weight.npz"];
        cargo_run("ch05", "train-ch03-weights", &out)?;
    }
    if numerical {
        numerical_run()?;
    }
    // The programs write where `--out` says, relative to the repository, where they run.
    for (chapter, options) in CHAPTERS {
        let out = format!("book/figures/{chapter}");
        let stdout = cargo_run(chapter, chapter, &[options, &["--out", &out]].concat())?;
        write_output(&format!("{out}/output.txt"), chapter, options, &stdout)?;
    }
    write_compiler_error()?;
    write_failed_test()?;
    // Chapter 3 with the book's own weights, for the page's Accuracy:0.9352.
    if !repository().join(BOOK_WEIGHTS).exists() {
        eprintln!(
            "note: {BOOK_WEIGHTS} is not there: book/figures/ch03/output-book-weights.txt left as it was"
        );
        return Ok(());
    }
    let args = [
        "--weights",
        BOOK_WEIGHTS,
        "--out",
        "target/xtask/ch03-book-weights",
    ];
    let stdout = cargo_run("ch03", "ch03", &args)?;
    let path = "book/figures/ch03/output-book-weights.txt";
    write_output(path, "ch03", &["--weights", "sample_weight.pkl"], &stdout)
}

/// Writes what `cargo run -p <chapter> -- <options>` printed, cut into sections, to `path`.
fn write_output(path: &str, chapter: &str, options: &[&str], stdout: &str) -> anyhow::Result<()> {
    let sections = transcript::sections(stdout)
        .with_context(|| format!("cutting the output of {chapter} into sections"))?;
    let mut command = format!("cargo run -p {chapter}");
    if !options.is_empty() {
        command += &format!(" -- {}", options.join(" "));
    }
    write(
        &repository().join(path),
        &transcript::output_file(&command, &sections),
    )
}

/// Chapter 4's training run with the numerical gradient, too long to repeat with every
/// `cargo xtask book`: its record `numerical-training.csv` goes beside the analytic run's,
/// for Figure 4-8 (which the run of chapter 4 after it draws), and what it printed of its
/// training, section §4.5.2, into `output-numerical.txt`.
fn numerical_run() -> anyhow::Result<()> {
    let options = ["--quiet", "--numerical"];
    let start = std::time::Instant::now();
    let out = ["--out", "book/figures/ch04"];
    let stdout = cargo_run("ch04", "ch04", &[&options[..], &out].concat())?;
    eprintln!("  took {:.0} s", start.elapsed().as_secs_f64());
    let mut training = transcript::sections(&stdout)?;
    training.retain(|section| section.anchor == "4_5_2");
    let command = format!("cargo run -p ch04 -- {}", options.join(" "));
    let path = repository().join("book/figures/ch04/output-numerical.txt");
    write(&path, &transcript::output_file(&command, &training))
}

/// A compiler error as a reader first meets one, for the Start here page: a tiny program
/// with a mistake, built with cargo in a scratch directory.
fn write_compiler_error() -> anyhow::Result<()> {
    let scratch = repository().join("target/xtask/first-error");
    std::fs::create_dir_all(scratch.join("src"))?;
    let manifest = "[package]\nname = \"first\"\nedition = \"2024\"\n\n[workspace]\n";
    std::fs::write(scratch.join("Cargo.toml"), manifest)?;
    let program = "fn main() {\n    let x: i32 = \"five\";\n    println!(\"{x}\");\n}\n";
    std::fs::write(scratch.join("src/main.rs"), program)?;
    let output = Command::new(env!("CARGO"))
        .current_dir(&scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env("CARGO_TERM_COLOR", "never")
        .args(["build", "--quiet"])
        .output()?;
    let stderr = String::from_utf8(output.stderr)?;
    if output.status.success() || !stderr.contains("error[E0308]") {
        bail!("the broken program did not give the expected error:\n{stderr}");
    }
    let dir = repository().join("book/figures/start");
    std::fs::create_dir_all(&dir)?;
    write(&dir.join("compiler-error.txt"), &stderr)
}

/// A failed test as a reader first meets one, for the Start here page: the first exercise,
/// checked before it is done.
fn write_failed_test() -> anyhow::Result<()> {
    let output = Command::new(env!("CARGO"))
        .current_dir(repository())
        .env("CARGO_TERM_COLOR", "never")
        .args(["test", "--quiet", "-p", "exercises", "ch02_and"])
        .output()?;
    let stdout = String::from_utf8(output.stdout)?;
    if output.status.success() || !stdout.contains("ch02_and ... FAILED") {
        bail!("the unsolved exercise ch02_and did not fail as expected:\n{stdout}");
    }
    let path = Path::new("book/figures/start/failed-test.txt");
    write(
        &repository().join(path),
        &(stdout.trim().to_string() + "\n"),
    )
}
