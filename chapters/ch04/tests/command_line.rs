//! `cargo run -p ch04 -- --help` lists the options; bad arguments are clear errors.

use std::process::Command;

#[test]
fn help_lists_the_options_and_bad_arguments_are_refused() {
    let help = Command::new(env!("CARGO_BIN_EXE_ch04"))
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8(help.stdout).unwrap();
    for option in [
        "--iters <ITERS>",
        "--numerical",
        "--naive",
        "--mnist-dir <DIR>",
        "--out <DIR>",
        "--quiet",
    ] {
        assert!(text.contains(option), "{option} missing from\n{text}");
    }
    let bad = Command::new(env!("CARGO_BIN_EXE_ch04"))
        .args(["--iters", "-3"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let naive_alone = Command::new(env!("CARGO_BIN_EXE_ch04"))
        .arg("--naive")
        .output()
        .unwrap();
    assert_eq!(
        naive_alone.status.code(),
        Some(2),
        "--naive needs --numerical"
    );
}
