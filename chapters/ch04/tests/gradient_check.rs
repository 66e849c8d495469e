//! §4.5.1: the gradient check's verdict. Rounding passes; the differences a wrong formula
//! leaves, and a difference that is not a number, fail, and the printed line says so; a
//! program's closing verdict names every parameter that failed, and only those.

use ch04::gradient_check::{TOLERANCE, passes, report_line, verdict};

#[test]
fn rounding_passes_and_a_wrong_formula_fails() {
    for diff in [0.0, 1e-13, 1e-10, 1e-7] {
        assert!(
            passes(diff),
            "a difference of {diff:e} is rounding: it passes"
        );
        assert_eq!(report_line("b1", diff), format!("b1:{diff:e} passes"));
    }
    for diff in [TOLERANCE, 1e-4, 0.5, f64::INFINITY, f64::NAN] {
        assert!(
            !passes(diff),
            "a difference of {diff:e} must fail the check"
        );
        assert_eq!(
            report_line("W2", diff),
            format!("W2:{diff:e} FAILS: the two gradients of W2 disagree by more than 1e-6")
        );
    }
}

#[test]
fn the_verdict_names_the_parameters_that_failed() {
    let all_pass = [("W1", 1e-10), ("b1", 1e-9), ("W2", 1e-8), ("b2", 1e-7)];
    assert!(verdict(&all_pass, "cargo test -p ch04").is_ok());
    let two_fail = [("W1", 1e-10), ("b1", 0.5), ("W2", f64::NAN), ("b2", 1e-7)];
    let failed = verdict(&two_fail, "cargo test -p ch04").unwrap_err();
    assert_eq!(failed.names, ["b1", "W2"]);
    let message = failed.to_string();
    assert!(
        message.starts_with("the gradient check failed for b1, W2:"),
        "{message}"
    );
    assert!(
        message.ends_with("Run `cargo test -p ch04` to see which part."),
        "{message}"
    );
}
