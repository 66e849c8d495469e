//! `cargo xtask browser-check` (this program): the built site (`cargo xtask site`) as a reader
//! meets it, in headless Chromium. Every page of both editions is loaded from a local server, at a
//! desktop's width and at a phone's, and checked; real searches are run in both editions;
//! screenshots are kept under `target/browser-check/`; each chapter's Run box is clicked. What
//! is checked within a page is the JavaScript of `checks.js`.

mod chromium;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use booktools::book::pages;
use booktools::commands::{cargo, cargo_run, remove_dir, write};
use booktools::measurements::{self, BrowserRun, IN_THE_BROWSER};
use booktools::transcript::{check_against_book, differences, kind, sections};
use flate2::{Compression, write::GzEncoder};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use support::paths::{book_dir, repository};
use support::progress::{LOSS_EVERY, epochs_printed};

use chromium::Browser;

/// The checks run in a page, an object whose methods `check` calls.
const CHECKS: &str = include_str!("checks.js");

/// A page with one of each fault that the check looks for, shaped as mdBook shapes its
/// pages, with a list of what the check must report on it. If the checks stopped finding
/// one (a change in mdBook's markup can do that: the listings' check once looked at the
/// wrong element and passed 119 listings too wide), a clean report would mean nothing, so
/// the check first proves it still sees each fault.
const FAULTS: &str = include_str!("faults.html");

/// What `CHECKS.idsAndLinks` finds on a page.
#[derive(Deserialize)]
struct IdsAndLinks {
    ids: BTreeSet<String>,
    links: Vec<(String, String)>,
    other_edition: String,
}

impl Browser {
    /// Calls a method of `CHECKS` in the page, its arguments written as JSON, and reads its
    /// answer.
    fn check<T: DeserializeOwned>(&self, call: &str) -> Result<T> {
        let answer = self.evaluate(&format!("({CHECKS}).{call}"))?;
        Ok(serde_json::from_value(answer)?)
    }

    /// Opens `url` and returns the problems its events and `CHECKS.problems` report.
    fn problems_at(&self, url: &str) -> Result<Vec<String>> {
        Ok([self.open(url, false)?, self.check("problems()")?].concat())
    }
}

/// Fails unless the check finds every fault of `FAULTS`.
fn checks_still_see_faults(browser: &Browser, address: &str, site: &Path) -> Result<()> {
    let name = "browser-check-faults.html";
    fs::write(site.join(name), FAULTS)?;
    let found = browser.problems_at(&format!("{address}{name}"));
    fs::remove_file(site.join(name))?;
    let found = found?;
    // What it must report: the list in the page's first comment.
    let list = FAULTS.split("each line:\n").nth(1).context("no list")?;
    let expected = list.split("-->").next().unwrap_or_default().lines();
    let seen = |fault: &&str| found.iter().any(|f| f.starts_with(fault));
    let missed: Vec<&str> = expected.filter(|e| !seen(e)).collect();
    ensure!(
        missed.is_empty(),
        "the page checks no longer see these faults on a page made to have them, so they cannot \
         be trusted on the book's pages: {missed:?} (they found {found:?})"
    );
    Ok(())
}

/// Checks the built site in Chromium; with `--measure`, also writes the Run boxes' sizes and
/// times into book/measurements.md.
#[derive(clap::Parser)]
#[command(version)]
struct Args {
    /// Also write the Run boxes' sizes and times into book/measurements.md
    #[arg(long)]
    measure: bool,
}

fn main() -> std::process::ExitCode {
    support::exit_code(check(<Args as clap::Parser>::parse().measure))
}

fn check(measure_runs: bool) -> Result<()> {
    let start = Instant::now();
    let site = repository().join("target/book/html");
    let built = site.join("ja/index.html").exists() && site.join("pagefind").exists();
    ensure!(built, "no site in {site:?}: run `cargo xtask site`");
    let out = repository().join("target/browser-check");
    remove_dir(&out)?;
    let shots = out.join("screenshots");
    fs::create_dir_all(&shots)?;
    // Served as the reader's `cargo book` serves it.
    let server = site_server::Server::start(&site, 0)?;
    let address = server.url();
    let browser = Browser::start(&out.join("profile"), &address)?;
    checks_still_see_faults(&browser, &address, &site)?;

    let mut problems: Vec<String> = Vec::new();
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut links: Vec<(String, (String, String))> = Vec::new();
    let pages = pages()?;
    for (edition, other) in [("", "ja/"), ("ja/", "")] {
        for page in &pages {
            let path = format!("{edition}{page}.html");
            let url = format!("{address}{path}");
            let shot = |kind| shots.join(format!("{edition}{page}-{kind}.png").replace('/', "-"));

            let mut found = browser.problems_at(&url)?;
            let here: IdsAndLinks = browser.check("idsAndLinks()")?;
            let (switch, same) = (here.other_edition, format!("{address}{other}{page}.html"));
            let wrong = format!("the language switch leads to {switch:?}, not {same}");
            found.extend((switch != same).then_some(wrong));
            ids.insert(url.clone(), here.ids);
            links.extend(here.links.into_iter().map(|l| (path.clone(), l)));
            browser.screenshot(&shot("desktop"))?;

            found.extend(browser.open(&url, true)?);
            if browser.check("scrollsSideways()")? {
                found.push("the page scrolls sideways at a phone's width (390 px)".into());
            }
            browser.screenshot(&shot("phone"))?;
            problems.extend(found.into_iter().map(|p| format!("{path}: {p}")));
        }
    }
    for (page, (target, anchor)) in links {
        if !ids.get(&target).is_some_and(|set| set.contains(&anchor)) {
            problems.push(format!("{page}: no anchor for its link {target}#{anchor}"));
        }
    }
    themes(&browser, &address, &shots, &mut problems)?;
    let runs = runs(&browser, &address, &out, &mut problems)?;
    searches(&browser, &address, &mut problems)?;

    let (n, seconds) = (pages.len() * 2, start.elapsed().as_secs_f64());
    println!("checked {n} pages in 2 editions, at 1280 and 390 px, in {seconds:.0} s");
    println!("screenshots in {}", shots.display());
    let (n, all) = (problems.len(), problems.join("\n"));
    ensure!(n == 0, "the browser check found {n} problems:\n{all}");
    println!("no problems found");
    if measure_runs {
        measure(runs, &site)
    } else {
        Ok(())
    }
}

