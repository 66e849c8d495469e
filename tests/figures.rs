//! Every figure the book embeds is the one the chapter's code draws today: re-rendered here
//! and compared with the committed SVG. Run `cargo run -p chNN` to refresh them.

use dlfs::ch01::Figure;
use dlfs::ch01::figure::figures_dir;

fn check(chapter: &str, figures: &[Figure]) {
    let dir = figures_dir(chapter);
    for figure in figures {
        let path = dir.join(figure.file);
        let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{} is missing ({e}): run `cargo run -p {chapter}`",
                path.display()
            )
        });
        assert!(
            committed == figure.render(&dir).unwrap(),
            "{} is stale: run `cargo run -p {chapter}` and commit the result",
            path.display()
        );
    }
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
    let known: Vec<&str> = dlfs::ch01::figures::ALL
        .iter()
        .chain(&dlfs::ch02::figures::ALL)
        .chain(&dlfs::ch03::figures::ALL)
        .chain(&dlfs::ch04::figures::ALL)
        .chain(&dlfs::ch05::figures::ALL)
        .map(|f| f.file)
        .collect();
    for chapter in ["ch01", "ch02", "ch03", "ch04", "ch05"] {
        for entry in std::fs::read_dir(figures_dir(chapter)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if !name.ends_with(".svg") {
                continue; // the records that training figures are drawn from
            }
            assert!(
                known.contains(&name.as_str()),
                "book/figures/{chapter}/{name} is drawn by no code"
            );
        }
    }
}
