//! The book's site, both editions: `cargo xtask site` builds the English pages into
//! `target/book/html/` and the Japanese ones (translated from `po/ja.po`) beside them in
//! `target/book/html/ja/`, puts the chapters' programs built for WebAssembly in both (the Run
//! boxes), then indexes both for search with Pagefind. `cargo xtask pot` extracts the English
//! text for translation into `po/messages.pot`.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, ensure};
use booktools::book::{CHAPTERS, EXPERIMENTS, pages};
use booktools::{glossary, po};
use support::paths::repository;

use crate::setup::WASM;

/// Runs mdbook with `envs`, into `dir`, and fails on an error or a formula KaTeX cannot
/// render (mdbook-katex only warns about those).
fn mdbook_build(dir: &Path, envs: &[(&str, &str)]) -> anyhow::Result<()> {
    let mut mdbook = crate::tool("mdbook", &["build", "-d"]);
    let output = mdbook.arg(dir).envs(envs.iter().copied()).output();
    let output = output.context("running mdbook (`cargo xtask setup` installs it)")?;
    let log = String::from_utf8_lossy(&output.stderr);
    eprint!("{log}");
    ensure!(output.status.success(), "mdbook build failed");
    let rendered = !log.contains("Rendering failed");
    ensure!(rendered, "a formula does not render (see above)");
    ensure!(!log.contains(" WARN "), "mdbook warned (see above)");
    Ok(())
}

/// The Japanese edition's settings. mdBook's own search does not understand Japanese;
/// Pagefind does (editions.js). Its catalogue is written by `japanese_catalogue`.
const JAPANESE: [(&str, &str); 4] = [
    ("MDBOOK_PREPROCESSOR__GETTEXT__PO_DIR", "target/po"),
    ("MDBOOK_BOOK__LANGUAGE", "ja"),
    ("MDBOOK_BOOK__TITLE", "ゼロから作るDeep Learning — Rustで"),
    ("MDBOOK_OUTPUT__HTML__SEARCH__ENABLE", "false"),
];

/// `target/po/ja.po`, what the Japanese edition is translated from: `po/ja.po` and the
/// glossary's own Japanese for the definitions on its English page.
fn japanese_catalogue() -> anyhow::Result<()> {
    let top = repository();
    let ja = std::fs::read_to_string(top.join("po/ja.po")).context("reading po/ja.po")?;
    let terms = glossary::load(&top.join("book/glossary.toml"))?;
    let catalogue = po::with_translations(&ja, &glossary::translations(&terms))?;
    std::fs::create_dir_all(top.join("target/po"))?;
    crate::write(&top.join("target/po/ja.po"), &catalogue)
}

pub fn site() -> anyhow::Result<()> {
    let book = repository().join("target/book");
    mdbook_build(&book, &[])?;
    japanese_catalogue()?;
    mdbook_build(&book.join("ja"), &JAPANESE)?;
    let (site, inside) = (book.join("html"), book.join("html/ja"));
    crate::remove_dir(&inside)?;
    std::fs::rename(book.join("ja/html"), &inside)?;
    programs(&site)?;
    // The pages of the book, in both editions; not print.html (all pages in one) nor
    // index.html (a copy of the first page), which would only repeat every result.
    let glob = format!("**/{{{}}}.html", pages()?.join(","));
    let chrome = "#mdbook-sidebar, #mdbook-menu-bar, .nav-chapters, .mobile-nav-chapters";
    let mut pagefind = Command::new("pagefind");
    pagefind.arg("--site").arg(&site).args(["--glob", &glob]);
    pagefind.args(["--exclude-selectors", chrome]);
    // Each result titled by its page's first heading, not by the site's title in the menu bar.
    pagefind.args(["--root-selector", "main"]);
    crate::run(&mut pagefind).context("`cargo xtask setup` installs pagefind")?;
    let index = site.join("index.html");
    println!("the site: {} (日本語 in ja/)", index.display());
    Ok(())
}

/// The chapters' programs built for WASI, and the files of the repository they read, in the
/// `run/` folder of both editions (hard links: the same files, stored once).
fn programs(site: &Path) -> anyhow::Result<()> {
    let mut build = crate::cargo(&["build", "--release", "--target", WASM]);
    let programs: Vec<_> = CHAPTERS
        .iter()
        .map(|c| (*c, *c))
        .chain(EXPERIMENTS)
        .collect();
    for (package, program) in &programs {
        build.args(["-p", package, "--bin", program]);
    }
    crate::run(&mut build).context("`cargo xtask setup` adds the target")?;
    let (top, built) = (
        repository(),
        repository().join("target").join(WASM).join("release"),
    );
    let wasm = |(_, program)| format!("{program}.wasm");
    let mut files: Vec<_> = programs
        .into_iter()
        .map(wasm)
        .map(|f| (built.join(&f), f))
        .collect();
    for data in ["data/mnist", "data/weights"] {
        for entry in std::fs::read_dir(top.join(data))? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            let keep = name.ends_with(".gz") || name.ends_with(".npz");
            let file = format!("{data}/{name}");
            files.extend(keep.then(|| (top.join(&file), file)));
        }
    }
    for run in [site.join("run"), site.join("ja/run")] {
        for (from, to) in &files {
            let to = run.join(to);
            std::fs::create_dir_all(to.parent().context("a file in a folder")?)?;
            let _ = std::fs::remove_file(&to);
            std::fs::hard_link(from, &to).or_else(|_| std::fs::copy(from, &to).map(drop))?;
        }
    }
    Ok(())
}

/// Extracts the English text into `po/messages.pot` (or, with `check`, fails if the file
/// there is not what the pages hold today).
pub fn pot(check: bool) -> anyhow::Result<()> {
    let dir = repository().join("target/xgettext");
    crate::remove_dir(&dir)?;
    // mdbook-xgettext as the only output (`cargo xtask setup` installs it).
    let xgettext = r#"{"xgettext": {"granularity": 0}}"#;
    mdbook_build(&dir, &[("MDBOOK_OUTPUT", xgettext)])?;
    // The creation date would change the file with every run; the field stays, empty, as
    // the tools reading the file expect it.
    let mut fresh = std::fs::read_to_string(dir.join("messages.pot"))?;
    let key = "\"POT-Creation-Date:";
    let date = fresh.lines().find(|l| l.starts_with(key));
    if let Some(date) = date {
        fresh = fresh.replacen(date, &format!("{key} \\n\""), 1);
    }
    let path = repository().join("po/messages.pot");
    if !check {
        return crate::write(&path, &fresh);
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    ensure!(
        committed == fresh,
        "po/messages.pot is out of date with the English pages: run `cargo xtask pot`, then \
         bring po/ja.po up to date (`cargo test --test tests japanese_edition` lists what is \
         missing)"
    );
    println!("po/messages.pot matches the English pages");
    Ok(())
}
