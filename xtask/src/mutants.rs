//! `cargo xtask mutants`: mutation testing of the lesson code with cargo-mutants. It makes
//! one small change at a time to the code the chapters teach (a `+` for a `-`, a function
//! that returns a constant…), the kind of mistake a learner might make, and runs the
//! chapter's tests: a change no test notices is a "missed" mutant, a gap in the tests.
//! Which files count as lessons is `.cargo/mutants.toml`; a missed mutant that cannot matter
//! (it computes the same thing) is listed with its reason in `.cargo/mutants-survivors.toml`.
//!
//! - `cargo xtask mutants` runs every mutant (hours on two cores), writes the summary page
//!   `book/mutation-testing.md` and puts the run's time on `book/measurements.md`.
//! - `cargo xtask mutants --resume` goes on from a full run that stopped (cargo-mutants'
//!   `--iterate`): it skips the mutants already caught or unviable and adds to their results
//!   and time, so that a run of several hours can be done in sittings.
//! - `cargo xtask mutants --diff` runs only the mutants in lesson files that the last commit
//!   changed, within `--budget-minutes`, as CI does; it fails if one is missed and not listed.
//! - `cargo xtask mutants -- <options>` hands cargo-mutants more options (`--file <FILE>`).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use booktools::measurements::{self, MUTATION_RUN};
use booktools::mutation::{self, Outcomes};
use support::paths::repository;

/// How to run.
#[derive(Debug, clap::Args)]
pub struct Options {
    /// Only the mutants in lesson files that the last commit changed (CI)
    #[arg(long)]
    diff: bool,
    /// Stop cargo-mutants after this many minutes (the results so far still count)
    #[arg(long, value_name = "MINUTES")]
    budget_minutes: Option<u64>,
    /// Go on from the last full run: skip the mutants it caught or found unviable
    #[arg(long, conflicts_with_all = ["diff", "more"])]
    resume: bool,
    /// More options for cargo-mutants, after `--`: `-- --file chapters/ch05/src/affine.rs`
    #[arg(last = true, value_name = "CARGO_MUTANTS_OPTIONS")]
    more: Vec<String>,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    // A full run keeps its own directory, so that a partial one cannot overwrite what
    // `--resume` goes on from.
    let full = !options.diff && options.more.is_empty();
    let out = repository().join(["target/mutants-partial", "target/mutants"][usize::from(full)]);
    // Stopped as by Ctrl-C past the budget, cargo-mutants keeps what it has found so far.
    let mut command = match options.budget_minutes {
        Some(minutes) => {
            let mut timeout = Command::new("timeout");
            timeout.args(["--signal=INT", &format!("{minutes}m"), env!("CARGO")]);
            timeout
        }
        None => Command::new(env!("CARGO")),
    };
    command.arg("mutants");
    // Two mutants at a time: most test binaries run one or two tests on one core, so a
    // second job keeps the other core busy.
    command.args(["--workspace", "--no-shuffle", "--jobs=2", "--output"]);
    command.arg(&out).args(&options.more);
    if options.diff {
        let diff = lesson_diff()?;
        if diff.trim().is_empty() {
            println!("the last commit changed no lesson file: no mutants to run");
            return Ok(());
        }
        let path = repository().join("target/mutants.diff");
        std::fs::create_dir_all(repository().join("target"))?;
        std::fs::write(&path, diff)?;
        command.arg("--in-diff").arg(path);
    }
    // What the earlier runs settled, gathered before cargo-mutants moves the last one's
    // directory aside; a new full run starts from nothing.
    let earlier = out.join("earlier");
    let (settled, minutes_before) = if options.resume {
        command.arg("--iterate");
        gather(&out)?
    } else {
        if earlier.exists() {
            std::fs::remove_dir_all(&earlier)?;
        }
        (Outcomes::default(), 0.0)
    };
    let start = Instant::now();
    if full {
        let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
        std::fs::create_dir_all(&out)?;
        std::fs::write(out.join("started"), format!("{now}\n"))?;
    }
    let status = command
        .current_dir(repository())
        .status()
        .context("running cargo mutants (`cargo install --locked cargo-mutants`)")?;
    // 0: all caught; 2: some missed; 3: some timed out; 124: stopped by the budget.
    let finished = match status.code() {
        Some(0 | 2 | 3) => true,
        Some(124) => false,
        code => bail!("cargo mutants failed (exit code {code:?})"),
    };
    let minutes = minutes_before + start.elapsed().as_secs_f64() / 60.0;
    let mut outcomes = mutation::read_outcomes(&out.join("mutants.out"))?;
    outcomes.add_settled(settled);
    let survivors = mutation::survivors(&repository().join(".cargo/mutants-survivors.toml"))?;
    let unexplained = outcomes.unexplained(&survivors);
    println!("{}", outcomes.summary(unexplained.len(), minutes, finished));
    if full && finished {
        let page = mutation::summary_page(&outcomes, &survivors);
        crate::write(&repository().join("book/mutation-testing.md"), &page)?;
        // Its time goes where all the book's times are.
        let path = repository().join("book/measurements.md");
        let page = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let line = outcomes.run_time(minutes);
        crate::write(&path, &measurements::set_block(&page, MUTATION_RUN, &line))?;
    }
    if !unexplained.is_empty() {
        bail!(
            "{} mutants were not caught by any test: a learner's mistake there would go \
             unnoticed. Add a test that catches each, or, if it computes exactly the same thing, \
             explain why in .cargo/mutants-survivors.toml:\n{}",
            unexplained.len(),
            unexplained.join("\n")
        );
    }
    Ok(())
}

