//! The book's result, reproduced: its pretrained `sample_weight.pkl` classifies 9352 of the
//! 10000 test images correctly (`Accuracy:0.9352`), one image at a time and in batches.
//!
//! The file is not in this repository. Run with
//! `cargo test -p ch03 --test book_weights -- --ignored`; it is read from
//! `$DLFS_BOOK_WEIGHTS`, else from `../shared/book/sample_weight.pkl` beside the repository.

use std::path::PathBuf;

use ch03::accuracy_cnt;
use ch03::weights::load_pickle;
use dataset::load_mnist;
use dataset::mnist::default_dir;

fn book_weights() -> PathBuf {
    std::env::var_os("DLFS_BOOK_WEIGHTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/book/sample_weight.pkl")
        })
}

#[test]
#[ignore = "needs the book's sample_weight.pkl"]
fn the_books_weights_score_9352() {
    let network = load_pickle(&book_weights()).unwrap();
    assert_eq!(network.w1.dim(), (784, 50));
    assert_eq!(network.w2.dim(), (50, 100));
    assert_eq!(network.w3.dim(), (100, 10));
    let mnist = load_mnist(&default_dir(), true).unwrap();
    assert_eq!(
        accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, 1),
        9352
    );
    assert_eq!(
        accuracy_cnt(&network, &mnist.x_test, &mnist.t_test, 100),
        9352
    );
}
