//! §3.6.1: `load_mnist`, the loader every chapter from 3 on uses.

use std::path::Path;

use ndarray::{Array1, Array2};

use crate::idx::{IdxError, read_images, read_labels};

pub const TRAIN_IMAGES: &str = "train-images-idx3-ubyte.gz";
pub const TRAIN_LABELS: &str = "train-labels-idx1-ubyte.gz";
pub const TEST_IMAGES: &str = "t10k-images-idx3-ubyte.gz";
pub const TEST_LABELS: &str = "t10k-labels-idx1-ubyte.gz";

/// MNIST as the book's `load_mnist(flatten=True)` returns it: one image per row
/// (784 = 28 × 28 pixels) and one label (0 to 9) per image.
#[derive(Debug, Clone)]
pub struct Mnist {
    pub x_train: Array2<f64>,
    pub t_train: Array1<usize>,
    pub x_test: Array2<f64>,
    pub t_test: Array1<usize>,
}

/// Reads the four files from `dir`. With `normalize`, pixels are scaled from 0–255 to
/// 0.0–1.0, as the book's `normalize=True` does.
pub fn load_mnist(dir: &Path, normalize: bool) -> Result<Mnist, IdxError> {
    let (x_train, t_train) = load_split(dir, TRAIN_IMAGES, TRAIN_LABELS, normalize)?;
    let (x_test, t_test) = load_split(dir, TEST_IMAGES, TEST_LABELS, normalize)?;
    Ok(Mnist {
        x_train,
        t_train,
        x_test,
        t_test,
    })
}

fn load_split(
    dir: &Path,
    images_file: &str,
    labels_file: &str,
    normalize: bool,
) -> Result<(Array2<f64>, Array1<usize>), IdxError> {
    let (images_path, labels_path) = (dir.join(images_file), dir.join(labels_file));
    let images = read_images(&images_path)?;
    let labels = read_labels(&labels_path)?;
    if images.count != labels.len() {
        return Err(IdxError::Count {
            images_path,
            images: images.count,
            labels_path,
            labels: labels.len(),
        });
    }
    let scale = if normalize { 1.0 / 255.0 } else { 1.0 };
    let x = Array2::from_shape_vec(
        (images.count, images.rows * images.cols),
        images
            .pixels
            .iter()
            .map(|&p| f64::from(p) * scale)
            .collect(),
    )
    .expect("count * rows * cols pixels were checked when reading");
    let t = labels.iter().map(|&l| usize::from(l)).collect();
    Ok((x, t))
}

/// The book's `one_hot_label=True`: label 2 becomes `[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]`.
pub fn one_hot(labels: &Array1<usize>, classes: usize) -> Array2<f64> {
    let mut t = Array2::zeros((labels.len(), classes));
    for (row, &label) in labels.iter().enumerate() {
        t[[row, label]] = 1.0;
    }
    t
}
