//! The forward pass of a three-layer network: §3.4.3 of the book; on our pages, chapter 3,
//! "3.4 A three-layer network".
//!
//! At each layer, the weighted sum plus the bias, A = X·W + B, then the activation: the
//! sigmoid for the two hidden layers, the identity function for the output layer.
//!
//! Hint: the first layer is `let a1 = x.dot(&network.w1) + &network.b1;` then
//! `let z1 = a1.mapv(ch03::sigmoid);` (or your own sigmoid). The second layer starts from
//! `z1`, with `w2` and `b2`. The identity function returns its input, so `a3` is the answer.
//!
//! Check it with `cargo test -p exercises ch03_forward`.
//!
//! ---
//!
//! 3層ネットワークの順伝播: 原書の §3.4.3。この本では第3章「3.4 3層ニューラルネットワークの実装」
//! です。
//!
//! 各層で、重み付きの和にバイアスを足して A = X·W + B とし、それから活性化関数を通します:
//! 二つの隠れ層ではシグモイド関数、出力層では恒等関数です。
//!
//! ヒント: 第1層は `let a1 = x.dot(&network.w1) + &network.b1;`、それから
//! `let z1 = a1.mapv(ch03::sigmoid);` です (自分のシグモイド関数を使ってもかまいません)。
//! 第2層は `z1` から始めて、`w2` と `b2` を使います。恒等関数は入力をそのまま返すので、`a3` が
//! 答えです。
//!
//! チェックするには `cargo test -p exercises ch03_forward`。

use ch03::Network;
use ndarray::{Array1, Array2, ArrayView1, array};

use crate::check::{Checked, Text, Tolerance, same, text, written, yours};
use crate::exercise::Exercise;

pub fn forward(network: &Network, x: ArrayView1<f64>) -> Array1<f64> {
    if cfg!(feature = "answer-key") {
        return ch03::forward(network, x);
    }
    todo!("three layers: a = x·W + b, then the activation / 3層: a = x·W + b、それから活性化関数")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch03_forward",
    section: "§3.4.3",
    title: "the forward pass of a three-layer network",
    title_ja: "3層ネットワークの順伝播",
    file: file!(),
    check,
};

/// The book's network and input, then other inputs and a network of other sizes, against
/// `ch03::forward`.
fn check() -> Checked {
    let network = ch03::init_network();
    let what = Text::both("§3.4.3 forward(init_network(), [1.0, 0.5])");
    let y = yours(&what, || forward(&network, array![1.0, 0.5].view()))?;
    same(
        &what,
        &array![0.31682708, 0.69627909],
        &y,
        Tolerance::abs(1e-8),
    )?;

    for x in [array![0.0, 0.0], array![-1.0, 2.0], array![10.0, -3.5]] {
        let input = written(x.view().into_dyn());
        let what = text!(
            "§3.4.3 forward(init_network(), {input}), as ch03::forward computes it,",
            "§3.4.3 forward(init_network(), {input}) (ch03::forward の計算と比べて)",
        );
        let y = yours(&what, || forward(&network, x.view()))?;
        same(
            &what,
            &ch03::forward(&network, x.view()),
            &y,
            Tolerance::abs(1e-12),
        )?;
    }

    let wider = four_three_two_two();
    let x = array![0.5, -1.0, 2.0, 0.25];
    let what = text!(
        "§3.4.3 forward of a network 4 → 3 → 2 → 2, as ch03::forward computes it,",
        "§3.4.3 4 → 3 → 2 → 2 のネットワークの forward (ch03::forward の計算と比べて)",
    );
    let y = yours(&what, || forward(&wider, x.view()))?;
    same(
        &what,
        &ch03::forward(&wider, x.view()),
        &y,
        Tolerance::abs(1e-12),
    )
}

/// A network with four inputs, to catch code that only works for the book's two.
fn four_three_two_two() -> Network {
    let weights = |rows: usize, cols: usize| {
        Array2::from_shape_fn((rows, cols), |(i, j)| 0.1 * (i + 2 * j) as f64 - 0.3)
    };
    Network {
        w1: weights(4, 3),
        b1: array![0.1, -0.2, 0.3],
        w2: weights(3, 2),
        b2: array![0.05, 0.0],
        w3: weights(2, 2),
        b3: array![-0.1, 0.2],
    }
}
