//! §3.6.2: loading the trained weights of the three-layer MNIST network. The book ships them
//! as `sample_weight.pkl`, a Python pickle; this project's own weights are an `.npz` file
//! (NumPy's zip of arrays), which NumPy, ndarray-npy and most tools read.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use ndarray::{Array, ArrayD, Dimension, IxDyn, ShapeBuilder};
use ndarray_npy::{NpzReader, NpzWriter, ReadNpzError, WriteNpzError};
use serde_pickle::{DeOptions, HashableValue, Value};

use crate::network::Network;

/// The six arrays of a [`Network`], under the book's names.
pub const NAMES: [&str; 6] = ["W1", "b1", "W2", "b2", "W3", "b3"];

/// What can be wrong with a weights file: each message names the file, what was expected
/// and what was found.
#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    #[error("cannot open {}: {source}", path.display())]
    Open {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a pickle file that can be read: {source}", path.display())]
    Pickle {
        path: PathBuf,
        source: serde_pickle::Error,
    },
    #[error("{} is not an .npz file that can be read: {source}", path.display())]
    Npz { path: PathBuf, source: ReadNpzError },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: WriteNpzError,
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

/// Reads the book's `sample_weight.pkl`: a pickled dict of six float32 NumPy arrays.
///
/// Python's pickle names the NumPy functions that rebuild each array; we do not run them.
/// serde-pickle hands us, for each array, the state NumPy would receive:
/// `(1, shape, dtype, is_fortran, raw bytes)`. We check that the bytes fill the shape as
/// little-endian float32s and honour `is_fortran`: the book's weight matrices are stored
/// column by column.
pub fn load_pickle(path: &Path) -> Result<Network, WeightsError> {
    let bytes = fs::read(path).map_err(|source| WeightsError::Open {
        path: path.to_owned(),
        source,
    })?;
    let options = DeOptions::new().replace_unresolved_globals();
    let value =
        serde_pickle::value_from_slice(&bytes, options).map_err(|source| WeightsError::Pickle {
            path: path.to_owned(),
            source,
        })?;
    let Value::Dict(dict) = value else {
        return Err(WeightsError::content(
            path,
            "a dict of arrays",
            kind(&value),
        ));
    };
    let mut arrays = BTreeMap::new();
    for name in NAMES {
        let key = HashableValue::String(name.to_string());
        let value = dict
            .get(&key)
            .ok_or_else(|| WeightsError::content(path, format!("an array named {name}"), "none"))?;
        arrays.insert(name, numpy_array(path, name, value)?);
    }
    network_from(path, arrays)
}

/// One array from the state tuple NumPy's pickles carry: `(1, shape, dtype, is_fortran, bytes)`.
fn numpy_array(path: &Path, name: &str, value: &Value) -> Result<ArrayD<f64>, WeightsError> {
    let expected = format!("{name} stored as a NumPy array (1, shape, dtype, is_fortran, bytes)");
    let Value::Tuple(state) = value else {
        return Err(WeightsError::content(path, expected, kind(value)));
    };
    let [
        _,
        Value::Tuple(shape),
        _,
        Value::Bool(is_fortran),
        Value::Bytes(data),
    ] = state.as_slice()
    else {
        return Err(WeightsError::content(
            path,
            expected,
            format!("{value:.60?}"),
        ));
    };
    let shape = shape
        .iter()
        .map(|d| match d {
            Value::I64(n) => usize::try_from(*n).ok(),
            _ => None,
        })
        .collect::<Option<Vec<usize>>>()
        .ok_or_else(|| {
            WeightsError::content(
                path,
                format!("{name}'s shape as sizes"),
                format!("{shape:?}"),
            )
        })?;
    let len: usize = shape.iter().product();
    if data.len() != 4 * len {
        return Err(WeightsError::content(
            path,
            format!("{name} of shape {shape:?} as float32: {} bytes", 4 * len),
            format!("{} bytes", data.len()),
        ));
    }
    let values: Vec<f64> = data
        .chunks_exact(4)
        .map(|b| f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]])))
        .collect();
    let array = ArrayD::from_shape_vec(IxDyn(&shape).set_f(*is_fortran), values)
        .expect("the byte count was checked against the shape");
    Ok(array.as_standard_layout().into_owned())
}

