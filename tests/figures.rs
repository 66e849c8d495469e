//! Every figure the book embeds is the one the chapter's code draws today: re-rendered here
//! and compared with the copy in `book/figures/` (and, for a figure drawn in Japanese too,
//! with the copy in `book/figures/chNN/ja/` that the Japanese edition embeds).

use std::collections::BTreeSet;

use booktools::po;
use plots::{Figure, Lang, stale_figures};
use support::paths::{book_dir, repository};

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

/// Chapter 5's graphs show the numbers the book's math gives for each layer, in both
/// languages: the staleness test above says that a figure changed, this one which number of
/// which graph is not what the layer should compute.
#[test]
fn chapter_5_graphs_show_what_the_layers_compute() {
    // (file, forward values drawn in black, derivatives drawn in red), worked out by hand:
    // sigmoid(1) = 0.7311 and y(1 − y) = 0.1966; softmax(0.3, 2.9, 4.0) = (0.0182, 0.2452,
    // 0.7366), −log 0.7366 = 0.3057 and −1/0.7366 = −1.3576.
    // Every node of Softmax-with-Loss: exp(0.3) = 1.3499, S = 74.1222, 1/S = 0.0135,
    // log 0.0182 = −4.0057; back, −1/0.7366 = −1.3576, −S for 1/S, and y − t at the scores.
    let expected: [(&str, &[&str], &[&str]); 9] = [
        (
            "fig5-local-computation.svg",
            &["4000", "200", "4200"],
            &["E", "E ∂y/∂x"],
        ),
        (
            "fig5-chain-rule.svg",
            &["t = 3", "z = 9"],
            &["∂z/∂x = 6", "∂z/∂y = 6", "∂z/∂t = 6"],
        ),
        (
            "fig5-add-mul-nodes.svg",
            &["15", "50"],
            &["1.3", "6.5", "13"],
        ),
        ("fig5-relu-graph.svg", &["2", "0"], &["1.5", "0"]),
        (
            "fig5-sigmoid-graph.svg",
            &["0.3679", "1.3679", "0.7311"],
            &["-0.5344", "-0.1966", "0.1966"],
        ),
        (
            "fig5-affine-shapes.svg",
            &["(1, 2)", "(4, 2)", "(2, 3)", "(3,)"],
            &["∂L/∂X (4, 2)", "∂L/∂W (2, 3)", "∂L/∂B (3,)", "∂L/∂Y (4, 3)"],
        ),
        (
            "fig5-softmax-with-loss-stages.svg",
            &["0.0182", "0.7366", "0.3057"],
            &["0", "-1.3576", "-0.2634"],
        ),
        (
            "fig5-softmax-with-loss.svg",
            &["0.0182", "0.2452", "0.7366", "0.3057"],
            &["0.0182", "0.2452", "-0.2634"],
        ),
        (
            "fig5-softmax-with-loss-nodes.svg",
            &[
                "1.3499", "54.5982", "74.1222", "0.0135", "-4.0057", "0.7366", "0.3057",
            ],
            &[
                "0.0182", "0.2452", "-0.2634", "-0.0183", "-1.3576", "-74.1222", "1",
            ],
        ),
    ];
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for (file, black, red) in expected {
            let path = lang.dir(&book_dir("ch05")).join(file);
            let svg = std::fs::read_to_string(&path).unwrap();
            for (colour, wanted) in [("#000000", black), ("#FF0000", red)] {
                let drawn = labels(&svg, colour);
                for value in wanted.iter().filter(|v| !drawn.contains(v)) {
                    problems.push(format!("{} shows no {value} (in {colour})", path.display()));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n\nThe graphs are drawn from the layers' forward and backward: a number missing \
         here means a layer computes something else than the book's math.",
        problems.join("\n")
    );
}

/// Chapter 3's network figure shows, layer by layer, what `forward` computes for the input
/// (1.0, 0.5), in both languages: the book prints the last row as [0.31682708 0.69627909].
#[test]
fn chapter_3_network_shows_what_forward_computes() {
    let rows = [
        "X = (1, 0.5)",
        "A1 = X·W1 + B1 = (0.3, 0.7, 1.1)",
        "Z1 = h(A1) = (0.5744, 0.6682, 0.7503)",
        "Z2 = h(A2) = (0.6262, 0.771)",
        "Y = Z2·W3 + B3 = (0.3168, 0.6963)",
        "w⁽¹⁾₁₂ = 0.2",
    ];
    for lang in Lang::ALL {
        let path = lang.dir(&book_dir("ch03")).join("fig3-notation.svg");
        let svg = std::fs::read_to_string(&path).unwrap();
        let drawn = labels(&svg, "#000000").join("\n");
        let missing: Vec<&&str> = rows.iter().filter(|row| !drawn.contains(**row)).collect();
        assert!(
            missing.is_empty(),
            "{} shows none of {missing:?}; it shows:\n{drawn}",
            path.display()
        );
    }
}

/// The text labels of an SVG that plotters drew in `colour` (`#RRGGBB`).
fn labels<'a>(svg: &'a str, colour: &str) -> Vec<&'a str> {
    let fill = format!("fill=\"{colour}\">");
    svg.split("<text ")
        .skip(1)
        .filter_map(|text| {
            let (attributes, rest) = text.split_once('>')?;
            let body = rest.split("</text>").next()?;
            format!("{attributes}>")
                .ends_with(&fill)
                .then(|| body.trim())
        })
        .collect()
}
