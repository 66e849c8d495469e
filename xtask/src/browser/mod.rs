//! `cargo xtask browser-check`: the built site (`cargo xtask site`) as a reader meets it, in
//! headless Chromium. Every page of both editions is loaded from a local server, at a
//! desktop's width and at a phone's, and checked; real searches are run in both editions;
//! screenshots are kept under `target/browser-check/`.

mod cdp;
mod server;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::bail;
use serde_json::Value;
use support::paths::repository;

use crate::site::pages;
use cdp::Browser;

/// What is wrong on a page, found by the page's own JavaScript: images that did not load or
/// have no alt text, KaTeX's error boxes, math left as raw `$$`, emphasis marks left as
/// text, in-page links with no
/// target, and listings wider than the page.
const PAGE_PROBLEMS: &str = r##"(() => {
    const problems = [];
    const main = document.querySelector("main");
    for (const img of main.querySelectorAll("img")) {
        const src = img.getAttribute("src");
        if (!img.complete || img.naturalWidth === 0) problems.push("an image did not load: " + src);
        if (!img.getAttribute("alt")) problems.push("an image without alt text: " + src);
    }
    for (const error of document.querySelectorAll(".katex-error")) {
        problems.push("KaTeX could not render: " + error.textContent.slice(0, 80));
    }
    if (main.innerText.includes("$$")) problems.push("raw $$ in the text: math not rendered");
    // Emphasis written against Japanese letters (を_語_と) is not emphasis to Markdown: the
    // marks are printed. (The translation tools write every emphasis with underscores.)
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let prose = "";
    while (walker.nextNode()) {
        const node = walker.currentNode;
        if (!node.parentElement.closest("code, pre, .katex")) prose += node.textContent + "\n";
    }
    const marks = prose.match(/[*_][^\s*_]*[\u3040-\u30ff\u4e00-\u9fff][^\s*_]*[*_]/g);
    if (marks) problems.push("emphasis marks shown as text: " + marks.slice(0, 3).join(" "));
    for (const a of document.querySelectorAll("a[href*='#']")) {
        if (a.origin !== location.origin || a.pathname !== location.pathname) continue;
        const id = decodeURIComponent(a.hash.slice(1));
        if (id && !document.getElementById(id)) problems.push("a link to #" + id + ", which is not on the page");
    }
    // mdBook lets the code inside a listing scroll, so that is what would be too wide.
    for (const code of main.querySelectorAll("pre, pre > code")) {
        if (code.scrollWidth > code.clientWidth + 1) {
            problems.push("a listing wider than the page: " + code.innerText.split("\n")[0].slice(0, 60));
        }
    }
    return problems;
})()"##;

/// A page with one of each fault that `PAGE_PROBLEMS` looks for, shaped as mdBook shapes its
/// pages. If the checks stopped finding one (a change in mdBook's markup can do that: the
/// listings' check once looked at the wrong element and passed 119 listings too wide), a
/// clean report would mean nothing, so the check first proves it still sees each fault.
const FAULTS: &str = r##"<!DOCTYPE html>
<html><body><main style="width: 400px">
<img src="no-such-image.svg">
<span class="katex-error">\frac{1}{</span>
<p>$$ x^2 $$</p>
<p>変更を_ミュータント_と呼びます</p>
<a href="#no-such-heading">a link</a>
<pre><code class="language-rust" style="display: block; overflow-x: auto">let x = 0; // a line far too long for the page, which would make its reader scroll sideways</code></pre>
</main></body></html>"##;

/// What `PAGE_PROBLEMS` must report on `FAULTS`, one for each fault.
const FAULTS_FOUND: [&str; 7] = [
    "an image did not load",
    "an image without alt text",
    "KaTeX could not render",
    "raw $$",
    "emphasis marks shown as text",
    "a link to #no-such-heading",
    "a listing wider than the page",
];

/// Fails unless the page checks find every fault of `FAULTS`.
fn checks_still_see_faults(
    browser: &mut Browser,
    address: &str,
    site: &Path,
) -> anyhow::Result<()> {
    let name = "browser-check-faults.html";
    std::fs::write(site.join(name), FAULTS)?;
    browser.window(1280, 800, false)?;
    let found = browser
        .open(&format!("{address}{name}"))
        .and_then(|()| browser.evaluate(PAGE_PROBLEMS));
    std::fs::remove_file(site.join(name))?;
    let found = strings(&found?);
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

/// The ids on the page, its links to other pages of the site with an `#anchor` (links within
/// the page are checked with `PAGE_PROBLEMS`), and where
/// its language switch leads (the same page in the other edition).
const IDS_AND_LINKS: &str = r##"(() => ({
    ids: [...document.querySelectorAll("[id]")].map(e => e.id),
    links: [...document.querySelectorAll("main a[href]")]
        .filter(a => a.origin === location.origin && a.pathname !== location.pathname && a.hash)
        .map(a => a.href),
    other_edition: document.getElementById("language-switch")?.href ?? "",
}))()"##;

