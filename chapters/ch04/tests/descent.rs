//! §4.4.1's experiment, `cargo run -p ch04 --bin descent`: where gradient descent ends with
//! each kind of learning rate, what the program says of it, and the path it draws.

use booktools::commands::run_into;

/// What the program printed and drew, run with `args` into a folder of its own.
fn descent(args: &[&str]) -> (bool, String, String, tempfile::TempDir) {
    let out = tempfile::tempdir().unwrap();
    let (ok, stdout, stderr) = run_into(env!("CARGO_BIN_EXE_descent"), args, out.path()).unwrap();
    (ok, stdout, stderr, out)
}

#[test]
fn the_books_rates_arrive_go_away_and_barely_move() {
    let (ok, stdout, _, out) = descent(&[]);
    assert!(ok);
    assert!(
        stdout.starts_with("§4.4.1 gradient_descent(function_2) from [-3, 4], lr 0.1, 100 steps\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("ends at [-6.11110793e-10 8.14814391e-10]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("It arrived at the minimum (0, 0), within 0.01."),
        "{stdout}"
    );
    for file in ["descent.svg", "ja/descent.svg"] {
        let svg = std::fs::read_to_string(out.path().join(file)).unwrap();
        // The start and 100 steps, one dot each (points too close to tell apart included).
        assert_eq!(svg.matches("<circle").count(), 101, "{file}");
    }

    let (_, stdout, _, _) = descent(&["--lr", "10"]);
    assert!(
        stdout.contains("ends at [-2.58983747e+13 -1.29524862e+12]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("It came no closer to the minimum"),
        "{stdout}"
    );

    let (_, stdout, _, _) = descent(&["--lr", "1e-10"]);
    assert!(
        stdout.contains("ends at [-2.99999994 3.99999992]"),
        "{stdout}"
    );
    assert!(stdout.contains("has not arrived yet"), "{stdout}");
}

#[test]
fn a_rate_of_one_bounces_between_two_points_forever() {
    // x ← x − 1·2x = −x: every step jumps to the mirror point, as far from (0, 0) as before.
    let (_, stdout, _, out) = descent(&["--lr", "1", "--steps", "3"]);
    assert!(
        stdout.contains("ends at [3. -4.], where f = 25.0000000000"),
        "{stdout}"
    );
    assert!(
        stdout.contains("It came no closer to the minimum"),
        "{stdout}"
    );
    let svg = std::fs::read_to_string(out.path().join("descent.svg")).unwrap();
    assert_eq!(svg.matches("<circle").count(), 4);
}

#[test]
fn a_diverging_path_leaves_the_chart_without_drawing_off_it() {
    let (_, _, _, out) = descent(&["--lr", "10", "--steps", "5"]);
    let svg = std::fs::read_to_string(out.path().join("descent.svg")).unwrap();
    // Only the start, (−3, 4), lies within the chart's −3.5..3.5 × −4.5..4.5.
    assert_eq!(svg.matches("<circle").count(), 1);
}

#[test]
fn steps_and_rates_out_of_range_are_refused_with_the_reason() {
    let (ok, _, stderr, _) = descent(&["--steps", "0"]);
    assert!(!ok);
    assert!(
        stderr.contains("invalid value '0' for '--steps <STEPS>': 0 is not in 1..=1000"),
        "{stderr}"
    );
    let (ok, _, stderr, _) = descent(&["--lr", "-1"]);
    assert!(!ok);
    assert!(
        stderr.contains("the learning rate must be a number above 0"),
        "{stderr}"
    );
}

/// The Run box of §4.4.1 shows the defaults this program takes.
#[test]
fn the_run_box_shows_the_programs_defaults() {
    booktools::run_box::check_defaults("descent", env!("CARGO_BIN_EXE_descent")).unwrap();
}
