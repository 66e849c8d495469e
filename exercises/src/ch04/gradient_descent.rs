//! Gradient descent: §4.4.1 of the book; on our pages, chapter 4, "4.4.1 The gradient
//! method".
//!
//! Start at `init_x` and take `step_num` steps, each one x ← x − lr · (the gradient of `f` at
//! x), equation (4.7). Return where the last step ends.
//!
//! Hint: `let mut x = init_x.clone();`, then a `for _ in 0..step_num` loop. In it, the
//! gradient is `ch04::numerical_gradient(&f, &x)` (or yours, from the exercise before), and
//! `x = x - lr * grad;` takes the step.
//!
//! Check it with `cargo test -p exercises ch04_gradient_descent`.
//!
//! ---
//!
//! 勾配降下法: 原書の §4.4.1。この本では第4章「4.4.1 勾配法」です。
//!
//! `init_x` から始めて、`step_num` 回ステップを進めます。1 回のステップは x ← x − lr · (x における
//! `f` の勾配)、式 (4.7) です。最後のステップを終えた位置を返してください。
//!
//! ヒント: `let mut x = init_x.clone();` のあとに `for _ in 0..step_num` のループを書きます。
//! その中で、勾配は `ch04::numerical_gradient(&f, &x)` (または、一つ前の練習問題で書いたあなたの
//! もの) で求め、`x = x - lr * grad;` で 1 ステップ進みます。
//!
//! チェックするには `cargo test -p exercises ch04_gradient_descent`。

use ch04::function_2;
use ndarray::{Array1, array};

use crate::check::{Checked, Failure, Text, Tolerance, same, text, written, yours};
use crate::exercise::Exercise;

pub fn gradient_descent(
    f: impl Fn(&Array1<f64>) -> f64,
    init_x: &Array1<f64>,
    lr: f64,
    step_num: usize,
) -> Array1<f64> {
    if cfg!(feature = "answer-key") {
        return ch04::gradient_descent(f, init_x, lr, step_num).0;
    }
    todo!("step_num steps of x = x - lr * gradient / x = x - lr * 勾配 のステップを step_num 回")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_gradient_descent",
    section: "§4.4.1",
    title: "gradient descent",
    title_ja: "勾配降下法",
    file: file!(),
    check,
};

/// The book's three runs from (−3, 4), with learning rates 0.1, 10 and 1e-10; then another
/// function against `ch04::gradient_descent`. With 10, the book's end point is made mostly of
/// rounding (its steps subtract numbers near 1e26 from each other), so the check only asks
/// that it be as far away.
fn check() -> Checked {
    let init_x = array![-3.0, 4.0];
    let run = |lr: f64| {
        let what = text!(
            "§4.4.1 gradient_descent(function_2, [-3.0, 4.0], lr = {lr:?}, 100 steps)",
            "§4.4.1 gradient_descent(function_2, [-3.0, 4.0], lr = {lr:?}, 100 ステップ)",
        );
        yours(&what, || gradient_descent(function_2, &init_x, lr, 100)).map(|x| (what, x))
    };
    let (what, x) = run(0.1)?;
    same(
        &what,
        &array![-6.11110793e-10, 8.14814391e-10],
        &x,
        Tolerance::rel(1e-6),
    )?;
    let (what, x) = run(1e-10)?;
    same(
        &what,
        &array![-2.99999994, 3.99999992],
        &x,
        Tolerance::abs(1e-8),
    )?;
    let (what, x) = run(10.0)?;
    let distance = x.mapv(|v| v * v).sum().sqrt();
    if distance.is_nan() || distance <= 1e12 {
        let Text { en, ja } = &what;
        let end = written(x.view().into_dyn());
        return Err(Failure::Wrong(text!(
            "{en} should end far away, as the book's [-2.6e13, -1.3e12] does; yours ended at {end}",
            "{ja} は、原書の [-2.6e13, -1.3e12] のように遠くで終わるはずですが、あなたのコードでは {end} で終わりました",
        )));
    }

    let f = |x: &Array1<f64>| (x[0] - 1.0).powi(2) + 2.0 * (x[1] + 3.0).powi(2);
    let what = Text::new(
        "§4.4.1 gradient_descent of (x0 - 1)² + 2(x1 + 3)² from [0.0, 0.0], lr = 0.05, 20 steps, as ch04::gradient_descent computes it,",
        "§4.4.1 [0.0, 0.0] から lr = 0.05 で 20 ステップ進めた、(x0 - 1)² + 2(x1 + 3)² の gradient_descent (ch04::gradient_descent の計算と比べて)",
    );
    let start = array![0.0, 0.0];
    let x = yours(&what, || gradient_descent(f, &start, 0.05, 20))?;
    let key = ch04::gradient_descent(f, &start, 0.05, 20).0;
    same(&what, &key, &x, Tolerance::abs(1e-9))
}