/// Whether the page scrolls sideways: at a phone's width it must not.
const SCROLLS_SIDEWAYS: &str =
    "document.documentElement.scrollWidth > document.documentElement.clientWidth + 1";

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
    let mut browser = Browser::start(&out.join("profile"))?;
    checks_still_see_faults(&mut browser, &address, &site)?;

    let mut problems: Vec<String> = Vec::new();
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut links: Vec<(String, String)> = Vec::new();
    let pages = pages()?;
    for edition in ["", "ja/"] {
        for page in &pages {
            let path = format!("{edition}{page}.html");
            let url = format!("{address}{path}");
            let shot =
                |kind: &str| shots.join(format!("{}{page}-{kind}.png", edition.replace('/', "-")));

            browser.window(1280, 800, false)?;
            browser.open(&url)?;
            let mut found = event_problems(browser.events(), &address);
            found.extend(strings(&browser.evaluate(PAGE_PROBLEMS)?));
            let found_here = browser.evaluate(IDS_AND_LINKS)?;
            ids.insert(
                url.clone(),
                strings(&found_here["ids"]).into_iter().collect(),
            );
            links.extend(
                strings(&found_here["links"])
                    .into_iter()
                    .map(|l| (path.clone(), l)),
            );
            let other = found_here["other_edition"].as_str().unwrap_or("");
            let expected = if edition.is_empty() {
                format!("{address}ja/{page}.html")
            } else {
                format!("{address}{page}.html")
            };
            if other != expected {
                found.push(format!(
                    "the language switch leads to {other:?}, not to the same page in the other \
                     edition ({expected})"
                ));
            }
            browser.screenshot(&shot("desktop"))?;

            browser.window(390, 844, true)?;
            browser.open(&url)?;
            found.extend(event_problems(browser.events(), &address));
            if browser.evaluate(SCROLLS_SIDEWAYS)? == Value::Bool(true) {
                found.push("the page scrolls sideways at a phone's width (390 px)".into());
            }
            browser.screenshot(&shot("phone"))?;
            problems.extend(found.into_iter().map(|p| format!("{path}: {p}")));
        }
    }
    for (page, link) in links {
        let (target, anchor) = link.split_once('#').unwrap_or((&link, ""));
        let anchor = percent_decoded(anchor);
        if !ids.get(target).is_some_and(|set| set.contains(&anchor)) {
            problems.push(format!(
                "{page}: a link to {link}, which has no such anchor"
            ));
        }
    }

    problems.extend(themes(&mut browser, &address, &shots)?);
    problems.extend(searches(&mut browser, &address)?);

    println!(
        "checked {} pages in {} editions, at 1280 and 390 px, in {:.0} s; screenshots in {}",
        pages.len() * 2,
        2,
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

/// Console errors, uncaught exceptions, failed loads and requests to any other host.
fn event_problems(events: &[Value], address: &str) -> Vec<String> {
    let mut found = Vec::new();
    for event in events {
        let params = &event["params"];
        match event["method"].as_str().unwrap_or("") {
            "Runtime.exceptionThrown" => found.push(format!(
                "a script failed: {}",
                params["exceptionDetails"]["exception"]["description"]
                    .as_str()
                    .or(params["exceptionDetails"]["text"].as_str())
                    .unwrap_or("?")
            )),
            "Runtime.consoleAPICalled" if params["type"] == "error" => {
                found.push(format!("console error: {}", params["args"]))
            }
            "Log.entryAdded" if params["entry"]["level"] == "error" => found.push(format!(
                "console error: {} ({})",
                params["entry"]["text"].as_str().unwrap_or("?"),
                params["entry"]["url"].as_str().unwrap_or("")
            )),
            "Network.requestWillBeSent" => {
                let url = params["request"]["url"].as_str().unwrap_or("");
                let local = url.starts_with(address)
                    || ["data:", "about:", "blob:"]
                        .iter()
                        .any(|s| url.starts_with(s));
                if !local {
                    found.push(format!("a request to another host: {url}"));
                }
            }
            "Network.loadingFailed" if params["canceled"] != Value::Bool(true) => {
                found.push(format!(
                    "a request failed: {}",
                    params["errorText"].as_str().unwrap_or("?")
                ))
            }
            _ => {}
        }
    }
    found
}

/// A figure page in mdBook's light and dark themes: figures must stay readable on both.
fn themes(browser: &mut Browser, address: &str, shots: &Path) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    let url = format!("{address}ch04-learning.html");
    browser.window(1280, 800, false)?;
    for theme in ["light", "navy"] {
        browser.open(&url)?;
        browser.evaluate(&format!("localStorage.setItem('mdbook-theme', '{theme}')"))?;
        browser.open(&url)?;
        let background = browser.evaluate(
            "(() => { const img = document.querySelector('main img[src$=\"fig4-7-train-accuracy.svg\"]'); \
             img.scrollIntoView({block: 'center'}); return img.naturalWidth; })()",
        )?;
        if background.as_u64().unwrap_or(0) == 0 {
            found.push(format!("{theme} theme: the figure did not load"));
        }
        browser.settle(Duration::from_millis(200))?;
        browser.screenshot(&shots.join(format!("theme-{theme}-figure.png")))?;
    }
    browser.evaluate("localStorage.removeItem('mdbook-theme')")?;
    Ok(found)
}

