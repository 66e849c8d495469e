//! Softmax on the most extreme numbers an f64 holds: thanks to the guard of §3.5.2
//! (subtract the largest input first) every output stays a probability, never NaN or inf.

use ch03::{softmax, softmax_batch};
use ndarray::{Array1, Array2, array};

/// Checks that `y`, the softmax of `a`, holds probabilities that sum to 1.
fn assert_probabilities(a: &Array1<f64>, y: &Array1<f64>) {
    let sums_to_one = (y.sum() - 1.0).abs() < 1e-12;
    assert!(
        y.iter().all(|p| (0.0..=1.0).contains(p)) && sums_to_one,
        "softmax of {a} (§3.5.2) should give probabilities that sum to 1, found {y}. Its guard \
         subtracts the largest input before exp, so that no exp overflows to inf"
    );
}

#[test]
fn softmax_of_extreme_inputs_gives_probabilities() {
    for a in [
        array![1e300, -1e300, 0.0],
        array![-1e300, -1e300, -1e300],
        array![1e300, 1e300],
        array![f64::MAX, -f64::MAX, f64::MAX],
        array![f64::MIN_POSITIVE, 0.0, -f64::MIN_POSITIVE],
        Array1::from_elem(10, 7.0),
    ] {
        assert_probabilities(&a, &softmax(a.view()));
    }
    assert_eq!(softmax(array![1e300, -1e300].view()), array![1.0, 0.0]);
    assert_eq!(
        softmax(Array1::from_elem(4, -5e307).view()),
        Array1::from_elem(4, 0.25)
    );
}

#[test]
fn softmax_batch_of_extreme_rows_gives_probabilities() {
    let a: Array2<f64> = array![
        [1e300, 0.0, -1e300],
        [f64::MAX, f64::MAX, 0.0],
        [3.0, 3.0, 3.0]
    ];
    let y = softmax_batch(&a);
    for (row, out) in a.rows().into_iter().zip(y.rows()) {
        assert_probabilities(&row.to_owned(), &out.to_owned());
    }
    assert_eq!(y.row(1), array![0.5, 0.5, 0.0]);
}
