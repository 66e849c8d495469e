//! `cargo run -p ch02` prints the four truth tables as the book's scripts do.

use std::process::Command;

use booktools::transcript::{Kind, check_against_book};
use support::paths::book_dir;

#[test]
fn prints_the_four_truth_tables() {
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_ch02"))
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
    let tables = "\
§2.3.3 AND, NAND and OR as perceptrons with weights and a bias
AND
(0, 0) -> 0
(1, 0) -> 0
(0, 1) -> 0
(1, 1) -> 1

NAND
(0, 0) -> 1
(1, 0) -> 1
(0, 1) -> 1
(1, 1) -> 0

OR
(0, 0) -> 0
(1, 0) -> 1
(0, 1) -> 1
(1, 1) -> 1

§2.5.2 XOR from NAND, OR and AND, in two layers
XOR
(0, 0) -> 0
(1, 0) -> 1
(0, 1) -> 1
(1, 1) -> 0
";
    assert!(stdout.starts_with(tables), "{stdout}");
    assert!(stdout.contains("11 + 6 -> sum bits 0001, carry 1, that is 17"));
    check_against_book(&book_dir("ch02"), &stdout, |_| Kind::Exact)
        .unwrap_or_else(|e| panic!("{e}"));
    for figure in &ch02::figures::ALL {
        for &lang in figure.languages() {
            let path = lang.dir(out.path()).join(figure.file);
            assert!(path.is_file(), "{}", path.display());
        }
    }
}
