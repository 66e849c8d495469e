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

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use booktools::html;
use support::paths::repository;

use crate::measure;

/// How to run.
#[derive(Debug, clap::Args)]
pub struct Options {
    /// Only the mutants in lesson files that the last commit changed (CI)
    #[arg(long)]
    diff: bool,
    /// Stop starting mutants after this many minutes (the results so far still count)
    #[arg(long, value_name = "MINUTES")]
    budget_minutes: Option<u64>,
    /// Go on from the last full run: skip the mutants it caught or found unviable
    #[arg(long, conflicts_with_all = ["diff", "files"])]
    resume: bool,
    /// Only these files (repeatable), e.g. chapters/ch05/src/affine.rs
    #[arg(long = "file", value_name = "FILE")]
    files: Vec<String>,
}

/// What cargo-mutants found, by outcome: each a list of mutants, `file:line:col: change`.
struct Outcomes {
    caught: Vec<String>,
    missed: Vec<String>,
    unviable: Vec<String>,
    timeout: Vec<String>,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    // A full run keeps its own directory, so that a partial one cannot overwrite what
    // `--resume` goes on from.
    let full = !options.diff && options.files.is_empty();
    let out = repository().join(if full {
        "target/mutants"
    } else {
        "target/mutants-partial"
    });
    let mut args: Vec<String> = vec![
        "mutants".into(),
        "--workspace".into(),
        "--no-shuffle".into(),
        // Two mutants at a time: most test binaries run one or two tests on one core, so a
        // second job keeps the other core busy.
        "--jobs=2".into(),
    ];
    args.extend(["--output".into(), out.to_string_lossy().into_owned()]);
    if options.diff {
        let diff = lesson_diff()?;
        if diff.trim().is_empty() {
            println!("the last commit changed no lesson file: no mutants to run");
            return Ok(());
        }
        let path = repository().join("target/mutants.diff");
        std::fs::create_dir_all(repository().join("target"))?;
        std::fs::write(&path, diff)?;
        args.extend(["--in-diff".into(), path.to_string_lossy().into_owned()]);
    }
    for file in &options.files {
        args.extend(["--re".into(), format!("^{}:", regex_escape(file))]);
    }
    // What the earlier runs settled, gathered before cargo-mutants moves the last one's
    // directory aside; a new full run starts from nothing.
    let earlier = if options.resume {
        args.push("--iterate".into());
        Some(Earlier::gather(&out)?)
    } else {
        if full {
            Earlier::forget(&out)?;
        }
        None
    };
    let start = Instant::now();
    if full {
        let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
        std::fs::create_dir_all(&out)?;
        std::fs::write(out.join("started"), format!("{now}\n"))?;
    }
    let finished = run_with_budget(
        &args,
        options.budget_minutes.map(|m| Duration::from_secs(60 * m)),
    )?;
    let mut minutes = start.elapsed().as_secs_f64() / 60.0;
    let mut outcomes = read_outcomes(&out.join("mutants.out"))?;
    if let Some(earlier) = earlier {
        minutes += earlier.minutes;
        outcomes.add_settled(earlier.settled);
    }
    let survivors = survivors()?;
    let unexplained: Vec<&String> = outcomes
        .missed
        .iter()
        .filter(|m| !survivors.contains_key(&name_of(m)))
        .collect();
    println!(
        "{} mutants tried in {minutes:.0} min{}: {} caught, {} missed ({} explained as \
         equivalent), {} unviable, {} timed out",
        outcomes.total(),
        if finished {
            ""
        } else {
            " (the time budget ran out first)"
        },
        outcomes.caught.len(),
        outcomes.missed.len(),
        outcomes.missed.len() - unexplained.len(),
        outcomes.unviable.len(),
        outcomes.timeout.len(),
    );
    if full && finished {
        let page = summary_page(&outcomes, &survivors);
        let path = repository().join("book/mutation-testing.md");
        std::fs::write(&path, page).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", path.display());
        // Its time goes where all the book's times are.
        let path = repository().join("book/measurements.md");
        let measurements = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let line = format!(
            "<p class=\"run-time\"><code>cargo xtask mutants</code>, all {} mutants of the \
             lesson code: {minutes:.0} min of running (added up, if it took several \
             sittings with <code>--resume</code>)</p>\n",
            outcomes.total()
        );
        std::fs::write(
            &path,
            measure::set_block(&measurements, measure::MUTATION_RUN, &line),
        )
        .with_context(|| format!("writing {}", path.display()))?;
        println!("wrote the run's time into {}", path.display());
    }
    if !unexplained.is_empty() {
        bail!(
            "{} mutants were not caught by any test: a learner's mistake there would go \
             unnoticed. Add a test that catches each, or, if it computes exactly the same thing, \
             explain why in .cargo/mutants-survivors.toml:\n{}",
            unexplained.len(),
            unexplained
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    Ok(())
}

/// A path as a regular expression that matches only it.
fn regex_escape(path: &str) -> String {
    path.chars()
        .flat_map(|c| {
            let special = ".+*?()[]{}|^$\\".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// `git diff HEAD~1` of the lesson files (as `.cargo/mutants.toml` lists them).
fn lesson_diff() -> anyhow::Result<String> {
    let output = Command::new("git")
        .current_dir(repository())
        .args([
            "diff",
            "HEAD~1",
            "--",
            // A pathspec with a wildcard matches whole paths, so it needs the trailing `*`.
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

/// Runs cargo-mutants; past the budget, stops it (the mutants finished so far are recorded).
/// Returns whether it ran to the end.
fn run_with_budget(args: &[String], budget: Option<Duration>) -> anyhow::Result<bool> {
    let mut child = Command::new(env!("CARGO"))
        .current_dir(repository())
        .args(args)
        .spawn()
        .context(
            "running cargo mutants (install it with `cargo install --locked cargo-mutants`)",
        )?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            // 0: all caught; 2: some missed; 3: some timed out. Others are real failures.
            return match status.code() {
                Some(0 | 2 | 3) => Ok(true),
                code => bail!("cargo mutants failed (exit code {code:?})"),
            };
        }
        if budget.is_some_and(|b| start.elapsed() > b) {
            child.kill()?;
            child.wait()?;
            return Ok(false);
        }
        std::thread::sleep(Duration::from_secs(5));
    }
}

/// What the earlier runs of a full run in sittings settled for good (caught or unviable:
/// `--iterate` does not run these again), and how long they took. Kept in
/// `target/mutants/earlier/`, for the runs before the last; the last one's results are still
/// in its own directory, whether it ended or was stopped.
struct Earlier {
    settled: Outcomes,
    minutes: f64,
}

impl Earlier {
    /// Adds the last run's settled mutants and time to those before it, and keeps the sum.
    fn gather(out: &Path) -> anyhow::Result<Earlier> {
        let kept = out.join("earlier");
        let last = out.join("mutants.out");
        let mut settled = read_outcomes(&kept)?;
        settled.add_settled(read_outcomes(&last)?);
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
        std::fs::write(kept.join("caught.txt"), lines(&settled.caught))?;
        std::fs::write(kept.join("unviable.txt"), lines(&settled.unviable))?;
        std::fs::write(kept.join("minutes"), format!("{minutes}\n"))?;
        Ok(Earlier { settled, minutes })
    }

    fn forget(out: &Path) -> anyhow::Result<()> {
        let kept = out.join("earlier");
        if kept.exists() {
            std::fs::remove_dir_all(&kept)?;
        }
        Ok(())
    }
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

fn lines(list: &[String]) -> String {
    list.iter().map(|line| format!("{line}\n")).collect()
}

fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

fn read_outcomes(dir: &Path) -> anyhow::Result<Outcomes> {
    let read = |file: &str| read_lines(&dir.join(file));
    Ok(Outcomes {
        caught: read("caught.txt"),
        missed: read("missed.txt"),
        unviable: read("unviable.txt"),
        timeout: read("timeout.txt"),
    })
}

impl Outcomes {
    /// Adds an earlier run's caught and unviable mutants, each once.
    fn add_settled(&mut self, earlier: Outcomes) {
        for (list, more) in [
            (&mut self.caught, earlier.caught),
            (&mut self.unviable, earlier.unviable),
        ] {
            let mut all: BTreeSet<String> = list.drain(..).collect();
            all.extend(more);
            list.extend(all);
        }
    }

    fn total(&self) -> usize {
        self.caught.len() + self.missed.len() + self.unviable.len() + self.timeout.len()
    }
}

/// A mutant without its line and column, so that an explanation survives edits above it:
/// `chapters/ch03/src/softmax.rs: replace - with + in softmax`.
fn name_of(mutant: &str) -> String {
    let mut parts = mutant.splitn(4, ':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(file), Some(_line), Some(_column), Some(change)) => format!("{file}:{change}"),
        _ => mutant.to_string(),
    }
}

/// The missed mutants that cannot matter, with why, from `.cargo/mutants-survivors.toml`.
fn survivors() -> anyhow::Result<BTreeMap<String, String>> {
    let path = repository().join(".cargo/mutants-survivors.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(BTreeMap::new());
    };
    let table: BTreeMap<String, String> =
        toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
    Ok(table)
}

/// `book/mutation-testing.md`: how many mutants ended how, and each missed one with its reason.
fn summary_page(outcomes: &Outcomes, survivors: &BTreeMap<String, String>) -> String {
    let rows = [
        ("caught: a test failed, as it should", outcomes.caught.len()),
        ("missed: no test failed", outcomes.missed.len()),
        (
            "unviable: the change did not compile",
            outcomes.unviable.len(),
        ),
        (
            "timed out: the change made a test hang",
            outcomes.timeout.len(),
        ),
    ]
    .map(|(what, n)| vec![html::text(what), n.to_string()])
    .to_vec();
    let missed: Vec<Vec<String>> = outcomes
        .missed
        .iter()
        .map(|m| {
            let reason = survivors
                .get(&name_of(m))
                .map_or("not explained: a gap in the tests", String::as_str);
            vec![html::with_code(m), html::with_code(reason)]
        })
        .collect();
    format!(
        "# Mutation testing {{#mutation-testing}}\n\n\
         A test is only as good as the mistakes it catches. Mutation testing makes one small \
         change at a time to the code the chapters teach — a `+` for a `-`, a function that \
         returns a constant — the kind of mistake a learner might make, and runs the \
         chapter's tests. Each change is a *mutant*; a mutant no test notices is a gap.\n\n\
         <p><em>Generated by <code>cargo xtask mutants</code> (cargo-mutants, over the files \
         <code>.cargo/mutants.toml</code> names), not edited by hand; how long it takes is on \
         the <a href=\"measurements.html\">Measurements</a> page.</em></p>\n\n{}\n\
         ## The mutants no test caught {{#the-mutants-no-test-caught}}\n\n{}",
        html::table(&["outcome", "mutants"], &rows),
        if missed.is_empty() {
            "None.\n".to_string()
        } else {
            html::table(&["mutant", "why it cannot matter"], &missed)
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_results_are_added_once_and_only_where_they_were_settled() {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let mut now = Outcomes {
            caught: list(&["b", "a"]),
            missed: list(&["m"]),
            unviable: list(&[]),
            timeout: list(&["t"]),
        };
        now.add_settled(Outcomes {
            caught: list(&["a", "c"]),
            missed: list(&["earlier missed, tried again"]),
            unviable: list(&["u"]),
            timeout: list(&[]),
        });
        assert_eq!(now.caught, list(&["a", "b", "c"]));
        assert_eq!(now.unviable, list(&["u"]));
        assert_eq!(now.missed, list(&["m"]));
        assert_eq!(now.timeout, list(&["t"]));
        assert_eq!(now.total(), 6);
    }

    #[test]
    fn every_explained_survivor_is_named_as_a_missed_mutant_would_be_and_has_a_reason() {
        for (name, reason) in survivors().unwrap() {
            let (file, change) = name.split_once(": ").unwrap();
            assert!(
                repository().join(file).is_file(),
                "{name}: no such file {file}"
            );
            assert_eq!(name_of(&format!("{file}:1:1: {change}")), name);
            assert!(!reason.trim().is_empty(), "{name}: no reason given");
        }
    }

    #[test]
    fn a_mutant_is_named_without_its_position() {
        assert_eq!(
            name_of("chapters/ch03/src/softmax.rs:21:13: replace - with + in softmax"),
            "chapters/ch03/src/softmax.rs: replace - with + in softmax"
        );
    }
}