/// A figure page in mdBook's light and dark themes: figures must stay readable on both.
fn themes(browser: &Browser, at: &str, shots: &Path, found: &mut Vec<String>) -> Result<()> {
    let url = format!("{at}ch04-learning.html");
    for theme in ["light", "navy"] {
        browser.open(&url, false)?;
        browser.evaluate(&format!("localStorage.setItem('mdbook-theme', '{theme}')"))?;
        browser.open(&url, false)?;
        if !browser.check::<bool>(r#"figureLoaded("fig4-7-train-accuracy.svg")"#)? {
            found.push(format!("{theme} theme: the figure did not load"));
        }
        std::thread::sleep(Duration::from_millis(200));
        browser.screenshot(&shots.join(format!("theme-{theme}-figure.png")))?;
    }
    browser.evaluate("localStorage.removeItem('mdbook-theme')")?;
    Ok(())
}

/// What `CHECKS.runResult` finds in a Run box.
#[derive(Deserialize)]
struct Run {
    done: bool,
    exit_code: String,
    stdout: String,
    stderr: String,
    figures: usize,
    loaded: usize,
    seconds: f64,
    first_output: f64,
    /// How many points the live loss chart has.
    loss_points: usize,
}

/// The Run boxes clicked, as a reader would: the edition, the chapter, the program and its
/// options. Each chapter's in both editions, then chapter 5's with a learning rate too large,
/// and the experiments of §2.4 and §4.4.1.
const RUNS: [(&str, &str, &str, &str); 13] = [
    ("", "ch01", "ch01", ""),
    ("", "ch02", "ch02", ""),
    ("", "ch03", "ch03", ""),
    ("", "ch04", "ch04", ""),
    ("", "ch05", "ch05", ""),
    ("ja/", "ch01", "ch01", ""),
    ("ja/", "ch02", "ch02", ""),
    ("ja/", "ch03", "ch03", ""),
    ("ja/", "ch04", "ch04", ""),
    ("ja/", "ch05", "ch05", ""),
    ("", "ch05", "ch05", "--iters 300 --lr 50"),
    ("", "ch02", "perceptron", "--w1 1 --w2 -1 --b 0"),
    ("", "ch04", "descent", "--lr 1.1 --steps 20"),
];

/// Clicks each of `RUNS` and waits until its program has ended and its figures have loaded.
/// Each must print what `cargo run -p chNN` printed (the book's `output.txt`, compared as
/// the chapters' tests compare it) and show every figure it drew; with options, what the
/// command line prints with them. The chapters' English runs, each with its chapter, are what
/// it returns.
fn runs(
    browser: &Browser,
    address: &str,
    out: &Path,
    found: &mut Vec<String>,
) -> Result<Vec<(&'static str, Run)>> {
    let (pages, mut english) = (pages()?, Vec::new());
    for (edition, chapter, program, args) in RUNS {
        let page = pages
            .iter()
            .find(|p| p.starts_with(chapter))
            .context("a page")?;
        browser.open(&format!("{address}{edition}{page}.html"), false)?;
        browser.evaluate(&format!("({CHECKS}).startRun({program:?}, {args:?})"))?;
        let (start, result) = (Instant::now(), format!("runResult({program:?})"));
        let mut run: Run = browser.check(&result)?;
        while !(run.done && run.loaded == run.figures) && start.elapsed().as_secs() < 300 {
            std::thread::sleep(Duration::from_millis(500));
            run = browser.check(&result)?;
        }
        let at = format!("{edition}{page}.html, {program} {args}")
            .trim_end()
            .to_string();
        println!(
            "{at}: {} s, first output after {} s",
            run.seconds, run.first_output
        );
        found.extend(run_problem(chapter, program, args, &run)?.map(|p| format!("{at}: {p}")));
        if args.is_empty() {
            let shot = format!("{edition}{chapter}-run.png").replace('/', "-");
            browser.screenshot(&out.join("screenshots").join(shot))?;
            english.extend(edition.is_empty().then_some((chapter, run)));
        }
    }
    Ok(english)
}

