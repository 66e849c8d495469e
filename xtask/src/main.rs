//! `cargo xtask <command>`: what only a maintainer runs.
//!
//! - `cargo xtask book` runs every chapter's program in release mode and writes what the book
//!   shows: the figures and training records in `book/figures/chNN/`, and what each program
//!   printed, cut into sections, in `book/figures/chNN/output.txt`; and the glossary's pages
//!   from `book/glossary.toml`. A reader's own runs write into `target/runs/` instead and
//!   leave these files alone. `cargo xtask book --numerical` first reruns chapter 4's training
//!   with the numerical gradient, which takes minutes, for its record and output.
//! - `cargo xtask site` builds the book's site, English and Japanese, with its search index;
//!   `cargo xtask pot` extracts the English text for the Japanese translation (po/).
//! - `cargo xtask measure` times the programs in one sitting on this machine, chapter 5's
//!   training run side by side with the lean NumPy version of it, and writes the one table of
//!   times in the book, `book/measurements.md`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use booktools::{glossary, results, transcript};
use clap::{Parser, Subcommand};
use support::paths::{book_dir, repository};

mod browser;
mod measure;
mod mutants;
mod site;

/// The maintainer's commands for the book.
#[derive(Parser)]
struct Args {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate the figures, training records and printed output the book shows
    Book {
        /// Also retrain chapter 3's weights into data/weights/sample_weight.npz first
        #[arg(long)]
        weights: bool,
        /// Also rerun chapter 4's training with the numerical gradient first (minutes)
        #[arg(long)]
        numerical: bool,
    },
    /// Time the programs against the NumPy peer and write book/measurements.md
    Measure(measure::Options),
    /// Build the site: the English book, the Japanese edition beside it, the search index
    Site,
    /// Load every page of the built site in headless Chromium and check it
    BrowserCheck,
    /// Mutation testing of the lesson code with cargo-mutants
    Mutants(mutants::Options),
    /// Extract the English text for translation into po/messages.pot
    Pot {
        /// Only check that po/messages.pot is up to date
        #[arg(long)]
        check: bool,
    },
}

fn main() -> ExitCode {
    support::exit_code(match Args::parse().command {
        Task::Book { weights, numerical } => book(weights, numerical),
        Task::Measure(options) => measure::run(&options),
        Task::Site => site::site(),
        Task::BrowserCheck => browser::check(),
        Task::Mutants(options) => mutants::run(&options),
        Task::Pot { check } => site::pot(check),
    })
}

/// Every chapter's program and the options it runs with for the book.
const CHAPTERS: [(&str, &[&str]); 5] = [
    ("ch01", &[]),
    ("ch02", &[]),
    ("ch03", &[]),
    ("ch04", &["--quiet"]),
    ("ch05", &["--quiet"]),
];

/// Where the book's own weights for chapter 3 are, beside the repository (never copied in).
fn book_weights() -> PathBuf {
    repository().join("../shared/book/sample_weight.pkl")
}

fn book(weights: bool, numerical: bool) -> anyhow::Result<()> {
    write_glossary()?;
    write_results()?;
    if weights {
        let out = support::paths::weights_dir().join("sample_weight.npz");
        let out = out.to_str().context("a path that is valid UTF-8")?;
        cargo_run("ch05", "train-ch03-weights", &["--quiet", "--out", out])?;
    }
    if numerical {
        numerical_run()?;
    }
    for (chapter, options) in CHAPTERS {
        let dir = book_dir(chapter);
        let mut args: Vec<&str> = options.to_vec();
        let dir_text = dir.to_str().context("a path that is valid UTF-8")?;
        args.extend(["--out", dir_text]);
        let stdout = cargo_run(chapter, chapter, &args)?;
        write_output(&dir.join("output.txt"), chapter, options, &stdout)?;
    }
    write_compiler_error()?;
    write_failed_test()?;
    // Chapter 3 with the book's own weights, for the page's Accuracy:0.9352.
    let weights = book_weights();
    if weights.exists() {
        let scratch = repository().join("target/xtask/ch03-book-weights");
        let args = [
            "--weights",
            weights.to_str().context("a path that is valid UTF-8")?,
            "--out",
            scratch.to_str().context("a path that is valid UTF-8")?,
        ];
        let stdout = cargo_run("ch03", "ch03", &args)?;
        let path = book_dir("ch03").join("output-book-weights.txt");
        write_output(&path, "ch03", &["--weights", "sample_weight.pkl"], &stdout)?;
    } else {
        eprintln!(
            "note: {} is not there: book/figures/ch03/output-book-weights.txt left as it was",
            weights.display()
        );
    }
    Ok(())
}

