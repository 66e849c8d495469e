//! §4.3.2: the tangent the book draws on y = 0.01x² + 0.1x at x = 5 (its Figure 4-7; the book
//! prints no value of it). The line touches the curve at x = 5 and climbs by the derivative,
//! about 0.2, per unit of x.

use approx::assert_abs_diff_eq;
use ch04::{function_1, numerical_diff, tangent_line};

#[test]
fn the_tangent_at_5_touches_the_curve_and_climbs_by_its_slope() {
    let tangent = tangent_line(function_1, 5.0);
    let slope = numerical_diff(function_1, 5.0);
    assert_abs_diff_eq!(tangent(5.0), function_1(5.0), epsilon = 1e-12);
    assert_abs_diff_eq!(tangent(5.0), 0.75, epsilon = 1e-12);
    // Where it crosses x = 0: 0.75 − 5 × 0.2, so −0.25 up to the derivative's own error.
    assert_abs_diff_eq!(tangent(0.0), 0.75 - 5.0 * slope, epsilon = 1e-12);
    assert_abs_diff_eq!(tangent(0.0), -0.25, epsilon = 1e-9);
    assert_abs_diff_eq!(tangent(10.0) - tangent(0.0), 10.0 * slope, epsilon = 1e-12);
}