/// Real searches: mdBook's own search in the English edition, Pagefind's in the Japanese,
/// both through the search box a reader types into.
fn searches(browser: &mut Browser, address: &str) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    browser.window(1280, 800, false)?;
    browser.open(&format!("{address}ch01-rust-primer.html"))?;
    for (query, page) in [
        ("softmax", "ch03-neural-network.html"),
        ("backpropagation", "ch05-backpropagation.html"),
    ] {
        let hits = strings(&browser.evaluate(&format!(
            r##"(async () => {{
                const bar = document.getElementById("mdbook-searchbar");
                if (document.getElementById("mdbook-search-wrapper").classList.contains("hidden")) {{
                    document.getElementById("mdbook-search-toggle").click();
                }}
                bar.value = "{query}";
                bar.dispatchEvent(new KeyboardEvent("keyup", {{key: "a"}}));
                for (let i = 0; i < 50; i++) {{
                    await new Promise(r => setTimeout(r, 100));
                    const hits = [...document.querySelectorAll("#mdbook-searchresults a")];
                    if (hits.length) return hits.map(a => a.getAttribute("href"));
                }}
                return [];
            }})()"##
        ))?);
        report_search(&mut found, "English", query, page, &hits);
    }
    browser.open(&format!("{address}ja/ch01-rust-primer.html"))?;
    for (query, page) in [
        ("活性化関数", "ch03-neural-network.html"),
        ("誤差逆伝播法", "ch05-backpropagation.html"),
        ("ソフトマックス", "ch03-neural-network.html"),
    ] {
        let hits = strings(&browser.evaluate(&format!(
            r##"(async () => {{
                const input = document.querySelector("#pagefind-search input");
                input.value = "{query}";
                input.dispatchEvent(new Event("input", {{bubbles: true}}));
                for (let i = 0; i < 50; i++) {{
                    await new Promise(r => setTimeout(r, 100));
                    const hits = [...document.querySelectorAll("#pagefind-search .pagefind-ui__result-title .pagefind-ui__result-link")];
                    if (hits.length) return hits.map(a => a.getAttribute("href"));
                }}
                return [];
            }})()"##
        ))?);
        report_search(&mut found, "Japanese", query, page, &hits);
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

fn percent_decoded(text: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        let hex = tail.get(..2).map(String::from_utf8_lossy);
        if let (b'%', Some(Ok(value))) = (b, hex.map(|h| u8::from_str_radix(&h, 16))) {
            bytes.push(value);
            rest = &tail[2..];
            continue;
        }
        bytes.push(b);
        rest = tail;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_decoded() {
        assert_eq!(percent_decoded("21-%E3%81%82"), "21-あ");
    }

    #[test]
    fn foreign_requests_and_errors_are_problems() {
        let events: Vec<Value> = serde_json::from_str(
            r#"[{"method": "Network.requestWillBeSent", "params": {"request": {"url": "https://fonts.example/x.woff2"}}},
                {"method": "Network.requestWillBeSent", "params": {"request": {"url": "http://127.0.0.1:9/a.css"}}},
                {"method": "Log.entryAdded", "params": {"entry": {"level": "error", "text": "404", "url": "http://127.0.0.1:9/b.svg"}}}]"#,
        )
        .unwrap();
        let found = event_problems(&events, "http://127.0.0.1:9/");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("fonts.example"));
    }
}
