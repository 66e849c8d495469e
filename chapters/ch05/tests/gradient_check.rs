// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! Gradient checking (勾配確認): every layer's backward, and the whole network's, against
//! chapter 4's numerical gradient.

use std::panic::{self, AssertUnwindSafe};

use ch04::{gradient_check, mean_abs_diff, numerical_gradient};
use ch05::{AddLayer, Affine, Layer, MulLayer, Relu, Sigmoid, SoftmaxWithLoss, TwoLayerNet};
use ndarray::{Array1, Array2, array};
use rand::SeedableRng;
use rand::rngs::StdRng;

/// A loss that depends on every output differently: Σ c_ij · y_ij.
fn weights_for(shape: (usize, usize)) -> Array2<f64> {
    Array2::from_shape_fn(shape, |(i, j)| 0.3 + 0.1 * i as f64 - 0.2 * j as f64)
}

// ANCHOR: check_dx
/// Checks `layer`'s dx against the numerical gradient of L(x) = Σ c · forward(x). If they
/// disagree, the message names the layer and its `section` of the book.
fn check_dx(section: &str, mut make: impl FnMut() -> Box<dyn Layer>, x: &Array2<f64>) {
    let mut layer = make();
    let c = weights_for(layer.forward(x.clone()).dim());
    let dx = layer.backward(c.clone());
    let numerical = numerical_gradient(|x: &Array2<f64>| (make().forward(x.clone()) * &c).sum(), x);
    let name = layer.name();
    assert_eq!(
        dx.dim(),
        x.dim(),
        "{name} backward ({section}): dx must have the shape of x"
    );
    let diff = mean_abs_diff(&dx, &numerical);
    assert!(
        diff < 1e-8,
        "{name} backward disagrees with the numerical gradient ({section}): dx differs from it \
         by {diff:e} on average; rounding explains at most 1e-8"
    );
}
// ANCHOR_END: check_dx

/// Runs a layer's test; if the layer's own code stops it (arrays whose shapes do not fit a
/// product, say), says which layer and section of the book, besides Rust's message.
fn checking(layer: &str, section: &str, test: impl FnOnce()) {
    let Err(payload) = panic::catch_unwind(AssertUnwindSafe(test)) else {
        return;
    };
    let message = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default();
    if message.contains(section) {
        panic::resume_unwind(payload);
    }
    let hint = if message.contains("not compatible") || message.contains("broadcast") {
        "\n  Two arrays whose shapes do not fit: is a product the wrong way round, or a \
         matrix not transposed (W where Wᵀ belongs)?"
    } else {
        ""
    };
    panic!("{layer} ({section}) stopped before its check could finish: {message}{hint}");
}

#[test]
fn mul_and_add_layers_against_numerical_derivatives() {
    let h = 1e-4;
    let (x, y) = (2.5, -1.5);
    let mut mul = MulLayer::default();
    mul.forward(x, y);
    let (dx, dy) = mul.backward(1.0);
    let (num_dx, num_dy) = (
        ((x + h) * y - (x - h) * y) / (2.0 * h),
        (x * (y + h) - x * (y - h)) / (2.0 * h),
    );
    assert!(
        (dx - num_dx).abs() < 1e-9 && (dy - num_dy).abs() < 1e-9,
        "MulLayer backward disagrees with the numerical derivatives (§5.4.1): (dx, dy) is \
         ({dx}, {dy}), the numerical derivatives ({num_dx}, {num_dy})"
    );
    let mut add = AddLayer;
    add.forward(x, y);
    assert_eq!(
        add.backward(3.0),
        (3.0, 3.0),
        "AddLayer backward (§5.4.2) passes dout on to both inputs unchanged"
    );
}

#[test]
fn relu_backward_matches_and_stops_where_the_input_was_not_positive() {
    checking("Relu", "§5.5.1", || {
        // Inputs kept away from 0, where ReLU has no derivative.
        let x = array![[1.0, -0.5, 2.0], [-1.5, 0.25, -0.75]];
        check_dx("§5.5.1", || Box::new(Relu::default()), &x);
        let mut relu = Relu::default();
        relu.forward(x);
        let dx = relu.backward(Array2::ones((2, 3)));
        assert_eq!(
            dx,
            array![[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]],
            "Relu backward (§5.5.1) lets dout through where x > 0 and stops it elsewhere"
        );
    });
}