/// Reads a network saved by [`save_npz`] (or by NumPy's `np.savez` with the book's names).
pub fn load_npz(path: &Path) -> Result<Network, WeightsError> {
    let npz_error = |source| WeightsError::Npz {
        path: path.to_owned(),
        source,
    };
    let file = File::open(path).map_err(|source| WeightsError::Open {
        path: path.to_owned(),
        source,
    })?;
    let mut npz = NpzReader::new(file).map_err(npz_error)?;
    let mut arrays = BTreeMap::new();
    for name in NAMES {
        let array: ArrayD<f64> = npz.by_name(name).map_err(npz_error)?;
        arrays.insert(name, array);
    }
    network_from(path, arrays)
}

/// Writes `network` as an `.npz` file with the book's array names.
pub fn save_npz(network: &Network, path: &Path) -> Result<(), WeightsError> {
    let write_error = |source| WeightsError::Write {
        path: path.to_owned(),
        source,
    };
    let file = File::create(path).map_err(|source| WeightsError::Open {
        path: path.to_owned(),
        source,
    })?;
    let mut npz = NpzWriter::new(file);
    npz.add_array("W1", &network.w1).map_err(write_error)?;
    npz.add_array("b1", &network.b1).map_err(write_error)?;
    npz.add_array("W2", &network.w2).map_err(write_error)?;
    npz.add_array("b2", &network.b2).map_err(write_error)?;
    npz.add_array("W3", &network.w3).map_err(write_error)?;
    npz.add_array("b3", &network.b3).map_err(write_error)?;
    npz.finish().map_err(write_error)?;
    Ok(())
}

/// Checks that the six arrays have the right number of dimensions and fit together
/// (W1's columns are b1's length and W2's rows, and so on), then builds the network.
fn network_from(
    path: &Path,
    mut arrays: BTreeMap<&str, ArrayD<f64>>,
) -> Result<Network, WeightsError> {
    let mut take = |name: &str| arrays.remove(name).expect("all six names were read");
    let network = Network {
        w1: with_ndim(path, "W1", take("W1"))?,
        b1: with_ndim(path, "b1", take("b1"))?,
        w2: with_ndim(path, "W2", take("W2"))?,
        b2: with_ndim(path, "b2", take("b2"))?,
        w3: with_ndim(path, "W3", take("W3"))?,
        b3: with_ndim(path, "b3", take("b3"))?,
    };
    let n = &network;
    let sizes = [
        ("W1's columns", n.w1.ncols(), "b1's length", n.b1.len()),
        ("W1's columns", n.w1.ncols(), "W2's rows", n.w2.nrows()),
        ("W2's columns", n.w2.ncols(), "b2's length", n.b2.len()),
        ("W2's columns", n.w2.ncols(), "W3's rows", n.w3.nrows()),
        ("W3's columns", n.w3.ncols(), "b3's length", n.b3.len()),
    ];
    for (a, a_size, b, b_size) in sizes {
        if a_size != b_size {
            return Err(WeightsError::content(
                path,
                format!("{a} to equal {b}"),
                format!("{a_size} and {b_size}"),
            ));
        }
    }
    Ok(network)
}

/// `array` as a matrix (`D` = `Ix2`) or vector (`Ix1`), or an error naming it.
fn with_ndim<D: Dimension>(
    path: &Path,
    name: &str,
    array: ArrayD<f64>,
) -> Result<Array<f64, D>, WeightsError> {
    let shape = array.shape().to_vec();
    array.into_dimensionality().map_err(|_| {
        let expected = format!("{name} with {} dimension(s)", D::NDIM.unwrap_or(0));
        WeightsError::content(path, expected, format!("shape {shape:?}"))
    })
}

/// A few words on what a pickled value is, for error messages.
fn kind(value: &Value) -> String {
    let text = format!("{value:?}");
    text.split('(').next().unwrap_or(&text).to_lowercase()
}

/// The project's own weights, trained by chapter 5: `data/weights/sample_weight.npz`.
pub fn default_weights() -> PathBuf {
    support::paths::weights_dir().join("sample_weight.npz")
}

/// Reads weights by their file's extension: `.pkl` (the book's) or `.npz` (this project's).
pub fn load(path: &Path) -> Result<Network, WeightsError> {
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
