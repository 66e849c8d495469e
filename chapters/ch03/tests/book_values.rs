//! The values chapter 3 of the book prints, asserted. Tolerances: 1e-8 where the book prints
//! eight decimals.

use approx::assert_abs_diff_eq;
use ch03::figures::three_layers;
use ch03::{
    argmax, forward, init_network, logit, relu, sigmoid, softmax, softmax_batch, softmax_naive,
    step_function,
};
use ndarray::array;

#[test]
fn activations_on_scalars_and_arrays() {
    assert_eq!(step_function(3.0), 1.0);
    assert_eq!(step_function(0.0), 0.0);
    assert_eq!(relu(-2.0), 0.0);
    assert_eq!(relu(2.5), 2.5);
    assert_eq!(sigmoid(0.0), 0.5);

    let x = array![-1.0, 1.0, 2.0];
    assert_eq!(x.mapv(step_function), array![0.0, 1.0, 1.0]);
    assert_abs_diff_eq!(
        x.mapv(sigmoid),
        array![0.26894142, 0.73105858, 0.88079708],
        epsilon = 1e-8
    );
    assert_eq!(x.mapv(relu), array![0.0, 1.0, 2.0]);
}

#[test]
fn the_three_layer_network_gives_the_books_output() {
    let y = forward(&init_network(), array![1.0, 0.5].view());
    assert_abs_diff_eq!(y, array![0.31682708, 0.69627909], epsilon = 1e-8);
}

#[test]
fn naive_softmax_overflows_and_the_guarded_one_does_not() {
    let a = array![1010.0, 1000.0, 990.0];
    assert!(softmax_naive(a.view()).iter().all(|v| v.is_nan()));
    let y = softmax(a.view());
    let expected = array![9.99954600e-01, 4.53978686e-05, 2.06106005e-09];
    let close = y
        .iter()
        .zip(&expected)
        .all(|(y, e)| (y - e).abs() <= 1e-8 * e);
    assert!(
        close,
        "softmax of [1010, 1000, 990] (§3.5.2) should be {expected}, found {y}. Its guard \
         subtracts the largest input before exp, so that exp(1010) cannot overflow to inf"
    );
}

#[test]
fn softmax_of_the_books_example_sums_to_one() {
    let a = array![0.3, 2.9, 4.0];
    let y = softmax(a.view());
    assert_abs_diff_eq!(
        y,
        array![0.01821127, 0.24519181, 0.73659691],
        epsilon = 1e-8
    );
    // Without large inputs, the guard changes nothing (§3.5.2).
    assert_abs_diff_eq!(softmax_naive(a.view()), y, epsilon = 1e-15);
    assert_abs_diff_eq!(y.sum(), 1.0, epsilon = 1e-12);
    assert_eq!(argmax(y.view()), 2);

    let batch = softmax_batch(&array![[0.3, 2.9, 4.0], [1010.0, 1000.0, 990.0]]);
    assert_abs_diff_eq!(batch.row(0), y, epsilon = 1e-15);
    let sum = batch.row(1).sum();
    assert!(
        (sum - 1.0).abs() < 1e-12,
        "softmax_batch of the row [1010, 1000, 990] (§3.5.2) should sum to 1, found {sum}: \
         each row's softmax needs the guard that subtracts its largest input"
    );
}

#[test]
fn argmax_takes_the_first_of_equal_values() {
    assert_eq!(argmax(array![0.1, 0.7, 0.7].view()), 1);
}

#[test]
fn stacked_linear_layers_are_one_linear_layer() {
    let linear = |x: f64| 0.5 * x;
    for x in [-4.0, -1.0, 0.0, 2.5] {
        assert_abs_diff_eq!(three_layers(linear, x), -1.125 * x - 0.125, epsilon = 1e-12);
    }
    // With the sigmoid, equal steps in x no longer give equal steps in y.
    let (a, b, c) = (
        three_layers(sigmoid, -1.0),
        three_layers(sigmoid, 0.0),
        three_layers(sigmoid, 1.0),
    );
    assert!(((b - a) - (c - b)).abs() > 1e-3);
}

#[test]
fn the_sigmoid_undoes_the_logit_and_has_derivative_sigma_times_one_minus_sigma() {
    for p in [0.01, 0.25, 0.5, 0.9] {
        assert_abs_diff_eq!(sigmoid(logit(p)), p, epsilon = 1e-12);
    }
    let h = 1e-5;
    for x in [-3.0, 0.0, 1.5] {
        let numerical = (sigmoid(x + h) - sigmoid(x - h)) / (2.0 * h);
        assert_abs_diff_eq!(numerical, sigmoid(x) * (1.0 - sigmoid(x)), epsilon = 1e-9);
    }
}
