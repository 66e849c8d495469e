//! `cargo xtask <command>`: what only a maintainer runs, a module for each command (`Task`
//! lists them), and the helpers they share for running programs.

use std::path::Path;
use std::process::{Command, ExitCode};

use anyhow::{Context, ensure};
use clap::Parser;
use support::paths::repository;

mod book;
mod browser;
mod learner_loop;
mod measure;
mod mutants;
mod site;

/// The maintainer's commands for the book.
#[derive(Parser)]
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
    /// Time the programs against their NumPy peers and write book/measurements.md
    Measure(measure::Options),
    /// Build the site: the English book, the Japanese edition beside it, the search index
    Site,
    /// Load every page of the built site in headless Chromium and check it
    BrowserCheck {
        /// Also write the Run boxes' sizes and times into book/measurements.md
        #[arg(long)]
        measure: bool,
    },
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
    support::exit_code(match Task::parse() {
        Task::Book { weights, numerical } => book::book(weights, numerical),
        Task::Measure(options) => measure::run(&options),
        Task::Site => site::site(),
        Task::BrowserCheck { measure } => browser::check(measure),
        Task::LearnerLoop => learner_loop::run(),
        Task::Mutants(options) => mutants::run(&options),
        Task::Pot { check } => site::pot(check),
    })
}

/// `program <args>`, to be run in the repository.
pub fn tool(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.current_dir(repository()).args(args);
    command
}

/// `cargo <args>`, to be run in the repository.
pub fn cargo(args: &[&str]) -> Command {
    tool(env!("CARGO"), args)
}

/// Runs one of the workspace's programs in release mode and returns what it printed.
pub fn cargo_run(package: &str, bin: &str, args: &[&str]) -> anyhow::Result<String> {
    eprintln!("running {bin} {}", args.join(" "));
    let run = ["run", "--quiet", "--release", "-p", package, "--bin", bin];
    output(cargo(&run).arg("--").args(args))
}

/// Runs `command`, its output shown as it goes; fails unless it succeeds.
pub fn run(command: &mut Command) -> anyhow::Result<()> {
    let what = format!("{command:?}");
    let status = command.status().context(what.clone())?;
    ensure!(status.success(), "{what} failed");
    Ok(())
}

/// Runs `command` and returns what it printed; fails with what it printed on standard error.
pub fn output(command: &mut Command) -> anyhow::Result<String> {
    let what = format!("{command:?}");
    let output = command.output().context(what.clone())?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    ensure!(output.status.success(), "{what} failed:\n{stderr}");
    Ok(String::from_utf8(output.stdout)?)
}

/// Removes the directory `dir` and all it holds, if it is there.
pub fn remove_dir(dir: &Path) -> anyhow::Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

/// Writes `text` to `path` and says so.
pub fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}
