//! Property tests of the loader. On arbitrary bytes, and on the real MNIST files damaged at
//! random (bytes flipped or overwritten, files cut short or lengthened, header fields
//! edited), it never panics, and it returns Ok exactly when the files are consistent — as
//! judged by `reference`, a second reading written plainly from the format's rules — and
//! then with the data they hold.
//!
//! A plain `cargo test` tries 64 cases per property; CI tries more by setting
//! `PROPTEST_CASES` (and prints the counts with `-- --nocapture`).

use std::io::{Read, Write};
use std::sync::OnceLock;

use dataset::idx::{IMAGES_MAGIC, LABELS_MAGIC};
use dataset::mnist::{FILES, TEST_IMAGES, TEST_LABELS, TRAIN_IMAGES, TRAIN_LABELS};
use dataset::{load_mnist, read_images, read_labels};
use flate2::Compression;
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use proptest::prelude::*;

use crate::property_check::check;

/// What every input showed, when the properties hold.
const HELD: &str = "none panicked, none malformed was accepted";

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn gunzip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    MultiGzDecoder::new(bytes).read_to_end(&mut out).ok()?;
    Some(out)
}

fn header(magic: u32, dims: &[u32]) -> Vec<u8> {
    std::iter::once(magic)
        .chain(dims.iter().copied())
        .flat_map(u32::to_be_bytes)
        .collect()
}

/// The reference reading of one gzip-compressed IDX file: its sizes and data, if the file
/// is complete gzip, starts with `magic`, declares no size of 0 after the count (an image of
/// no rows or no columns), and holds exactly the bytes its sizes promise.
fn reference_idx(gz: &[u8], magic: u32, ndim: usize) -> Option<(Vec<usize>, Vec<u8>)> {
    let bytes = gunzip(gz)?;
    let header_len = 4 * (1 + ndim);
    if bytes.len() < header_len {
        return None;
    }
    let word = |i: usize| u32::from_be_bytes(bytes[4 * i..4 * i + 4].try_into().unwrap());
    let dims: Vec<usize> = (1..=ndim).map(|i| word(i) as usize).collect();
    let size = dims.iter().try_fold(1_usize, |a, &d| a.checked_mul(d))?;
    let has_pixels = !dims[1..].contains(&0);
    (word(0) == magic && has_pixels && bytes.len() - header_len == size)
        .then(|| (dims, bytes[header_len..].to_vec()))
}

/// The reference reading of an MNIST folder's four files (in the order of `FILES`):
/// 28 × 28 images, labels 0 to 9, as many labels as images in each half.
fn reference_mnist(files: &[Vec<u8>; 4]) -> Option<[Vec<u8>; 4]> {
    let mut out: [Vec<u8>; 4] = Default::default();
    for half in [0, 2] {
        let (dims, pixels) = reference_idx(&files[half], IMAGES_MAGIC, 3)?;
        let (_, labels) = reference_idx(&files[half + 1], LABELS_MAGIC, 1)?;
        if dims[1..] != [28, 28] || labels.iter().any(|&l| l > 9) || labels.len() != dims[0] {
            return None;
        }
        (out[half], out[half + 1]) = (pixels, labels);
    }
    Some(out)
}

/// The first `n` records of a real MNIST file, under a header that counts `n`.
fn real_prefix(name: &str, n: usize) -> Vec<u8> {
    let gz = std::fs::read(support::paths::mnist_dir().join(name)).unwrap();
    let bytes = gunzip(&gz).unwrap();
    let (magic, dims, record) = if name.contains("images") {
        (IMAGES_MAGIC, vec![n as u32, 28, 28], 784)
    } else {
        (LABELS_MAGIC, vec![n as u32], 1)
    };
    let start = 4 * (1 + dims.len());
    let mut out = header(magic, &dims);
    out.extend(&bytes[start..start + n * record]);
    out
}

/// The decompressed contents of a small MNIST folder cut from the real files: the first 300
/// training images and the first 100 test images, with their labels.
fn real_folder() -> &'static [Vec<u8>; 4] {
    static FOLDER: OnceLock<[Vec<u8>; 4]> = OnceLock::new();
    FOLDER.get_or_init(|| {
        [
            real_prefix(TRAIN_IMAGES, 300),
            real_prefix(TRAIN_LABELS, 300),
            real_prefix(TEST_IMAGES, 100),
            real_prefix(TEST_LABELS, 100),
        ]
    })
}

