//! `cargo xtask learner-loop`: how long a learner waits after a one-line edit. In a copy of
//! the repository (a git worktree of HEAD under `target/learner-loop/`, built once so that
//! the build is warm), each chapter gets one small mistake in a lesson file; then the
//! reader's check command, `cargo test -p chNN`, is timed to its verdict, and `cargo run
//! --release -p chNN` to its first line of output (rebuilt and running). Last, it checks
//! that alternating the README's `cargo test` with `cargo test -p chNN` rebuilds nothing.
//! The times go into the Measurements page; nothing is asserted here, as timing goals live
//! in benchmarks, not tests.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, ensure};
use booktools::measurements::{self, LEARNER_LOOP, duration};
use booktools::table::{self, Cell, same, words};
use support::paths::repository;

/// The one-line edits, as the page shows them: a lesson file, the line as it is, and the
/// line as a learner might leave it.
const EDITS: [&str; 3] = [
    "chapters/ch03/src/activation.rs: 1.0 / (1.0 + (-x).exp()) → 1.0 / (1.0 + (-x).exp()) * 0.999",
    "chapters/ch04/src/loss.rs: let delta = 1e-7; → let delta = 1e-3;",
    "chapters/ch05/src/activation_layers.rs: *d = 0.0; → *d = 0.5;",
];

/// Measures in a worktree, then writes the table into `book/measurements.md` (its
/// `learner_loop` block).
pub fn run() -> anyhow::Result<()> {
    let dir = repository().join("target/learner-loop");
    let tree = dir.join("tree");
    let worktree = |args: [&str; 2]| {
        let mut git = crate::tool("git", &["worktree"]);
        crate::run(git.args(args).arg(&tree))
    };
    if tree.exists() {
        worktree(["remove", "--force"])?;
    }
    worktree(["add", "--detach"])?;
    let measured = measure(&tree, &dir.join("target"));
    worktree(["remove", "--force"])?;
    let (rows, alternation) = measured?;
    let test = "cargo test -p chNN, to its verdict";
    let run = "cargo run --release -p chNN, to its first line";
    let edits = table::table(&["the edit", test, run], &rows);
    let header = ["nothing edited", "time", "compiled"];
    let alternation = table::table(&header, &[alternation]);
    let path = repository().join("book/measurements.md");
    let page = std::fs::read_to_string(&path)?;
    let block = format!("{edits}\n{alternation}");
    crate::write(&path, &measurements::set_block(&page, LEARNER_LOOP, &block))
}

/// Each edit's row of the table, and a row on the alternation of the two test commands.
fn measure(tree: &Path, target: &Path) -> anyhow::Result<(Vec<Vec<Cell>>, Vec<Cell>)> {
    // The seconds `cargo <args>` took in the copy, and what it printed on standard error.
    let cargo = |args: &[&str]| -> anyhow::Result<(f64, String)> {
        let start = Instant::now();
        let output = cargo_in(tree, target, args).output()?;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        Ok((start.elapsed().as_secs_f64(), stderr))
    };
    eprintln!("warming the copy's build (the first time, minutes)");
    cargo(&["test", "--no-run", "--quiet"])?;
    let mut rows = Vec::new();
    for edit in EDITS {
        let (file, change) = edit.split_once(": ").context(edit)?;
        let (from, to) = change.split_once(" → ").context(edit)?;
        let chapter = file.split('/').nth(1).context(edit)?;
        cargo(&["test", "--no-run", "--quiet", "-p", chapter])?;
        cargo(&["build", "--release", "--quiet", "-p", chapter])?;
        let path = tree.join(file);
        let original = std::fs::read_to_string(&path)?;
        ensure!(original.contains(from), "{file}: no `{from}` to edit");
        std::fs::write(&path, original.replacen(from, to, 1))?;
        eprintln!("{file}: `{from}` becomes `{to}`");
        let (test, _) = cargo(&["test", "--quiet", "-p", chapter])?;
        let run = first_output(tree, target, chapter)?;
        std::fs::write(&path, original)?;
        let what = format!("{file}: `{from}` → `{to}`");
        rows.push([what, duration(test), duration(run)].map(same).to_vec());
    }
    // The edits are undone: build both ways once, then time them alternating.
    cargo(&["test", "--no-run", "--quiet"])?;
    cargo(&["test", "--no-run", "--quiet", "-p", "ch05"])?;
    let (whole, a) = cargo(&["test", "--no-run"])?;
    let (chapter, b) = cargo(&["test", "--no-run", "-p", "ch05"])?;
    let compiled = a.contains("Compiling") || b.contains("Compiling");
    let what = ["nothing", "some crates again"][usize::from(compiled)];
    let both = "`cargo test`, then `cargo test -p ch05`";
    let alternation = vec![words(both), same(duration(whole + chapter)), words(what)];
    Ok((rows, alternation))
}

/// Seconds from the start of `cargo run --release -p <chapter>` to the program's first line
/// of output: cargo's build, then the program itself, run here so that it can be stopped
/// there (stopping `cargo run` would leave the program running on, busy through the next
/// measurement).
fn first_output(tree: &Path, target: &Path, chapter: &str) -> anyhow::Result<f64> {
    let start = Instant::now();
    let build = ["build", "--quiet", "--release", "-p", chapter];
    crate::run(&mut cargo_in(tree, target, &build))?;
    let mut program = Command::new(target.join("release").join(chapter));
    let runs = target.join("runs").join(chapter);
    program.arg("--out").arg(runs).current_dir(tree);
    program.stdout(Stdio::piped()).stderr(Stdio::null());
    let mut child = program.spawn()?;
    let stdout = child.stdout.take().context("the program's output")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    let seconds = start.elapsed().as_secs_f64();
    child.kill().ok();
    child.wait()?;
    ensure!(!line.is_empty(), "cargo run -p {chapter} printed nothing");
    Ok(seconds)
}

/// `cargo <args>` in the copy, building into `target`.
fn cargo_in(tree: &Path, target: &Path, args: &[&str]) -> Command {
    let mut cargo = crate::cargo(args);
    cargo.current_dir(tree).env("CARGO_TARGET_DIR", target);
    cargo
}
