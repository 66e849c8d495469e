//! The book's site, both editions: `cargo xtask site` builds the English pages into
//! `target/book/html/` and the Japanese ones (translated from `po/ja.po`) beside them in
//! `target/book/html/ja/`, then indexes both for search with Pagefind. `cargo xtask pot`
//! extracts the English text for translation into `po/messages.pot`.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};
use support::paths::repository;

/// The title of the Japanese edition.
const JAPANESE_TITLE: &str = "ゼロから作るDeep Learning — Rustで";

/// Runs mdbook with `envs`, into `dir`, and fails on an error or a formula KaTeX cannot
/// render (mdbook-katex only warns about those).
fn mdbook_build(dir: &Path, envs: &[(&str, &str)]) -> anyhow::Result<()> {
    let output = Command::new("mdbook")
        .current_dir(repository())
        .args(["build", "-d"])
        .arg(dir)
        .envs(envs.iter().copied())
        .output()
        .context("running mdbook (install it with `bash scripts/setup-book.sh`)")?;
    let log = String::from_utf8_lossy(&output.stderr);
    eprint!("{log}");
    if !output.status.success() {
        bail!("mdbook build failed");
    }
    if log.contains("Rendering failed") {
        bail!("a formula in the book does not render (see 'Rendering failed' above)");
    }
    Ok(())
}

pub fn site() -> anyhow::Result<()> {
    let book = repository().join("target/book");
    mdbook_build(&book, &[])?;
    let japanese = book.join("ja");
    mdbook_build(
        &japanese,
        &[
            ("MDBOOK_BOOK__LANGUAGE", "ja"),
            ("MDBOOK_BOOK__TITLE", JAPANESE_TITLE),
            // mdBook's own search does not understand Japanese; Pagefind does (editions.js).
            ("MDBOOK_OUTPUT__HTML__SEARCH__ENABLE", "false"),
        ],
    )?;
    let site = book.join("html");
    let inside = site.join("ja");
    if inside.exists() {
        std::fs::remove_dir_all(&inside)?;
    }
    copy_dir(&japanese.join("html"), &inside)?;
    // The pages of the book, in both editions; not print.html (all pages in one) nor
    // index.html (a copy of the first page), which would only repeat every result.
    let glob = format!("**/{{{}}}.html", pages()?.join(","));
    let chrome = "#mdbook-sidebar, #mdbook-menu-bar, .nav-chapters, .mobile-nav-chapters";
    let mut pagefind = Command::new("pagefind");
    pagefind.arg("--site").arg(&site).args(["--glob", &glob]);
    pagefind.args(["--exclude-selectors", chrome]);
    crate::run(
        &mut pagefind,
        "pagefind (`bash scripts/setup-book.sh` installs it)",
    )?;
    println!(
        "the site: {} (English) and {} (日本語)",
        site.join("index.html").display(),
        inside.join("index.html").display()
    );
    Ok(())
}

/// The pages of the book, as SUMMARY.md lists them, without `.md`.
pub fn pages() -> anyhow::Result<Vec<String>> {
    let summary = std::fs::read_to_string(repository().join("book/SUMMARY.md"))?;
    Ok(summary
        .split("](")
        .skip(1)
        .filter_map(|piece| piece.split_once(".md)"))
        .map(|(page, _)| page.to_string())
        .collect())
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Extracts the English text into `po/messages.pot` (or, with `check`, fails if the file
/// there is not what the pages hold today).
pub fn pot(check: bool) -> anyhow::Result<()> {
    let dir = repository().join("target/xgettext");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    // mdbook-xgettext as the only output (`bash scripts/setup-book.sh` installs it).
    let xgettext = r#"{"xgettext": {"granularity": 0}}"#;
    mdbook_build(&dir, &[("MDBOOK_OUTPUT", xgettext)])?;
    // The creation date would change the file with every run; the field stays, empty, as
    // the tools reading the file expect it.
    let date = |l: &str| l.starts_with("\"POT-Creation-Date:");
    let fresh: String = std::fs::read_to_string(dir.join("messages.pot"))?
        .lines()
        .map(|l| {
            if date(l) {
                "\"POT-Creation-Date: \\n\"\n".into()
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    let path = repository().join("po/messages.pot");
    if check {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != fresh {
            bail!(
                "po/messages.pot is out of date with the English pages: run `cargo xtask pot`, \
                 then bring po/ja.po up to date (`cargo test --test tests japanese_edition` lists \
                 what is missing)"
            );
        }
        println!("po/messages.pot matches the English pages");
    } else {
        std::fs::write(&path, fresh)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
