//! The losses of §4.2 on the edge cases training meets: an output that gives the right
//! answer probability 0, outputs of softmax on extreme inputs. The `delta` of §4.2.2 keeps
//! log(0) = −∞ out, so every loss is a finite number.

use ch03::softmax_batch;
use ch04::{cross_entropy_error, cross_entropy_error_batch};
use ndarray::{Array1, array};

/// −log(0 + 1e-7): the largest loss one example can give.
const LARGEST: f64 = 16.11809565095832;

#[test]
fn a_right_answer_given_probability_0_costs_a_finite_loss() {
    let y = array![1.0, 0.0, 0.0];
    let t = array![0.0, 1.0, 0.0];
    let loss = cross_entropy_error(y.view(), t.view());
    assert!(
        (loss - LARGEST).abs() < 1e-12,
        "cross_entropy_error (§4.2.2) of a one-hot answer given probability 0 should be \
         −log(1e-7) = {LARGEST}, found {loss}. The delta of 1e-7 keeps log(0) = −∞ out"
    );
    let batch = cross_entropy_error_batch(
        &array![[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]],
        &array![1_usize, 2],
    );
    assert!(
        (batch - LARGEST / 2.0).abs() < 1e-7,
        "cross_entropy_error_batch (§4.2.4) of one answer at probability 0 and one at 1 should \
         be half of −log(1e-7), found {batch}"
    );
}

#[test]
fn losses_of_softmax_on_extreme_inputs_are_finite() {
    let scores = array![
        [1e300, -1e300, 0.0],
        [-1e300, 1e300, 0.0],
        [f64::MAX, f64::MAX, -f64::MAX],
        [0.0, 0.0, 0.0]
    ];
    let y = softmax_batch(&scores);
    let labels: Array1<usize> = array![0, 0, 2, 1];
    let loss = cross_entropy_error_batch(&y, &labels);
    assert!(
        loss.is_finite() && (0.0..=LARGEST).contains(&loss),
        "cross_entropy_error_batch (§4.2.4) of softmax outputs should be a number from 0 to \
         {LARGEST}, found {loss} for outputs {y}"
    );
}
