//! An experiment: how many hidden neurons does a short training need? §4.5.1 of the book; on
//! our pages, chapter 4, "4.5.1 A two-layer network".
//!
//! The book's network has 50 hidden neurons (`hidden_size=50`): a hyperparameter, which
//! people choose and the network does not learn. After a short training (300 steps,
//! mini-batches of 100, learning rate 0.5, on the first 10,000 training images), 50 neurons
//! reach a test accuracy of about 0.89. How few are enough for 0.8? Find the smallest hidden
//! size that still reaches 0.8: the check trains the network with your size and with one
//! neuron fewer.
//!
//! Hint: start at 10 and go down. Each check takes a second or two and tells you the
//! accuracy it measured.
//!
//! Check it with `cargo test -p exercises ch04_hidden_size`.
//!
//! ---
//!
//! 実験: 短い学習には、隠れ層のニューロンがいくつ必要か。原書の §4.5.1。この本では第4章
//! 「4.5.1 2層ニューラルネットワークのクラス」です。
//!
//! 原書のネットワークの隠れ層には 50 個のニューロンがあります (`hidden_size=50`)。これは
//! ハイパーパラメータで、人が選ぶものであり、ネットワークが学習するものではありません。短い学習
//! (300 ステップ、100 枚ずつのミニバッチ、学習率 0.5、訓練画像の最初の 10,000 枚) のあと、50 個の
//! ニューロンでテストデータの認識精度はおよそ 0.89 になります。0.8 に届くには、いくつあれば
//! 足りるでしょうか。0.8 に届く最小の隠れ層のサイズを見つけてください: チェックは、あなたの
//! サイズと、それより 1 個少ないサイズでネットワークを学習させます。
//!
//! ヒント: 10 から始めて、減らしていきましょう。チェックは 1 回につき 1〜2 秒かかり、測った
//! 認識精度を教えてくれます。
//!
//! チェックするには `cargo test -p exercises ch04_hidden_size`。

use ch04::{Gradient, MnistLearner, TrainConfig, TwoLayerNet, train};
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::Progress;

use crate::check::{Checked, Failure, Text, text, yours};
use crate::exercise::Exercise;

pub fn hidden_size() -> usize {
    if cfg!(feature = "answer-key") {
        return crate::answer_key::HIDDEN_SIZE;
    }
    todo!(
        "the smallest number of hidden neurons that reaches 0.8 / 0.8 に届く、隠れ層のニューロンの最小の数"
    )
}

// The check. You do not need to read on (but you may).
// ここから下はチェックです。読まなくてもかまいません (読んでもかまいません)。

pub const EXERCISE: Exercise = Exercise {
    name: "ch04_hidden_size",
    section: "§4.5.1",
    title: "experiment: the smallest hidden layer that learns enough",
    title_ja: "実験: 十分に学習できる最小の隠れ層",
    file: file!(),
    check,
};

const STEPS: usize = 300;
const GOAL: f64 = 0.8;

/// Trains chapter 4's network with your size and with one neuron fewer.
fn check() -> Checked {
    let hidden_size = yours(&Text::both("§4.5.1 hidden_size()"), hidden_size)?;
    if !(1..=50).contains(&hidden_size) {
        return Err(Failure::Wrong(text!(
            "§4.5.1 the hidden size should be between 1 and the book's 50; yours is {hidden_size}",
            "§4.5.1 隠れ層のサイズは 1 から原書の 50 までのはずですが、あなたのコードでは {hidden_size} です",
        )));
    }
    let accuracy = accuracy_after_training(hidden_size)?;
    if accuracy < GOAL {
        return Err(Failure::Wrong(text!(
            "§4.5.1 with {hidden_size} hidden neurons, {STEPS} steps reach a test accuracy of {accuracy}; the goal is {GOAL}: try more neurons",
            "§4.5.1 隠れ層のニューロンが {hidden_size} 個では、{STEPS} ステップでテストデータの認識精度は {accuracy} です。目標は {GOAL} です: ニューロンを増やしてみましょう",
        )));
    }
    if hidden_size > 1 {
        let fewer = accuracy_after_training(hidden_size - 1)?;
        if fewer >= GOAL {
            let one_fewer = hidden_size - 1;
            return Err(Failure::Wrong(text!(
                "§4.5.1 with {hidden_size} hidden neurons, {STEPS} steps reach {accuracy}, and with {one_fewer} they reach {fewer}: that is enough too, so try fewer",
                "§4.5.1 隠れ層のニューロンが {hidden_size} 個では {STEPS} ステップで {accuracy} に届き、{one_fewer} 個でも {fewer} に届きます: それでも足りるので、もっと減らしてみましょう",
            )));
        }
    }
    Ok(())
}

/// Chapter 4's network trained with `ch04::train`, measured on the 10,000 test images.
fn accuracy_after_training(hidden_size: usize) -> Result<f64, Failure> {
    let data = crate::mnist::mnist()?;
    let mut rng = StdRng::seed_from_u64(4);
    let mut learner = MnistLearner {
        network: TwoLayerNet::new(784, hidden_size, 10, 0.01, &mut rng),
        data,
        gradient: Gradient::Analytic,
    };
    let config = TrainConfig {
        iters_num: STEPS,
        batch_size: 100,
        learning_rate: 0.5,
    };
    train(&mut learner, &config, &mut rng, &Progress::silent()).map_err(|e| {
        Failure::Wrong(text!(
            "§4.5.2 training with {hidden_size} hidden neurons: {e}",
            "§4.5.2 隠れ層のニューロン {hidden_size} 個での学習: {e}",
        ))
    })?;
    Ok(learner.network.accuracy(&data.x_test, &data.t_test))
}
