//! §3.6.1: `load_mnist`, the loader every chapter from 3 on uses.

use std::fs;
use std::path::Path;

use ndarray::{Array1, Array2};

use crate::error::IdxError;
pub use crate::files::*;
use crate::idx::{Images, read_images, read_labels};

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
///
/// Everything is checked before it is returned: the folder and its four files, each file's
/// format, 28 × 28 images, labels from 0 to 9, and as many labels as images.
pub fn load_mnist(dir: &Path, normalize: bool) -> Result<Mnist, IdxError> {
    check_folder(dir)?;
    let (x_train, t_train) = load_split(dir, TRAIN_IMAGES, TRAIN_LABELS, normalize)?;
    let (x_test, t_test) = load_split(dir, TEST_IMAGES, TEST_LABELS, normalize)?;
    Ok(Mnist {
        x_train,
        t_train,
        x_test,
        t_test,
    })
}

/// A folder that is missing, or lacks one of the four files, is named with what it holds:
/// the usual reason is a `--mnist-dir` that points one folder too high or too low.
fn check_folder(dir: &Path) -> Result<(), IdxError> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Err(IdxError::NoFolder {
            dir: dir.to_owned(),
            found: if dir.exists() {
                "it is a file, not a folder (or cannot be read)"
            } else {
                "nothing is there"
            },
        });
    };
    let mut names: Vec<String> = entries
        .filter_map(|entry| Some(entry.ok()?.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    for file in FILES {
        if names.iter().any(|name| name == file) {
            continue;
        }
        let uncompressed = file.trim_end_matches(".gz");
        let note = if names.iter().any(|name| name == uncompressed) {
            format!(
                ". ({uncompressed} is there, decompressed: this loader reads the .gz files as \
                 they are downloaded)"
            )
        } else {
            String::new()
        };
        return Err(IdxError::Missing {
            dir: dir.to_owned(),
            file,
            holds: listing(&names),
            note,
        });
    }
    Ok(())
}

/// The first few names of a folder's listing, and how many there are in all.
fn listing(names: &[String]) -> String {
    const SHOWN: usize = 8;
    match names.len() {
        0 => "nothing (it is empty)".to_string(),
        n if n <= SHOWN => names.join(", "),
        n => format!("{}, … ({n} entries)", names[..SHOWN].join(", ")),
    }
}

fn load_split(
    dir: &Path,
    images_file: &str,
    labels_file: &str,
    normalize: bool,
) -> Result<(Array2<f64>, Array1<usize>), IdxError> {
    let (images_path, labels_path) = (dir.join(images_file), dir.join(labels_file));
    let images = read_images(&images_path)?;
    let Images {
        count, rows, cols, ..
    } = images;
    if (rows, cols) != (ROWS, COLS) {
        return Err(IdxError::ImageSize {
            path: images_path,
            rows,
            cols,
        });
    }
    let labels = read_labels(&labels_path)?;
    if let Some(index) = labels.iter().position(|&l| usize::from(l) >= CLASSES) {
        return Err(IdxError::Label {
            path: labels_path,
            index,
            found: labels[index],
        });
    }
    if count != labels.len() {
        return Err(IdxError::Count {
            images_path,
            images: count,
            labels_path,
            labels: labels.len(),
        });
    }
    let scale = if normalize { 1.0 / 255.0 } else { 1.0 };
    let x = Array2::from_shape_vec(
        (count, rows * cols),
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