/// Chapter 4's training run with the numerical gradient, too long to repeat with every
/// `cargo xtask book`: its record `numerical-training.csv` goes beside the analytic run's,
/// for Figure 4-8 (which the run of chapter 4 after it draws), and what it printed of its
/// training, section §4.5.2, into `output-numerical.txt`.
fn numerical_run() -> anyhow::Result<()> {
    let dir = book_dir("ch04");
    let options = ["--quiet", "--numerical"];
    let dir_text = dir.to_str().context("a path that is valid UTF-8")?;
    let start = std::time::Instant::now();
    let stdout = cargo_run(
        "ch04",
        "ch04",
        &[&options[..], &["--out", dir_text]].concat(),
    )?;
    eprintln!("  took {:.0} s", start.elapsed().as_secs_f64());
    let training: Vec<_> = transcript::sections(&stdout)?
        .into_iter()
        .filter(|section| section.anchor == "4_5_2")
        .collect();
    let path = dir.join("output-numerical.txt");
    let command = format!("cargo run -p ch04 -- {}", options.join(" "));
    std::fs::write(&path, transcript::output_file(&command, &training))
        .with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// A compiler error as a reader first meets one, for the Start here page: a tiny program
/// with a mistake, built with cargo in a scratch directory.
fn write_compiler_error() -> anyhow::Result<()> {
    let scratch = repository().join("target/xtask/first-error");
    std::fs::create_dir_all(scratch.join("src"))?;
    std::fs::write(
        scratch.join("Cargo.toml"),
        "[package]\nname = \"first\"\nedition = \"2024\"\n\n[workspace]\n",
    )?;
    std::fs::write(
        scratch.join("src/main.rs"),
        "fn main() {\n    let x: i32 = \"five\";\n    println!(\"{x}\");\n}\n",
    )?;
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
    let path = dir.join("compiler-error.txt");
    std::fs::write(&path, stderr)?;
    println!("wrote {}", path.display());
    Ok(())
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
    let path = repository().join("book/figures/start/failed-test.txt");
    std::fs::write(&path, stdout.trim().to_string() + "\n")?;
    println!("wrote {}", path.display());
    Ok(())
}

/// The glossary's two pages, from its data file.
fn write_glossary() -> anyhow::Result<()> {
    let book = repository().join("book");
    let terms = glossary::load(&book.join("glossary.toml"))?;
    for (file, text) in [
        ("glossary.md", glossary::english_page(&terms)),
        ("glossary-ja.md", glossary::japanese_page(&terms)),
    ] {
        let path = book.join(file);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// The Results page, from its data file.
fn write_results() -> anyhow::Result<()> {
    let book = repository().join("book");
    let entries = results::load(&book.join("results.toml"))?;
    let path = book.join("results.md");
    std::fs::write(&path, results::page(&entries))
        .with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// Writes `stdout` of `cargo run -p <chapter> -- <options>`, cut into sections, to `path`.
fn write_output(path: &Path, chapter: &str, options: &[&str], stdout: &str) -> anyhow::Result<()> {
    let sections = transcript::sections(stdout)
        .with_context(|| format!("cutting the output of {chapter} into sections"))?;
    let mut command = format!("cargo run -p {chapter}");
    if !options.is_empty() {
        command += &format!(" -- {}", options.join(" "));
    }
    std::fs::write(path, transcript::output_file(&command, &sections))
        .with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// Runs one of the workspace's programs in release mode and returns what it printed.
pub fn cargo_run(package: &str, bin: &str, args: &[&str]) -> anyhow::Result<String> {
    eprintln!("running {bin} {}", args.join(" "));
    let output = Command::new(env!("CARGO"))
        .current_dir(repository())
        .args([
            "run",
            "--quiet",
            "--release",
            "-p",
            package,
            "--bin",
            bin,
            "--",
        ])
        .args(args)
        .output()
        .with_context(|| format!("starting cargo run -p {package}"))?;
    let stdout = String::from_utf8(output.stdout).context("output that is not UTF-8")?;
    if !output.status.success() {
        bail!(
            "{bin} {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(stdout)
}
