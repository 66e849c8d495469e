//! The Measurements page, `book/measurements.md`: the book's one table of times, which
//! `cargo xtask measure` measures and this module writes. Its prose and the words of its
//! tables are translated with the rest of the book; the times, which change with every run,
//! are cells the translation tools leave alone (`table`).

use anyhow::Context;

use crate::table::{self, Cell, same, words};

/// The day and the machine a sitting was measured on.
pub struct Machine {
    /// `2026-12-07`.
    pub date: String,
    /// The processor and its cores: `Intel(R) Xeon(R) Processor, 2 cores`.
    pub processor: String,
    /// `rustc --version`.
    pub rustc: String,
    /// Python's and NumPy's versions: `3.11.7, NumPy 2.4.6`.
    pub python: String,
}

/// What one sitting of `cargo xtask measure` measured, each table as rows of cells.
pub struct Measurements {
    pub machine: Machine,
    /// Rounds of the side-by-side times, and their tables (`side_by_side` from `TRAINING`,
    /// `CH04_TRAINING` and `CHECKS`): the training runs of chapters 5 and 4, and the
    /// gradient checks.
    pub rounds: u8,
    pub side_by_side: Vec<Vec<Cell>>,
    pub ch04_training: Vec<Vec<Cell>>,
    pub checks: Vec<Vec<Cell>>,
    /// Chapter 4's three gradients: time and how many times the analytic one's.
    pub gradients: Vec<Vec<Cell>>,
    /// Each chapter's program as its page runs it: the anchor the page includes the time by,
    /// the command as the page shows it, and its seconds.
    pub programs: Vec<(&'static str, String, f64)>,
    /// The other times the programs print, and `cargo test`'s: its seconds, and how many
    /// tests passed and were not run by default.
    pub others: Vec<Vec<Cell>>,
    pub tests: Vec<Vec<Cell>>,
}

/// A row of a table: what was measured, in words (Markdown), then what came out.
pub fn row(what: &str, results: &[String]) -> Vec<Cell> {
    let results = results.iter().map(|r| same(r.as_str()));
    std::iter::once(words(what)).chain(results).collect()
}

/// A time in the unit that suits it: `13.2 s`, `27.1 ms`, `312 µs`.
pub fn duration(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.1} s")
    } else if seconds >= 1e-3 {
        format!("{:.1} ms", seconds * 1e3)
    } else {
        format!("{:.0} µs", seconds * 1e6)
    }
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    (sorted[(n - 1) / 2] + sorted[n / 2]) / 2.0
}

/// The commands the chapters' pages tell the reader to run: the anchor that the pages include
/// the time by, the chapter, whether it is a release build, and its options (`--quiet`, which
/// keeps its output short, is not shown).
pub const PROGRAMS: [(&str, &str, bool, &str); 6] = [
    ("run_ch01", "ch01", false, ""),
    ("run_ch02", "ch02", false, ""),
    ("run_ch03", "ch03", false, ""),
    ("run_ch04", "ch04", true, "--quiet"),
    ("run_ch04_numerical", "ch04", true, "--quiet --numerical"),
    ("run_ch05", "ch05", true, "--quiet"),
];

/// For one of `PROGRAMS`, the command its page shows and the one that is timed, which writes
/// its files into `target/xtask/` instead of the reader's `target/runs/`.
pub fn program_commands(chapter: &str, release: bool, options: &str) -> (String, String) {
    let run = format!(
        "cargo run{} -p {chapter}",
        if release { " --release" } else { "" }
    );
    let timed = format!("{run} -- {options} --out target/xtask/{chapter}");
    match options.replace("--quiet", "").trim() {
        "" => (run, timed),
        shown => (format!("{run} -- {shown}"), timed),
    }
}

