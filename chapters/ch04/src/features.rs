// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §4.1: the approach before deep learning, in miniature. A person decides what to measure
//! in an image — its features (特徴量) — and a simple classifier learns from those numbers
//! only. Here the features are the mean ink of each 4 × 4 block of the image, and the
//! classifier gives each image the class whose average features are nearest.

use dataset::Mnist;
use ndarray::{Array1, Array2, ArrayView1, ArrayView2, Axis};

// ANCHOR: block_means
/// The hand-made features of a 28 × 28 image, given as a row of 784 pixels: the mean ink of
/// each of its 7 × 7 blocks of 4 × 4 pixels, 49 numbers that keep the digit's rough shape
/// and forget the details.
pub fn block_means(image: ArrayView1<f64>) -> Array1<f64> {
    let mut features = Array1::zeros(49);
    for (pixel, &ink) in image.iter().enumerate() {
        let (row, col) = (pixel / 28, pixel % 28);
        features[(row / 4) * 7 + col / 4] += ink / 16.0;
    }
    features
}
// ANCHOR_END: block_means

// ANCHOR: nearest_centroid
/// The nearest-centroid classifier: learning is averaging the features of each class into
/// one centroid; classifying is finding the nearest centroid.
pub struct NearestCentroid {
    /// One row per class: the mean features of its training examples.
    pub centroids: Array2<f64>,
}

impl NearestCentroid {
    /// Learns from `features` (one row per example) and their `labels`, `0..classes`.
    pub fn fit(features: ArrayView2<f64>, labels: ArrayView1<usize>, classes: usize) -> Self {
        let mut centroids = Array2::zeros((classes, features.ncols()));
        let mut counts = vec![0.0; classes];
        for (row, &label) in features.rows().into_iter().zip(labels) {
            let mut centroid = centroids.row_mut(label);
            centroid += &row;
            counts[label] += 1.0;
        }
        for (mut centroid, count) in centroids.axis_iter_mut(Axis(0)).zip(counts) {
            if count > 0.0 {
                centroid /= count;
            }
        }
        NearestCentroid { centroids }
    }

    /// The class whose centroid is nearest to `feature` (straight-line distance); of two
    /// equally near, the first, as `argmax` does (§3.6.2).
    pub fn predict(&self, feature: ArrayView1<f64>) -> usize {
        let distance = |c: ArrayView1<f64>| (&c - &feature).mapv(|d| d * d).sum();
        let mut best = 0;
        for (class, centroid) in self.centroids.rows().into_iter().enumerate() {
            if distance(centroid) < distance(self.centroids.row(best)) {
                best = class;
            }
        }
        best
    }
}
// ANCHOR_END: nearest_centroid

// ANCHOR: hand_made_correct
/// The features of every image (one per row) of `images`.
pub fn features_of(images: ArrayView2<f64>) -> Array2<f64> {
    let mut features = Array2::zeros((images.nrows(), 49));
    for (mut out, image) in features.rows_mut().into_iter().zip(images.rows()) {
        out.assign(&block_means(image));
    }
    features
}

/// The whole method: a centroid per digit from the training images' features, then how many
/// of the test images it reads right.
pub fn hand_made_correct(mnist: &Mnist) -> usize {
    let model = NearestCentroid::fit(
        features_of(mnist.x_train.view()).view(),
        mnist.t_train.view(),
        10,
    );
    let test = features_of(mnist.x_test.view());
    test.rows()
        .into_iter()
        .zip(&mnist.t_test)
        .filter(|&(feature, &label)| model.predict(feature) == label)
        .count()
}
// ANCHOR_END: hand_made_correct
