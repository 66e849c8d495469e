//! `cargo run -p ch04` prints what the book's pages show: every value exactly, the gradient
//! check to within rounding. (The training runs are left to their own tests, in bands: a
//! short run here keeps the test quick.)

use std::process::Command;

use support::History;
use support::paths::book_dir;
use support::progress::epochs_printed;
use support::transcript::{Kind, check_against_book, parse_output_file};

#[test]
fn prints_what_the_book_shows() {
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_ch04"))
        .args(["--quiet", "--iters", "50", "--out"])
        .arg(out.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let stdout = String::from_utf8(run.stdout).unwrap();
    if let Some(line) = stdout.lines().find(|line| line.contains(" FAILS: ")) {
        panic!(
            "the gradient check of §4.5.1 that `cargo run -p ch04` prints fails: {line}. \
             TwoLayerNet::gradient disagrees with the numerical gradient; \
             chapters/ch04/tests/two_layer_net.rs checks it alone"
        );
    }
    check_against_book(&book_dir("ch04"), &stdout, |anchor| match anchor {
        "4_5_1" => Kind::Close,
        "4_5_2" | "4_5" => Kind::Run,
        _ => Kind::Exact,
    })
    .unwrap_or_else(|e| panic!("{e}"));
    for figure in &ch04::figures::ALL {
        assert!(out.path().join(figure.file).is_file(), "{}", figure.file);
    }
}

#[test]
fn the_books_training_run_reached_0_94_and_its_record_agrees() {
    let dir = book_dir("ch04");
    let output = std::fs::read_to_string(dir.join("output.txt")).unwrap();
    let sections = parse_output_file(&output).unwrap();
    let run = sections.iter().find(|s| s.anchor == "4_5_2").unwrap();
    let history = History::load_csv(&dir.join(ch04::figures::TRAINING_CSV)).unwrap();
    assert_eq!(history.train_loss_list.len(), 10000);
    let recorded = history.epochs();
    assert_eq!(recorded.len(), 17);
    assert_eq!(epochs_printed(&run.text), recorded);
    let (_, test_acc) = recorded.last().copied().unwrap();
    assert!(test_acc >= 0.94, "test accuracy {test_acc}");
}
