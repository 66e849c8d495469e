//! Property tests of the weights readers. On arbitrary bytes, and on real weights files
//! damaged at random (bits flipped, bytes overwritten, files cut short or lengthened), they
//! never panic, and they return a network only when it is consistent: six arrays whose
//! shapes fit together, every value finite. The project's .npz carries checksums, so from a
//! damaged copy the reader returns the original network or an error.
//!
//! A plain `cargo test` tries 64 cases per property; CI tries more by setting
//! `PROPTEST_CASES` (and prints the counts with `-- --nocapture`).

use std::path::Path;

use dataset::weights::{Weights, WeightsError, load_npz, load_pickle};
use proptest::prelude::*;

use crate::property_check::check;

/// What every input showed, when the properties hold.
const HELD: &str = "none panicked, none inconsistent was accepted";
use serde_pickle::{HashableValue, SerOptions, Value};
use support::paths::default_weights;

/// Whether a network read from a file is one chapter 3 can run: shapes that fit, finite
/// values.
fn consistent(n: &Weights) -> bool {
    let fits = n.w1.ncols() == n.b1.len()
        && n.w1.ncols() == n.w2.nrows()
        && n.w2.ncols() == n.b2.len()
        && n.w2.ncols() == n.w3.nrows()
        && n.w3.ncols() == n.b3.len();
    let finite = [&n.w1, &n.w2, &n.w3]
        .iter()
        .all(|w| w.iter().all(|v| v.is_finite()))
        && [&n.b1, &n.b2, &n.b3]
            .iter()
            .all(|b| b.iter().all(|v| v.is_finite()));
    fits && finite
}

/// The property for any input: refused, or a consistent network. Returns whether refused.
fn refused_or_consistent(read: Result<Weights, WeightsError>) -> Result<bool, TestCaseError> {
    match read {
        Ok(network) => {
            prop_assert!(consistent(&network), "an inconsistent network was accepted");
            Ok(false)
        }
        Err(_) => Ok(true),
    }
}

/// A pickle shaped like the book's file: a dict of `(1, shape, dtype, is_fortran, bytes)`.
fn book_like_pickle() -> Vec<u8> {
    let state = |shape: &[i64], fortran: bool| {
        let len = shape.iter().product::<i64>() as usize;
        let values: Vec<u8> = (0..len)
            .flat_map(|i| (i as f32 * 0.1 - 0.3).to_le_bytes())
            .collect();
        Value::Tuple(vec![
            Value::I64(1),
            Value::Tuple(shape.iter().map(|&d| Value::I64(d)).collect()),
            Value::None,
            Value::Bool(fortran),
            Value::Bytes(values),
        ])
    };
    let arrays = [
        ("W1", state(&[4, 3], true)),
        ("b1", state(&[3], false)),
        ("W2", state(&[3, 2], true)),
        ("b2", state(&[2], false)),
        ("W3", state(&[2, 2], true)),
        ("b3", state(&[2], false)),
    ];
    let dict = arrays
        .into_iter()
        .map(|(name, value)| (HashableValue::String(name.into()), value))
        .collect();
    serde_pickle::value_to_vec(&Value::Dict(dict), SerOptions::new()).unwrap()
}

/// One piece of damage; positions are fractions of the file's length.
#[derive(Debug, Clone)]
enum Damage {
    FlipBit { at: f64, bit: u8 },
    SetByte { at: f64, value: u8 },
    Cut { at: f64 },
    Insert { at: f64, bytes: Vec<u8> },
}

fn damage() -> impl Strategy<Value = Damage> {
    let at = 0.0..1.0_f64;
    prop_oneof![
        (at.clone(), 0..8_u8).prop_map(|(at, bit)| Damage::FlipBit { at, bit }),
        (at.clone(), any::<u8>()).prop_map(|(at, value)| Damage::SetByte { at, value }),
        at.clone().prop_map(|at| Damage::Cut { at }),
        (at, proptest::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(at, bytes)| Damage::Insert { at, bytes }),
    ]
}

fn damaged(original: &[u8], damages: &[Damage]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for d in damages {
        let i = ((bytes.len() as f64
            * match d {
                Damage::FlipBit { at, .. }
                | Damage::SetByte { at, .. }
                | Damage::Cut { at }
                | Damage::Insert { at, .. } => *at,
            }) as usize)
            .min(bytes.len().saturating_sub(1));
        match d {
            Damage::FlipBit { bit, .. } if !bytes.is_empty() => bytes[i] ^= 1 << bit,
            Damage::SetByte { value, .. } if !bytes.is_empty() => bytes[i] = *value,
            Damage::Cut { .. } => bytes.truncate(i),
            Damage::Insert { bytes: extra, .. } => {
                bytes.splice(i..i, extra.iter().copied());
            }
            _ => {}
        }
    }
    bytes
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn arbitrary_bytes_are_refused_or_give_a_consistent_network() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = proptest::collection::vec(any::<u8>(), 0..3000);
    // Also bytes behind the starts the readers look for: a pickle's protocol mark, a zip's
    // signature.
    let strategy = prop_oneof![
        bytes.clone(),
        bytes.clone().prop_map(|b| [&[0x80, 0x03][..], &b].concat()),
        bytes.prop_map(|b| [&b"PK\x03\x04"[..], &b].concat()),
    ];
    check(
        "arbitrary files, read as .pkl and as .npz",
        HELD,
        strategy,
        |bytes| {
            let pickle = refused_or_consistent(load_pickle(&write(dir.path(), "w.pkl", &bytes)))?;
            let npz = refused_or_consistent(load_npz(&write(dir.path(), "w.npz", &bytes)))?;
            Ok(pickle && npz)
        },
    );
}

#[test]
fn a_damaged_book_like_pickle_is_refused_or_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let original = book_like_pickle();
    check(
        "pickle shaped like the book's, with random damage",
        HELD,
        proptest::collection::vec(damage(), 1..4),
        |damages| {
            let path = write(dir.path(), "w.pkl", &damaged(&original, &damages));
            refused_or_consistent(load_pickle(&path))
        },
    );
}

#[test]
fn the_projects_damaged_npz_gives_the_original_network_or_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read(default_weights()).unwrap();
    let network = load_npz(&default_weights()).unwrap();
    check(
        "data/weights/sample_weight.npz, with random damage",
        HELD,
        proptest::collection::vec(damage(), 1..4),
        |damages| {
            let path = write(dir.path(), "w.npz", &damaged(&original, &damages));
            match load_npz(&path) {
                Ok(read) => {
                    prop_assert!(read == network, "changed weights were accepted");
                    Ok(false)
                }
                Err(_) => Ok(true),
            }
        },
    );
}

/// The book's own pickle, damaged: not in the repository, so run by CI (`--ignored`) where
/// `../shared/book/sample_weight.pkl` is.
#[test]
#[ignore = "needs ../shared/book/sample_weight.pkl; CI runs it"]
fn the_books_damaged_pickle_is_refused_or_consistent() {
    let book = support::paths::repository().join("../shared/book/sample_weight.pkl");
    let original = std::fs::read(&book).unwrap();
    let dir = tempfile::tempdir().unwrap();
    check(
        "the book's sample_weight.pkl, with random damage",
        HELD,
        proptest::collection::vec(damage(), 1..4),
        |damages| {
            let path = write(dir.path(), "w.pkl", &damaged(&original, &damages));
            refused_or_consistent(load_pickle(&path))
        },
    );
}
