//! Weights files: the project's .npz round-trips; a broken or foreign file is an error that
//! names it and says what was expected, never a panic. The pickles here are written by
//! serde-pickle in the same shape as the book's file: a dict of
//! `(1, shape, dtype, is_fortran, float32 bytes)` tuples.

use std::path::{Path, PathBuf};

use dataset::Weights;
use dataset::weights::{NAMES, WeightsError, load, load_npz, load_pickle, save_npz};
use ndarray::array;
use serde_pickle::{HashableValue, SerOptions, Value};

/// The book's small 2 → 3 → 2 → 2 network of §3.4.3 (chapter 3's `init_network()`).
fn small() -> Weights {
    Weights {
        w1: array![[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]],
        b1: array![0.1, 0.2, 0.3],
        w2: array![[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]],
        b2: array![0.1, 0.2],
        w3: array![[0.1, 0.3], [0.2, 0.4]],
        b3: array![0.1, 0.2],
    }
}

/// A NumPy array's pickled state: float32 bytes, row by row or (`fortran`) column by column.
fn state(shape: &[i64], values: &[f32], fortran: bool) -> Value {
    Value::Tuple(vec![
        Value::I64(1),
        Value::Tuple(shape.iter().map(|&d| Value::I64(d)).collect()),
        Value::None,
        Value::Bool(fortran),
        Value::Bytes(values.iter().flat_map(|v| v.to_le_bytes()).collect()),
    ])
}

/// A pickle of a 2 → 3 → 2 → 2 network shaped like the book's file; `edit` changes it first.
fn pickle(dir: &Path, edit: impl FnOnce(&mut Vec<(&str, Value)>)) -> PathBuf {
    let mut arrays = vec![
        // [[1, 2, 3], [4, 5, 6]] stored column by column, as the book's matrices are.
        ("W1", state(&[2, 3], &[1.0, 4.0, 2.0, 5.0, 3.0, 6.0], true)),
        ("b1", state(&[3], &[0.5, 0.25, 0.125], false)),
        ("W2", state(&[3, 2], &[1.0, 0.0, 0.0, 1.0, 1.0, 1.0], false)),
        ("b2", state(&[2], &[0.0, 0.0], false)),
        ("W3", state(&[2, 2], &[1.0, 2.0, 3.0, 4.0], false)),
        ("b3", state(&[2], &[-1.0, 1.0], false)),
    ];
    edit(&mut arrays);
    let dict = arrays
        .into_iter()
        .map(|(name, value)| (HashableValue::String(name.into()), value))
        .collect();
    let path = dir.join("weights.pkl");
    let bytes = serde_pickle::value_to_vec(&Value::Dict(dict), SerOptions::new()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

fn error(result: Result<Weights, WeightsError>) -> String {
    result.unwrap_err().to_string()
}

#[test]
fn a_pickle_like_the_books_is_read_in_fortran_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |_| {});
    let network = load_pickle(&path).unwrap();
    assert_eq!(
        load(&path).unwrap(),
        network,
        "load reads a .pkl as load_pickle does"
    );
    assert_eq!(network.w1, array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    assert_eq!(network.b1, array![0.5, 0.25, 0.125]);
    assert_eq!(network.w2, array![[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]);
    assert_eq!(network.w3, array![[1.0, 2.0], [3.0, 4.0]]);
}

#[test]
fn npz_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.npz");
    save_npz(&small(), &path).unwrap();
    assert_eq!(load_npz(&path).unwrap(), small());
    assert_eq!(load(&path).unwrap(), small());
}

#[test]
fn a_file_that_is_not_a_pickle_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.pkl");
    std::fs::write(&path, "these are not weights").unwrap();
    let err = error(load_pickle(&path));
    assert!(
        err.contains("notes.pkl is not a pickle file that can be read"),
        "{err}"
    );
}

#[test]
fn a_truncated_pickle_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |_| {});
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let err = error(load_pickle(&path));
    assert!(
        err.contains("is not a pickle file that can be read"),
        "{err}"
    );
}

#[test]
fn a_pickle_of_something_else_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.pkl");
    let list = Value::List(vec![Value::I64(1), Value::I64(2)]);
    std::fs::write(
        &path,
        serde_pickle::value_to_vec(&list, SerOptions::new()).unwrap(),
    )
    .unwrap();
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with("expected a dict of arrays, found list"),
        "{err}"
    );
}

