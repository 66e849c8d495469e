//! `cargo run -p ch03` from a reader's side: the book's values, a clear message when there
//! are no weights, and another MNIST directory through `--mnist-dir` or `$DLFS_MNIST_DIR`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

use booktools::transcript::{Kind, check_against_book};
use flate2::Compression;
use flate2::write::GzEncoder;
use support::paths::book_dir;

fn ch03(args: &[&str], env: &[(&str, &Path)]) -> (Output, String, String) {
    let out = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_ch03"));
    command.args(args).arg("--out").arg(out.path());
    command.env_remove("DLFS_MNIST_DIR");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    let stdout = String::from_utf8(output.stdout.clone()).unwrap();
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    (output, stdout, stderr)
}

/// A tiny MNIST-shaped set: two blank 28 × 28 images, labels 3 and 7.
fn tiny_mnist(dir: &Path) {
    let gz = |bytes: Vec<u8>| {
        let mut e = GzEncoder::new(Vec::new(), Compression::fast());
        e.write_all(&bytes).unwrap();
        e.finish().unwrap()
    };
    let images = gz([
        &[0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 28, 0, 0, 0, 28][..],
        &[0; 2 * 784],
    ]
    .concat());
    let labels = gz(vec![0, 0, 8, 1, 0, 0, 0, 2, 3, 7]);
    for split in ["train", "t10k"] {
        std::fs::write(dir.join(format!("{split}-images-idx3-ubyte.gz")), &images).unwrap();
        std::fs::write(dir.join(format!("{split}-labels-idx1-ubyte.gz")), &labels).unwrap();
    }
}

#[test]
fn prints_the_books_values_then_asks_for_weights() {
    let (output, stdout, stderr) = ch03(&["--weights", "no/such/weights.npz"], &[]);
    assert_eq!(output.status.code(), Some(1));
    for line in [
        "sigmoid:       [0.26894142 0.73105858 0.88079708]",
        "§3.4.3 forward pass of [1.0, 0.5]: [0.31682708 0.69627909]",
        "without the guard: [nan nan nan]",
        "with the guard:    [9.99954600e-01 4.53978686e-05 2.06106005e-09]",
        "§3.5.3 softmax of [0.3, 2.9, 4.0]: [0.01821127 0.24519181 0.73659691], sum 1",
        "x_train (60000, 784), t_train (60000,), x_test (10000, 784), t_test (10000,); first training label 5",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in\n{stdout}");
    }
    assert!(
        stderr.starts_with("error: no weights at no/such/weights.npz."),
        "{stderr}"
    );
    assert!(
        stderr.contains("cargo run -p ch03 -- --weights"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn reads_another_mnist_directory_from_the_flag_or_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    tiny_mnist(dir.path());
    let (_, stdout, _) = ch03(&["--mnist-dir", dir.path().to_str().unwrap()], &[]);
    assert!(
        stdout.contains("x_train (2, 784), t_train (2,)"),
        "{stdout}"
    );
    let (_, stdout, _) = ch03(&[], &[("DLFS_MNIST_DIR", dir.path())]);
    assert!(
        stdout.contains("x_train (2, 784), t_train (2,)"),
        "{stdout}"
    );
}

#[test]
fn a_broken_mnist_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let (output, _, stderr) = ch03(&["--mnist-dir", dir.path().to_str().unwrap()], &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.starts_with(&format!(
            "error: {} holds no train-images-idx3-ubyte.gz: an MNIST folder holds the four files",
            dir.path().display()
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn help_lists_the_options() {
    let output = Command::new(env!("CARGO_BIN_EXE_ch03"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for option in ["--weights <FILE>", "--mnist-dir <DIR>", "--out <DIR>"] {
        assert!(help.contains(option), "{help}");
    }
}

#[test]
fn prints_what_the_book_shows_with_this_projects_weights() {
    let (output, stdout, stderr) = ch03(&[], &[]);
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("\nAccuracy:0.9716\n"), "{stdout}");
    check_against_book(&book_dir("ch03"), &stdout, |_| Kind::Exact)
        .unwrap_or_else(|e| panic!("{e}"));
}
