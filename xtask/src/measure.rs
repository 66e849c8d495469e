//! `cargo xtask measure`: the book's one table of times, measured in one sitting, as these
//! shared, noisy machines make a time worth comparing only with one from the same sitting.
//! Side by side, in rounds: the lean NumPy version of chapter 5's training run, the layers
//! the chapter teaches (on one core, then with its `threads` feature), the appendix's engine
//! (each timing its own training loop), the same for chapter 4's run, then the NumPy peers of
//! the gradient checks and their benchmark. Whole commands are timed with hyperfine
//! (installed with cargo if missing). `booktools::measurements` makes the page.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, ensure};
use booktools::measurements::{self, CHECKS, IN_THE_BROWSER, LEARNER_LOOP, MUTATION_RUN};
use booktools::measurements::{CH04_TRAINING, PROGRAMS, TRAINING};
use booktools::measurements::{Machine, Measurements, program_commands, row, time_of};
use booktools::table::Cell;
use serde_json::Value;
use support::paths::repository;

use crate::{cargo, cargo_run, cargo_run_with, output, run as run_command};

#[derive(Debug, clap::Args)]
pub struct Options {
    /// Rounds of the side-by-side times (the training runs of chapters 5 and 4, the gradient
    /// checks)
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..))]
    rounds: u8,
    /// Also time a fresh clone: `cargo run -p ch01` (the first build), then `cargo test`
    #[arg(long)]
    fresh_clone: bool,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    let numpy_ch05 = repository().join("../shared/bench/numpy_ch05.py");
    let numpy_checks = repository().join("bench/numpy/gradient_check.py");
    let numpy_ch04 = repository().join("bench/numpy/ch04_training.py");
    let shown = numpy_ch05.display();
    ensure!(numpy_ch05.exists(), "the NumPy peer {shown} is not there");
    if Command::new("hyperfine").arg("--version").output().is_err() {
        // The hyperfine that the measurements are made with.
        let install = ["install", "--locked", "hyperfine", "--version", "1.20.0"];
        run_command(&mut cargo(&install))?;
    }
    let packages = ["-p", "ch03", "-p", "ch04", "-p", "ch05", "-p", "ch05-fast"];
    run_command(cargo(&["build", "--quiet", "--release"]).args(packages))?;
    // Cargo keeps both builds of ndarray (with and without threads): no rebuild between runs.
    let threads = ["-p", "ch05", "--features", "threads"];
    run_command(cargo(&["build", "--quiet", "--release"]).args(threads))?;

    let (mut training, mut ch04_training, mut checks) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ch04, mut ch05) = (String::new(), String::new());
    for round in 1..=options.rounds {
        eprintln!("round {round} of {}", options.rounds);
        let numpy = numpy_seconds(&numpy_ch05, &[])?;
        ch05 = cargo_run("ch05", "ch05", &["--quiet", "--out", "target/xtask/ch05"])?;
        let out = ["--quiet", "--out", "target/xtask/threads"];
        let threads = cargo_run_with("ch05", "ch05", &["threads"], &out)?;
        let fast = cargo_run("ch05-fast", "ch05-fast", &["--quiet"])?;
        let time = |stdout: &str| time_of(stdout, "training");
        training.push(vec![numpy, time(&ch05)?, time(&threads)?, time(&fast)?]);
        let numpy = numpy_seconds(&numpy_ch04, &[])?;
        ch04 = cargo_run("ch04", "ch04", &["--quiet", "--out", "target/xtask/ch04"])?;
        ch04_training.push(vec![numpy, time(&ch04)?]);
        let relu = numpy_seconds(&numpy_checks, &["relu"])?;
        let sigmoid = numpy_seconds(&numpy_checks, &["sigmoid"])?;
        let timed = bench("checks", &[])?;
        let ours = |chapter: &str| time_of(&timed, &format!("{chapter} check"));
        checks.push(vec![relu, ours("ch05")?, sigmoid, ours("ch04")?]);
    }
    let ch03 = cargo_run("ch03", "ch03", &["--out", "target/xtask/ch03"])?;
    let check = |line: &&str| line.starts_with("time: gradient check");
    let ch05_check: Vec<&str> = ch05.lines().filter(check).collect();
    let ch05_check = ch05_check.join("\n");
    let printed = [("ch03", ch03), ("ch04", ch04), ("ch05", ch05_check)];
    let gradients = bench("gradients", &["--", "--once"])?;
    let mut measurements = Measurements {
        machine: machine(),
        rounds: options.rounds,
        side_by_side: measurements::side_by_side(&TRAINING, &training),
        ch04_training: measurements::side_by_side(&CH04_TRAINING, &ch04_training),
        checks: measurements::side_by_side(&CHECKS, &checks),
        gradients: measurements::gradients(&gradients)?,
        programs: whole_programs()?,
        others: measurements::printed_times(&printed),
        tests: Vec::new(),
    };
    // The page first (the tests check the pages that include it), then again with the tests.
    let path = repository().join("book/measurements.md");
    let write = |measurements: &Measurements| -> anyhow::Result<()> {
        let mut text = measurements::page(measurements);
        // What `cargo xtask mutants`, `learner-loop` and `browser-check --measure` measured,
        // which this does not rerun.
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        for name in [MUTATION_RUN, LEARNER_LOOP, IN_THE_BROWSER] {
            let kept = measurements::block(&old, name).unwrap_or_default();
            text = measurements::set_block(&text, name, &kept);
        }
        crate::write(&path, &text)
    };
    write(&measurements)?;
    measurements.tests = if options.fresh_clone {
        fresh_clone()?
    } else {
        run_command(&mut cargo(&["test", "--quiet", "--no-run"]))?;
        let cells = timed_test(repository())?;
        let what = "`cargo test`, everything already built";
        vec![row(what, &cells)]
    };
    write(&measurements)
}

