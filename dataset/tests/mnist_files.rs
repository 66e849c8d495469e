//! The committed MNIST files are the canonical ones, and they read as the facts say.

use std::fs;
use std::io::Read;

use dataset::mnist::{TEST_LABELS, TRAIN_LABELS};
use dataset::{load_mnist, one_hot, read_labels};
use flate2::read::GzDecoder;
use ndarray::array;
use sha2::{Digest, Sha256};
use support::paths::mnist_dir;

#[test]
fn decompressed_files_match_their_sha256() {
    let dir = mnist_dir();
    let sums = fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    let mut checked = 0;
    for line in sums.lines() {
        let (expected, name) = line.split_once("  ").unwrap();
        let mut bytes = Vec::new();
        GzDecoder::new(fs::File::open(dir.join(format!("{name}.gz"))).unwrap())
            .read_to_end(&mut bytes)
            .unwrap();
        let found: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(found, expected, "SHA-256 of {name}");
        checked += 1;
    }
    assert_eq!(checked, 4);
}

#[test]
fn labels_are_the_known_ones() {
    let dir = mnist_dir();
    let train = read_labels(&dir.join(TRAIN_LABELS)).unwrap();
    assert_eq!(train.len(), 60000);
    assert_eq!(train[0], 5);

    let test = read_labels(&dir.join(TEST_LABELS)).unwrap();
    assert_eq!(&test[..10], &[7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
    let mut per_digit = [0; 10];
    for &label in &test {
        per_digit[usize::from(label)] += 1;
    }
    assert_eq!(
        per_digit,
        [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    );
}

#[test]
fn load_mnist_gives_the_books_shapes() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    assert_eq!(mnist.x_train.dim(), (60000, 784));
    assert_eq!(mnist.t_train.len(), 60000);
    assert_eq!(mnist.x_test.dim(), (10000, 784));
    assert_eq!(mnist.t_test.len(), 10000);
    let (min, max) = mnist
        .x_test
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), &p| (lo.min(p), hi.max(p)));
    assert_eq!((min, max), (0.0, 1.0));
    // The first test image is a 7; its ink sits in the middle rows.
    assert_eq!(mnist.t_test[0], 7);
    assert_eq!(mnist.x_test[[0, 0]], 0.0);
    assert!(mnist.x_test.row(0).sum() > 50.0);
}

#[test]
fn one_hot_marks_the_label() {
    assert_eq!(
        one_hot(&array![2, 0], 4),
        array![[0.0, 0.0, 1.0, 0.0], [1.0, 0.0, 0.0, 0.0]]
    );
}
