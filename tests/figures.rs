//! Every figure the book embeds is the one the chapter's code draws today: re-rendered here
//! and compared with the copy in `book/figures/` (and, for a figure drawn in Japanese too,
//! with the copy in `book/figures/chNN/ja/` that the Japanese edition embeds).

use std::collections::BTreeSet;

use plots::{Figure, Lang, stale_figures};
use support::paths::{book_dir, repository};
use support::po;

/// Every chapter's figures.
fn chapters() -> [(&'static str, &'static [Figure]); 5] {
    [
        ("ch01", &dlfs::ch01::figures::ALL),
        ("ch02", &dlfs::ch02::figures::ALL),
        ("ch03", &dlfs::ch03::figures::ALL),
        ("ch04", &dlfs::ch04::figures::ALL),
        ("ch05", &dlfs::ch05::figures::ALL),
    ]
}

fn check(chapter: &str, figures: &[Figure]) {
    let problems = stale_figures(figures, &book_dir(chapter));
    assert!(
        problems.is_empty(),
        "{}\n\nThe chapter's code now draws these figures differently from the book's copies. \
         If you changed the code, this is what your change does: the page still shows the \
         original figures, and `cargo run -p {chapter}` writes yours into target/runs/{chapter}/ \
         to look at. (Only a maintainer regenerates the book's figures, with `cargo xtask \
         book`, after checking that they are right.)",
        problems.join("\n")
    );
}

#[test]
fn chapter_1_figures_are_up_to_date() {
    check("ch01", &dlfs::ch01::figures::ALL);
}

#[test]
fn chapter_2_figures_are_up_to_date() {
    check("ch02", &dlfs::ch02::figures::ALL);
}

#[test]
fn chapter_3_figures_are_up_to_date() {
    check("ch03", &dlfs::ch03::figures::ALL);
}

#[test]
fn chapter_4_figures_are_up_to_date() {
    check("ch04", &dlfs::ch04::figures::ALL);
}

#[test]
fn chapter_5_figures_are_up_to_date() {
    check("ch05", &dlfs::ch05::figures::ALL);
}

#[test]
fn every_svg_in_book_figures_is_drawn_by_a_chapter() {
    for (chapter, figures) in chapters() {
        for lang in Lang::ALL {
            let dir = lang.dir(&book_dir(chapter));
            let drawn: Vec<&str> = figures
                .iter()
                .filter(|f| f.languages().contains(&lang))
                .map(|f| f.file)
                .collect();
            for name in svg_files(&dir) {
                assert!(
                    drawn.contains(&name.as_str()),
                    "{}/{name} is drawn by no code in {lang:?}",
                    dir.display()
                );
            }
        }
    }
}

/// The Japanese edition shows the Japanese copy of every figure drawn in Japanese: po/ja.po
/// embeds `figures/chNN/ja/x.svg` where the English page embeds `figures/chNN/x.svg`, and
/// every Japanese copy is embedded somewhere.
#[test]
fn the_japanese_edition_embeds_the_japanese_figures() {
    let catalogue = po::load(&repository().join("po/ja.po")).unwrap();
    let english: BTreeSet<&str> = catalogue.iter().flat_map(|m| images(&m.msgid)).collect();
    let japanese: BTreeSet<&str> = catalogue.iter().flat_map(|m| images(&m.msgstr)).collect();
    let mut problems = Vec::new();
    for (chapter, figures) in chapters() {
        for figure in figures.iter().filter(|f| f.languages().contains(&Lang::Ja)) {
            let en = format!("figures/{chapter}/{}", figure.file);
            let ja = format!("figures/{chapter}/ja/{}", figure.file);
            if japanese.contains(en.as_str()) {
                problems.push(format!(
                    "po/ja.po embeds {en}; the Japanese edition shows {ja}"
                ));
            }
            if english.contains(en.as_str()) && !japanese.contains(ja.as_str()) {
                problems.push(format!(
                    "{en} is on an English page, but no msgstr embeds {ja}"
                ));
            }
        }
        for name in svg_files(&book_dir(chapter).join("ja")) {
            let ja = format!("figures/{chapter}/ja/{name}");
            if !japanese.contains(ja.as_str()) {
                problems.push(format!("book/{ja} is embedded by no msgstr of po/ja.po"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n\nIn po/ja.po, the translation of an English image line \
         `![alt](figures/chNN/x.svg)` embeds the Japanese copy, `figures/chNN/ja/x.svg`, with \
         the alt text in Japanese.",
        problems.join("\n")
    );
}

/// The SVG files directly in `dir`, none if there is no such directory.
fn svg_files(dir: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".svg"))
        .collect()
}

/// The figures a piece of Markdown embeds: the `figures/….svg` of each `![alt](…)`.
fn images(markdown: &str) -> Vec<&str> {
    markdown
        .match_indices("](figures/")
        .filter_map(|(at, _)| {
            let path = &markdown[at + 2..];
            path.find(')').map(|end| &path[..end])
        })
        .collect()
}