/// Runs `cargo bench -p bench --bench <name> <args>`, one of the benchmarks behind the page
/// (which time themselves, their build aside), and returns what it printed.
fn bench(name: &str, args: &[&str]) -> anyhow::Result<String> {
    let bench = ["bench", "--quiet", "-p", "bench", "--bench", name];
    eprintln!("running cargo {} {}", bench.join(" "), args.join(" "));
    output(cargo(&bench).args(args))
}

/// Times each of `commands` once, one after the other, with hyperfine, each run by a shell in
/// `dir`: the seconds of each. What the commands print goes to `target/xtask/hyperfine.log`.
fn hyperfine(dir: &Path, commands: &[String]) -> anyhow::Result<Vec<f64>> {
    let out = repository().join("target/xtask");
    std::fs::create_dir_all(&out)?;
    let (json, log) = (out.join("hyperfine.json"), out.join("hyperfine.log"));
    let mut hyperfine = Command::new("hyperfine");
    // A clone builds as a reader's would: into its own `target/`, with an empty cargo home.
    hyperfine.current_dir(dir).env_remove("CARGO_TARGET_DIR");
    (dir != repository()).then(|| hyperfine.env("CARGO_HOME", dir.join("target/cargo-home")));
    hyperfine.args(["--runs", "1", "--style", "basic", "--output"]);
    hyperfine.arg(&log).arg("--export-json").arg(&json);
    let printed = format!("what the commands printed is in {}", log.display());
    run_command(hyperfine.args(commands)).context(printed)?;
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&json)?)?;
    let results = report["results"].as_array().context("hyperfine's report")?;
    let mean = |r: &Value| r["mean"].as_f64().context("a time in its report");
    results.iter().map(mean).collect()
}

