//! `cargo xtask browser-check`: the built site (`cargo xtask site`) as a reader meets it, in
//! headless Chromium. Every page of both editions is loaded from a local server, at a
//! desktop's width and at a phone's, and checked; real searches are run in both editions;
//! screenshots are kept under `target/browser-check/`. What is checked within a page is the
//! JavaScript of `checks.js`.

mod chromium;
mod server;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use support::paths::repository;

use crate::site::pages;
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

pub fn check() -> Result<()> {
    let start = Instant::now();
    let site = repository().join("target/book/html");
    let built = site.join("ja/index.html").exists() && site.join("pagefind").exists();
    ensure!(built, "no site in {site:?}: run `cargo xtask site`");
    let out = repository().join("target/browser-check");
    crate::remove_dir(&out)?;
    let shots = out.join("screenshots");
    fs::create_dir_all(&shots)?;
    let (_server, address) = server::serve(&site)?;
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
    searches(&browser, &address, &mut problems)?;

    let (n, seconds) = (pages.len() * 2, start.elapsed().as_secs_f64());
    println!("checked {n} pages in 2 editions, at 1280 and 390 px, in {seconds:.0} s");
    println!("screenshots in {}", shots.display());
    let (n, all) = (problems.len(), problems.join("\n"));
    ensure!(n == 0, "the browser check found {n} problems:\n{all}");
    println!("no problems found");
    Ok(())
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
