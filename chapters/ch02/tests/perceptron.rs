//! §2.3–2.4's experiment, `cargo run -p ch02 --bin perceptron`: the gate that the reader's
//! weights and bias make, what the program says of it, and the line it draws.

use booktools::commands::run_into;

/// Whether the program succeeded, what it printed on each stream, and the folder it drew in.
fn perceptron(args: &[&str]) -> (bool, String, String, tempfile::TempDir) {
    let out = tempfile::tempdir().unwrap();
    let (ok, stdout, stderr) =
        run_into(env!("CARGO_BIN_EXE_perceptron"), args, out.path()).unwrap();
    (ok, stdout, stderr, out)
}

#[test]
fn the_books_weights_make_the_books_gates() {
    let (ok, stdout, _, out) = perceptron(&[]);
    assert!(ok);
    assert_eq!(
        stdout,
        format!(
            "§2.3 a perceptron with w1 = 0.5, w2 = 0.5 and b = -0.2\n\
             (0, 0) -> 0\n(1, 0) -> 1\n(0, 1) -> 1\n(1, 1) -> 1\n\
             These weights make OR.\n\n\
             wrote {0}/perceptron.svg\nwrote {0}/ja/perceptron.svg\n",
            out.path().display()
        )
    );
    // The figure is the book's figure 2-6, drawn by the same code as the chapter's copy.
    let drawn = std::fs::read_to_string(out.path().join("perceptron.svg")).unwrap();
    let book =
        std::fs::read_to_string(support::paths::book_dir("ch02").join("fig2-1-or-regions.svg"));
    assert_eq!(
        drawn.replace(
            "-0.2 + 0.5 x1 + 0.5 x2 = 0",
            "OR: -0.2 + 0.5 x1 + 0.5 x2 = 0"
        ),
        book.unwrap()
    );

    let (_, stdout, _, _) = perceptron(&["--b", "-0.7"]);
    assert!(stdout.contains("These weights make AND."), "{stdout}");
    let (_, stdout, _, _) = perceptron(&["--w1", "-0.5", "--w2", "-0.5", "--b", "0.7"]);
    assert!(stdout.contains("These weights make NAND."), "{stdout}");
}

#[test]
fn other_weights_make_a_constant_or_none_of_the_gates() {
    let (_, stdout, _, _) = perceptron(&["--w1", "0", "--w2", "0", "--b", "1"]);
    assert!(
        stdout.contains("(0, 0) -> 1\n(1, 0) -> 1\n(0, 1) -> 1\n(1, 1) -> 1\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("It gives 1 whatever the inputs"),
        "{stdout}"
    );
    let (_, stdout, _, _) = perceptron(&["--w1", "1", "--w2", "-1", "--b", "0"]);
    assert!(
        stdout.contains("(0, 0) -> 0\n(1, 0) -> 1\n(0, 1) -> 0\n(1, 1) -> 0\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("That is none of AND, NAND and OR."),
        "{stdout}"
    );
}

#[test]
fn numbers_a_perceptron_cannot_compute_with_are_refused() {
    for (option, value) in [("--w1", "inf"), ("--b", "NaN")] {
        let (ok, _, stderr, _) = perceptron(&[option, value]);
        assert!(!ok);
        assert!(
            stderr.contains("is not a number a perceptron can compute with"),
            "{stderr}"
        );
    }
    let (ok, _, stderr, _) = perceptron(&["--w2", "half"]);
    assert!(!ok);
    assert!(
        stderr.contains("not a number; write it like 0.5 or -0.7"),
        "{stderr}"
    );
}

/// The Run box of §2.3–2.4 shows the defaults this program takes.
#[test]
fn the_run_box_shows_the_programs_defaults() {
    booktools::run_box::check_defaults("perceptron", env!("CARGO_BIN_EXE_perceptron")).unwrap();
}