/// `git diff HEAD~1` of the lesson files (as `.cargo/mutants.toml` lists them).
fn lesson_diff() -> anyhow::Result<String> {
    let output = Command::new("git")
        .current_dir(repository())
        // A pathspec with a wildcard matches whole paths, so it needs the trailing `*`.
        .args([
            "diff",
            "HEAD~1",
            "--",
            "chapters/ch0[1-5]/src/*",
            "dataset/src/*",
        ])
        .output()
        .context("running git diff")?;
    if !output.status.success() {
        bail!(
            "git diff failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8(output.stdout)?)
}

/// What the earlier runs of a full run in sittings settled for good (caught or unviable:
/// `--iterate` does not run these again), and how long they took. The last run's results are
/// still in its own directory, whether it ended or was stopped; those before it are kept in
/// `target/mutants/earlier/`, to which this adds the last run's.
fn gather(out: &Path) -> anyhow::Result<(Outcomes, f64)> {
    let (kept, last) = (out.join("earlier"), out.join("mutants.out"));
    let mut settled = mutation::read_outcomes(&kept)?;
    settled.add_settled(mutation::read_outcomes(&last)?);
    settled.missed.clear();
    settled.timeout.clear();
    if settled.caught.is_empty() && settled.unviable.is_empty() {
        bail!(
            "there is no earlier run in {} to go on from",
            last.display()
        );
    }
    let minutes_kept = match std::fs::read_to_string(kept.join("minutes")) {
        Ok(text) => text.trim().parse()?,
        Err(_) => 0.0,
    };
    let minutes = minutes_kept + run_minutes(out)?;
    std::fs::create_dir_all(&kept)?;
    std::fs::write(kept.join("caught.txt"), mutation::lines(&settled.caught))?;
    std::fs::write(
        kept.join("unviable.txt"),
        mutation::lines(&settled.unviable),
    )?;
    std::fs::write(kept.join("minutes"), format!("{minutes}\n"))?;
    Ok((settled, minutes))
}

/// How long the last run went on: from its start (the time `cargo xtask mutants` wrote into
/// `started`) to its last result (`outcomes.json` is rewritten after each mutant), even if it
/// was stopped.
fn run_minutes(out: &Path) -> anyhow::Result<f64> {
    let path = out.join("started");
    let started = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "reading {}: the last run was not started by `cargo xtask mutants`, so its time is \
             unknown; start a full run instead",
            path.display()
        )
    })?;
    let started = UNIX_EPOCH + Duration::from_secs(started.trim().parse()?);
    let outcomes = out.join("mutants.out/outcomes.json");
    let last = std::fs::metadata(&outcomes)
        .with_context(|| format!("reading {}", outcomes.display()))?
        .modified()?;
    Ok(last.duration_since(started)?.as_secs_f64() / 60.0)
}