/// One piece of damage to one of the four files. Positions are fractions of the file's
/// length, so that they fall anywhere in it whatever its size.
#[derive(Debug, Clone)]
enum Damage {
    /// One bit of the decompressed file flipped.
    FlipBit { file: usize, at: f64, bit: u8 },
    /// One byte of the decompressed file overwritten (a label of 11, a size of 0…).
    SetByte { file: usize, at: f64, value: u8 },
    /// A header field (0 is the magic number) set to another value.
    SetField {
        file: usize,
        field: usize,
        value: u32,
    },
    /// The decompressed file cut short.
    Cut { file: usize, at: f64 },
    /// Bytes added at the end of the decompressed file.
    Append { file: usize, bytes: Vec<u8> },
    /// One bit of the compressed file flipped.
    FlipCompressedBit { file: usize, at: f64, bit: u8 },
    /// The compressed file cut short.
    CutCompressed { file: usize, at: f64 },
}

fn damage() -> impl Strategy<Value = Damage> {
    let file = 0..4_usize;
    let at = 0.0..1.0_f64;
    // Header values near the real ones as well as anywhere: 28 × 28 versus 32 × 32, a
    // count one off, and counts in the billions.
    let value = prop_oneof![
        0..400_u32,
        any::<u32>(),
        Just(u32::MAX),
        Just(0x0803),
        Just(0x0801)
    ];
    prop_oneof![
        (file.clone(), at.clone(), 0..8_u8).prop_map(|(file, at, bit)| Damage::FlipBit {
            file,
            at,
            bit
        }),
        (file.clone(), at.clone(), any::<u8>()).prop_map(|(file, at, value)| Damage::SetByte {
            file,
            at,
            value
        }),
        (file.clone(), 0..4_usize, value).prop_map(|(file, field, value)| Damage::SetField {
            file,
            field,
            value
        }),
        (file.clone(), at.clone()).prop_map(|(file, at)| Damage::Cut { file, at }),
        (
            file.clone(),
            proptest::collection::vec(any::<u8>(), 1..1600)
        )
            .prop_map(|(file, bytes)| Damage::Append { file, bytes }),
        (file.clone(), at.clone(), 0..8_u8).prop_map(|(file, at, bit)| Damage::FlipCompressedBit {
            file,
            at,
            bit
        }),
        (file, at).prop_map(|(file, at)| Damage::CutCompressed { file, at }),
    ]
}

fn position(len: usize, at: f64) -> usize {
    ((len as f64 * at) as usize).min(len.saturating_sub(1))
}

/// The four compressed files after `damages`.
fn damaged(damages: &[Damage]) -> [Vec<u8>; 4] {
    let mut plain = real_folder().clone();
    let mut compressed_damage = Vec::new();
    for d in damages {
        match *d {
            Damage::FlipBit { file, at, bit } if !plain[file].is_empty() => {
                let i = position(plain[file].len(), at);
                plain[file][i] ^= 1 << bit;
            }
            Damage::SetByte { file, at, value } if !plain[file].is_empty() => {
                let i = position(plain[file].len(), at);
                plain[file][i] = value;
            }
            Damage::SetField { file, field, value } => {
                let bytes = &mut plain[file];
                if bytes.len() >= 4 * field + 4 {
                    bytes[4 * field..4 * field + 4].copy_from_slice(&value.to_be_bytes());
                }
            }
            Damage::Cut { file, at } => {
                let len = position(plain[file].len(), at);
                plain[file].truncate(len);
            }
            Damage::Append { file, ref bytes } => plain[file].extend(bytes),
            Damage::FlipBit { .. } | Damage::SetByte { .. } => {}
            _ => compressed_damage.push(d.clone()),
        }
    }
    let mut files = plain.map(|bytes| gzip(&bytes));
    for d in compressed_damage {
        match d {
            Damage::FlipCompressedBit { file, at, bit } if !files[file].is_empty() => {
                let i = position(files[file].len(), at);
                files[file][i] ^= 1 << bit;
            }
            Damage::CutCompressed { file, at } => {
                let len = position(files[file].len(), at);
                files[file].truncate(len);
            }
            _ => {}
        }
    }
    files
}

#[test]
fn damaged_real_files_load_exactly_when_consistent() {
    let dir = tempfile::tempdir().unwrap();
    check(
        "MNIST folder with random damage",
        HELD,
        proptest::collection::vec(damage(), 1..4),
        |damages| {
            let files = damaged(&damages);
            for (name, bytes) in FILES.iter().zip(&files) {
                std::fs::write(dir.path().join(name), bytes).unwrap();
            }
            let loaded = load_mnist(dir.path(), false);
            match (reference_mnist(&files), loaded) {
                (Some(expected), Ok(mnist)) => {
                    let pixels = |x: &ndarray::Array2<f64>| -> Vec<u8> {
                        x.iter().map(|&p| p as u8).collect()
                    };
                    let labels = |t: &ndarray::Array1<usize>| -> Vec<u8> {
                        t.iter().map(|&l| l as u8).collect()
                    };
                    prop_assert_eq!(&pixels(&mnist.x_train), &expected[0]);
                    prop_assert_eq!(&labels(&mnist.t_train), &expected[1]);
                    prop_assert_eq!(&pixels(&mnist.x_test), &expected[2]);
                    prop_assert_eq!(&labels(&mnist.t_test), &expected[3]);
                    Ok(false)
                }
                (None, Err(_)) => Ok(true),
                (Some(_), Err(e)) => Err(TestCaseError::fail(format!(
                    "consistent files refused: {e}"
                ))),
                (None, Ok(_)) => Err(TestCaseError::fail("inconsistent files accepted")),
            }
        },
    );
}

