//! `cargo xtask measure`: the book's one table of times, measured in one sitting.
//!
//! These machines are shared and noisy, so a time is only worth comparing with another
//! measured in the same sitting. Chapter 5's training run is run in rounds, each round the
//! lean NumPy version, then the layers the chapter teaches, then the appendix's engine, one
//! right after the other; the speed ratios are taken within each round, and the table gives
//! their median. Chapter 4's three gradients are timed by one run of its benchmark, one
//! after the other.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};
use booktools::html;
use support::paths::repository;

use crate::cargo_run;

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

/// One row of a table: what was measured (Markdown's `code` allowed), then what came out.
struct Row {
    what: String,
    results: Vec<String>,
}

impl Row {
    fn new(what: impl Into<String>, results: &[String]) -> Row {
        Row {
            what: what.into(),
            results: results.to_vec(),
        }
    }

    fn cells(&self) -> Vec<String> {
        std::iter::once(html::with_code(&self.what))
            .chain(self.results.iter().map(|r| html::text(r)))
            .collect()
    }
}

fn html_table(header: &[&str], rows: &[Row]) -> String {
    html::table(header, &rows.iter().map(Row::cells).collect::<Vec<_>>())
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    let numpy_script = repository().join("../shared/bench/numpy_ch05.py");
    if !numpy_script.exists() {
        bail!(
            "the NumPy peer {} is not there; it is needed for the side-by-side times",
            numpy_script.display()
        );
    }
    for package in ["ch03", "ch04", "ch05", "ch05-fast"] {
        cargo(&["build", "--quiet", "--release", "-p", package])?;
    }

    let mut rounds = Vec::new();
    let mut ch05 = String::new();
    for round in 1..=options.rounds {
        eprintln!("round {round} of {}", options.rounds);
        let numpy = numpy_seconds(&numpy_script)?;
        let scratch = repository().join("target/xtask/ch05");
        let scratch = scratch.to_str().context("a path that is valid UTF-8")?;
        ch05 = cargo_run("ch05", "ch05", &["--quiet", "--out", scratch])?;
        let layers = time_of(&ch05, "training")?;
        let fast = time_of(
            &cargo_run("ch05-fast", "ch05-fast", &["--quiet"])?,
            "training",
        )?;
        rounds.push([numpy, layers, fast]);
    }
    let mut side_by_side = Vec::new();
    let names = [
        "lean NumPy, `python3 numpy_ch05.py` (the peer)",
        "`cargo run --release -p ch05`: the layers the chapter teaches",
        "`cargo run --release -p ch05-fast`: the appendix's engine",
    ];
    for (k, name) in names.iter().enumerate() {
        let times: Vec<f64> = rounds.iter().map(|r| r[k]).collect();
        let ratios: Vec<f64> = rounds.iter().map(|r| r[0] / r[k]).collect();
        side_by_side.push(Row::new(
            *name,
            &[
                format!("{:.2} s", median(&times)),
                format!("{:.2}–{:.2} s", min(&times), max(&times)),
                format!("{:.2}", median(&ratios)),
            ],
        ));
    }

    let mut others = Vec::new();
    let ch03 = cargo_run("ch03", "ch03", &["--out", "target/xtask/ch03"])?;
    let ch04 = cargo_run("ch04", "ch04", &["--quiet", "--out", "target/xtask/ch04"])?;
    for (chapter, stdout) in [("ch03", &ch03), ("ch04", &ch04)] {
        for line in stdout.lines() {
            if let Some(time) = line.strip_prefix("time: ") {
                others.push(Row::new(
                    format!("`cargo run --release -p {chapter}`"),
                    &[time.to_string()],
                ));
            }
        }
    }
    for line in ch05.lines().filter(|l| l.starts_with("time: numerical")) {
        others.push(Row::new(
            "`cargo run --release -p ch05`",
            &[line["time: ".len()..].to_string()],
        ));
    }

    let gradients = gradient_times()?;
    let programs = whole_programs()?;

    // The page first (the tests check the pages that include it), then again with the tests.
    let path = repository().join("book/measurements.md");
    let write = |tests: &[Row]| -> anyhow::Result<()> {
        let tables = Tables {
            side_by_side: &side_by_side,
            gradients: &gradients,
            others: &others,
            tests,
        };
        let mut text = page(options.rounds, &tables, &programs)?;
        // The full mutation run's time, from `cargo xtask mutants`, which this does not rerun.
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if let Some(block) = block(&old, MUTATION_RUN) {
            text = set_block(&text, MUTATION_RUN, &block);
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))
    };
    write(&[])?;
    let tests = if options.fresh_clone {
        fresh_clone()?
    } else {
        vec![warm_test()?]
    };
    write(&tests)?;
    println!("wrote {}", path.display());
    Ok(())
}