/// Writes the Measurements page's block on the Run boxes: the chapters' `runs`, the sizes of
/// their programs in `site`, and chapter 5 run natively right after.
fn measure(runs: Vec<(&str, Run)>, site: &Path) -> Result<()> {
    let native = cargo_run("ch05", "ch05", &["--quiet", "--out", "target/xtask/ch05"])?;
    let mut measured = Vec::new();
    for (chapter, run) in runs {
        let wasm = fs::read(site.join(format!("run/{chapter}.wasm")))?;
        let mut gzip = GzEncoder::new(Vec::new(), Compression::default());
        gzip.write_all(&wasm)?;
        let (bytes, gzip_bytes) = (wasm.len() as u64, gzip.finish()?.len() as u64);
        let (first_output, seconds, stdout) = (run.first_output, run.seconds, run.stdout);
        let chapter = chapter.to_string();
        measured.push(BrowserRun {
            chapter,
            bytes,
            gzip_bytes,
            first_output,
            seconds,
            stdout,
        });
    }
    let path = repository().join("book/measurements.md");
    let block = measurements::in_the_browser(&measured, &native)?;
    let page = measurements::set_block(&fs::read_to_string(&path)?, IN_THE_BROWSER, &block);
    write(&path, &page)
}

/// What is wrong with a `run` of `program` (of `chapter`) with `args`, if anything.
fn run_problem(chapter: &str, program: &str, args: &str, run: &Run) -> Result<Option<String>> {
    let drawn = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("wrote ") && !l.contains("/ja/"));
    let (drawn, shown) = (drawn.count(), (run.loaded, run.figures));
    let (code, stderr) = (&run.exit_code, &run.stderr);
    let problem = if !run.done {
        Some("not ended within 300 s".to_string())
    } else if !args.is_empty() {
        let mut native = cargo(&["run", "--quiet", "--release", "-p", chapter, "--bin"]);
        let native = native
            .args([program, "--"])
            .args(args.split(' '))
            .output()?;
        let expected = String::from_utf8(native.stderr)?;
        let printed = sections(&String::from_utf8(native.stdout)?)?;
        let differ = differences(&printed, &sections(&run.stdout)?, kind);
        let exit = native.status.code().unwrap_or(-1).to_string();
        let same = *code == exit && *stderr == expected && differ.is_empty();
        (!same)
            .then(|| format!("exit {code}, {stderr:?}, {differ:?}; natively: {exit}, {expected:?}"))
    } else if code != "0" {
        Some(format!("exit code {code:?}: {stderr}"))
    } else {
        check_against_book(&book_dir(chapter), &run.stdout, kind).err()
    };
    // Chapter 5 trains with the book's settings: to the chapter's accuracy, as on the command
    // line (its tests check the command line's run).
    let last = epochs_printed(&run.stdout)
        .last()
        .map_or(0.0, |&(_, test)| test);
    let trained = (program == "ch05" && args.is_empty() && last < 0.96)
        .then(|| format!("chapter 5 trained to a test accuracy of {last}, not 0.96"));
    // Its loss is drawn live, a point every LOSS_EVERY of its 10,000 iterations.
    let (points, expected) = (run.loss_points, 10_000 / LOSS_EVERY as usize);
    let loss = (program == "ch05" && args.is_empty() && points != expected)
        .then(|| format!("the live loss chart has {points} points, not {expected}"));
    let figures = (code == "0" && shown != (drawn, drawn))
        .then(|| format!("{shown:?} of {drawn} figures shown"));
    Ok(problem.or(trained).or(loss).or(figures))
}

/// The searches: the edition, the query, and a page it must find among its first results.
const SEARCHES: [(&str, &str, &str); 5] = [
    ("", "softmax", "ch03-neural-network.html"),
    ("", "backpropagation", "ch05-backpropagation.html"),
    ("ja/", "活性化関数", "ch03-neural-network.html"),
    ("ja/", "誤差逆伝播法", "ch05-backpropagation.html"),
    ("ja/", "ソフトマックス", "ch03-neural-network.html"),
];

/// Real searches: mdBook's own search in the English edition, Pagefind's in the Japanese,
/// each typed into the search box of a page just opened, as a reader would.
fn searches(browser: &Browser, address: &str, found: &mut Vec<String>) -> Result<()> {
    for (edition, query, page) in SEARCHES {
        browser.open(&format!("{address}{edition}ch01-rust-primer.html"), false)?;
        let pagefind = !edition.is_empty();
        let hits: Vec<String> = browser.check(&format!("search({query:?}, {pagefind})"))?;
        let first = &hits[..hits.len().min(5)];
        let which = ["English", "Japanese"][usize::from(pagefind)];
        let search = format!("search ({which}) {query:?}");
        if first.iter().any(|href| href.contains(page)) {
            println!("{search}: {page} among {} results", hits.len());
        } else {
            found.push(format!("{search}: not {page} among {first:?}"));
        }
    }
    Ok(())
}