/// Each program as its page runs it, timed from start to end once it is built: the anchor,
/// the command as the page shows it, the seconds.
fn whole_programs() -> anyhow::Result<Vec<(&'static str, String, f64)>> {
    // Each built alone, as its command builds it (chapter 1 without the weights readers).
    for (_, ch, release, _) in PROGRAMS {
        run_command(cargo(&["build", "--quiet", "-p", ch]).args(release.then_some("--release")))?;
    }
    let commands = PROGRAMS.map(|(_, ch, release, opts)| program_commands(ch, release, opts));
    let (shown, timed): (Vec<String>, Vec<String>) = commands.into_iter().unzip();
    let seconds = hyperfine(repository(), &timed)?;
    let programs = PROGRAMS.iter().zip(shown).zip(seconds);
    Ok(programs.map(|((p, shown), s)| (p.0, shown, s)).collect())
}

/// Runs a NumPy peer on the MNIST files with `args` (with OpenBLAS left to choose its own
/// kernels; see its README) and returns the seconds it printed, `… seconds S`.
fn numpy_seconds(script: &Path, args: &[&str]) -> anyhow::Result<f64> {
    eprintln!("running {} {}", script.display(), args.join(" "));
    let mut python = Command::new("python3");
    python.env_remove("OPENBLAS_CORETYPE");
    python.env_remove("OPENBLAS_L2_SIZE");
    let mnist = repository().join("data/mnist");
    python.arg(script).arg(mnist).args(args);
    let stdout = output(&mut python).context("the NumPy peers need Python 3 and NumPy")?;
    let seconds = stdout.lines().find_map(|l| l.split_once(" seconds "));
    let (_, seconds) = seconds.with_context(|| format!("{} printed no time", script.display()))?;
    Ok(seconds.trim().parse()?)
}

/// A fresh clone of HEAD built from nothing (see `hyperfine`): `cargo run -p ch01`, `cargo test`.
fn fresh_clone() -> anyhow::Result<Vec<Vec<Cell>>> {
    let clone = repository().join("target/xtask/fresh-clone");
    crate::remove_dir(&clone)?;
    run_command(crate::tool("git", &["clone", "--quiet", "."]).arg(&clone))?;
    let first = hyperfine(&clone, &["cargo run --quiet -p ch01".into()])?[0];
    let cells = timed_test(&clone)?;
    std::fs::remove_dir_all(&clone)?;
    let what = "a fresh clone, empty cargo home: `cargo run -p ch01` (downloads, builds, runs)";
    let first = [format!("{first:.0} s"), String::new(), String::new()];
    let test = row("then `cargo test`", &cells);
    Ok(vec![row(what, &first), test])
}

/// Times `cargo test` in `dir`: the cells of its row in the tests' table, its seconds and
/// its counts of tests (passed, not run).
fn timed_test(dir: &Path) -> anyhow::Result<[String; 3]> {
    let seconds = hyperfine(dir, &["cargo test".into()])?[0];
    let log = std::fs::read_to_string(repository().join("target/xtask/hyperfine.log"))?;
    let (passed, ignored) = measurements::test_counts(&log);
    Ok([
        format!("{seconds:.0} s"),
        passed.to_string(),
        ignored.to_string(),
    ])
}

/// The day, this machine and the tools.
fn machine() -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let key = "model name\t: ";
    let model = cpuinfo.lines().find_map(|l| l.strip_prefix(key));
    let model = model.unwrap_or("an unknown processor");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let py = "import sys, numpy; print(sys.version.split()[0] + ', NumPy', numpy.__version__)";
    Machine {
        date: output_of("date", &["+%Y-%m-%d"]),
        processor: format!("{model}, {cores} cores"),
        rustc: output_of("rustc", &["--version"]),
        python: output_of("python3", &["-c", py]),
    }
}

/// What `program` prints, trimmed, or that it is unknown.
fn output_of(program: &str, args: &[&str]) -> String {
    let output = output(Command::new(program).args(args));
    output.map_or_else(|_| format!("{program}: unknown"), |s| s.trim().to_string())
}
