//! Every figure the book embeds is the one the chapter's code draws today: re-rendered here
//! and compared with the copy in `book/figures/`.

use plots::{Figure, stale_figures};
use support::paths::book_dir;

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
    let known: Vec<&str> = dlfs::ch01::figures::ALL
        .iter()
        .chain(&dlfs::ch02::figures::ALL)
        .chain(&dlfs::ch03::figures::ALL)
        .chain(&dlfs::ch04::figures::ALL)
        .chain(&dlfs::ch05::figures::ALL)
        .map(|f| f.file)
        .collect();
    for chapter in ["ch01", "ch02", "ch03", "ch04", "ch05"] {
        for entry in std::fs::read_dir(book_dir(chapter)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if !name.ends_with(".svg") {
                continue; // the records that training figures are drawn from, the output
            }
            assert!(
                known.contains(&name.as_str()),
                "book/figures/{chapter}/{name} is drawn by no code"
            );
        }
    }
}
