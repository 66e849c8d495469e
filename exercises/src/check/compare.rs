//! Comparing the learner's results with the book's, shape first, then value by value.

use std::fmt::Debug;

use ndarray::{Array, Dimension, arr0};

use super::failure::{Checked, Failure};
use super::show::show;
use super::text::{Text, text};

/// How close counts as the same: `|expected − yours| ≤ abs + rel·|expected|`.
#[derive(Debug, Clone, Copy)]
pub struct Tolerance {
    abs: f64,
    rel: f64,
}

impl Tolerance {
    /// Within `abs` of the expected value: for values the book prints to a fixed number of
    /// decimals.
    pub fn abs(abs: f64) -> Tolerance {
        Tolerance { abs, rel: 0.0 }
    }

    /// Within a fraction `rel` of the expected value: for values printed as `6.1e-10` or
    /// `2.6e+13`, whose size varies.
    pub fn rel(rel: f64) -> Tolerance {
        Tolerance { abs: 0.0, rel }
    }

    fn holds(self, expected: f64, yours: f64) -> bool {
        (expected - yours).abs() <= self.abs + self.rel * expected.abs()
    }
}

/// `what` should be `expected`; `yours` is what the learner's code gave. `what` names the
/// case, with its section: "§3.5.2 softmax of [0.3, 2.9, 4.0]", 「§3.5.2 [0.3, 2.9, 4.0] の softmax」.
pub fn same<D: Dimension>(
    what: &Text,
    expected: &Array<f64, D>,
    yours: &Array<f64, D>,
    tolerance: Tolerance,
) -> Checked {
    if expected.shape() != yours.shape() {
        let (e, y) = (expected.shape(), yours.shape());
        let Text { en, ja } = what;
        return Err(Failure::Wrong(text!(
            "{en}: expected shape {e:?}, yours has {y:?}",
            "{ja}: 形状は {e:?} のはずですが、あなたのコードでは {y:?} です",
        )));
    }
    let close = expected
        .iter()
        .zip(yours)
        .all(|(&e, &y)| tolerance.holds(e, y));
    if close {
        return Ok(());
    }
    let (e, y) = show(expected.view().into_dyn(), yours.view().into_dyn());
    let mut message = should_be(what, &e, &y);
    let broken = |a: &Array<f64, D>| a.iter().any(|v| !v.is_finite());
    if broken(yours) && !broken(expected) {
        message.add_line(Text::new(
            "(NaN, \"not a number\", and inf come from arithmetic with no finite answer: exp of a large number such as exp(1000), log(0), 0 × ∞, 0/0 or ∞/∞.)",
            "(NaN (「数ではない」の意味) や inf は、有限の答えがない計算から生まれます: exp(1000) のような大きな数の exp、log(0)、0 × ∞、0/0、∞/∞ などです。)",
        ));
    }
    Err(Failure::Wrong(message))
}

/// [`same`] for one number.
pub fn same_number(what: &Text, expected: f64, yours: f64, tolerance: Tolerance) -> Checked {
    same(what, &arr0(expected), &arr0(yours), tolerance)
}

/// For answers that are exact: gates' outputs, counts, names.
pub fn same_value<T: PartialEq + Debug>(what: &Text, expected: T, yours: T) -> Checked {
    if expected == yours {
        Ok(())
    } else {
        Err(Failure::Wrong(should_be(
            what,
            &format!("{expected:?}"),
            &format!("{yours:?}"),
        )))
    }
}

/// "`what` should be `expected`; yours gave `yours`", in both languages.
fn should_be(what: &Text, expected: &str, yours: &str) -> Text {
    let Text { en, ja } = what;
    text!(
        "{en} should be {expected}; yours gave {yours}",
        "{ja} は {expected} になるはずですが、あなたのコードでは {yours} でした",
    )
}
