//! The book's result, reproduced: its pretrained `sample_weight.pkl` classifies 9352 of the
//! 10000 test images correctly (`Accuracy:0.9352`), one image at a time and in batches.
//!
//! The file is not in this repository. Run with
//! `cargo test -p ch03 --test tests book_weights -- --ignored`; it is read from
//! `$DLFS_BOOK_WEIGHTS`, else from `../shared/book/sample_weight.pkl` beside the repository.

use std::path::PathBuf;

use booktools::transcript::{Kind, differences, parse_output_file, sections};
use ch03::accuracy_cnt;
use ch03::load_network;
use dataset::load_mnist;
use support::paths::{book_dir, mnist_dir};

fn book_weights() -> PathBuf {
    std::env::var_os("DLFS_BOOK_WEIGHTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/book/sample_weight.pkl")
        })
}

#[test]
#[ignore = "needs the book's sample_weight.pkl"]
fn the_books_weights_score_9352() {
    let network = load_network(&book_weights()).unwrap();
    assert_eq!(network.w1.dim(), (784, 50));
    assert_eq!(network.w2.dim(), (50, 100));
    assert_eq!(network.w3.dim(), (100, 10));
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    assert_eq!(
        accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, 1),
        9352
    );
    assert_eq!(
        accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, 100),
        9352
    );
}

#[test]
#[ignore = "needs the book's sample_weight.pkl"]
fn with_the_books_weights_the_program_prints_what_the_page_shows() {
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_ch03"))
        .arg("--weights")
        .arg(book_weights())
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8(run.stdout).unwrap();
    let book = std::fs::read_to_string(book_dir("ch03").join("output-book-weights.txt")).unwrap();
    let found = differences(
        &parse_output_file(&book).unwrap(),
        &sections(&stdout).unwrap(),
        |_| Kind::Exact,
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}