/// The commands the chapters' pages tell the reader to run: the anchor that the pages include
/// the time by, the chapter, whether it is a release build, and its options (`--quiet`, which
/// keeps its output short, is not shown).
const PROGRAMS: [(&str, &str, bool, &[&str]); 6] = [
    ("run_ch01", "ch01", false, &[]),
    ("run_ch02", "ch02", false, &[]),
    ("run_ch03", "ch03", false, &[]),
    ("run_ch04", "ch04", true, &["--quiet"]),
    (
        "run_ch04_numerical",
        "ch04",
        true,
        &["--quiet", "--numerical"],
    ),
    ("run_ch05", "ch05", true, &["--quiet"]),
];

/// Each program as its page runs it, timed from start to end once it is built: the anchor,
/// the command, the seconds.
fn whole_programs() -> anyhow::Result<Vec<(&'static str, String, f64)>> {
    let mut times = Vec::new();
    for (anchor, chapter, release, options) in PROGRAMS {
        let profile: &[&str] = if release { &["--release"] } else { &[] };
        cargo(&[&["build", "--quiet", "-p", chapter], profile].concat())?;
        let out = format!("target/xtask/{chapter}");
        let start = Instant::now();
        let status = Command::new(env!("CARGO"))
            .current_dir(repository())
            .args(
                [
                    &["run", "--quiet", "-p", chapter],
                    profile,
                    &["--"],
                    options,
                ]
                .concat(),
            )
            .args(["--out", &out])
            .stdout(std::process::Stdio::null())
            .status()?;
        if !status.success() {
            bail!("cargo run -p {chapter} failed");
        }
        let mut command = if release {
            format!("cargo run --release -p {chapter}")
        } else {
            format!("cargo run -p {chapter}")
        };
        let shown: Vec<&str> = options
            .iter()
            .copied()
            .filter(|o| *o != "--quiet")
            .collect();
        if !shown.is_empty() {
            command += &format!(" -- {}", shown.join(" "));
        }
        times.push((anchor, command, start.elapsed().as_secs_f64()));
    }
    Ok(times)
}

