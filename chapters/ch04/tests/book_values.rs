//! The values chapter 4 of the book prints, asserted.

use approx::{assert_abs_diff_eq, assert_relative_eq};
use ch04::{
    cross_entropy_error, cross_entropy_error_batch, function_1, function_2, gradient_descent,
    numerical_diff, numerical_gradient, simple_net_example, simple_net_gradient, sum_squared_error,
};
use ndarray::{Array2, array};

fn outputs() -> (
    ndarray::Array1<f64>,
    ndarray::Array1<f64>,
    ndarray::Array1<f64>,
) {
    let t = array![0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    let y_good = array![0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
    let y_bad = array![0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0];
    (t, y_good, y_bad)
}

#[test]
fn sum_squared_error_of_the_books_outputs() {
    let (t, good, bad) = outputs();
    assert_abs_diff_eq!(
        sum_squared_error(good.view(), t.view()),
        0.0975,
        epsilon = 1e-15
    );
    assert_abs_diff_eq!(
        sum_squared_error(bad.view(), t.view()),
        0.5975,
        epsilon = 1e-15
    );
}

#[test]
fn cross_entropy_error_of_the_books_outputs() {
    let (t, good, bad) = outputs();
    assert_abs_diff_eq!(
        cross_entropy_error(good.view(), t.view()),
        0.510825457099338,
        epsilon = 1e-15
    );
    assert_abs_diff_eq!(
        cross_entropy_error(bad.view(), t.view()),
        2.302584092994546,
        epsilon = 1e-15
    );
}

#[test]
fn the_batch_version_takes_one_hot_rows_or_labels() {
    let (t, good, bad) = outputs();
    let y = ndarray::stack![ndarray::Axis(0), good, bad];
    let one_hot: Array2<f64> = ndarray::stack![ndarray::Axis(0), t, t];
    let labels = array![2_usize, 2];
    let mean = (0.510825457099338 + 2.302584092994546) / 2.0;
    assert_abs_diff_eq!(
        cross_entropy_error_batch(&y, &one_hot),
        mean,
        epsilon = 1e-15
    );
    assert_abs_diff_eq!(
        cross_entropy_error_batch(&y, &labels),
        mean,
        epsilon = 1e-15
    );
}

#[test]
fn a_tiny_h_vanishes_in_f32() {
    assert_eq!(1e-50_f32, 0.0);
    assert_ne!(1e-50_f64, 0.0);
}

#[test]
fn numerical_derivatives_of_function_1() {
    assert_abs_diff_eq!(
        numerical_diff(function_1, 5.0),
        0.1999999999990898,
        epsilon = 1e-15
    );
    assert_abs_diff_eq!(
        numerical_diff(function_1, 10.0),
        0.2999999999986347,
        epsilon = 1e-15
    );
}

#[test]
fn partial_derivatives_of_function_2_at_3_4() {
    let tmp1 = |x0: f64| x0 * x0 + 4.0_f64.powf(2.0);
    let tmp2 = |x1: f64| 3.0_f64.powf(2.0) + x1 * x1;
    assert_abs_diff_eq!(numerical_diff(tmp1, 3.0), 6.00000000000378, epsilon = 1e-15);
    assert_abs_diff_eq!(
        numerical_diff(tmp2, 4.0),
        7.999999999999119,
        epsilon = 1e-15
    );
}

#[test]
fn gradients_of_function_2() {
    for (point, expected) in [
        (array![3.0, 4.0], array![6.0, 8.0]),
        (array![0.0, 2.0], array![0.0, 4.0]),
        (array![3.0, 0.0], array![6.0, 0.0]),
    ] {
        assert_abs_diff_eq!(
            numerical_gradient(function_2, &point),
            expected,
            epsilon = 1e-6
        );
    }
}

#[test]
fn numerical_gradient_keeps_the_shape_of_its_input() {
    let x = array![[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]];
    let grad = numerical_gradient(|x: &Array2<f64>| x.mapv(|v| v * v).sum(), &x);
    assert_abs_diff_eq!(grad, 2.0 * &x, epsilon = 1e-6);
}

#[test]
fn gradient_descent_from_minus_3_4() {
    let init_x = array![-3.0, 4.0];
    let (x, history) = gradient_descent(function_2, &init_x, 0.1, 100);
    assert_relative_eq!(
        x,
        array![-6.11110793e-10, 8.14814391e-10],
        max_relative = 1e-6
    );
    assert_eq!(history.len(), 101);
    let (too_large, _) = gradient_descent(function_2, &init_x, 10.0, 100);
    assert_relative_eq!(
        too_large,
        array![-2.58983747e+13, -1.29524862e+12],
        max_relative = 1e-6
    );
    let (too_small, _) = gradient_descent(function_2, &init_x, 1e-10, 100);
    assert_abs_diff_eq!(too_small, array![-2.99999994, 3.99999992], epsilon = 1e-8);
}

#[test]
fn simple_net_with_the_books_weights() {
    let (net, x, t) = simple_net_example();
    let p = net.predict(x.view());
    assert_abs_diff_eq!(p, array![1.05414809, 0.63071653, 1.1328074], epsilon = 1e-8);
    assert_eq!(ch03::argmax(p.view()), 2);
    assert_abs_diff_eq!(net.loss(x.view(), t.view()), 0.928068, epsilon = 1e-6);
    // The book prints W to 8 digits only, hence 1e-6 rather than 1e-8.
    let dw = simple_net_gradient(&net, x.view(), t.view());
    assert_abs_diff_eq!(
        dw,
        array![
            [0.21924763, 0.14356247, -0.36281009],
            [0.32887144, 0.2153437, -0.54421514]
        ],
        epsilon = 1e-6
    );
}
