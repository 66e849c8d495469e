//! `cargo xtask <command>`: what a maintainer runs, and the reader's `cargo book` (`read`), a
//! module for each command (`Task` lists them). The helpers they share for running programs are `booktools::commands`.

use std::process::ExitCode;

use clap::Parser;

pub use booktools::commands::{
    cargo, cargo_run, cargo_run_with, output, remove_dir, run, tool, write,
};

mod book;
mod learner_loop;
mod measure;
mod mutants;
mod read;
mod setup;
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
    /// Install the book tools that are missing (mdBook and its plugins, Pagefind, the wasm target)
    Setup,
    /// Build the site: the English book, the Japanese edition beside it, the search index
    Site,
    /// Read the book: set up, build the site, serve it on 127.0.0.1 and open it (`cargo book`)
    Read(read::Options),
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
        Task::Setup => setup::setup(),
        Task::Site => site::site(),
        Task::Read(options) => read::read(&options),
        Task::BrowserCheck { measure } => browser_check(measure),
        Task::LearnerLoop => learner_loop::run(),
        Task::Mutants(options) => mutants::run(&options),
        Task::Pot { check } => site::pot(check),
    })
}

/// The browser check is a program of its own (the `browser-check` crate), so that the other
/// commands, `cargo xtask site` among them, do not build the Chromium driver it needs.
fn browser_check(measure: bool) -> anyhow::Result<()> {
    let mut check = cargo(&["run", "--quiet", "-p", "browser-check", "--"]);
    run(check.args(measure.then_some("--measure")))
}
