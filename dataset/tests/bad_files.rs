//! A broken or foreign file gives an error that names it and says what is wrong; never a panic.

use std::fs;
use std::io::Write;
use std::path::Path;

use dataset::idx::{IMAGES_MAGIC, LABELS_MAGIC, read_images, read_labels};
use dataset::load_mnist;
use dataset::mnist::{TEST_IMAGES, TEST_LABELS, TRAIN_IMAGES, TRAIN_LABELS};
use flate2::Compression;
use flate2::write::GzEncoder;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// An IDX file: magic, sizes, then `data`.
fn idx(magic: u32, dims: &[u32], data: &[u8]) -> Vec<u8> {
    let mut bytes = magic.to_be_bytes().to_vec();
    for d in dims {
        bytes.extend(d.to_be_bytes());
    }
    bytes.extend(data);
    bytes
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let err = read_labels(&dir.path().join("nothing.gz"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("cannot open "), "{err}");
    assert!(err.contains("nothing.gz"), "{err}");
}

#[test]
fn a_file_that_is_not_gzip_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "labels.gz", b"this is plain text, not gzip");
    let err = read_labels(&path).unwrap_err().to_string();
    assert!(
        err.contains("labels.gz is not a complete gzip file"),
        "{err}"
    );
}

#[test]
fn a_truncated_gzip_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let whole = gzip(&idx(LABELS_MAGIC, &[1000], &[3; 1000]));
    let path = write(dir.path(), "cut.gz", &whole[..whole.len() / 2]);
    let err = read_labels(&path).unwrap_err().to_string();
    assert!(err.contains("cut.gz is not a complete gzip file"), "{err}");
}

#[test]
fn a_wrong_magic_number_is_reported_with_both_values() {
    let dir = tempfile::tempdir().unwrap();
    // A labels file handed to the images reader.
    let path = write(
        dir.path(),
        "labels.gz",
        &gzip(&idx(LABELS_MAGIC, &[2, 0], &[1, 2])),
    );
    let err = read_images(&path).unwrap_err().to_string();
    assert!(
        err.ends_with(
            "expected an IDX images file (magic number 0x00000803), found magic number 0x00000801"
        ),
        "{err}"
    );
}

#[test]
fn a_short_header_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "tiny.gz", &gzip(&IMAGES_MAGIC.to_be_bytes()));
    let err = read_images(&path).unwrap_err().to_string();
    assert!(
        err.ends_with("an IDX images header is 16 bytes long, but the file holds only 4 bytes"),
        "{err}"
    );
}

#[test]
fn a_payload_shorter_than_its_header_promises_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "images.gz",
        &gzip(&idx(IMAGES_MAGIC, &[3, 2, 2], &[0; 10])),
    );
    let err = read_images(&path).unwrap_err().to_string();
    assert!(
        err.ends_with("the header promises 3 images (12 bytes after the header), found 10 bytes"),
        "{err}"
    );
}

#[test]
fn images_and_labels_must_count_alike() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let images = gzip(&idx(IMAGES_MAGIC, &[2, 1, 1], &[0, 255]));
    write(d, TRAIN_IMAGES, &images);
    write(d, TRAIN_LABELS, &gzip(&idx(LABELS_MAGIC, &[3], &[0, 1, 2])));
    write(d, TEST_IMAGES, &images);
    write(d, TEST_LABELS, &gzip(&idx(LABELS_MAGIC, &[2], &[0, 1])));
    let err = load_mnist(d, true).unwrap_err().to_string();
    assert!(err.contains("holds 2 images but"), "{err}");
    assert!(
        err.ends_with("holds 3 labels; they should be the same set"),
        "{err}"
    );
}

#[test]
fn a_small_valid_set_loads_and_normalizes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let images = gzip(&idx(IMAGES_MAGIC, &[2, 1, 2], &[0, 255, 51, 102]));
    let labels = gzip(&idx(LABELS_MAGIC, &[2], &[4, 9]));
    for (name, bytes) in [
        (TRAIN_IMAGES, &images),
        (TRAIN_LABELS, &labels),
        (TEST_IMAGES, &images),
        (TEST_LABELS, &labels),
    ] {
        write(d, name, bytes);
    }
    let mnist = load_mnist(d, true).unwrap();
    assert_eq!(mnist.x_train, ndarray::array![[0.0, 1.0], [0.2, 0.4]]);
    assert_eq!(mnist.t_test, ndarray::array![4, 9]);
    let raw = load_mnist(d, false).unwrap();
    assert_eq!(raw.x_test, ndarray::array![[0.0, 255.0], [51.0, 102.0]]);
}
