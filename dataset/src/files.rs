//! What an MNIST folder holds: the names of its four files, and the size of its images
//! and labels.

pub const TRAIN_IMAGES: &str = "train-images-idx3-ubyte.gz";
pub const TRAIN_LABELS: &str = "train-labels-idx1-ubyte.gz";
pub const TEST_IMAGES: &str = "t10k-images-idx3-ubyte.gz";
pub const TEST_LABELS: &str = "t10k-labels-idx1-ubyte.gz";
/// The four files of an MNIST folder.
pub const FILES: [&str; 4] = [TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS];

/// MNIST's images are 28 × 28 pixels: the 784 inputs of every network in the book.
pub const ROWS: usize = 28;
pub const COLS: usize = 28;
/// MNIST's labels are the digits 0 to 9.
pub const CLASSES: usize = 10;
