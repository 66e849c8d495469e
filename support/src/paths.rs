//! Where things are in this repository, found one way: from where this crate sits in it.

use std::path::{Path, PathBuf};

/// The top of the repository (the directory with the workspace's `Cargo.toml`).
#[cfg(not(target_os = "wasi"))]
pub fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the support crate sits at <repository>/support")
}

/// In the browser (a program built for WASI and run by the book's Run box), the page gives
/// the program a file system of its own whose top stands for the repository: `/data/mnist`
/// holds the site's copy of MNIST, and the program writes under `/target/runs`.
#[cfg(target_os = "wasi")]
pub fn repository() -> &'static Path {
    Path::new("/")
}

/// `data/mnist/`: the four MNIST files, committed with their checksums.
pub fn mnist_dir() -> PathBuf {
    repository().join("data/mnist")
}

/// `data/weights/`: this project's trained weights for chapter 3's network.
pub fn weights_dir() -> PathBuf {
    repository().join("data/weights")
}

/// The project's own weights for chapter 3's network, trained by chapter 5:
/// `data/weights/sample_weight.npz`.
pub fn default_weights() -> PathBuf {
    weights_dir().join("sample_weight.npz")
}

/// `target/runs/<chapter>/`: where a chapter's program writes its figures, records and
/// output unless told otherwise, so that a reader's runs leave the repository's files alone.
pub fn runs_dir(chapter: &str) -> PathBuf {
    repository().join("target/runs").join(chapter)
}

/// `book/figures/<chapter>/`: the figures, records and output the book shows, regenerated
/// by the maintainer command (`cargo xtask book`), never by a plain run.
pub fn book_dir(chapter: &str) -> PathBuf {
    repository().join("book/figures").join(chapter)
}
