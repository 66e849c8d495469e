//! `cargo xtask mutants`: mutation testing of the lesson code with cargo-mutants. It makes
//! one small change at a time to the code the chapters teach (a `+` for a `-`, a function
//! that returns a constant…), the kind of mistake a learner might make, and runs the
//! chapter's tests: a change no test notices is a "missed" mutant, a gap in the tests.
//! Which files count as lessons is `.cargo/mutants.toml`; a missed mutant that cannot matter
//! (it computes the same thing) is listed with its reason in `.cargo/mutants-survivors.toml`.
//! A full run (hours on two cores, in sittings with `--resume`) writes the summary page
//! `book/mutation-testing.md` and puts its time on `book/measurements.md`.

use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, bail, ensure};
use booktools::measurements::{self, MUTATION_RUN};
use booktools::mutation::{self, Outcomes};
use support::paths::repository;

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
    /// More options for cargo-mutants, after `--`; `-f FILE` only with `--no-config`
    #[arg(last = true, value_name = "CARGO_MUTANTS_OPTIONS")]
    more: Vec<String>,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    // A full run keeps its own directory, so that a partial one cannot overwrite what
    // `--resume` goes on from.
    let full = !options.diff && options.more.is_empty();
    let out = repository().join(["target/mutants-partial", "target/mutants"][usize::from(full)]);
    // Stopped as by Ctrl-C past the budget (none for 0), cargo-mutants keeps what it has
    // found so far; in the foreground, Ctrl-C itself reaches it too.
    let budget = format!("{}m", options.budget_minutes.unwrap_or(0));
    let timeout = ["--foreground", "--signal=INT", &budget, env!("CARGO")];
    let mut command = crate::tool("timeout", &timeout);
    // Two mutants at a time: most test binaries run one or two tests on one core, so a
    // second job keeps the other core busy.
    command.args(["mutants", "--workspace", "--no-shuffle", "--jobs=2"]);
    command.arg("--output").arg(&out).args(&options.more);
    if options.diff {
        // The lesson files, as `.cargo/mutants.toml` lists them (a pathspec with a wildcard
        // matches whole paths, so it needs the trailing `*`).
        let lessons = ["chapters/ch0[1-5]/src/*", "dataset/src/*"];
        let diff = crate::output(crate::tool("git", &["diff", "HEAD~1", "--"]).args(lessons))?;
        if diff.trim().is_empty() {
            println!("the last commit changed no lesson file: no mutants to run");
            return Ok(());
        }
        fs::create_dir_all(&out)?;
        fs::write(out.join("lessons.diff"), diff)?;
        command.arg("--in-diff").arg(out.join("lessons.diff"));
    }
    let (settled, minutes_before) = if options.resume {
        command.arg("--iterate");
        keep_settled(&out)?
    } else {
        crate::remove_dir(&out.join("earlier"))?;
        (Outcomes::default(), 0.0)
    };
    let start = Instant::now();
    let status = command.status().context("starting timeout (coreutils)")?;
    // 0: all caught; 2: some missed; 3: some timed out; 124: stopped by the budget.
    let finished = match status.code() {
        Some(0 | 2 | 3) => true,
        Some(124) => false,
        code => bail!("cargo mutants failed, exit code {code:?} (is it installed? see `.ci/run`)"),
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
        let page = fs::read_to_string(&path).context("reading book/measurements.md")?;
        let line = outcomes.run_time(minutes);
        crate::write(&path, &measurements::set_block(&page, MUTATION_RUN, &line))?;
    }
    ensure!(
        unexplained.is_empty(),
        "{} mutants were not caught by any test: a learner's mistake there would go unnoticed. \
         Add a test that catches each, or, if it computes exactly the same thing, explain why \
         in .cargo/mutants-survivors.toml:\n{}",
        unexplained.len(),
        unexplained.join("\n")
    );
    Ok(())
}

/// Before `--iterate` moves the last run's `mutants.out` aside: what the runs of a full run
/// in sittings settled for good (caught or unviable, which it does not run again) and their
/// minutes, kept in `target/mutants/earlier/`, the last run's added to those before it. A
/// run's minutes go from its `lock.json`, written as it starts, to its `outcomes.json`,
/// written last, even when it is stopped.
fn keep_settled(out: &Path) -> anyhow::Result<(Outcomes, f64)> {
    let (kept, last) = (out.join("earlier"), out.join("mutants.out"));
    let mut settled = mutation::read_outcomes(&kept)?;
    settled.add_settled(mutation::read_outcomes(&last)?);
    ensure!(settled.total() > 0, "no earlier run in {last:?}");
    let modified = |file: &str| fs::metadata(last.join(file))?.modified();
    let run = modified("outcomes.json")?.duration_since(modified("lock.json")?)?;
    let before = fs::read_to_string(kept.join("minutes")).unwrap_or("0".into());
    let minutes = before.trim().parse::<f64>()? + run.as_secs_f64() / 60.0;
    fs::create_dir_all(&kept)?;
    let (caught, unviable) = (&settled.caught, &settled.unviable);
    fs::write(kept.join("caught.txt"), mutation::lines(caught))?;
    fs::write(kept.join("unviable.txt"), mutation::lines(unviable))?;
    fs::write(kept.join("minutes"), format!("{minutes}\n"))?;
    Ok((settled, minutes))
}
