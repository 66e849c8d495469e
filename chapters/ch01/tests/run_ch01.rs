//! `cargo run -p ch01` prints what the book's `Man` example prints and writes every figure.

use std::process::Command;

use booktools::transcript::{Kind, check_against_book};
use support::paths::book_dir;

#[test]
fn prints_the_books_man_lines_and_writes_the_figures() {
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_ch01"))
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
    assert!(
        stdout.contains("\nInitilized!\nHello David!\nGood-bye David!\n"),
        "{stdout}"
    );
    check_against_book(&book_dir("ch01"), &stdout, |_| Kind::Exact)
        .unwrap_or_else(|e| panic!("{e}"));
    for figure in &ch01::figures::ALL {
        let svg = std::fs::read_to_string(out.path().join(figure.file)).unwrap();
        assert!(svg.starts_with("<svg"), "{}", figure.file);
        assert!(stdout.contains(figure.file));
    }
}

#[test]
fn help_describes_the_options() {
    let run = Command::new(env!("CARGO_BIN_EXE_ch01"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(run.status.success());
    let help = String::from_utf8(run.stdout).unwrap();
    assert!(help.contains("--out <DIR>"), "{help}");
}

#[test]
fn a_bad_argument_is_a_clear_error() {
    let run = Command::new(env!("CARGO_BIN_EXE_ch01"))
        .arg("--outt")
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(stderr.contains("unexpected argument '--outt'"), "{stderr}");
}
