//! `cargo xtask browser-check`: the built site (`cargo xtask site`) as a reader meets it, in
//! headless Chromium. Every page of both editions is loaded from a local server, at a
//! desktop's width and at a phone's, and checked; real searches are run in both editions;
//! screenshots are kept under `target/browser-check/`. What is checked within a page is the
//! JavaScript of `checks.js`.

mod chromium;
mod server;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::bail;
use percent_encoding::percent_decode_str;
use serde_json::Value;
use support::paths::repository;

use crate::site::pages;
use chromium::Browser;

/// The checks run in a page, an object whose methods `check` calls.
const CHECKS: &str = include_str!("checks.js");

/// A page with one of each fault that the check looks for, shaped as mdBook shapes its
/// pages. If the checks stopped finding one (a change in mdBook's markup can do that: the
/// listings' check once looked at the wrong element and passed 119 listings too wide), a
/// clean report would mean nothing, so the check first proves it still sees each fault.
const FAULTS: &str = include_str!("faults.html");

/// What the check must report on `FAULTS`, one for each fault.
const FAULTS_FOUND: [&str; 11] = [
    "a request to another host",
    "a request failed",
    "console error",
    "a script failed",
    "an image did not load",
    "an image without alt text",
    "KaTeX could not render",
    "raw $$",
    "emphasis marks shown as text",
    "a link to #no-such-heading",
    "a listing wider than the page",
];

impl Browser {
    /// Calls a method of `CHECKS` in the page, its arguments written as JSON.
    fn check(&self, call: &str) -> anyhow::Result<Value> {
        self.evaluate(&format!("({CHECKS}).{call}"))
    }

    /// Opens `url` and returns the problems its events and `CHECKS.problems` report.
    fn problems_at(&self, url: &str) -> anyhow::Result<Vec<String>> {
        self.open(url)?;
        let mut found = self.problems();
        found.extend(strings(&self.check("problems()")?));
        Ok(found)
    }
}

/// Fails unless the check finds every fault of `FAULTS`.
fn checks_still_see_faults(browser: &Browser, address: &str, site: &Path) -> anyhow::Result<()> {
    let name = "browser-check-faults.html";
    std::fs::write(site.join(name), FAULTS)?;
    browser.window(1280, 800, false)?;
    let found = browser.problems_at(&format!("{address}{name}"));
    std::fs::remove_file(site.join(name))?;
    let found = found?;
    let missed: Vec<&str> = FAULTS_FOUND
        .into_iter()
        .filter(|fault| !found.iter().any(|f| f.starts_with(fault)))
        .collect();
    if !missed.is_empty() {
        bail!(
            "the page checks no longer see these faults on a page made to have them, so they \
             cannot be trusted on the book's pages: {missed:?} (they found {found:?})"
        );
    }
    Ok(())
}

