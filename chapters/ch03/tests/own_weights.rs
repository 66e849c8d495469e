//! The project's own weights (`data/weights/sample_weight.npz`, trained by
//! `cargo run --release -p ch05 --bin train-ch03-weights`) with chapter 3's forward pass.

use ch03::accuracy_cnt;
use ch03::load_network;
use dataset::load_mnist;
use support::paths::default_weights;
use support::paths::mnist_dir;

#[test]
fn the_projects_own_weights_score_9716() {
    let network = load_network(&default_weights()).unwrap();
    assert_eq!(network.w1.dim(), (784, 50));
    assert_eq!(network.w2.dim(), (50, 100));
    assert_eq!(network.w3.dim(), (100, 10));
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    assert_eq!(
        accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, 100),
        9716
    );
}
