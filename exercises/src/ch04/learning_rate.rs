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
//!
//! ---
//!
//! 実験: 学習率はどこから大きすぎになるのか。原書の §4.4.1。この本では第4章「4.4.1 勾配法」です。
//!
//! 学習率 0.1 では、x0² + x1² の上を (−3, 4) から勾配降下法で 100 ステップ進むと、
//! いちばん低い点 (0, 0) のすぐそばで終わります。学習率 10 では、10¹³ ほど離れたところで
//! 終わります。その間のどこかで、1 回のステップで行き過ぎる分が、近づく分より大きくなり始めます。
//! 差が 0.1 未満の学習率を二つ見つけてください: 一つは出発点よりも (0, 0) の近くで終わるもの、
//! もう一つは出発点よりも遠くで終わるものです。
//! `(converges, diverges)` (収束するもの、発散するもの) として返してください。
//!
//! ヒント: scratch でいくつか試してみましょう (`cargo run -p scratch`、scratch/src/main.rs を参照):
//! `ch04::gradient_descent(ch04::function_2, &ndarray::array![-3.0, 4.0], lr, 100).0` が、
//! 100 ステップを終えた位置です。それから、収束する学習率と発散する学習率の間を、十分に小さく
//! なるまで半分ずつ狭めていきます。境目がなぜそこにあるのか: 1 回のステップで、x は
//! x − lr · 2x に移ります。
//!
//! チェックするには `cargo test -p exercises ch04_learning_rate`。

use ch04::function_2;
use ndarray::{Array1, array};

use crate::check::{Checked, Failure, Text, text, written, yours};
use crate::exercise::Exercise;

pub fn learning_rates() -> (f64, f64) {
    if cfg!(feature = "answer-key") {
        return crate::answer_key::LEARNING_RATES;
    }
    todo!(
        "(a rate that converges, a rate that diverges), less than 0.1 apart / (収束する学習率, 発散する学習率)、差は 0.1 未満"
    )
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_learning_rate",
    section: "§4.4.1",
    title: "experiment: the learning rate where descent diverges",
    title_ja: "実験: 勾配降下法が発散する学習率",
    file: file!(),
    check,
};

/// Runs `ch04::gradient_descent` with both rates, as the book's example does.
fn check() -> Checked {
    let (converges, diverges) = yours(&Text::both("§4.4.1 learning_rates()"), learning_rates)?;
    let init_x = array![-3.0, 4.0];
    let distance = |x: &Array1<f64>| x.mapv(|v| v * v).sum().sqrt();
    let start = distance(&init_x);
    let run = |lr: f64| ch04::gradient_descent(function_2, &init_x, lr, 100).0;
    let ends = |lr: f64, x: &Array1<f64>| {
        let (end, away) = (written(x.view().into_dyn()), distance(x));
        text!(
            "with learning rate {lr:?}, 100 steps from [-3.0, 4.0] end at {end}, {away:.3e} from (0, 0), where the start is {start}",
            "学習率 {lr:?} では、[-3.0, 4.0] から 100 ステップ進めると {end} で終わり、(0, 0) からの距離は {away:.3e} です (出発点の距離は {start} です)",
        )
    };
    if converges <= 0.0 || diverges <= 0.0 {
        return Err(Failure::Wrong(text!(
            "§4.4.1 the learning rates ({converges:?}, {diverges:?}) should both be above 0: a negative rate walks uphill on purpose",
            "§4.4.1 学習率 ({converges:?}, {diverges:?}) は、どちらも 0 より大きくしてください: 負の学習率だと、わざと坂を上ることになります",
        )));
    }
    let x = run(converges);
    if distance(&x).is_nan() || distance(&x) >= start {
        let Text { en, ja } = ends(converges, &x);
        return Err(Failure::Wrong(text!(
            "§4.4.1 {converges:?} should converge, but {en}",
            "§4.4.1 {converges:?} は収束するはずですが、{ja}",
        )));
    }
    let x = run(diverges);
    if distance(&x) <= start {
        let Text { en, ja } = ends(diverges, &x);
        return Err(Failure::Wrong(text!(
            "§4.4.1 {diverges:?} should diverge, but {en}",
            "§4.4.1 {diverges:?} は発散するはずですが、{ja}",
        )));
    }
    if (diverges - converges).abs() >= 0.1 {
        let apart = (diverges - converges).abs();
        return Err(Failure::Wrong(text!(
            "§4.4.1 {converges:?} converges and {diverges:?} diverges: right, now bring them less than 0.1 apart (they are {apart:.3} apart)",
            "§4.4.1 {converges:?} は収束し、{diverges:?} は発散します: そのとおりです。次は、二つの差を 0.1 未満に縮めましょう (いまの差は {apart:.3} です)",
        )));
    }
    Ok(())
}
