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

use anyhow::{Context, bail};
use booktools::html;
use booktools::measurements::{self, LEARNER_LOOP};
use support::paths::repository;

/// A one-line edit: the chapter, the file, the line as it is, and the line as a learner
/// might leave it.
struct Edit {
    chapter: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
}

const EDITS: [Edit; 3] = [
    Edit {
        chapter: "ch03",
        file: "chapters/ch03/src/activation.rs",
        from: "1.0 / (1.0 + (-x).exp())",
        to: "1.0 / (1.0 + (-x).exp()) * 0.999",
    },
    Edit {
        chapter: "ch04",
        file: "chapters/ch04/src/loss.rs",
        from: "let delta = 1e-7;",
        to: "let delta = 1e-3;",
    },
    Edit {
        chapter: "ch05",
        file: "chapters/ch05/src/activation_layers.rs",
        from: "*d = 0.0;",
        to: "*d = 0.5;",
    },
];

/// Measures, then writes the table into `book/measurements.md` (its `learner_loop` block).
pub fn run() -> anyhow::Result<()> {
    let (rows, alternation) = measure()?;
    let table = html::table(
        &[
            "the edit",
            "cargo test -p chNN, to its verdict",
            "cargo run --release -p chNN, to its first line",
        ],
        &rows,
    );
    let path = repository().join("book/measurements.md");
    let page = std::fs::read_to_string(&path)?;
    let block = format!("{table}<p>{}</p>\n", html::with_code(&alternation));
    crate::write(&path, &measurements::set_block(&page, LEARNER_LOOP, &block))
}

/// Each edit's row of the table, and a line on the alternation of the two test commands.
fn measure() -> anyhow::Result<(Vec<Vec<String>>, String)> {
    let dir = repository().join("target/learner-loop");
    let tree = dir.join("tree");
    let target = dir.join("target");
    if tree.exists() {
        git(&["worktree", "remove", "--force", &tree.to_string_lossy()])?;
    }
    git(&[
        "worktree",
        "add",
        "--detach",
        &tree.to_string_lossy(),
        "HEAD",
    ])?;
    let cargo = |args: &[&str]| -> anyhow::Result<(f64, String)> {
        let start = Instant::now();
        let output = Command::new(env!("CARGO"))
            .args(args)
            .current_dir(&tree)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .with_context(|| format!("running cargo {}", args.join(" ")))?;
        Ok((
            start.elapsed().as_secs_f64(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ))
    };
    eprintln!("warming the copy's build (the first time, minutes)");
    cargo(&["test", "--no-run", "--quiet"])?;
    let mut rows = Vec::new();
    for edit in &EDITS {
        let p = ["-p", edit.chapter];
        cargo(&[&["test", "--no-run", "--quiet"][..], &p].concat())?;
        cargo(&[&["build", "--release", "--quiet"][..], &p].concat())?;
        let path = tree.join(edit.file);
        let original = std::fs::read_to_string(&path)?;
        if !original.contains(edit.from) {
            bail!(
                "{}: the line to edit, `{}`, is not there",
                edit.file,
                edit.from
            );
        }
        std::fs::write(&path, original.replacen(edit.from, edit.to, 1))?;
        eprintln!("{}: `{}` becomes `{}`", edit.file, edit.from, edit.to);
        let (test, _) = cargo(&[&["test", "--quiet"][..], &p].concat())?;
        let run = first_output(&tree, &target, edit.chapter)?;
        std::fs::write(&path, original)?;
        let what = format!("{}: `{}` → `{}`", edit.file, edit.from, edit.to);
        rows.push(measurements::row(
            &what,
            &[measurements::duration(test), measurements::duration(run)],
        ));
    }
    // The edits are undone: build both ways once, then time them alternating.
    cargo(&["test", "--no-run", "--quiet"])?;
    cargo(&["test", "--no-run", "--quiet", "-p", "ch05"])?;
    let (whole, a) = cargo(&["test", "--no-run"])?;
    let (chapter, b) = cargo(&["test", "--no-run", "-p", "ch05"])?;
    git(&["worktree", "remove", "--force", &tree.to_string_lossy()])?;
    let compiled = a.contains("Compiling") || b.contains("Compiling");
    let alternation = format!(
        "`cargo test` then `cargo test -p ch05`, nothing edited: {} together, {}.",
        measurements::duration(whole + chapter),
        if compiled {
            "compiling again"
        } else {
            "nothing compiled"
        }
    );
    Ok((rows, alternation))
}

/// Seconds from the start of `cargo run --release -p <chapter>` to the program's first line
/// of output: cargo's build, then the program itself, run here so that it can be stopped
/// there (stopping `cargo run` would leave the program running on, busy through the next
/// measurement).
fn first_output(tree: &Path, target: &Path, chapter: &str) -> anyhow::Result<f64> {
    let start = Instant::now();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--release", "-p", chapter])
        .current_dir(tree)
        .env("CARGO_TARGET_DIR", target)
        .status()?;
    if !status.success() {
        bail!("cargo build --release -p {chapter} failed");
    }
    let mut child = Command::new(target.join("release").join(chapter))
        .arg("--out")
        .arg(target.join("runs").join(chapter))
        .current_dir(tree)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().context("the program's output")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    let seconds = start.elapsed().as_secs_f64();
    child.kill().ok();
    child.wait()?;
    if line.is_empty() {
        bail!("cargo run -p {chapter} printed nothing");
    }
    Ok(seconds)
}

fn git(args: &[&str]) -> anyhow::Result<()> {
    let status = Command::new("git")
        .args(args)
        .current_dir(repository())
        .status()?;
    if !status.success() {
        bail!("git {} failed", args.join(" "));
    }
    Ok(())
}
