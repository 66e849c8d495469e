//! `cargo run -p ch04` prints what the book's pages show: every value exactly, the gradient
//! check to within rounding. (The training runs are left to their own tests, in bands: a
//! short run here keeps the test quick; the recorded runs, the analytic one and the
//! numerical one of `cargo xtask book --numerical`, are checked from their records.)

use std::process::Command;

use booktools::transcript::{check_against_book, kind, parse_output_file};
use ch04::figures::{self, NUMERICAL_TRAINING_CSV, TRAINING_CSV};
use support::History;
use support::paths::book_dir;
use support::progress::epochs_printed;

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
    check_against_book(&book_dir("ch04"), &stdout, kind).unwrap_or_else(|e| panic!("{e}"));
    // Every figure but the one that needs a numerical run as well, not made in `out`.
    for figure in &ch04::figures::ALL {
        let drawn = out.path().join(figure.file).is_file();
        let needs_numerical = figures::records(figure).contains(&NUMERICAL_TRAINING_CSV);
        assert_eq!(drawn, !needs_numerical, "{}", figure.file);
    }
}

#[test]
fn the_books_training_run_reached_0_94_and_its_record_agrees() {
    let test_acc = whole_run_test_acc("output.txt", TRAINING_CSV);
    assert!(test_acc >= 0.94, "test accuracy {test_acc}");
}

/// The last test accuracy of a recorded run, after checking that it is the book's whole run
/// (10,000 iterations, 17 epochs) and printed what its record holds.
fn whole_run_test_acc(output: &str, record: &str) -> f64 {
    let (history, printed) = recorded_run(output, record);
    assert_eq!(history.train_loss_list.len(), 10000);
    let recorded = history.epochs();
    assert_eq!(recorded.len(), 17);
    assert_eq!(printed, recorded);
    recorded.last().copied().unwrap().1
}

/// The record and the printed epochs of a recorded run: the run's section §4.5.2 of `output`.
fn recorded_run(output: &str, record: &str) -> (History, Vec<(f64, f64)>) {
    let dir = book_dir("ch04");
    let text = std::fs::read_to_string(dir.join(output)).unwrap();
    let sections = parse_output_file(&text).unwrap();
    let run = sections.iter().find(|s| s.anchor == "4_5_2").unwrap();
    let history = History::load_csv(&dir.join(record)).unwrap();
    (history, epochs_printed(&run.text))
}

#[test]
fn the_numerical_run_reached_0_94_and_its_record_agrees() {
    let test_acc = whole_run_test_acc("output-numerical.txt", NUMERICAL_TRAINING_CSV);
    assert!(test_acc >= 0.94, "test accuracy {test_acc}");
}

/// The two recorded runs share their seed, so their first weights and their mini-batches:
/// trained with gradients equal to within rounding, they stay together all the way.
#[test]
fn the_numerical_run_stays_close_to_the_analytic_one() {
    let (analytic, _) = recorded_run("output.txt", TRAINING_CSV);
    let (numerical, _) = recorded_run("output-numerical.txt", NUMERICAL_TRAINING_CSV);
    let losses = analytic
        .train_loss_list
        .iter()
        .zip(&numerical.train_loss_list);
    for (i, (a, n)) in losses.enumerate() {
        assert!(
            (a - n).abs() < 0.01,
            "iteration {i}: loss {a} with the analytic gradient, {n} with the numerical one"
        );
    }
    let epochs = analytic.epochs().into_iter().zip(numerical.epochs());
    for (epoch, ((a_train, a_test), (n_train, n_test))) in epochs.enumerate() {
        assert!(
            (a_train - n_train).abs() <= 0.01 && (a_test - n_test).abs() <= 0.01,
            "epoch {epoch}: accuracies {a_train}, {a_test} with the analytic gradient, \
             {n_train}, {n_test} with the numerical one"
        );
    }
    assert_eq!(analytic.epochs().len(), numerical.epochs().len());
}