/// Chapter 4's gradient for one mini-batch of 100, three ways, timed one right after the
/// other by `cargo bench -p ch04 -- --once`: each time, and how many times the analytic
/// gradient's it is.
fn gradient_times() -> anyhow::Result<Vec<Row>> {
    eprintln!("running cargo bench -p ch04 -- --once");
    let output = Command::new(env!("CARGO"))
        .current_dir(repository())
        .args([
            "bench",
            "--quiet",
            "-p",
            "ch04",
            "--bench",
            "gradients",
            "--",
            "--once",
        ])
        .output()?;
    if !output.status.success() {
        bail!(
            "cargo bench -p ch04 failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let stdout = String::from_utf8(output.stdout)?;
    let names = [
        ("numerical", "`numerical_gradient`, the book's"),
        ("fast numerical", "`fast_numerical_gradient`"),
        ("analytic", "`gradient`, analytic"),
    ];
    let mut times = Vec::new();
    for (name, _) in names {
        times.push(time_of(&stdout, &format!("{name} gradient"))?);
    }
    let analytic = times[2];
    Ok(names
        .iter()
        .zip(&times)
        .map(|((_, what), &seconds)| {
            Row::new(
                *what,
                &[duration(seconds), format!("{:.0}", seconds / analytic)],
            )
        })
        .collect())
}

/// A time in the unit that suits it: `13.2 s`, `27.1 ms`, `312 µs`.
fn duration(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.1} s")
    } else if seconds >= 1e-3 {
        format!("{:.1} ms", seconds * 1e3)
    } else {
        format!("{:.0} µs", seconds * 1e6)
    }
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

/// The seconds in a line `time: <what> <seconds> s` of a program's output.
fn time_of(stdout: &str, what: &str) -> anyhow::Result<f64> {
    let prefix = format!("time: {what} ");
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .with_context(|| format!("no line {prefix:?} in the output"))?;
    let seconds = line.trim_end_matches(" s");
    seconds
        .parse()
        .with_context(|| format!("{seconds:?} is not a number of seconds"))
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

fn min(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

fn max(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

fn cargo(args: &[&str]) -> anyhow::Result<()> {
    let status = Command::new(env!("CARGO"))
        .current_dir(repository())
        .args(args)
        .status()?;
    if !status.success() {
        bail!("cargo {} failed", args.join(" "));
    }
    Ok(())
}

/// `cargo test` in this working tree, already built: how long, and how many tests.
fn warm_test() -> anyhow::Result<Row> {
    cargo(&["test", "--quiet", "--no-run"])?;
    let (seconds, counts) = timed_test(repository(), None)?;
    Ok(Row::new(
        "`cargo test`, everything already built",
        &[format!("{seconds:.0} s: {counts}")],
    ))
}

/// A fresh clone of the last commit, built from nothing as a reader would: the first
/// `cargo run -p ch01`, then `cargo test`.
fn fresh_clone() -> anyhow::Result<Vec<Row>> {
    let clone = repository().join("target/xtask/fresh-clone");
    if clone.exists() {
        std::fs::remove_dir_all(&clone)?;
    }
    let status = Command::new("git")
        .args(["clone", "--quiet"])
        .arg(repository())
        .arg(&clone)
        .status()?;
    if !status.success() {
        bail!("git clone failed");
    }
    let target = clone.join("target");
    let start = Instant::now();
    let status = Command::new(env!("CARGO"))
        .current_dir(&clone)
        .env("CARGO_TARGET_DIR", &target)
        .args(["run", "--quiet", "-p", "ch01"])
        .status()?;
    if !status.success() {
        bail!("cargo run -p ch01 failed in the fresh clone");
    }
    let first = start.elapsed().as_secs_f64();
    let (seconds, counts) = timed_test(&clone, Some(&target))?;
    std::fs::remove_dir_all(&clone)?;
    Ok(vec![
        Row::new(
            "a fresh clone: `cargo run -p ch01` (builds the dependencies first)",
            &[format!("{first:.0} s")],
        ),
        Row::new("then `cargo test`", &[format!("{seconds:.0} s: {counts}")]),
    ])
}

/// Runs `cargo test` in `dir` and returns its seconds and its counts of tests.
fn timed_test(dir: &Path, target: Option<&Path>) -> anyhow::Result<(f64, String)> {
    let mut command = Command::new(env!("CARGO"));
    command.current_dir(dir).arg("test");
    if let Some(target) = target {
        command.env("CARGO_TARGET_DIR", target);
    }
    let start = Instant::now();
    let output = command.output()?;
    let seconds = start.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!(
            "cargo test failed:\n{}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
    let (mut passed, mut ignored) = (0, 0);
    for line in String::from_utf8(output.stdout)?.lines() {
        if let Some(rest) = line.strip_prefix("test result: ok. ") {
            let number = |word: &str| -> usize {
                rest.split("; ")
                    .find_map(|part| part.strip_suffix(word))
                    .and_then(|n| n.trim().parse().ok())
                    .unwrap_or(0)
            };
            passed += number(" passed");
            ignored += number(" ignored");
        }
    }
    Ok((
        seconds,
        format!("{passed} passed, {ignored} not run by default"),
    ))
}

/// One line about this machine and the tools.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| "an unknown processor".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let version = |program: &str, args: &[&str]| {
        Command::new(program)
            .args(args)
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
            .unwrap_or_else(|| format!("{program}: unknown"))
    };
    format!(
        "{model}, {cores} cores; {}; Python {} with NumPy {}",
        version("rustc", &["--version"]),
        version(
            "python3",
            &["-c", "import platform; print(platform.python_version())"]
        ),
        version("python3", &["-c", "import numpy; print(numpy.__version__)"]),
    )
}

/// The tables of the page, apart from the programs' times.
struct Tables<'a> {
    side_by_side: &'a [Row],
    gradients: &'a [Row],
    others: &'a [Row],
    tests: &'a [Row],
}

fn page(rounds: u8, tables: &Tables, programs: &[(&str, String, f64)]) -> anyhow::Result<String> {
    // One line a chapter, for the "Run it" box at the top of its page: numbers and code only,
    // so that it reads the same in both editions.
    let mut each_chapter = String::new();
    for (anchor, command, seconds) in programs {
        each_chapter += &format!(
            "<!-- ANCHOR: {anchor} -->\n<p class=\"run-time\"><code>{}</code>: {seconds:.1} s</p>\n<!-- ANCHOR_END: {anchor} -->\n",
            html::text(command)
        );
    }
    let date = Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    // The prose is translated with the rest of the book; the tables, which change with every
    // run, are HTML, which the translation tools leave alone.
    Ok(format!(
        "# Measurements\n\n\
         The one place in this book where times are written down: everywhere else they would go \
         stale. Times on a shared machine vary from run to run, sometimes by a third, so \
         compare programs measured in the same sitting, never with a time written down \
         earlier.\n\n\
         <p><em>Generated by <code>cargo xtask measure</code> on {date}, not edited by hand. \
         Measured on {}.</em></p>\n\n\
         ## Chapter 5's training run, side by side\n\n\
         10,000 iterations of batch 100 and 17 evaluations of all 70,000 images; the training \
         loop only, without loading the data. The three programs ran one after the other, in \
         rounds; *speed* is NumPy's time divided by the program's, taken within each round \
         (the median of the rounds): above 1 is faster than NumPy.\n\n\
         <!-- ANCHOR: ch05_training -->\n{}<!-- ANCHOR_END: ch05_training -->\n\n\
         ## Chapter 4's gradient, three ways\n\n\
         The gradient of chapter 4's network (784 inputs, 50 hidden units, 10 outputs) for \
         one mini-batch of 100 training images, computed by each of the three methods one \
         right after the other (`cargo bench -p ch04 -- --once`): the time of one call, and \
         how many times the analytic gradient's it is.\n\n\
         <!-- ANCHOR: ch04_gradients -->\n{}<!-- ANCHOR_END: ch04_gradients -->\n\n\
         ## Each chapter's program\n\n\
         As each chapter's page tells you to run it, from start to end, once built (the first \
         build takes longer).\n\n{each_chapter}\n\
         ## Other times the programs print\n\n\
         One run each, release builds.\n\n{}\n\
         ## Tests\n\n{}\n\
         <!-- ANCHOR: {MUTATION_RUN} -->\n<!-- ANCHOR_END: {MUTATION_RUN} -->\n",
        html::text(&machine()),
        html_table(
            &[
                &format!("program ({rounds} rounds)"),
                "median",
                "range",
                "speed"
            ],
            tables.side_by_side
        ),
        html_table(&["method", "time", "× analytic"], tables.gradients),
        html_table(&["program", "time"], tables.others),
        html_table(&["command", "time and count"], tables.tests),
    ))
}

/// The anchor of the line `cargo xtask mutants` writes into the page after a full run.
pub const MUTATION_RUN: &str = "mutation_run";

/// What lies between `<!-- ANCHOR: name -->` and its end, if the page has the anchor.
fn block(page: &str, name: &str) -> Option<String> {
    let start = page.find(&format!("<!-- ANCHOR: {name} -->\n"))?;
    let inner = start + format!("<!-- ANCHOR: {name} -->\n").len();
    let end = inner + page[inner..].find(&format!("<!-- ANCHOR_END: {name} -->"))?;
    Some(page[inner..end].to_string())
}

/// The page with what lies between the anchor `name` and its end replaced by `content`.
pub fn set_block(page: &str, name: &str, content: &str) -> String {
    let start_tag = format!("<!-- ANCHOR: {name} -->\n");
    let end_tag = format!("<!-- ANCHOR_END: {name} -->");
    match (page.find(&start_tag), page.find(&end_tag)) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{start_tag}{content}{}", &page[..start], &page[end..])
        }
        _ => format!("{page}\n{start_tag}{content}{end_tag}\n"),
    }
}
