//! The results of mutation testing (cargo-mutants, run by `cargo xtask mutants`): the mutants
//! by outcome, the missed ones explained in `.cargo/mutants-survivors.toml`, and the summary
//! page `book/mutation-testing.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::Context;

use crate::table::{self, Cell, code, same, words};

/// What cargo-mutants found, by outcome: each a list of mutants, `file:line:col: change`.
#[derive(Debug, Default)]
pub struct Outcomes {
    pub caught: Vec<String>,
    pub missed: Vec<String>,
    pub unviable: Vec<String>,
    pub timeout: Vec<String>,
}

pub fn lines(list: &[String]) -> String {
    list.iter().map(|line| format!("{line}\n")).collect()
}

fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

pub fn read_outcomes(dir: &Path) -> anyhow::Result<Outcomes> {
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
    pub fn add_settled(&mut self, earlier: Outcomes) {
        for (list, more) in [
            (&mut self.caught, earlier.caught),
            (&mut self.unviable, earlier.unviable),
        ] {
            let mut all: BTreeSet<String> = list.drain(..).collect();
            all.extend(more);
            list.extend(all);
        }
    }

    pub fn total(&self) -> usize {
        self.caught.len() + self.missed.len() + self.unviable.len() + self.timeout.len()
    }

    /// The missed mutants that `survivors` does not explain.
    pub fn unexplained(&self, survivors: &BTreeMap<String, String>) -> Vec<String> {
        let missed = self.missed.iter();
        missed
            .filter(|m| !survivors.contains_key(&name_of(m)))
            .cloned()
            .collect()
    }

    /// A line that sums up a run of `minutes`.
    pub fn summary(&self, unexplained: usize, minutes: f64, finished: bool) -> String {
        format!(
            "{} mutants tried in {minutes:.0} min{}: {} caught, {} missed ({} explained as \
             equivalent), {} unviable, {} timed out",
            self.total(),
            if finished {
                ""
            } else {
                " (the time budget ran out first)"
            },
            self.caught.len(),
            self.missed.len(),
            self.missed.len() - unexplained,
            self.unviable.len(),
            self.timeout.len(),
        )
    }

    /// The line of the Measurements page that gives a full run's time.
    pub fn run_time(&self, minutes: f64) -> String {
        let header = [
            "mutants of the lesson code",
            "minutes of running, added up if it took several sittings with `--resume`",
        ];
        let row = [self.total().to_string(), format!("{minutes:.0}")];
        table::table(&header, &[row.map(same).to_vec()])
    }
}

/// A mutant without its line and column, so that an explanation survives edits above it:
/// `chapters/ch03/src/softmax.rs: replace - with + in softmax`.
pub fn name_of(mutant: &str) -> String {
    let mut parts = mutant.splitn(4, ':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(file), Some(_line), Some(_column), Some(change)) => format!("{file}:{change}"),
        _ => mutant.to_string(),
    }
}

/// The missed mutants that cannot matter, with why, from `.cargo/mutants-survivors.toml`.
pub fn survivors(path: &Path) -> anyhow::Result<BTreeMap<String, String>> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(BTreeMap::new());
    };
    let table: BTreeMap<String, String> =
        toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
    Ok(table)
}

/// `book/mutation-testing.md`: how many mutants ended how, and each missed one with its reason.
pub fn summary_page(outcomes: &Outcomes, survivors: &BTreeMap<String, String>) -> String {
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
    .map(|(what, n)| vec![words(what), same(n.to_string())])
    .to_vec();
    let missed: Vec<Vec<Cell>> = outcomes
        .missed
        .iter()
        .map(|m| {
            let reason = survivors
                .get(&name_of(m))
                .map_or("not explained: a gap in the tests", String::as_str);
            vec![same(code(m)), words(reason)]
        })
        .collect();
    format!(
        "# Mutation testing {{#mutation-testing}}\n\n\
         A test is only as good as the mistakes it catches. Mutation testing makes one small \
         change at a time to the code the chapters teach — a `+` for a `-`, a function that \
         returns a constant — the kind of mistake a learner might make, and runs the \
         chapter's tests. Each change is a *mutant*; a mutant no test notices is a gap.\n\n\
         *Generated by `cargo xtask mutants` (cargo-mutants, over the files \
         `.cargo/mutants.toml` names), not edited by hand; how long it takes is on the \
         [Measurements](measurements.md#mutation-testing) page.*\n\n{}\n\
         ## The mutants no test caught {{#the-mutants-no-test-caught}}\n\n{}",
        table::table(&["outcome", "mutants"], &rows),
        if missed.is_empty() {
            "None.\n".to_string()
        } else {
            table::table(&["mutant", "why it cannot matter"], &missed)
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
        let survivors = BTreeMap::from([("m".to_string(), "the same".to_string())]);
        assert!(now.unexplained(&survivors).is_empty());
        assert_eq!(
            now.summary(0, 61.4, false),
            "6 mutants tried in 61 min (the time budget ran out first): 3 caught, 1 missed \
             (1 explained as equivalent), 1 unviable, 1 timed out"
        );
    }

    #[test]
    fn every_explained_survivor_is_named_as_a_missed_mutant_would_be_and_has_a_reason() {
        let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let survivors = survivors(&repository.join(".cargo/mutants-survivors.toml")).unwrap();
        assert!(!survivors.is_empty());
        for (name, reason) in survivors {
            let (file, change) = name.split_once(": ").unwrap();
            assert!(
                repository.join(file).is_file(),
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
