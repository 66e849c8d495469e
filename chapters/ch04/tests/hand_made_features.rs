//! §4.1: hand-made features with a nearest-centroid classifier read most digits, but far
//! fewer than a network that learns its own features (chapter 5: 0.965 or better).

use ch04::NearestCentroid;
use ch04::features::features_of;
use dataset::load_mnist;
use support::paths::mnist_dir;

#[test]
fn hand_made_features_read_most_digits_but_not_as_many_as_a_network() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let train = features_of(mnist.x_train.view());
    let model = NearestCentroid::fit(train.view(), mnist.t_train.view(), 10);
    let test = features_of(mnist.x_test.view());
    let correct = test
        .rows()
        .into_iter()
        .zip(&mnist.t_test)
        .filter(|&(feature, &label)| model.predict(feature) == label)
        .count();
    // Deterministic: no random numbers anywhere. A network that learns its own features
    // does far better (chapter 5: 0.965 or better).
    assert_eq!(correct, 7808, "of 10000 test images");
}
