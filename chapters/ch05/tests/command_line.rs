//! The reader's command line: `cargo run -p ch05 -- --help` lists the options; bad numbers,
//! folders and learning rates get a one-line reason and a non-zero exit, before any long work.

use std::process::Command;

fn ch05(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_ch05"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn help_lists_every_option() {
    let (code, help, _) = ch05(&["--help"]);
    assert_eq!(code, Some(0));
    for option in [
        "--iters <ITERS>",
        "--batch-size <BATCH_SIZE>",
        "--lr <LR>",
        "--hidden <HIDDEN>",
        "--seed <SEED>",
        "--mnist-dir <DIR>",
        "--out <DIR>",
        "--quiet",
    ] {
        assert!(help.contains(option), "{option} missing from\n{help}");
    }
}

/// Each bad value is refused at once with one line that says why, and exit code 2.
#[test]
fn bad_numbers_are_refused_with_a_reason() {
    for (args, reason) in [
        (
            ["--lr", "-1"],
            "invalid value '-1' for '--lr <LR>': the learning rate must be a number above 0",
        ),
        (
            ["--lr", "nan"],
            "invalid value 'nan' for '--lr <LR>': the learning rate must be a number above 0",
        ),
        (
            ["--lr", "fast"],
            "invalid value 'fast' for '--lr <LR>': not a number; write it like 0.1 or 1e-3",
        ),
        (
            ["--batch-size", "0"],
            "invalid value '0' for '--batch-size <BATCH_SIZE>': expected a whole number of \
             images per mini-batch from 1 to 65535",
        ),
        (
            ["--iters", "abc"],
            "invalid value 'abc' for '--iters <ITERS>': expected a whole number of iterations",
        ),
    ] {
        let (code, stdout, stderr) = ch05(&args);
        assert_eq!(code, Some(2), "{args:?}");
        assert!(stdout.is_empty(), "{args:?} started work: {stdout}");
        assert!(
            stderr.starts_with(&format!("error: {reason}")),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_batch_larger_than_the_training_set_is_refused_before_training() {
    let (code, stdout, stderr) = ch05(&["--batch-size", "60001", "--quiet"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr,
        "error: a mini-batch of 60001 is more than the 60000 training examples it is drawn \
         from: choose a batch size of at most 60000 (the book's is 100)\n"
    );
    assert!(!stdout.contains("§5.7.3"), "{stdout}");
}

#[test]
fn an_output_folder_that_cannot_be_made_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a file");
    std::fs::write(&file, "").unwrap();
    let out = file.join("out");
    let (code, stdout, stderr) = ch05(&["--out", out.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.starts_with(&format!(
            "error: cannot create the output folder {}: ",
            out.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("; choose a folder you can write to\n"),
        "{stderr}"
    );
}

#[test]
fn a_missing_mnist_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = ch05(&["--mnist-dir", dir.path().to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(
        stdout.starts_with("§5.4.1 buy_apple\nprice: 220\n"),
        "{stdout}"
    );
    assert_eq!(
        stderr,
        format!(
            "error: {} holds no train-images-idx3-ubyte.gz: an MNIST folder holds the four \
             files train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, \
             t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz. This folder holds: nothing \
             (it is empty)\n",
            dir.path().display()
        )
    );
}

/// Two hidden neurons keep the gradient check before training quick.
#[test]
fn a_learning_rate_that_diverges_stops_training_with_a_message() {
    let out = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = ch05(&[
        "--lr",
        "1000",
        "--iters",
        "100",
        "--hidden",
        "2",
        "--quiet",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.starts_with("error: training diverged at iteration "),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("try a smaller rate, such as 100\n"),
        "{stderr}"
    );
    assert!(!stdout.contains("NaN"), "{stdout}");
}

/// The Run box on chapter 5's page shows the defaults this program takes.
#[test]
fn the_run_box_shows_the_programs_defaults() {
    booktools::run_box::check_defaults("ch05", env!("CARGO_BIN_EXE_ch05")).unwrap();
}

/// In a Run box (which sets `DLFS_LOSS_LINES`) the loss of every 20th iteration and of the
/// last goes to standard error, the same loss the run records; on a command line, nothing.
#[test]
fn the_run_box_gets_the_loss_as_lines() {
    use support::progress::LOSS_LINES;
    let out = tempfile::tempdir().unwrap();
    let run = |env: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ch05"));
        command.args(["--iters", "50", "--out"]).arg(out.path());
        if env {
            command.env(LOSS_LINES, "1");
        } else {
            command.env_remove(LOSS_LINES);
        }
        let output = command.output().unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stderr).unwrap()
    };
    assert!(!run(false).contains("loss |"));
    let stderr = run(true);
    let lines: Vec<(usize, f64)> = stderr
        .lines()
        .filter_map(|line| line.strip_prefix("loss | ")?.split_once(' '))
        .map(|(i, loss)| (i.parse().unwrap(), loss.parse().unwrap()))
        .collect();
    let history = support::History::load_csv(&out.path().join("training.csv")).unwrap();
    let recorded: Vec<(usize, f64)> = [20, 40, 50]
        .map(|i| (i, history.train_loss_list[i - 1]))
        .into();
    assert_eq!(lines, recorded, "{stderr}");
}
