//! An experiment: §5.7's network with a Sigmoid layer in place of ReLU. §5.7.2–5.7.4 of the
//! book; on our pages, chapter 5, "5.7.4 Training".
//!
//! §5.7.2 builds its network as a list of layers, Affine → ReLU → Affine, from chapter 4's
//! starting weights `params`. Return the same list with a `Sigmoid` layer in the middle
//! instead. The check trains it and expects it to learn: at least 0.8 test accuracy after
//! 300 steps, as chapter 4's sigmoid network does.
//!
//! Hint: this is §5.7.2's list (`ch05::TwoLayerNet::from_params`):
//! `vec![Box::new(Affine::new(params.w1, params.b1)), Box::new(Relu::default()),
//! Box::new(Affine::new(params.w2, params.b2))]`. `Box::new` puts each layer in a box, so
//! that layers of different kinds fit in one list. Use `use ch05::{Affine, Sigmoid};`.
//!
//! Check it with `cargo test -p exercises ch05_swap_relu_for_sigmoid`.
//!
//! ---
//!
//! 実験: §5.7 のネットワークで、ReLU の代わりに Sigmoid レイヤを使います。原書の §5.7.2–5.7.4。
//! この本では第5章「5.7.4 誤差逆伝播法を使った学習」です。
//!
//! §5.7.2 は、第4章の最初の重み `params` から、Affine → ReLU → Affine というレイヤのリストとして
//! ネットワークを組み立てます。真ん中を `Sigmoid` レイヤに替えた同じリストを返してください。
//! チェックはそれを学習させ、ちゃんと学習できるかを確かめます: 第4章のシグモイド関数の
//! ネットワークと同じように、300 ステップのあとでテストデータでの認識精度が 0.8 以上になる
//! ことです。
//!
//! ヒント: §5.7.2 のリスト (`ch05::TwoLayerNet::from_params`) はこうです:
//! `vec![Box::new(Affine::new(params.w1, params.b1)), Box::new(Relu::default()),
//! Box::new(Affine::new(params.w2, params.b2))]`。`Box::new` はレイヤをそれぞれ箱に入れます。
//! こうすると、種類の違うレイヤを一つのリストに並べられます。`use ch05::{Affine, Sigmoid};` を
//! 使いましょう。
//!
//! チェックするには `cargo test -p exercises ch05_swap_relu_for_sigmoid`。

use ch04::Params;
use ch05::Layer;
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::check::{Checked, Failure, Text, same_value, text, yours};
use crate::exercise::Exercise;

pub fn layers(params: Params) -> Vec<Box<dyn Layer>> {
    if cfg!(feature = "answer-key") {
        return crate::answer_key::sigmoid_layers(params);
    }
    todo!("Affine, Sigmoid, Affine / Affine, Sigmoid, Affine の順に並べる")
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch05_swap_relu_for_sigmoid",
    section: "§5.7.4",
    title: "experiment: a Sigmoid network that learns",
    title_ja: "実験: 学習できる Sigmoid のネットワーク",
    file: file!(),
    check,
};

const STEPS: usize = 300;
const GOAL: f64 = 0.8;

/// The layers' names, then 300 steps of training with `ch04::train` at learning rate 0.5 (a
/// sigmoid network learns slower than a ReLU one at the book's 0.1).
fn check() -> Checked {
    let mut rng = StdRng::seed_from_u64(5);
    let start = ch04::TwoLayerNet::new(784, 50, 10, 0.01, &mut rng).params;
    let layers = yours(&Text::both("§5.7.4 layers(params)"), || layers(start))?;
    let names: Vec<&str> = layers.iter().map(|layer| layer.name()).collect();
    same_value(
        &text!("§5.7.4 the layers", "§5.7.4 レイヤの並び"),
        vec!["Affine", "Sigmoid", "Affine"],
        names,
    )?;
    let accuracy = super::accuracy_after_training(layers, STEPS, 0.5, &mut rng)?;
    if accuracy < GOAL {
        return Err(Failure::Wrong(text!(
            "§5.7.4 after {STEPS} steps your network's test accuracy is {accuracy}; it should be {GOAL} or more",
            "§5.7.4 {STEPS} ステップ学習したあと、あなたのネットワークのテストデータでの認識精度は {accuracy} です。{GOAL} 以上になるはずです",
        )));
    }
    Ok(())
}
