//! §3.6.2: loading the trained weights of the three-layer MNIST network. The book ships them
//! as `sample_weight.pkl`, a Python pickle ([`pickle`]); this project's own weights are an
//! `.npz` file, NumPy's zip of arrays, which NumPy, ndarray-npy and most tools read ([`npz`]).
//!
//! Both readers hand six arrays to [`weights_from`], which checks what a network needs:
//! every array there, shapes that fit together, finite numbers. Chapter 3 turns the
//! [`Weights`] into its `Network` (`ch03::load_network`).

pub mod npz;
pub mod pickle;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ndarray::{Array, Array1, Array2, ArrayD, Dimension};

pub use npz::{load_npz, save_npz};
pub use pickle::load_pickle;

/// The six arrays of the book's three-layer network, as its `sample_weight.pkl` holds them:
/// `network['W1']` is `w1`, and so on.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub w1: Array2<f64>,
    pub b1: Array1<f64>,
    pub w2: Array2<f64>,
    pub b2: Array1<f64>,
    pub w3: Array2<f64>,
    pub b3: Array1<f64>,
}

/// The names of the six arrays in a weights file, in the book's order.
pub const NAMES: [&str; 6] = ["W1", "b1", "W2", "b2", "W3", "b3"];

/// What can be wrong with a weights file: each message names the file and, where there is
/// one, the array; then what was expected and what was found.
///
/// The underlying error is part of the message, as `cause` rather than a `source`, so that a
/// program printing the error with its causes (`{error:#}`) does not say it twice.
#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    #[error("cannot open {}: {cause}", path.display())]
    Open {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{} is not a pickle file that can be read: {cause}", path.display())]
    Pickle {
        path: PathBuf,
        cause: serde_pickle::Error,
    },
    #[error("{} is not an .npz file that can be read: {cause}", path.display())]
    Npz {
        path: PathBuf,
        cause: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("cannot write {}: {cause}", path.display())]
    Write {
        path: PathBuf,
        cause: ndarray_npy::WriteNpzError,
    },
    #[error(
        "{}: expected an array named {name}, found none (the file holds: {holds})",
        path.display()
    )]
    Missing {
        path: PathBuf,
        name: &'static str,
        holds: String,
    },
    #[error(
        "{}: expected {name} of shape {expected} ({why}), found shape {found:?}",
        path.display()
    )]
    Shape {
        path: PathBuf,
        name: &'static str,
        expected: String,
        why: String,
        found: Vec<usize>,
    },
    #[error(
        "{}: {name}{index:?} is {value}; trained weights are finite numbers, so the file is damaged",
        path.display()
    )]
    NotFinite {
        path: PathBuf,
        name: &'static str,
        index: Vec<usize>,
        value: f64,
    },
    #[error("{}: expected {expected}, found {found}", path.display())]
    Content {
        path: PathBuf,
        expected: String,
        found: String,
    },
}

impl WeightsError {
    fn content(path: &Path, expected: impl Into<String>, found: impl Into<String>) -> Self {
        WeightsError::Content {
            path: path.to_owned(),
            expected: expected.into(),
            found: found.into(),
        }
    }
}

/// The shape an array must have, given the arrays before it (`None`: any size), and why.
/// Each array after W1 takes its first size from the columns of the matrix before it.
fn expected_shape(
    name: &str,
    arrays: &BTreeMap<&str, ArrayD<f64>>,
) -> (Vec<Option<usize>>, String) {
    let columns = |matrix: &str| arrays[matrix].shape()[1];
    let bias = |matrix: &str| {
        let n = columns(matrix);
        (
            vec![Some(n)],
            format!("a bias for each of {matrix}'s {n} columns"),
        )
    };
    let rows = |matrix: &str| {
        let n = columns(matrix);
        (
            vec![Some(n), None],
            format!("a row for each of {matrix}'s {n} columns"),
        )
    };
    match name {
        "b1" => bias("W1"),
        "W2" => rows("W1"),
        "b2" => bias("W2"),
        "W3" => rows("W2"),
        "b3" => bias("W3"),
        _ => (
            vec![None, None],
            "a matrix: a row per input, a column per neuron".to_string(),
        ),
    }
}

/// Checks the six arrays read from a file whose entries are named `listing`, in the book's
/// order: each one there, of the shape the ones before it call for (W2 has a row for each
/// column of W1, b2 a number for each column of W2…), and every value finite.
pub fn weights_from(
    path: &Path,
    mut arrays: BTreeMap<&'static str, ArrayD<f64>>,
    listing: &[String],
) -> Result<Weights, WeightsError> {
    for name in NAMES {
        let Some(array) = arrays.get(name) else {
            return Err(WeightsError::Missing {
                path: path.to_owned(),
                name,
                holds: listing.join(", "),
            });
        };
        let (expected, why) = expected_shape(name, &arrays);
        let fits = array.ndim() == expected.len()
            && array
                .shape()
                .iter()
                .zip(&expected)
                .all(|(&n, e)| e.is_none_or(|e| e == n));
        if !fits {
            let sizes: Vec<String> = expected
                .iter()
                .map(|e| e.map_or("_".to_string(), |n| n.to_string()))
                .collect();
            return Err(WeightsError::Shape {
                path: path.to_owned(),
                name,
                expected: format!("[{}]", sizes.join(", ")),
                why,
                found: array.shape().to_vec(),
            });
        }
        if let Some((index, &value)) = array.indexed_iter().find(|(_, v)| !v.is_finite()) {
            return Err(WeightsError::NotFinite {
                path: path.to_owned(),
                name,
                index: index.slice().to_vec(),
                value,
            });
        }
    }
    let mut take = |name: &str| arrays.remove(name).expect("all six were checked");
    Ok(Weights {
        w1: matrix_or_vector(take("W1")),
        b1: matrix_or_vector(take("b1")),
        w2: matrix_or_vector(take("W2")),
        b2: matrix_or_vector(take("b2")),
        w3: matrix_or_vector(take("W3")),
        b3: matrix_or_vector(take("b3")),
    })
}

fn matrix_or_vector<D: Dimension>(array: ArrayD<f64>) -> Array<f64, D> {
    array
        .into_dimensionality()
        .expect("the number of dimensions was checked")
}

/// Reads weights by their file's extension: `.pkl` (the book's) or `.npz` (this project's).
pub fn load(path: &Path) -> Result<Weights, WeightsError> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("pkl") => load_pickle(path),
        Some("npz") => load_npz(path),
        _ => Err(WeightsError::content(
            path,
            "a .pkl (pickle) or .npz file",
            "another extension",
        )),
    }
}
