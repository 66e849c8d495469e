//! `cargo xtask measure`: the book's one table of times, measured in one sitting.
//!
//! These machines are shared and noisy, so a time is only worth comparing with another
//! measured in the same sitting. Chapter 5's training run is run in rounds, each round the
//! lean NumPy version, then the layers the chapter teaches, then the appendix's engine, one
//! right after the other (the programs time their own training loops, without loading the
//! data). Chapter 4's three gradients are timed by one run of its benchmark. Whole commands
//! (each chapter's program, `cargo test`) are timed with hyperfine, which this command
//! installs with cargo when it is missing. `booktools::measurements` makes the page.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};
use booktools::measurements::{
    self, LEARNER_LOOP, MUTATION_RUN, Measurements, PROGRAMS, row, time_of,
};
use serde_json::Value;
use support::paths::repository;

use crate::{cargo, cargo_run};

/// How to measure.
#[derive(Debug, clap::Args)]
pub struct Options {
    /// Rounds of chapter 5's training run (NumPy, the layers, the appendix)
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..))]
    rounds: u8,
    /// Also time a fresh clone: `cargo run -p ch01` (the first build), then `cargo test`
    #[arg(long)]
    fresh_clone: bool,
}

/// The hyperfine that the measurements are made with.
const HYPERFINE: &str = "1.20.0";

pub fn run(options: &Options) -> anyhow::Result<()> {
    let numpy_script = repository().join("../shared/bench/numpy_ch05.py");
    if !numpy_script.exists() {
        bail!(
            "the NumPy peer {} is not there; it is needed for the side-by-side times",
            numpy_script.display()
        );
    }
    if Command::new("hyperfine").arg("--version").output().is_err() {
        cargo(&["install", "--locked", "hyperfine", "--version", HYPERFINE])?;
    }
    let packages = ["-p", "ch03", "-p", "ch04", "-p", "ch05", "-p", "ch05-fast"];
    cargo(&[&["build", "--quiet", "--release"][..], &packages].concat())?;

    let (mut rounds, mut ch05) = (Vec::new(), String::new());
    for round in 1..=options.rounds {
        eprintln!("round {round} of {}", options.rounds);
        let numpy = numpy_seconds(&numpy_script)?;
        ch05 = cargo_run("ch05", "ch05", &["--quiet", "--out", "target/xtask/ch05"])?;
        let fast = cargo_run("ch05-fast", "ch05-fast", &["--quiet"])?;
        rounds.push([
            numpy,
            time_of(&ch05, "training")?,
            time_of(&fast, "training")?,
        ]);
    }
    let ch05_check: String = ch05
        .lines()
        .filter(|l| l.starts_with("time: gradient check"))
        .collect::<Vec<_>>()
        .join("\n");
    let printed = [
        (
            "ch03",
            cargo_run("ch03", "ch03", &["--out", "target/xtask/ch03"])?,
        ),
        (
            "ch04",
            cargo_run("ch04", "ch04", &["--quiet", "--out", "target/xtask/ch04"])?,
        ),
        ("ch05", ch05_check),
    ];
    eprintln!("running cargo bench -p bench --bench gradients -- --once");
    let bench = [
        "bench",
        "--quiet",
        "-p",
        "bench",
        "--bench",
        "gradients",
        "--",
        "--once",
    ];
    let mut measurements = Measurements {
        date: output_of("date", &["+%Y-%m-%d"]),
        machine: machine(),
        rounds: options.rounds,
        side_by_side: measurements::side_by_side(&rounds),
        gradients: measurements::gradients(&crate::cargo_output(&bench)?)?,
        programs: whole_programs()?,
        others: measurements::printed_times(&printed),
        tests: Vec::new(),
    };
    // The page first (the tests check the pages that include it), then again with the tests.
    let path = repository().join("book/measurements.md");
    let write = |measurements: &Measurements| -> anyhow::Result<()> {
        let mut text = measurements::page(measurements);
        // What `cargo xtask mutants` and `learner-loop` measured, which this does not rerun.
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        for name in [MUTATION_RUN, LEARNER_LOOP] {
            if let Some(block) = measurements::block(&old, name) {
                text = measurements::set_block(&text, name, &block);
            }
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))
    };
    write(&measurements)?;
    measurements.tests = if options.fresh_clone {
        fresh_clone()?
    } else {
        cargo(&["test", "--quiet", "--no-run"])?;
        let (seconds, counts) = timed_test(repository())?;
        let what = "`cargo test`, everything already built";
        vec![row(what, &[format!("{seconds:.0} s: {counts}")])]
    };
    write(&measurements)?;
    println!("wrote {}", path.display());
    Ok(())
}

