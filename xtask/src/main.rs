//! `cargo xtask <command>`: what only a maintainer runs, each command a module: `book`
//! (regenerate what the book shows), `site` and `pot` (build the site, extract the text for
//! translation), `browser` (check the built site in Chromium), `measure` (the book's one
//! table of times), `learner-loop` (a learner's wait after an edit) and `mutants` (mutation testing of the lesson code).

use std::path::Path;
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use support::paths::repository;

mod book;
mod browser;
mod learner_loop;
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
    /// Time a learner's loop: a one-line edit in each chapter, then its tests and its program
    LearnerLoop,
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
        Task::Book { weights, numerical } => book::book(weights, numerical),
        Task::Measure(options) => measure::run(&options),
        Task::Site => site::site(),
        Task::BrowserCheck => browser::check(),
        Task::LearnerLoop => learner_loop::run(),
        Task::Mutants(options) => mutants::run(&options),
        Task::Pot { check } => site::pot(check),
    })
}

/// Runs one of the workspace's programs in release mode and returns what it printed.
pub fn cargo_run(package: &str, bin: &str, args: &[&str]) -> anyhow::Result<String> {
    eprintln!("running {bin} {}", args.join(" "));
    let run = [
        "run",
        "--quiet",
        "--release",
        "-p",
        package,
        "--bin",
        bin,
        "--",
    ];
    cargo_output(&[&run[..], args].concat())
}

/// Runs `cargo <args>` in the repository and returns what it printed; fails with what it
/// printed on standard error.
pub fn cargo_output(args: &[&str]) -> anyhow::Result<String> {
    let output = Command::new(env!("CARGO"))
        .current_dir(repository())
        .args(args)
        .output()
        .with_context(|| format!("starting cargo {}", args.join(" ")))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        bail!("cargo {} failed:\n{stderr}", args.join(" "));
    }
    String::from_utf8(output.stdout).context("output that is not UTF-8")
}

/// Runs `cargo <args>` in the repository, its output shown as it goes.
pub fn cargo(args: &[&str]) -> anyhow::Result<()> {
    let what = format!("cargo {}", args.join(" "));
    run(
        Command::new(env!("CARGO"))
            .current_dir(repository())
            .args(args),
        &what,
    )
}

/// Runs `command`, its output shown as it goes; fails, naming it `what`, unless it succeeds.
pub fn run(command: &mut Command, what: &str) -> anyhow::Result<()> {
    let status = command
        .status()
        .with_context(|| format!("running {what}"))?;
    if !status.success() {
        bail!("{what} failed");
    }
    Ok(())
}

/// Writes `text` to `path` and says so.
pub fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}
