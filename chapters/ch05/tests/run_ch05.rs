//! `cargo run -p ch05` prints what the book's pages show, and the book's copy of the
//! training run is a run that reached the chapter's accuracy.

use std::process::Command;

use booktools::transcript::{Kind, check_against_book, kind, parse_output_file};
use support::History;
use support::paths::book_dir;
use support::progress::epochs_printed;

#[test]
fn prints_what_the_book_shows() {
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_ch05"))
        .args(["--quiet", "--iters", "50", "--out"])
        .arg(out.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let stdout = String::from_utf8(run.stdout).unwrap();
    if let Some(line) = stdout.lines().find(|line| line.contains(" FAILS: ")) {
        panic!(
            "the gradient check of §5.7.3 that `cargo run -p ch05` prints fails: {line}. \
             Backpropagation disagrees with the numerical gradient; \
             chapters/ch05/tests/gradient_check.rs checks each layer alone"
        );
    }
    // The gradient check's tiny differences are compared within 1%, the training run in
    // the test below.
    assert_eq!((kind("5_7_3"), kind("5_7_4")), (Kind::Close, Kind::Run));
    check_against_book(&book_dir("ch05"), &stdout, kind).unwrap_or_else(|e| panic!("{e}"));
    for figure in &ch05::figures::ALL {
        for &lang in figure.languages() {
            let path = lang.dir(out.path()).join(figure.file);
            assert!(path.is_file(), "{}", path.display());
        }
    }
}

#[test]
fn the_books_training_run_reached_0_965_and_its_record_agrees() {
    let dir = book_dir("ch05");
    let output = std::fs::read_to_string(dir.join("output.txt")).unwrap();
    let sections = parse_output_file(&output).unwrap();
    let run = sections.iter().find(|s| s.anchor == "5_7_4").unwrap();
    let history = History::load_csv(&dir.join(ch05::figures::TRAINING_CSV)).unwrap();
    assert_eq!(history.train_loss_list.len(), 10000);
    let recorded = history.epochs();
    assert_eq!(recorded.len(), 17);
    assert_eq!(
        epochs_printed(&run.text),
        recorded,
        "the page's output and the figure's record"
    );
    let (_, test_acc) = recorded.last().copied().unwrap();
    assert!(test_acc >= 0.965, "test accuracy {test_acc}");
}
