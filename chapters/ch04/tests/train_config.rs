//! `--iters`, `--batch-size` and `--lr` become the training configuration of §4.5.2, each as
//! given (the other options choose the network and its seed).

use ch04::TrainConfig;
use support::cli::TrainArgs;

#[test]
fn the_options_given_are_the_options_trained_with() {
    let args = TrainArgs {
        iters: 3,
        batch_size: 7,
        lr: 0.5,
        hidden: 20,
        seed: 1,
        quiet: true,
    };
    let config = TrainConfig::from(&args);
    assert_eq!(
        (config.iters_num, config.batch_size, config.learning_rate),
        (3, 7, 0.5)
    );
}