#[test]
fn sigmoid_backward_matches() {
    checking("Sigmoid", "§5.5.2", || {
        check_dx(
            "§5.5.2",
            || Box::new(Sigmoid::default()),
            &array![[1.0, -0.5, 2.0], [-1.5, 0.0, 3.0]],
        );
    });
}

/// A gradient has the shape of its parameter; if not, says which shapes and what usually
/// causes it.
fn same_shape(what: &str, found: &[usize], expected: &[usize]) {
    let hint = if expected.len() == 1 {
        "did you sum over the wrong axis?"
    } else {
        "is a product the wrong way round, or not transposed?"
    };
    assert!(
        found == expected,
        "{what} has shape {found:?}, expected {expected:?}, the shape of its parameter: {hint}"
    );
}

/// `found` against `numerical` for one of a layer's gradients: the same shape, and within
/// rounding.
fn check_grad<D: ndarray::Dimension>(
    what: &str,
    found: &ndarray::Array<f64, D>,
    numerical: &ndarray::Array<f64, D>,
) {
    same_shape(what, found.shape(), numerical.shape());
    let diff = mean_abs_diff(found, numerical);
    assert!(
        diff < 1e-8,
        "{what} disagrees with the numerical gradient by {diff:e} on average; rounding explains at most 1e-8"
    );
}

#[test]
fn affine_backward_matches_for_x_w_and_b() {
    checking("Affine", "§5.6.2", || {
        let w = array![[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]];
        let b = array![0.01, -0.02, 0.03];
        let x = array![[1.0, 2.0], [-0.5, 0.3], [0.7, -1.1], [0.0, 0.4]];
        check_dx("§5.6.2", || Box::new(Affine::new(w.clone(), b.clone())), &x);

        let c = weights_for((4, 3));
        let mut affine = Affine::new(w.clone(), b.clone());
        affine.forward(x.clone());
        affine.backward(c.clone());
        let forward = |w: &Array2<f64>, b: &Array1<f64>| {
            (Affine::new(w.clone(), b.clone()).forward(x.clone()) * &c).sum()
        };
        let dw = numerical_gradient(|w| forward(w, &b), &w);
        let db = numerical_gradient(|b| forward(&w, b), &b);
        check_grad("Affine backward's dW (§5.6.2)", &affine.dw, &dw);
        check_grad("Affine backward's db (§5.6.2)", &affine.db, &db);

        // The first layer's shortcut: the same dW and db, without dX.
        let mut first = Affine::new(w.clone(), b.clone());
        first.forward(x.clone());
        first.backward_without_dx(c);
        assert_eq!(
            (&first.dw, &first.db),
            (&affine.dw, &affine.db),
            "Affine's backward_without_dx (§5.7.2) gives the dW and db of backward"
        );
    });
}

#[test]
fn softmax_with_loss_backward_matches() {
    checking("SoftmaxWithLoss", "§5.6.3", || {
        let x = array![[0.3, 2.9, 4.0], [1.0, -1.0, 0.5]];
        let t = array![2_usize, 0];
        let mut last = SoftmaxWithLoss::default();
        last.forward(x.clone(), &t);
        let dx = last.backward(1.0);
        let numerical = numerical_gradient(
            |x: &Array2<f64>| SoftmaxWithLoss::default().forward(x.clone(), &t),
            &x,
        );
        // Looser than the others: the loss takes log(y + 1e-7), whose derivative is not
        // quite 1/y.
        let diff = mean_abs_diff(&dx, &numerical);
        assert!(
            diff < 1e-6,
            "SoftmaxWithLoss backward disagrees with the numerical gradient (§5.6.3): dx \
             differs from it by {diff:e} on average; (y − t) / batch size explains at most 1e-6"
        );
    });
}

