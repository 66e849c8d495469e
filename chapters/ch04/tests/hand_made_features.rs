//! §4.1: hand-made features with a nearest-centroid classifier read most digits, but far
//! fewer than a network that learns its own features (chapter 5: 0.965 or better).

use ch04::{NearestCentroid, block_means, hand_made_correct};
use dataset::load_mnist;
use ndarray::{Array1, array};
use support::paths::mnist_dir;

#[test]
fn hand_made_features_read_most_digits_but_not_as_many_as_a_network() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let correct = hand_made_correct(&mnist);
    // Deterministic: no random numbers anywhere. A network that learns its own features
    // does far better (chapter 5: 0.965 or better).
    assert_eq!(correct, 7808, "of 10000 test images");
}

#[test]
fn nearest_centroid_on_four_points() {
    // Two examples of class 1 around (0, 4), two of class 2 around (4, 0); class 0 has none.
    let features = array![[0.0, 3.0], [0.0, 5.0], [3.0, 0.0], [5.0, 0.0]];
    let model = NearestCentroid::fit(features.view(), array![1, 1, 2, 2].view(), 3);
    assert_eq!(
        model.centroids,
        array![[0.0, 0.0], [0.0, 4.0], [4.0, 0.0]],
        "each centroid is the mean of its class's examples; a class without any stays at 0"
    );
    assert_eq!(model.predict(array![0.5, 3.0].view()), 1);
    assert_eq!(model.predict(array![3.0, 0.5].view()), 2);
    // (4, 4) is as near to class 1's centroid as to class 2's: the first wins.
    assert_eq!(model.predict(array![4.0, 4.0].view()), 1);
}

#[test]
fn each_block_is_the_mean_of_its_16_pixels() {
    let mut image = Array1::zeros(784);
    image[0] = 1.0; // top-left block
    image[28 * 27 + 27] = 0.5; // bottom-right block
    image[28 * 4 + 4] = 1.0; // second block of the second row of blocks
    let features = block_means(image.view());
    assert_eq!(features[0], 1.0 / 16.0);
    assert_eq!(features[48], 0.5 / 16.0);
    assert_eq!(features[8], 1.0 / 16.0);
    assert_eq!(features.sum(), 2.5 / 16.0);
}
