//! An experiment: where a learning rate becomes too large. §4.4.1 of the book; on our pages,
//! chapter 4, "4.4.1 The gradient method".
//!
//! With learning rate 0.1, 100 steps of gradient descent on x0² + x1² from (−3, 4) end next
//! to the lowest point (0, 0); with 10, they end about 10¹³ away. Somewhere between, the
//! steps start to overshoot more than they approach. Find two learning rates less than 0.1
//! apart: one that still ends closer to (0, 0) than the start, and one that ends farther
//! away. Return them as `(converges, diverges)`.
//!
//! Hint: try some in scratch (`cargo run -p scratch`, see scratch/src/main.rs):
//! `ch04::gradient_descent(ch04::function_2, &ndarray::array![-3.0, 4.0], lr, 100).0` is
//! where 100 steps end. Then halve the gap between a rate that converges and one that
//! diverges until it is small enough. Why the boundary is where it is: one step takes x to
//! x − lr · 2x.
//!
//! Check it with `cargo test -p exercises ch04_learning_rate`.

use ch04::function_2;
use ndarray::{Array1, array};

use crate::check::{Checked, Failure, written, yours};
use crate::exercise::Exercise;

pub fn learning_rates() -> (f64, f64) {
    if cfg!(feature = "answer-key") {
        return crate::answer_key::LEARNING_RATES;
    }
    todo!("(a rate that converges, a rate that diverges), less than 0.1 apart")
}

// The check. You do not need to read on (but you may).

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_learning_rate",
    section: "§4.4.1",
    title: "experiment: the learning rate where descent diverges",
    file: file!(),
    check,
};

/// Runs `ch04::gradient_descent` with both rates, as the book's example does.
fn check() -> Checked {
    let (converges, diverges) = yours("§4.4.1 learning_rates()", learning_rates)?;
    let init_x = array![-3.0, 4.0];
    let distance = |x: &Array1<f64>| x.mapv(|v| v * v).sum().sqrt();
    let start = distance(&init_x);
    let run = |lr: f64| ch04::gradient_descent(function_2, &init_x, lr, 100).0;
    let ends = |lr: f64, x: &Array1<f64>| {
        format!(
            "with learning rate {lr:?}, 100 steps from [-3.0, 4.0] end at {}, {:.3e} from (0, 0), where the start is {start}",
            written(x.view().into_dyn()),
            distance(x)
        )
    };
    if converges <= 0.0 || diverges <= 0.0 {
        return Err(Failure::Wrong(format!(
            "§4.4.1 the learning rates ({converges:?}, {diverges:?}) should both be above 0: a negative rate walks uphill on purpose"
        )));
    }
    let x = run(converges);
    if distance(&x).is_nan() || distance(&x) >= start {
        return Err(Failure::Wrong(format!(
            "§4.4.1 {converges:?} should converge, but {}",
            ends(converges, &x)
        )));
    }
    let x = run(diverges);
    if distance(&x) <= start {
        return Err(Failure::Wrong(format!(
            "§4.4.1 {diverges:?} should diverge, but {}",
            ends(diverges, &x)
        )));
    }
    if (diverges - converges).abs() >= 0.1 {
        return Err(Failure::Wrong(format!(
            "§4.4.1 {converges:?} converges and {diverges:?} diverges: right, now bring them less than 0.1 apart (they are {:.3} apart)",
            (diverges - converges).abs()
        )));
    }
    Ok(())
}