/// The whole real files, compressed as distributed, damaged: every change to their data is
/// caught by gzip's checksum if not before, so the reader returns the original or an error.
#[test]
fn damaged_whole_files_are_refused_or_read_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let real = |name: &str| std::fs::read(support::paths::mnist_dir().join(name)).unwrap();
    let originals = [real(TEST_IMAGES), real(TEST_LABELS)];
    let contents = [
        read_images(&support::paths::mnist_dir().join(TEST_IMAGES))
            .unwrap()
            .pixels,
        read_labels(&support::paths::mnist_dir().join(TEST_LABELS)).unwrap(),
    ];
    let strategy = (
        0..2_usize,
        0.0..1.0_f64,
        prop_oneof![(0..8_u8).prop_map(Some), Just(None)],
    );
    check(
        "whole test files, one bit flipped or cut short",
        HELD,
        strategy,
        |(file, at, flip)| {
            let mut bytes = originals[file].clone();
            let i = position(bytes.len(), at);
            match flip {
                Some(bit) => bytes[i] ^= 1 << bit,
                None => bytes.truncate(i),
            }
            let path = dir.path().join("damaged.gz");
            std::fs::write(&path, &bytes).unwrap();
            let read = if file == 0 {
                read_images(&path).map(|images| images.pixels)
            } else {
                read_labels(&path)
            };
            match read {
                Ok(data) => {
                    prop_assert!(data == contents[file], "changed data was accepted");
                    Ok(false)
                }
                Err(_) => Ok(true),
            }
        },
    );
}

/// Arbitrary bytes, raw or gzip-compressed, with or without a plausible IDX header; and
/// well-formed files of small random sizes, which must be read.
fn arbitrary_file() -> impl Strategy<Value = Vec<u8>> {
    let bytes = proptest::collection::vec(any::<u8>(), 0..2000);
    let dims = proptest::collection::vec(prop_oneof![0..4_u32, any::<u32>()], 0..4);
    let magic = prop_oneof![Just(IMAGES_MAGIC), Just(LABELS_MAGIC), any::<u32>()];
    let well_formed = prop_oneof![
        (0..5_u32, 0..5_u32, 0..5_u32).prop_map(|(n, r, c)| (IMAGES_MAGIC, vec![n, r, c])),
        (0..20_u32).prop_map(|n| (LABELS_MAGIC, vec![n])),
    ]
    .prop_flat_map(|(magic, dims)| {
        let len = dims.iter().product::<u32>() as usize;
        proptest::collection::vec(any::<u8>(), len)
            .prop_map(move |data| gzip(&[header(magic, &dims), data].concat()))
    });
    prop_oneof![
        bytes.clone(),
        bytes.clone().prop_map(|b| [&[0x1f, 0x8b][..], &b].concat()),
        bytes.clone().prop_map(|b| gzip(&b)),
        (magic, dims, bytes)
            .prop_map(|(magic, dims, data)| gzip(&[header(magic, &dims), data].concat())),
        well_formed,
    ]
}

#[test]
fn arbitrary_bytes_are_read_exactly_when_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arbitrary.gz");
    check(
        "arbitrary files, read as images and as labels",
        HELD,
        arbitrary_file(),
        |bytes| {
            std::fs::write(&path, &bytes).unwrap();
            let (images, labels) = (read_images(&path), read_labels(&path));
            let refused = images.is_err() && labels.is_err();
            match (reference_idx(&bytes, IMAGES_MAGIC, 3), images) {
                (Some((dims, pixels)), Ok(images)) => {
                    prop_assert_eq!(
                        (images.count, images.rows, images.cols),
                        (dims[0], dims[1], dims[2])
                    );
                    prop_assert_eq!(images.pixels, pixels);
                }
                (None, Err(_)) => {}
                (expected, got) => {
                    return Err(TestCaseError::fail(format!(
                        "images: reference {}, reader {got:?}",
                        expected.is_some()
                    )));
                }
            }
            match (reference_idx(&bytes, LABELS_MAGIC, 1), labels) {
                (Some((_, expected)), Ok(labels)) => prop_assert_eq!(labels, expected),
                (None, Err(_)) => {}
                (expected, got) => {
                    return Err(TestCaseError::fail(format!(
                        "labels: reference {}, reader {got:?}",
                        expected.is_some()
                    )));
                }
            }
            Ok(refused)
        },
    );
}