/// Times each of `commands` once, one after the other, with hyperfine, each run by a shell in
/// `dir`: the seconds of each. What the commands print goes to `target/xtask/hyperfine.log`.
fn hyperfine(dir: &Path, commands: &[String]) -> anyhow::Result<Vec<f64>> {
    let out = repository().join("target/xtask");
    std::fs::create_dir_all(&out)?;
    let (json, log) = (out.join("hyperfine.json"), out.join("hyperfine.log"));
    let mut hyperfine = Command::new("hyperfine");
    // A clone builds into its own `target/`, as a reader's would.
    hyperfine.current_dir(dir).env_remove("CARGO_TARGET_DIR");
    hyperfine
        .args(["--runs", "1", "--style", "basic", "--export-json"])
        .arg(&json);
    hyperfine
        .arg(format!("--output={}", log.display()))
        .args(commands);
    let what = format!(
        "hyperfine (what the commands printed is in {})",
        log.display()
    );
    crate::run(&mut hyperfine, &what)?;
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&json)?)?;
    let results = report["results"].as_array().context("hyperfine's report")?;
    results
        .iter()
        .map(|r| r["mean"].as_f64().context("a time in hyperfine's report"))
        .collect()
}

/// Each program as its page runs it, timed from start to end once it is built: the anchor,
/// the command as the page shows it, the seconds.
fn whole_programs() -> anyhow::Result<Vec<(&'static str, String, f64)>> {
    cargo(&["build", "--quiet", "-p", "ch01", "-p", "ch02", "-p", "ch03"])?;
    cargo(&["build", "--quiet", "--release", "-p", "ch04", "-p", "ch05"])?;
    let commands = PROGRAMS.map(|(_, chapter, release, options)| {
        measurements::program_commands(chapter, release, options)
    });
    let timed: Vec<String> = commands.iter().map(|(_, timed)| timed.clone()).collect();
    let seconds = hyperfine(repository(), &timed)?;
    let programs = PROGRAMS.iter().zip(commands).zip(seconds);
    Ok(programs
        .map(|((&(anchor, ..), (shown, _)), seconds)| (anchor, shown, seconds))
        .collect())
}

/// Runs the NumPy peer (with OpenBLAS left to choose its own kernels; see its README) and
/// returns the seconds of its training loop.
fn numpy_seconds(script: &Path) -> anyhow::Result<f64> {
    eprintln!("running {}", script.display());
    let output = Command::new("python3")
        .env_remove("OPENBLAS_CORETYPE")
        .env_remove("OPENBLAS_L2_SIZE")
        .arg(script)
        .arg(repository().join("data/mnist"))
        .output()
        .context("starting python3 (the NumPy peer needs Python 3 and NumPy)")?;
    if !output.status.success() {
        bail!("{}", String::from_utf8_lossy(&output.stderr));
    }
    let stdout = String::from_utf8(output.stdout)?;
    let seconds = stdout
        .lines()
        .find_map(|l| l.strip_prefix("numpy_ch05 seconds "))
        .context("numpy_ch05.py printed no time")?;
    Ok(seconds.trim().parse()?)
}

/// A fresh clone of the last commit, built from nothing as a reader would: the first
/// `cargo run -p ch01`, then `cargo test`.
fn fresh_clone() -> anyhow::Result<Vec<Vec<String>>> {
    let clone = repository().join("target/xtask/fresh-clone");
    if clone.exists() {
        std::fs::remove_dir_all(&clone)?;
    }
    let mut git = Command::new("git");
    crate::run(
        git.args(["clone", "--quiet"]).arg(repository()).arg(&clone),
        "git clone",
    )?;
    let first = hyperfine(&clone, &["cargo run --quiet -p ch01".into()])?[0];
    let (seconds, counts) = timed_test(&clone)?;
    std::fs::remove_dir_all(&clone)?;
    let what = "a fresh clone: `cargo run -p ch01` (builds the dependencies first)";
    Ok(vec![
        row(what, &[format!("{first:.0} s")]),
        row("then `cargo test`", &[format!("{seconds:.0} s: {counts}")]),
    ])
}

/// Times `cargo test` in `dir`: its seconds and its counts of tests.
fn timed_test(dir: &Path) -> anyhow::Result<(f64, String)> {
    let seconds = hyperfine(dir, &["cargo test".into()])?[0];
    let log = std::fs::read_to_string(repository().join("target/xtask/hyperfine.log"))?;
    Ok((seconds, measurements::test_counts(&log)))
}

/// One line about this machine and the tools.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map_or("an unknown processor", |l| {
            l.trim_start_matches([' ', '\t', ':'])
        });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let python = |code: &str| output_of("python3", &["-c", code]);
    format!(
        "{model}, {cores} cores; {}; Python {} with NumPy {}",
        output_of("rustc", &["--version"]),
        python("import platform; print(platform.python_version())"),
        python("import numpy; print(numpy.__version__)"),
    )
}

/// What `program` prints, trimmed, or that it is unknown.
fn output_of(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map_or_else(|| format!("{program}: unknown"), |s| s.trim().to_string())
}
