//! An experiment: a deeper network, §5.7's with one layer more. §5.7.2 of the book; on our
//! pages, chapter 5, "Build your own network" (in 5.7).
//!
//! §5.7.2's network is a list, Affine (784 → 50) → ReLU → Affine (50 → 10), and training
//! runs whatever list it is given. Return a list with a third Affine layer, and a ReLU
//! between each two Affine layers: 784 inputs (the pixels) to 10 outputs (the digits), with
//! hidden sizes of your choice. The check trains it for 300 steps and expects at least 0.85
//! test accuracy.
//!
//! Hint: `affine(784, 50, rng)` below makes an Affine layer of 784 inputs and 50 outputs,
//! ready for the list. Each Affine layer's inputs must be as many as the outputs of the one
//! before it. Put each layer in a box: `Box::new(ch05::Relu::default())`.
//!
//! Check it with `cargo test -p exercises ch05_add_a_layer`.
//!
//! ---
//!
//! 実験: §5.7 のネットワークにレイヤを一つ足して、深くします。原書の §5.7.2。この本では第5章の
//! 5.7 にある「自分のネットワークを組み立てる」です。
//!
//! §5.7.2 のネットワークは Affine (784 → 50) → ReLU → Affine (50 → 10) というリストで、学習は
//! 渡されたリストをそのまま動かします。3 つ目の Affine レイヤを加え、二つの Affine レイヤの
//! あいだにはそれぞれ ReLU をはさんだリストを返してください: 784 個の入力 (ピクセル) から
//! 10 個の出力 (数字) までで、隠れ層の大きさは自由に選べます。チェックはそれを 300 ステップ
//! 学習させ、テストデータでの認識精度が 0.85 以上になることを確かめます。
//!
//! ヒント: 下の `affine(784, 50, rng)` は、入力 784 個、出力 50 個の Affine レイヤを、リストに
//! 入れられる形で作ります。どの Affine レイヤも、入力の数は一つ前のレイヤの出力の数と同じで
//! なければなりません。レイヤはそれぞれ箱に入れます: `Box::new(ch05::Relu::default())`。
//!
//! チェックするには `cargo test -p exercises ch05_add_a_layer`。

use ch05::{Affine, Layer};
use ndarray::{Array1, Array2};
use ndarray_rand::RandomExt;
use ndarray_rand::rand_distr::StandardNormal;
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::check::{Checked, Failure, Hint, Text, text};
use crate::exercise::Exercise;

/// An Affine layer from `inputs` to `outputs`, in a box for the list. Its weights are drawn
/// at random and scaled by √(2 / inputs), the "He initialisation" of the book's chapter 6
/// (§6.2): with chapter 4's 0.01, a network this deep learns far slower.
///
/// `inputs` から `outputs` への Affine レイヤを、リストに入れられるよう箱 (Box) に入れて返します。
/// 重みはランダムに選び、√(2 / inputs) 倍します。原書の第6章 (§6.2) の「He の初期値」です。
/// 第4章の 0.01 倍では、これだけ深いネットワークの学習はずっと遅くなります。
pub fn affine(inputs: usize, outputs: usize, rng: &mut StdRng) -> Box<Affine> {
    let scale = (2.0 / inputs as f64).sqrt();
    let w = scale * Array2::random_using((inputs, outputs), StandardNormal, rng);
    Box::new(Affine::new(w, Array1::zeros(outputs)))
}

pub fn layers(rng: &mut StdRng) -> Vec<Box<dyn Layer>> {
    if cfg!(feature = "answer-key") {
        return crate::answer_key::deeper_layers(rng, affine);
    }
    todo!("Affine, Relu, Affine, Relu, Affine / Affine, Relu, Affine, Relu, Affine の順に並べる")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_add_a_layer",
    section: "§5.7.2",
    title: "experiment: a network with one layer more",
    title_ja: "実験: レイヤを一つ増やしたネットワーク",
    file: file!(),
    check,
};

const STEPS: usize = 300;
const GOAL: f64 = 0.85;

/// The number of Affine layers and an activation between each two, then 300 steps of training with `ch04::train` at the book's
/// learning rate, 0.1.
fn check() -> Checked {
    let mut rng = StdRng::seed_from_u64(6);
    let layers = crate::check::yours(&Text::both("§5.7.2 layers(rng)"), || layers(&mut rng))?;
    let names: Vec<&str> = layers.iter().map(|layer| layer.name()).collect();
    let affines = names.iter().filter(|&&name| name == "Affine").count();
    if affines < 3 {
        return Err(Failure::Wrong(text!(
            "§5.7.2 your layers, {names:?}, hold {affines} Affine layers; add one, so there are 3",
            "§5.7.2 あなたのレイヤ {names:?} には Affine レイヤが {affines} 個あります。Affine レイヤを加えて 3 個にしてください",
        )));
    }
    if names.windows(2).any(|pair| pair == ["Affine", "Affine"]) {
        return Err(Failure::Wrong(text!(
            "§5.7.2 your layers, {names:?}, put two Affine layers side by side: with no activation between them, two layers compute no more than one could (§3.2.6). Put a Relu between them.",
            "§5.7.2 あなたのレイヤ {names:?} では、Affine レイヤが二つ隣り合っています: あいだに活性化関数がないと、二つのレイヤでも一つのレイヤ以上のことは計算できません (§3.2.6)。あいだに Relu を入れてください。",
        )));
    }
    let accuracy = super::accuracy_after_training(layers, STEPS, 0.1, &mut rng).hint(text!(
        "each Affine layer's inputs must be as many as the outputs of the Affine layer before it; the first takes 784, the last gives 10.",
        "どの Affine レイヤも、入力の数は一つ前の Affine レイヤの出力の数と同じでなければなりません。最初のレイヤは 784 個を受け取り、最後のレイヤは 10 個を出力します。",
    ))?;
    if accuracy < GOAL {
        return Err(Failure::Wrong(text!(
            "§5.7.2 after {STEPS} steps your network's test accuracy is {accuracy}; it should be {GOAL} or more",
            "§5.7.2 {STEPS} ステップ学習したあと、あなたのネットワークのテストデータでの認識精度は {accuracy} です。{GOAL} 以上になるはずです",
        )));
    }
    Ok(())
}
