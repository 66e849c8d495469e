// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.5.1 (and §5.7.3): the gradient check (勾配確認). The numerical gradient is slow but
//! simple to get right, so it checks the fast one, parameter by parameter; this module says
//! how close the two must be, and how a check's result is printed.

// ANCHOR: gradient_check
/// How close the two gradients of a parameter must be, as a mean absolute difference, for
/// the check to pass. Rounding and the log guard of §4.2.2 leave differences of 1e-10 to
/// 1e-7; a wrong sign or a missing factor in a formula leaves 1e-4 and more.
pub const TOLERANCE: f64 = 1e-6;

/// Whether a parameter's two gradients agree: their mean absolute difference is below
/// [`TOLERANCE`]. A difference that is not a number (NaN) does not pass.
pub fn passes(diff: f64) -> bool {
    diff < TOLERANCE
}

/// A gradient check that failed, as a program says it after training with those gradients:
/// which parameters, what it means, and which test finds the cause.
#[derive(Debug, thiserror::Error)]
#[error(
    "the gradient check failed for {}: the gradients training used are not the derivatives \
     of the loss for those parameters, so the accuracies above are not what the book's code \
     reaches. A formula in the code that computes them has changed (a sign, a factor, a \
     transpose, a missing mask). Run `{test}` to see which part.",
    names.join(", ")
)]
pub struct CheckFailed {
    pub names: Vec<String>,
    /// The command whose tests point at the cause, such as `cargo test -p ch05`.
    pub test: &'static str,
}

/// `Ok` when every parameter of a check passes, else the [`CheckFailed`] naming those that
/// do not.
pub fn verdict<S: AsRef<str>>(results: &[(S, f64)], test: &'static str) -> Result<(), CheckFailed> {
    let names: Vec<String> = results
        .iter()
        .filter(|(_, diff)| !passes(*diff))
        .map(|(name, _)| name.as_ref().to_string())
        .collect();
    if names.is_empty() {
        Ok(())
    } else {
        Err(CheckFailed { names, test })
    }
}

/// The line a program prints for one parameter: its name and the mean absolute difference,
/// as the book's `gradient_check.py` prints them, then whether the check passes.
pub fn report_line(name: &str, diff: f64) -> String {
    if passes(diff) {
        format!("{name}:{diff:e} passes")
    } else {
        format!(
            "{name}:{diff:e} FAILS: the two gradients of {name} disagree by more than {TOLERANCE:e}"
        )
    }
}
// ANCHOR_END: gradient_check