pub fn check() -> anyhow::Result<()> {
    let start = Instant::now();
    let site = repository().join("target/book/html");
    if !site.join("ja/index.html").exists() || !site.join("pagefind").exists() {
        bail!(
            "no built site in {}: run `cargo xtask site` first",
            site.display()
        );
    }
    let out = repository().join("target/browser-check");
    if out.exists() {
        std::fs::remove_dir_all(&out)?;
    }
    let shots = out.join("screenshots");
    std::fs::create_dir_all(&shots)?;
    let address = server::serve(&site)?;
    let browser = Browser::start(&out.join("profile"), &address)?;
    checks_still_see_faults(&browser, &address, &site)?;

    let mut problems: Vec<String> = Vec::new();
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut links: Vec<(String, String)> = Vec::new();
    let pages = pages()?;
    for (edition, other) in [("", "ja/"), ("ja/", "")] {
        for page in &pages {
            let path = format!("{edition}{page}.html");
            let url = format!("{address}{path}");
            let shot =
                |kind: &str| shots.join(format!("{}{page}-{kind}.png", &edition.replace('/', "-")));

            browser.window(1280, 800, false)?;
            let mut found = browser.problems_at(&url)?;
            let here = browser.check("idsAndLinks()")?;
            ids.insert(url.clone(), strings(&here["ids"]).into_iter().collect());
            links.extend(
                strings(&here["links"])
                    .into_iter()
                    .map(|l| (path.clone(), l)),
            );
            let switch = here["other_edition"].as_str().unwrap_or("");
            let expected = format!("{address}{other}{page}.html");
            if switch != expected {
                found.push(format!(
                    "the language switch leads to {switch:?}, not to the same page in the other \
                     edition ({expected})"
                ));
            }
            browser.screenshot(&shot("desktop"))?;

            browser.window(390, 844, true)?;
            browser.open(&url)?;
            found.extend(browser.problems());
            if browser.check("scrollsSideways()")? == Value::Bool(true) {
                found.push("the page scrolls sideways at a phone's width (390 px)".into());
            }
            browser.screenshot(&shot("phone"))?;
            problems.extend(found.into_iter().map(|p| format!("{path}: {p}")));
        }
    }
    for (page, link) in links {
        let (target, anchor) = link.split_once('#').unwrap_or((&link, ""));
        let anchor = percent_decode_str(anchor).decode_utf8_lossy();
        if !ids
            .get(target)
            .is_some_and(|set| set.contains(anchor.as_ref()))
        {
            problems.push(format!(
                "{page}: a link to {link}, which has no such anchor"
            ));
        }
    }
    problems.extend(themes(&browser, &address, &shots)?);
    problems.extend(searches(&browser, &address)?);

    println!(
        "checked {} pages in 2 editions, at 1280 and 390 px, in {:.0} s; screenshots in {}",
        pages.len() * 2,
        start.elapsed().as_secs_f64(),
        shots.display()
    );
    if !problems.is_empty() {
        bail!(
            "the browser check found {} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
    println!("no problems found");
    Ok(())
}

/// A figure page in mdBook's light and dark themes: figures must stay readable on both.
fn themes(browser: &Browser, address: &str, shots: &Path) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    let url = format!("{address}ch04-learning.html");
    browser.window(1280, 800, false)?;
    for theme in ["light", "navy"] {
        browser.open(&url)?;
        browser.evaluate(&format!("localStorage.setItem('mdbook-theme', '{theme}')"))?;
        browser.open(&url)?;
        if browser.check(r#"figureLoaded("fig4-7-train-accuracy.svg")"#)? != Value::Bool(true) {
            found.push(format!("{theme} theme: the figure did not load"));
        }
        std::thread::sleep(Duration::from_millis(200));
        browser.screenshot(&shots.join(format!("theme-{theme}-figure.png")))?;
    }
    browser.evaluate("localStorage.removeItem('mdbook-theme')")?;
    Ok(found)
}

/// Real searches: mdBook's own search in the English edition, Pagefind's in the Japanese,
/// both through the search box a reader types into.
fn searches(browser: &Browser, address: &str) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    browser.window(1280, 800, false)?;
    let searches = [
        ("", "softmax", "ch03-neural-network.html"),
        ("", "backpropagation", "ch05-backpropagation.html"),
        ("ja/", "活性化関数", "ch03-neural-network.html"),
        ("ja/", "誤差逆伝播法", "ch05-backpropagation.html"),
        ("ja/", "ソフトマックス", "ch03-neural-network.html"),
    ];
    for (i, (edition, query, page)) in searches.into_iter().enumerate() {
        if i == 0 || i == 2 {
            browser.open(&format!("{address}{edition}ch01-rust-primer.html"))?;
        }
        let pagefind = !edition.is_empty();
        let hits = strings(&browser.check(&format!("search({query:?}, {pagefind})"))?);
        let edition = if pagefind { "Japanese" } else { "English" };
        report_search(&mut found, edition, query, page, &hits);
    }
    Ok(found)
}

fn report_search(found: &mut Vec<String>, edition: &str, query: &str, page: &str, hits: &[String]) {
    let first = &hits[..hits.len().min(5)];
    if first.iter().any(|href| href.contains(page)) {
        println!(
            "search ({edition}) {query:?}: {page} among {} results",
            hits.len()
        );
    } else {
        found.push(format!(
            "search ({edition}) {query:?} did not find {page} in its first results: {first:?}"
        ));
    }
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}
