//! The book's `sample_weight.pkl`: a pickled dict of six float32 NumPy arrays.
//!
//! Python's pickle names the NumPy functions that rebuild each array; we do not run them.
//! serde-pickle hands us, for each array, the state NumPy would receive:
//! `(1, shape, dtype, is_fortran, raw bytes)`. We check that the bytes fill the shape as
//! little-endian float32s and honour `is_fortran`: the book's weight matrices are stored
//! column by column.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use ndarray::{ArrayD, IxDyn, ShapeBuilder};
use serde_pickle::{DeOptions, HashableValue, Value};

use super::{NAMES, Weights, WeightsError, weights_from};

/// Reads the book's `sample_weight.pkl`.
pub fn load_pickle(path: &Path) -> Result<Weights, WeightsError> {
    let bytes = fs::read(path).map_err(|cause| WeightsError::Open {
        path: path.to_owned(),
        cause,
    })?;
    let options = DeOptions::new().replace_unresolved_globals();
    let value =
        serde_pickle::value_from_slice(&bytes, options).map_err(|cause| WeightsError::Pickle {
            path: path.to_owned(),
            cause,
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
        if let Some(value) = dict.get(&HashableValue::String(name.to_string())) {
            arrays.insert(name, numpy_array(path, name, value)?);
        }
    }
    let listing: Vec<String> = dict
        .keys()
        .map(|key| match key {
            HashableValue::String(name) => name.clone(),
            other => format!("{other:.40?}"),
        })
        .collect();
    weights_from(path, arrays, &listing)
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
    // A damaged shape can be too large to count in a usize; it cannot match the bytes then.
    let bytes_needed = shape
        .iter()
        .try_fold(4_usize, |n, &d| n.checked_mul(d))
        .filter(|&n| n == data.len());
    if bytes_needed.is_none() {
        return Err(WeightsError::content(
            path,
            format!("{name} of shape {shape:?} as float32: 4 bytes per value"),
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

/// A few words on what a pickled value is, for error messages.
fn kind(value: &Value) -> String {
    let text = format!("{value:.60?}");
    text.split('(').next().unwrap_or(&text).to_lowercase()
}
