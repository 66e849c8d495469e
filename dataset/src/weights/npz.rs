//! This project's weights: an `.npz` file, NumPy's zip of `.npy` arrays, as `np.savez`
//! writes it (float64, or the book's float32).
//!
//! Each array is read whole from the zip (which checks its checksum) before it is parsed,
//! and its header's shape is checked against the bytes that follow, so a damaged header
//! cannot make the reader reserve memory for an array that is not there.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use ndarray::ArrayD;
use ndarray_npy::npy::header::Header;
use ndarray_npy::{NpzWriter, ReadNpyExt};
use zip::ZipArchive;

use super::{NAMES, Weights, WeightsError, weights_from};

/// Reads weights saved by [`save_npz`] (or by NumPy's `np.savez` with the book's names).
pub fn load_npz(path: &Path) -> Result<Weights, WeightsError> {
    let file = File::open(path).map_err(|cause| WeightsError::Open {
        path: path.to_owned(),
        cause,
    })?;
    let npz_error = |cause: Box<dyn std::error::Error + Send + Sync>| WeightsError::Npz {
        path: path.to_owned(),
        cause,
    };
    let mut zip = ZipArchive::new(file).map_err(|e| npz_error(e.into()))?;
    let mut arrays = BTreeMap::new();
    for name in NAMES {
        let entry = [name.to_string(), format!("{name}.npy")]
            .into_iter()
            .find(|entry| zip.index_for_name(entry).is_some());
        let Some(entry) = entry else { continue };
        let mut bytes = Vec::new();
        zip.by_name(&entry)
            .and_then(|mut file| Ok(file.read_to_end(&mut bytes)?))
            .map_err(|e| npz_error(format!("{entry}: {e}").into()))?;
        arrays.insert(name, npy_array(path, name, &bytes)?);
    }
    let listing: Vec<String> = zip
        .file_names()
        .map(|entry| entry.trim_end_matches(".npy").to_string())
        .collect();
    weights_from(path, arrays, &listing)
}

/// One `.npy` array of float64 or float32 values, as float64.
fn npy_array(path: &Path, name: &str, bytes: &[u8]) -> Result<ArrayD<f64>, WeightsError> {
    let content = |expected: String, found: String| WeightsError::content(path, expected, found);
    let mut data = bytes;
    let header = Header::from_reader(&mut data)
        .map_err(|e| content(format!("{name} as a .npy array"), format!("{e}")))?;
    let descriptor = header.type_descriptor.to_string();
    let width = match descriptor.trim_matches('\'') {
        "<f8" | ">f8" => 8,
        "<f4" | ">f4" => 4,
        _ => {
            return Err(content(
                format!("{name} of float64 ('<f8') or float32 ('<f4') values"),
                format!("type {descriptor}"),
            ));
        }
    };
    let needed = header
        .shape
        .iter()
        .try_fold(width, |n: usize, &d| n.checked_mul(d));
    if needed != Some(data.len()) {
        return Err(content(
            format!(
                "{name} of shape {:?}: {width} bytes per value after the header",
                header.shape
            ),
            format!("{} bytes", data.len()),
        ));
    }
    let read =
        |e: ndarray_npy::ReadNpyError| content(format!("{name} as a .npy array"), format!("{e}"));
    if width == 8 {
        ArrayD::<f64>::read_npy(bytes).map_err(read)
    } else {
        Ok(ArrayD::<f32>::read_npy(bytes)
            .map_err(read)?
            .mapv(f64::from))
    }
}

/// Writes `weights` as an `.npz` file with the book's array names.
pub fn save_npz(weights: &Weights, path: &Path) -> Result<(), WeightsError> {
    let write_error = |cause| WeightsError::Write {
        path: path.to_owned(),
        cause,
    };
    let file = File::create(path).map_err(|cause| WeightsError::Open {
        path: path.to_owned(),
        cause,
    })?;
    let mut npz = NpzWriter::new(file);
    npz.add_array("W1", &weights.w1).map_err(write_error)?;
    npz.add_array("b1", &weights.b1).map_err(write_error)?;
    npz.add_array("W2", &weights.w2).map_err(write_error)?;
    npz.add_array("b2", &weights.b2).map_err(write_error)?;
    npz.add_array("W3", &weights.w3).map_err(write_error)?;
    npz.add_array("b3", &weights.b3).map_err(write_error)?;
    npz.finish().map_err(write_error)?;
    Ok(())
}
