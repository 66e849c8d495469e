//! Counting right answers, a batch at a time: §3.6.2–3.6.3 of the book; on our pages,
//! chapter 3, "3.6.2 Inference" and "3.6.3 Batches".
//!
//! Feed the images of `x` (one per row) to the network `batch_size` rows at a time, and count
//! the images whose most likely digit is their label in `t`.
//!
//! Hint: `x.axis_chunks_iter(Axis(0), batch_size)` gives the batches of rows, and
//! `t.axis_chunks_iter(Axis(0), batch_size)` the labels that go with them: walk both
//! together with `.zip(…)`. `ch03::predict(network, x_batch)` gives one row of ten
//! probabilities per image, and `ch03::argmax(y)` the position of the largest value in a row
//! `y` of `y_batch.rows()`. Use `use ndarray::Axis;`.
//!
//! Check it with `cargo test -p exercises ch03_accuracy_cnt`.
//!
//! ---
//!
//! バッチごとに正解を数える: 原書の §3.6.2–3.6.3。この本では第3章「3.6.2 ニューラルネットワークの
//! 推論処理」と「3.6.3 バッチ処理」です。
//!
//! `x` の画像 (1 行に 1 枚) を `batch_size` 行ずつネットワークに入力し、いちばん可能性の高い数字が
//! `t` のラベルと一致する画像の枚数を数えてください。
//!
//! ヒント: `x.axis_chunks_iter(Axis(0), batch_size)` で行のバッチが、
//! `t.axis_chunks_iter(Axis(0), batch_size)` でそれに対応するラベルが得られます: `.zip(…)` で
//! 二つをいっしょにたどりましょう。`ch03::predict(network, x_batch)` は画像 1 枚につき 10 個の
//! 確率を 1 行として返し、`ch03::argmax(y)` は `y_batch.rows()` の行 `y` でいちばん大きな値の
//! 位置を返します。`use ndarray::Axis;` を使ってください。
//!
//! チェックするには `cargo test -p exercises ch03_accuracy_cnt`。

use ch03::Network;
use ndarray::{Array1, Array2, array, s};

use crate::check::{Checked, Failure, same_value, text, yours};
use crate::exercise::Exercise;

pub fn accuracy_cnt(
    network: &Network,
    x: &Array2<f64>,
    t: &Array1<usize>,
    batch_size: usize,
) -> usize {
    if cfg!(feature = "answer-key") {
        return ch03::accuracy_cnt(network, x, t, batch_size);
    }
    todo!(
        "count the images whose argmax is their label, batch by batch / argmax がラベルと一致する画像の枚数を、バッチごとに数える"
    )
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch03_accuracy_cnt",
    section: "§3.6.3",
    title: "count the right answers, batch by batch",
    title_ja: "バッチごとに正解を数える",
    file: file!(),
    check,
};

/// §3.4's small network on two inputs; then the count `cargo run -p ch03` prints with this
/// project's weights (Accuracy:0.9716), in batches of 100 and of 1; then batches of 7, which
/// do not divide the images evenly, against `ch03::accuracy_cnt`.
fn check() -> Checked {
    let small = ch03::init_network();
    let (x, t) = (array![[1.0, 0.5], [0.0, 0.0], [-2.0, 1.0]], array![1, 0, 0]);
    let what = text!(
        "§3.6.2 accuracy_cnt of init_network() on 3 inputs, batch_size 2, as ch03::accuracy_cnt computes it,",
        "§3.6.2 3 個の入力に対する init_network() の accuracy_cnt (batch_size 2、ch03::accuracy_cnt の計算と比べて)",
    );
    let count = yours(&what, || accuracy_cnt(&small, &x, &t, 2))?;
    same_value(&what, ch03::accuracy_cnt(&small, &x, &t, 2), count)?;

    let path = support::paths::default_weights();
    let network = ch03::load_network(&path).map_err(|e| {
        Failure::Wrong(text!(
            "{e}",
            "チェックが重みのファイルを読めませんでした: {e}",
        ))
    })?;
    let mnist = crate::mnist::mnist()?;
    for batch_size in [100, 1] {
        let what = text!(
            "§3.6.3 accuracy_cnt of the 10,000 test images with our weights, batch_size {batch_size},",
            "§3.6.3 私たちの重みによる、テスト画像 10,000 枚の accuracy_cnt (batch_size {batch_size})",
        );
        let count = yours(&what, || {
            accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, batch_size)
        })?;
        same_value(&what, 9716, count)?;
    }
    let (x, t) = (
        mnist.x_test.slice(s![..1000, ..]).to_owned(),
        mnist.t_test.slice(s![..1000]).to_owned(),
    );
    let what = text!(
        "§3.6.3 accuracy_cnt of the first 1,000 test images, batch_size 7, as ch03::accuracy_cnt computes it,",
        "§3.6.3 最初のテスト画像 1,000 枚の accuracy_cnt (batch_size 7、ch03::accuracy_cnt の計算と比べて)",
    );
    let count = yours(&what, || accuracy_cnt(&network, &x, &t, 7))?;
    same_value(&what, ch03::accuracy_cnt(&network, &x, &t, 7), count)
}
