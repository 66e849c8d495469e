//! §4.5.1: the gradient check's verdict. Rounding passes; the differences a wrong formula
//! leaves, and a difference that is not a number, fail, and the printed line says so.

use ch04::gradient_check::{TOLERANCE, passes, report_line};

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
