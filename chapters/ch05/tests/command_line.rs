//! The reader's command line: `cargo run -p ch05 -- --help` lists the options, and bad
//! arguments get clap's clear errors instead of a crash.

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

#[test]
fn bad_arguments_are_clear_errors() {
    let (code, _, stderr) = ch05(&["--lr", "fast"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("invalid value 'fast' for '--lr <LR>'"),
        "{stderr}"
    );
    let (code, _, stderr) = ch05(&["--batch-size", "0"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("invalid value '0' for '--batch-size <BATCH_SIZE>'"),
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
    assert!(stderr.starts_with("error: cannot open "), "{stderr}");
}