#[test]
fn a_missing_array_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |arrays| {
        arrays.retain(|(name, _)| *name != "b3")
    });
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with(
            "expected an array named b3, found none (the file holds: W1, W2, W3, b1, b2)"
        ),
        "{err}"
    );
}

#[test]
fn bytes_that_do_not_fill_the_shape_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |arrays| {
        arrays[0].1 = state(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0], false);
    });
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with("expected W1 of shape [2, 3] as float32: 4 bytes per value, found 20 bytes"),
        "{err}"
    );
}

#[test]
fn layers_that_do_not_fit_together_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |arrays| {
        arrays[1].1 = state(&[2], &[0.5, 0.25], false);
    });
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with(
            "expected b1 of shape [3] (a bias for each of W1's 3 columns), found shape [2]"
        ),
        "{err}"
    );
}

#[test]
fn a_matrix_where_a_vector_belongs_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |arrays| {
        arrays[5].1 = state(&[1, 2], &[-1.0, 1.0], false);
    });
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with(
            "expected b3 of shape [2] (a bias for each of W3's 2 columns), found shape [1, 2]"
        ),
        "{err}"
    );
}

#[test]
fn a_matrix_that_does_not_follow_the_one_before_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |arrays| {
        arrays[2].1 = state(&[2, 3], &[1.0; 6], false);
    });
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with(
            "expected W2 of shape [3, _] (a row for each of W1's 3 columns), found shape [2, 3]"
        ),
        "{err}"
    );
}

#[test]
fn the_last_matrix_must_follow_the_one_before_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |arrays| {
        arrays[4].1 = state(&[3, 2], &[1.0; 6], false);
    });
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with(
            "expected W3 of shape [2, _] (a row for each of W2's 2 columns), found shape [3, 2]"
        ),
        "{err}"
    );
}

#[test]
fn a_value_that_is_not_finite_is_reported_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = pickle(dir.path(), |arrays| {
        arrays[4].1 = state(&[2, 2], &[1.0, 2.0, f32::NAN, 4.0], false);
    });
    let err = error(load_pickle(&path));
    assert!(
        err.ends_with(
            "W3[1, 0] is NaN; trained weights are finite numbers, so the file is damaged"
        ),
        "{err}"
    );
}

/// An .npz written by NumPy from the book's float32 arrays reads too; one with an array
/// missing or of another type says which.
#[test]
fn npz_arrays_are_named_when_missing_or_of_another_type() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.npz");
    let n = small();
    let mut npz = ndarray_npy::NpzWriter::new(std::fs::File::create(&path).unwrap());
    npz.add_array("W1", &n.w1.mapv(|v| v as f32)).unwrap();
    npz.add_array("b1", &n.b1.mapv(|v| v as f32)).unwrap();
    npz.add_array("W2", &n.w2).unwrap();
    npz.add_array("b2", &n.b2).unwrap();
    npz.add_array("W3", &n.w3.mapv(|v| v as i64)).unwrap();
    npz.finish().unwrap();
    let err = error(load_npz(&path));
    assert!(
        err.ends_with("expected W3 of float64 ('<f8') or float32 ('<f4') values, found type '<i8'"),
        "{err}"
    );
    let mut npz = ndarray_npy::NpzWriter::new(std::fs::File::create(&path).unwrap());
    npz.add_array("W1", &n.w1.mapv(|v| v as f32)).unwrap();
    npz.add_array("W2", &n.w2).unwrap();
    npz.finish().unwrap();
    let err = error(load_npz(&path));
    assert!(
        err.ends_with("expected an array named b1, found none (the file holds: W1, W2)"),
        "{err}"
    );
}

#[test]
fn other_extensions_and_broken_npz_files_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.txt");
    std::fs::write(&path, "x").unwrap();
    let err = error(load(&path));
    assert!(
        err.ends_with("expected a .pkl (pickle) or .npz file, found another extension"),
        "{err}"
    );

    let path = dir.path().join("w.npz");
    std::fs::write(&path, "not a zip").unwrap();
    let err = error(load(&path));
    assert!(
        err.contains("w.npz is not an .npz file that can be read"),
        "{err}"
    );

    let err = error(load(&dir.path().join("missing.npz")));
    assert!(err.starts_with("cannot open "), "{err}");
    assert_eq!(NAMES.len(), 6);
}