// ANCHOR: wrong_backward
#[test]
fn a_wrong_backward_is_caught() {
    /// Sigmoid with the derivative forgotten: passes dout straight through.
    #[derive(Default)]
    struct BrokenSigmoid(Sigmoid);
    impl Layer for BrokenSigmoid {
        fn name(&self) -> &'static str {
            "BrokenSigmoid"
        }
        fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
            self.0.forward(x)
        }
        fn backward(&mut self, dout: Array2<f64>) -> Array2<f64> {
            dout
        }
    }
    let result = std::panic::catch_unwind(|| {
        check_dx(
            "§5.5.2",
            || Box::new(BrokenSigmoid::default()),
            &array![[1.0, -0.5], [2.0, 0.1]],
        )
    });
    let message = *result
        .expect_err("the check must fail for a wrong backward")
        .downcast::<String>()
        .unwrap();
    assert!(
        message.starts_with(
            "BrokenSigmoid backward disagrees with the numerical gradient (§5.5.2): dx differs"
        ),
        "{message}"
    );
}
// ANCHOR_END: wrong_backward

#[test]
fn the_whole_network_against_the_numerical_gradient() {
    let mnist = dataset::load_mnist(&support::paths::mnist_dir(), true).unwrap();
    let x = mnist.x_train.slice(ndarray::s![..3, ..]).to_owned();
    let t = mnist.t_train.slice(ndarray::s![..3]).to_owned();
    let mut rng = StdRng::seed_from_u64(7);
    // A narrow hidden layer keeps the numerical gradient quick in a debug build.
    let mut network = TwoLayerNet::new(784, 10, 10, 0.01, &mut rng);
    let numerical = network.numerical_gradient(&x, &t);
    network.gradient(x, &t);
    let names = network.param_names();
    assert_eq!(names, ["W1", "b1", "W2", "b2"]);
    for ((name, n), b) in names.iter().zip(&numerical).zip(&network.param_grads()) {
        let what = format!("§5.7.3 backpropagation's gradient of {name}");
        same_shape(&what, b.shape(), n.shape());
        let diff = mean_abs_diff(n, b);
        assert!(
            gradient_check::passes(diff),
            "the gradient check of §5.7.3, backpropagation against the numerical gradient: {}",
            gradient_check::report_line(name, diff)
        );
    }
}

#[test]
fn parameters_are_named_by_their_affine_layer() {
    let affine =
        |i: usize, o: usize| Box::new(Affine::new(Array2::zeros((i, o)), Array1::zeros(o)));
    let mut network = TwoLayerNet {
        layers: vec![
            affine(4, 3),
            Box::new(Sigmoid::default()),
            affine(3, 3),
            Box::new(Sigmoid::default()),
            affine(3, 2),
        ],
        last_layer: SoftmaxWithLoss::default(),
    };
    assert_eq!(network.param_names(), ["W1", "b1", "W2", "b2", "W3", "b3"]);
}

/// Why the book's text shows smaller differences (1e-13 to 1e-10) than its code gives
/// today: the loss takes log(y + 1e-7), and backpropagation's (y − t) / N is the derivative
/// of the loss without that 1e-7. Differentiate the loss without it, and the differences
/// shrink to the book's sizes.
#[test]
fn without_the_log_guard_the_differences_shrink_to_the_books_sizes() {
    let mnist = dataset::load_mnist(&support::paths::mnist_dir(), true).unwrap();
    let x = mnist.x_train.slice(ndarray::s![..3, ..]).to_owned();
    let t = mnist.t_train.slice(ndarray::s![..3]).to_owned();
    let mut rng = StdRng::seed_from_u64(7);
    let mut network = TwoLayerNet::new(784, 10, 10, 0.01, &mut rng);
    let values = network.param_values();
    let mut numerical = Vec::new();
    for (k, value) in values.iter().enumerate() {
        let loss_without_guard = |p: &ndarray::ArrayD<f64>| {
            network.params()[k].value.assign(p);
            let y = ch03::softmax_batch(&network.predict(x.clone()));
            -(0..3).map(|i| y[[i, t[i]]].ln()).sum::<f64>() / 3.0
        };
        numerical.push(numerical_gradient(loss_without_guard, value));
        network.params()[k].value.assign(value);
    }
    network.gradient(x, &t);
    let names = network.param_names();
    for ((name, n), b) in names.iter().zip(&numerical).zip(&network.param_grads()) {
        same_shape(&format!("the gradient of {name}"), b.shape(), n.shape());
        let diff = mean_abs_diff(n, b);
        // With the guard: 1e-10 (W1) to 1e-7 (b2). Without it, the book's 1e-13 to 1e-10.
        let bound = if name == "b2" { 1e-9 } else { 1e-11 };
        assert!(diff < bound, "{name}: {diff:e}");
    }
}