/// The seconds in a line `time: <what> <seconds> s` of a program's output.
pub fn time_of(stdout: &str, what: &str) -> anyhow::Result<f64> {
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

/// Seconds to three significant digits: `6.61 s`, `14.9 s`, `0.0874 s`.
fn three_digits(seconds: f64) -> String {
    let decimals = (2.0 - seconds.abs().log10().floor()).clamp(0.0, 9.0) as usize;
    format!("{seconds:.decimals$}")
}

/// Chapter 5's training run side by side, each row the program and the column of its NumPy
/// peer in a round of `side_by_side`: NumPy's, the chapter's layers' (on one core, then with
/// `--features threads`) and the appendix's engine's.
pub const TRAINING: [(&str, usize); 4] = [
    ("lean NumPy, `python3 numpy_ch05.py` (the peer)", 0),
    (
        "`cargo run --release -p ch05`: the layers the chapter teaches",
        0,
    ),
    (
        "`cargo run --release -p ch05 --features threads`: the same, each large product on both cores",
        0,
    ),
    (
        "`cargo run --release -p ch05-fast`: the appendix's engine",
        0,
    ),
];

/// Chapter 4's training run side by side, as `TRAINING`: its NumPy peer, then ours.
pub const CH04_TRAINING: [(&str, usize); 2] = [
    (
        "lean NumPy, `python3 bench/numpy/ch04_training.py` (the peer)",
        0,
    ),
    (
        "`cargo run --release -p ch04`: the network and gradient the chapter teaches",
        0,
    ),
];

/// The gradient checks side by side, as `TRAINING`: each NumPy peer, then ours.
pub const CHECKS: [(&str, usize); 4] = [
    ("lean NumPy, relu (the peer of §5.7.3)", 0),
    ("`numerical_gradient` of chapter 5's layers (§5.7.3)", 0),
    ("lean NumPy, sigmoid (the peer of §4.5.1)", 2),
    ("`numerical_gradient` of chapter 4's network (§4.5.1)", 2),
];

/// A side-by-side table from rounds of times, each round a time for each of `rows` (its name
/// and the column of its NumPy peer): the number of rounds, the median time, the range, and
/// the peer's time divided by the row's, taken within each round (the median of the rounds).
pub fn side_by_side(rows: &[(&str, usize)], rounds: &[Vec<f64>]) -> Vec<Vec<Cell>> {
    let rows = rows.iter().enumerate().map(|(k, &(name, peer))| {
        let times: Vec<f64> = rounds.iter().map(|r| r[k]).collect();
        let ratios: Vec<f64> = rounds.iter().map(|r| r[peer] / r[k]).collect();
        let (min, max) = times
            .iter()
            .fold((f64::MAX, 0.0_f64), |(lo, hi), &t| (lo.min(t), hi.max(t)));
        let results = [
            rounds.len().to_string(),
            format!("{} s", three_digits(median(&times))),
            format!("{}–{} s", three_digits(min), three_digits(max)),
            format!("{:.2}", median(&ratios)),
        ];
        row(name, &results)
    });
    rows.collect()
}

/// Chapter 4's three gradients, from what `cargo bench -p bench --bench gradients -- --once` printed: the time
/// of each, and how many times the analytic gradient's it is.
pub fn gradients(stdout: &str) -> anyhow::Result<Vec<Vec<Cell>>> {
    let names = [
        ("numerical", "`numerical_gradient`, the book's"),
        ("fast numerical", "`fast_numerical_gradient`"),
        ("analytic", "`gradient`, analytic"),
    ];
    let times = names
        .iter()
        .map(|(name, _)| time_of(stdout, &format!("{name} gradient")))
        .collect::<anyhow::Result<Vec<f64>>>()?;
    let rows = names.iter().zip(&times).map(|((_, what), &seconds)| {
        row(
            what,
            &[duration(seconds), format!("{:.0}", seconds / times[2])],
        )
    });
    Ok(rows.collect())
}

/// The other times the programs print (`time: …` lines), one row each: `outputs` holds each
/// chapter and what it printed.
pub fn printed_times(outputs: &[(&str, String)]) -> Vec<Vec<Cell>> {
    let lines = outputs
        .iter()
        .flat_map(|(chapter, stdout)| stdout.lines().map(move |l| (chapter, l)));
    let rows = lines.filter_map(|(chapter, line)| {
        let time = line.strip_prefix("time: ")?;
        Some(row(
            &format!("`cargo run --release -p {chapter}`"),
            &[time.to_string()],
        ))
    });
    rows.collect()
}

/// How many tests passed and how many were left out (`#[ignore]`), from `cargo test`'s output.
pub fn test_counts(stdout: &str) -> (usize, usize) {
    let (mut passed, mut ignored) = (0, 0);
    for rest in stdout
        .lines()
        .filter_map(|l| l.strip_prefix("test result: ok. "))
    {
        let number = |word: &str| -> usize {
            rest.split("; ")
                .find_map(|part| part.strip_suffix(word))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(0)
        };
        passed += number(" passed");
        ignored += number(" ignored");
    }
    (passed, ignored)
}

/// The header of the table of `cargo test`'s times.
pub const TESTS: [&str; 4] = ["command", "time", "passed", "not run by default"];

/// The anchor of the line `cargo xtask mutants` writes into the page after a full run.
pub const MUTATION_RUN: &str = "mutation_run";

/// The block of the page that `cargo xtask learner-loop` writes, which `measure` keeps.
pub const LEARNER_LOOP: &str = "learner_loop";

/// The block of the page that `cargo xtask browser-check --measure` writes.
pub const IN_THE_BROWSER: &str = "in_the_browser";

/// A chapter's program as the Run box of its page ran it in headless Chromium.
pub struct BrowserRun {
    pub chapter: String,
    /// The size of its WebAssembly file in bytes, as built and gzip-compressed.
    pub bytes: u64,
    pub gzip_bytes: u64,
    /// Seconds from the click to the first line printed, and to the end.
    pub first_output: f64,
    pub seconds: f64,
    /// What it printed.
    pub stdout: String,
}

/// The `in_the_browser` block: a row a chapter, the sizes added up, and chapter 5's training
/// loop in the page beside the same loop run natively (`native_ch05`, what
/// `cargo run --release -p ch05` printed right after).
pub fn in_the_browser(runs: &[BrowserRun], native_ch05: &str) -> anyhow::Result<String> {
    let mb = |bytes: u64| format!("{:.2} MB", bytes as f64 / 1e6);
    let mut rows: Vec<Vec<Cell>> = runs
        .iter()
        .map(|run| {
            let sizes = [mb(run.bytes), mb(run.gzip_bytes)];
            let times = [duration(run.first_output), duration(run.seconds)];
            row(&format!("`{}.wasm`", run.chapter), &[sizes, times].concat())
        })
        .collect();
    let total = |size: fn(&BrowserRun) -> u64| mb(runs.iter().map(size).sum());
    let sizes = [total(|run| run.bytes), total(|run| run.gzip_bytes)];
    rows.push(row(
        "all five",
        &[sizes.to_vec(), vec![String::new(); 2]].concat(),
    ));
    let ch05 = runs
        .iter()
        .find(|run| run.chapter == "ch05")
        .context("no run of ch05")?;
    let (page, native) = (
        time_of(&ch05.stdout, "training")?,
        time_of(native_ch05, "training")?,
    );
    let head = ["program", "size", "gzip", "first line", "whole run"];
    let training = [
        row("in the page", &[duration(page)]),
        row("natively, one thread, run right after", &[duration(native)]),
        row(
            "how many times as long in the page",
            &[format!("{:.1}", page / native)],
        ),
    ];
    let training_head = ["chapter 5's training loop (`time: training`)", "time"];
    Ok(format!(
        "{}\n{}",
        table::table(&head, &rows),
        table::table(&training_head, &training)
    ))
}

/// What lies between `<!-- ANCHOR: name -->` and its end, if the page has the anchor.
pub fn block(page: &str, name: &str) -> Option<String> {
    let start_tag = format!("<!-- ANCHOR: {name} -->\n");
    let inner = page.find(&start_tag)? + start_tag.len();
    let end = inner + page[inner..].find(&format!("<!-- ANCHOR_END: {name} -->"))?;
    Some(page[inner..end].to_string())
}

/// The page with what lies between the anchor `name` and its end replaced by `content` (the
/// anchor added at the end if the page has none).
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

/// The page.
pub fn page(m: &Measurements) -> String {
    // One line a chapter, for the "Run it" box at the top of its page: numbers and code only,
    // so that it reads the same in both editions.
    let mut each_chapter = String::new();
    for (anchor, command, seconds) in &m.programs {
        each_chapter += &format!(
            "<!-- ANCHOR: {anchor} -->\n<p class=\"run-time\"><code>{command}</code>: {seconds:.1} s</p>\n<!-- ANCHOR_END: {anchor} -->\n",
        );
    }
    let machine = &m.machine;
    let sitting = [
        &machine.date,
        &machine.processor,
        &machine.rustc,
        &machine.python,
    ];
    let sitting = table::table(
        &["the day", "the processor", "Rust", "Python"],
        &[sitting.map(|s| same(s.as_str())).to_vec()],
    );
    let side_by_side = ["rounds", "median", "range", "speed"];
    let programs = [&["program"], &side_by_side[..]].concat();
    format!(
        "# Measurements\n\n\
         The one place in this book where times are written down: everywhere else they would go \
         stale. Times on a shared machine vary from run to run, sometimes by a third, so \
         compare programs measured in the same sitting, never with a time written down \
         earlier.\n\n\
         *Generated by `cargo xtask measure`, not edited by hand, on this day and machine:*\n\n\
         {sitting}\n\
         ## Chapter 5's training run, side by side\n\n\
         10,000 iterations of batch 100 and 17 evaluations of all 70,000 images; the training \
         loop only, without loading the data. The programs ran one after the other, in \
         rounds; *speed* is NumPy's time divided by the program's, taken within each round \
         (the median of the rounds): above 1 is faster than NumPy.\n\n\
         <!-- ANCHOR: ch05_training -->\n{}<!-- ANCHOR_END: ch05_training -->\n\n\
         ## Chapter 4's training run, side by side\n\n\
         The same run with chapter 4's network (sigmoid) and its analytic gradient, which also \
         computes each batch's loss with a forward pass of its own, as the book's loop does; \
         its NumPy peer does the same. Timed in the same rounds, in the same way.\n\n\
         <!-- ANCHOR: ch04_training -->\n{}<!-- ANCHOR_END: ch04_training -->\n\n\
         ## The gradient checks, side by side\n\n\
         The numerical gradient of each gradient check, §4.5.1 (chapter 4's network, sigmoid) \
         and §5.7.3 (chapter 5's layers, ReLU): every parameter of a 784-50-10 network nudged \
         by h = 1e-4 both ways, the loss computed on the first 3 training images each time; \
         the numerical gradient only, without loading the data. In each round, the lean NumPy \
         version (`python3 bench/numpy/gradient_check.py`) ran with ReLU, then with sigmoid, \
         then ours (`cargo bench -p bench --bench checks`, the time of one call); *speed* is \
         NumPy's time divided by ours, taken within each round (the median of the rounds).\n\n\
         <!-- ANCHOR: checks -->\n{}<!-- ANCHOR_END: checks -->\n\n\
         ## Chapter 4's gradient, three ways\n\n\
         The gradient of chapter 4's network (784 inputs, 50 hidden units, 10 outputs) for \
         one mini-batch of 100 training images, computed by each of the three methods one \
         right after the other (`cargo bench -p bench --bench gradients -- --once`): the time of one call, and \
         how many times the analytic gradient's it is.\n\n\
         <!-- ANCHOR: ch04_gradients -->\n{}<!-- ANCHOR_END: ch04_gradients -->\n\n\
         ## Each chapter's program\n\n\
         As each chapter's page tells you to run it, from start to end, once built (the first \
         build takes longer).\n\n{each_chapter}\n\
         ## Other times the programs print\n\n\
         One run each, release builds.\n\n{}\n\
         ## Tests\n\n{}\n\
         ## A learner's wait\n\n\
         After a one-line mistake in a lesson file, how long the chapter's tests take to give \
         their whole verdict, and the chapter's program to be rebuilt and running, with the \
         rest of the build ready (`cargo xtask learner-loop`, in a copy of the repository).\n\n\
         <!-- ANCHOR: {LEARNER_LOOP} -->\n<!-- ANCHOR_END: {LEARNER_LOOP} -->\n\n\
         ## In the browser\n\n\
         Each chapter's program as the Run box of its page runs it, compiled to WebAssembly, \
         in headless Chromium (`cargo xtask browser-check --measure`, on the site that \
         `cargo xtask site` built): the size of the file the page loads, as built and as a \
         server compresses it, and the seconds from the click to the first line printed and \
         to the end.\n\n\
         <!-- ANCHOR: {IN_THE_BROWSER} -->\n<!-- ANCHOR_END: {IN_THE_BROWSER} -->\n\n\
         ## Mutation testing {{#mutation-testing}}\n\n\
         How long `cargo xtask mutants` took over all the mutants of the lesson code (what it \
         found is on the [Mutation testing](mutation-testing.md) page).\n\n\
         <!-- ANCHOR: {MUTATION_RUN} -->\n<!-- ANCHOR_END: {MUTATION_RUN} -->\n",
        table::table(&programs, &m.side_by_side),
        table::table(&programs, &m.ch04_training),
        table::table(
            &[&["gradient check"], &side_by_side[..]].concat(),
            &m.checks
        ),
        table::table(&["method", "time", "× analytic"], &m.gradients),
        table::table(&["program", "time"], &m.others),
        table::table(&TESTS, &m.tests),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_medians_and_blocks() {
        assert_eq!(duration(13.24), "13.2 s");
        assert_eq!(duration(0.0271), "27.1 ms");
        assert_eq!(duration(0.000312), "312 µs");
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        let page = set_block("text\n", MUTATION_RUN, "a\n");
        assert_eq!(block(&page, MUTATION_RUN).as_deref(), Some("a\n"));
        let page = set_block(&page, MUTATION_RUN, "b\n");
        assert_eq!(
            page,
            "text\n\n<!-- ANCHOR: mutation_run -->\nb\n<!-- ANCHOR_END: mutation_run -->\n"
        );
        assert_eq!(block("text", MUTATION_RUN), None);
    }

    #[test]
    fn commands_times_and_counts_from_what_programs_print() {
        assert_eq!(
            program_commands("ch04", true, "--quiet --numerical"),
            (
                "cargo run --release -p ch04 -- --numerical".to_string(),
                "cargo run --release -p ch04 -- --quiet --numerical --out target/xtask/ch04"
                    .to_string()
            )
        );
        assert_eq!(program_commands("ch01", false, "").0, "cargo run -p ch01");
        let bench = "time: numerical gradient 12.5 s\ntime: fast numerical gradient 0.5 s\n\
                     time: analytic gradient 0.0025 s\n";
        assert_eq!(time_of(bench, "analytic gradient").unwrap(), 0.0025);
        assert!(time_of(bench, "training").is_err());
        assert_eq!(
            gradients(bench).unwrap()[0][1..],
            [same("12.5 s"), same("5000")]
        );
        let rounds = [
            vec![2.0, 1.0, 0.8, 0.5],
            vec![3.0, 1.0, 0.8, 1.0],
            vec![2.5, 2.0, 1.0, 0.5],
        ];
        let cells = |texts: [&str; 4]| texts.map(same).to_vec();
        let rows = side_by_side(&TRAINING, &rounds);
        assert_eq!(rows[0][1..], cells(["3", "2.50 s", "2.00–3.00 s", "1.00"]));
        assert_eq!(rows[1][1..], cells(["3", "1.00 s", "1.00–2.00 s", "2.00"]));
        assert_eq!(
            rows[2][1..],
            cells(["3", "0.800 s", "0.800–1.00 s", "2.50"])
        );
        // Each check beside its own peer: ReLU's NumPy, ours, sigmoid's NumPy, ours.
        let bench =
            "time: ch04 check 2.1741141086666667e0 s\ntime: ch05 check 8.737989186956523e-2 s\n";
        let ours = |check: &str| time_of(bench, &format!("{check} check")).unwrap();
        let rounds = [
            vec![1.95, ours("ch05"), 2.062, ours("ch04")],
            vec![2.0, 0.1, 4.0, 1.0],
            vec![1.9, 0.095, 2.1, 3.0],
        ];
        let rows = side_by_side(&CHECKS, &rounds);
        assert_eq!(rows[0][1..], cells(["3", "1.95 s", "1.90–2.00 s", "1.00"]));
        assert_eq!(
            rows[1][1..],
            cells(["3", "0.0950 s", "0.0874–0.100 s", "20.00"])
        );
        assert_eq!(rows[2][1..], cells(["3", "2.10 s", "2.06–4.00 s", "1.00"]));
        assert_eq!(rows[3][1..], cells(["3", "2.17 s", "1.00–3.00 s", "0.95"]));
        assert_eq!(
            rows[3][0],
            words("`numerical_gradient` of chapter 4's network (§4.5.1)")
        );
        let printed = printed_times(&[("ch03", "x\ntime: loading 0.2 s\n".into())]);
        assert_eq!(
            printed,
            [vec![
                words("`cargo run --release -p ch03`"),
                same("loading 0.2 s")
            ]]
        );
        let test = "test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured\n\
                    test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured\n";
        assert_eq!(test_counts(test), (5, 1));
    }

    #[test]
    fn the_page_has_its_anchors_and_tables() {
        let page = page(&Measurements {
            machine: Machine {
                date: "2026-12-07".into(),
                processor: "a machine".into(),
                rustc: "rustc 1.95.0".into(),
                python: "3.11.7, NumPy 2.4.6".into(),
            },
            rounds: 3,
            side_by_side: vec![row("lean `ch05`", &["1.00 s".into()])],
            ch04_training: vec![row("lean `ch04`", &["2.00 s".into()])],
            checks: vec![row("`numerical_gradient`", &["0.0874 s".into()])],
            gradients: vec![],
            programs: vec![("run_ch01", "cargo run -p ch01".into(), 0.31)],
            others: vec![],
            tests: vec![],
        });
        assert!(page.contains(
            "| the day | the processor | Rust | Python |\n| --- | --- | --- | --- |\n\
             | <!-- i18n:skip -->2026-12-07 | <!-- i18n:skip -->a machine | \
             <!-- i18n:skip -->rustc 1.95.0 | <!-- i18n:skip -->3.11.7, NumPy 2.4.6 |\n"
        ));
        assert!(page.contains("| program | rounds | median | range | speed |\n"));
        assert!(page.contains("| lean `ch05` | <!-- i18n:skip -->1.00 s |\n"));
        assert!(page.contains(
            "<!-- ANCHOR: ch04_training -->\n| program | rounds | median | range | speed |\n\
             | --- | --- | --- | --- | --- |\n\
             | lean `ch04` | <!-- i18n:skip -->2.00 s |\n\
             <!-- ANCHOR_END: ch04_training -->\n"
        ));
        let checks = page.find("## The gradient checks, side by side").unwrap();
        assert!(page.find("<!-- ANCHOR_END: ch04_training -->").unwrap() < checks);
        assert!(page[checks..].starts_with(
            "## The gradient checks, side by side\n\nThe numerical gradient of each gradient check"
        ));
        assert!(page.contains(
            "<!-- ANCHOR: checks -->\n| gradient check | rounds | median | range | speed |\n\
             | --- | --- | --- | --- | --- |\n\
             | <!-- i18n:skip -->`numerical_gradient` | <!-- i18n:skip -->0.0874 s |\n\
             <!-- ANCHOR_END: checks -->\n"
        ));
        assert!(page.contains("<!-- ANCHOR: run_ch01 -->\n<p class=\"run-time\"><code>cargo run -p ch01</code>: 0.3 s</p>\n"));
        assert!(
            page.ends_with("<!-- ANCHOR: mutation_run -->\n<!-- ANCHOR_END: mutation_run -->\n")
        );
    }

    #[test]
    fn the_browser_block_adds_up_sizes_and_compares_chapter_5s_training() {
        let run = |chapter: &str, stdout: &str| BrowserRun {
            chapter: chapter.into(),
            bytes: 1_500_000,
            gzip_bytes: 500_000,
            first_output: 0.12,
            seconds: 35.0,
            stdout: stdout.into(),
        };
        let runs = [run("ch01", ""), run("ch05", "x\ntime: training 30.0 s\n")];
        let block = in_the_browser(&runs, "time: training 10.0 s\n").unwrap();
        let skip = |cells: &[&str]| {
            cells
                .iter()
                .map(|c| format!("{}{c}", table::SKIP))
                .collect::<Vec<_>>()
        };
        let ch05 = skip(&["`ch05.wasm`", "1.50 MB", "0.50 MB", "120.0 ms", "35.0 s"]).join(" | ");
        assert!(block.contains(&format!("\n| {ch05} |\n")), "{block}");
        let total = skip(&["3.00 MB", "1.00 MB"]).join(" | ");
        assert!(
            block.contains(&format!("\n| all five | {total} |  |  |\n")),
            "{block}"
        );
        for (what, value) in [
            ("in the page", "30.0 s"),
            ("natively, one thread, run right after", "10.0 s"),
            ("how many times as long in the page", "3.0"),
        ] {
            let line = format!("\n| {what} | {}{value} |\n", table::SKIP);
            assert!(block.contains(&line), "{block}");
        }
        assert!(in_the_browser(&runs[..1], "").is_err());
    }
}
