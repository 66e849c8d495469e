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
        err.ends_with(
            "labels.gz is not gzip-compressed: a .gz file starts with the bytes 1f 8b, \
             this one starts with 74 68 69 73"
        ),
        "{err}"
    );
}

#[test]
fn a_decompressed_idx_file_is_recognised() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "labels.gz", &idx(LABELS_MAGIC, &[1], &[7]));
    let err = read_labels(&path).unwrap_err().to_string();
    assert!(
        err.ends_with(
            "this one starts with 00 00 08 01 (an IDX file that is already decompressed: \
             this loader reads the .gz files as they are downloaded)"
        ),
        "{err}"
    );
}

#[test]
fn an_empty_file_is_named_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.gz", b"");
    let err = read_images(&path).unwrap_err().to_string();
    assert!(
        err.ends_with(
            "empty.gz is empty (0 bytes): expected a gzip-compressed IDX file; download it again"
        ),
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
fn a_header_that_stops_one_size_short_is_reported() {
    // The magic number and two of the three sizes of an images header: 12 bytes of 16.
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "short.gz",
        &gzip(&idx(IMAGES_MAGIC, &[1, 28], &[])),
    );
    let err = read_images(&path).unwrap_err().to_string();
    assert!(
        err.ends_with("an IDX images header is 16 bytes long, but the file holds only 12 bytes"),
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
fn a_payload_longer_than_its_header_promises_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "labels.gz",
        &gzip(&idx(LABELS_MAGIC, &[3], &[1, 2, 3, 4, 5])),
    );
    let err = read_labels(&path).unwrap_err().to_string();
    assert!(
        err.ends_with("the header promises 3 labels (3 bytes after the header), found 5 bytes"),
        "{err}"
    );
}

/// A damaged count of 4,294,967,295 images is refused from the header alone: the 64-byte
/// file could not hold them, so nothing is decompressed or allocated for them.
#[test]
fn a_header_that_declares_billions_of_images_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = gzip(&idx(IMAGES_MAGIC, &[u32::MAX, 28, 28], &[0; 784]));
    let path = write(dir.path(), "huge.gz", &bytes);
    let err = read_images(&path).unwrap_err().to_string();
    let limit = 1032 * bytes.len();
    assert!(
        err.ends_with(&format!(
            "the header declares 4294967295 images of 28 × 28 pixels (3367254359280 bytes after \
             the header), more than a gzip file of {} bytes can hold (at most {limit} bytes); \
             the header is damaged",
            bytes.len()
        )),
        "{err}"
    );
    // Sizes whose product would overflow 64 bits are refused the same way.
    let path = write(
        dir.path(),
        "huger.gz",
        &gzip(&idx(IMAGES_MAGIC, &[u32::MAX; 3], &[])),
    );
    let err = read_images(&path).unwrap_err().to_string();
    assert!(err.contains("the header is damaged"), "{err}");
}

/// Images of no pixels take no bytes, so a file size cannot bound their count: a header of
/// billions of 0 × 171 images (what the fuzzer found) is refused for its 0.
#[test]
fn images_without_pixels_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = gzip(&idx(IMAGES_MAGIC, &[0xfffa_1100, 0, 171], &[]));
    let path = write(dir.path(), "empty-images.gz", &bytes);
    let err = read_images(&path).unwrap_err().to_string();
    assert!(
        err.ends_with(
            "the header declares 4294578432 images of 0 × 171 pixels: an image has at least one \
             row and one column of pixels; the header is damaged"
        ),
        "{err}"
    );
}

#[test]
fn a_label_file_that_declares_billions_is_described_as_labels() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "huge.gz",
        &gzip(&idx(LABELS_MAGIC, &[u32::MAX], &[])),
    );
    let err = read_labels(&path).unwrap_err().to_string();
    assert!(
        err.contains("the header declares 4294967295 labels (4294967295 bytes after the header)"),
        "{err}"
    );
}

/// A folder of MNIST files: `images` in both image files, `labels` in both label files.
fn mnist_folder(dir: &Path, images: &[u8], labels: &[u8]) {
    for (name, bytes) in [
        (TRAIN_IMAGES, images),
        (TRAIN_LABELS, labels),
        (TEST_IMAGES, images),
        (TEST_LABELS, labels),
    ] {
        write(dir, name, bytes);
    }
}

/// Two 28 × 28 images: one blank, one all ink.
fn two_images() -> Vec<u8> {
    let mut pixels = vec![0; 784];
    pixels.extend([255; 784]);
    gzip(&idx(IMAGES_MAGIC, &[2, 28, 28], &pixels))
}

#[test]
fn a_label_outside_0_to_9_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    mnist_folder(d, &two_images(), &gzip(&idx(LABELS_MAGIC, &[2], &[4, 9])));
    write(d, TEST_LABELS, &gzip(&idx(LABELS_MAGIC, &[2], &[4, 11])));
    let err = load_mnist(d, true).unwrap_err().to_string();
    assert!(
        err.ends_with(&format!(
            "{TEST_LABELS}: label number 1 (counting from 0) is 11; MNIST's labels are the digits 0 to 9"
        )),
        "{err}"
    );
}

#[test]
fn images_that_are_not_28_by_28_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    mnist_folder(d, &two_images(), &gzip(&idx(LABELS_MAGIC, &[2], &[4, 9])));
    write(
        d,
        TEST_IMAGES,
        &gzip(&idx(IMAGES_MAGIC, &[2, 32, 32], &[0; 2 * 32 * 32])),
    );
    let err = load_mnist(d, true).unwrap_err().to_string();
    assert!(
        err.ends_with(&format!(
            "{TEST_IMAGES}: expected MNIST's images of 28 × 28 pixels, found images of 32 × 32"
        )),
        "{err}"
    );
}

#[test]
fn a_missing_folder_is_named_with_the_files_it_should_hold() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("mnist");
    let err = load_mnist(&missing, true).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "no MNIST folder at {}: nothing is there. Expected a folder holding \
             train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, \
             t10k-labels-idx1-ubyte.gz; the repository's data/mnist has them",
            missing.display()
        )
    );
}

#[test]
fn a_folder_without_the_files_says_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "README.md", b"notes");
    write(
        d,
        "train-images-idx3-ubyte",
        &idx(IMAGES_MAGIC, &[0, 28, 28], &[]),
    );
    let err = load_mnist(d, true).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "{} holds no train-images-idx3-ubyte.gz: an MNIST folder holds the four files ",
            d.display()
        )),
        "{err}"
    );
    assert!(
        err.ends_with(
            "This folder holds: README.md, train-images-idx3-ubyte. (train-images-idx3-ubyte \
             is there, decompressed: this loader reads the .gz files as they are downloaded)"
        ),
        "{err}"
    );
}

#[test]
fn a_folder_of_other_files_gets_no_note_about_decompressed_ones() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "README.md", b"notes");
    let err = load_mnist(dir.path(), true).unwrap_err().to_string();
    assert!(err.ends_with("This folder holds: README.md"), "{err}");
}

#[test]
fn a_long_listing_shows_its_first_eight_names_and_the_count() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10 {
        write(dir.path(), &format!("f{i}.txt"), b"");
    }
    let err = load_mnist(dir.path(), true).unwrap_err().to_string();
    assert!(
        err.ends_with(
            "This folder holds: f0.txt, f1.txt, f2.txt, f3.txt, f4.txt, f5.txt, f6.txt, \
             f7.txt, … (10 entries)"
        ),
        "{err}"
    );
}

#[test]
fn images_and_labels_must_count_alike() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    mnist_folder(d, &two_images(), &gzip(&idx(LABELS_MAGIC, &[2], &[0, 1])));
    write(d, TRAIN_LABELS, &gzip(&idx(LABELS_MAGIC, &[3], &[0, 1, 2])));
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
    let pixels: Vec<u8> = [0, 255, 51, 102].repeat(2 * 784 / 4);
    let images = gzip(&idx(IMAGES_MAGIC, &[2, 28, 28], &pixels));
    mnist_folder(d, &images, &gzip(&idx(LABELS_MAGIC, &[2], &[4, 9])));
    let mnist = load_mnist(d, true).unwrap();
    assert_eq!(mnist.x_train.dim(), (2, 784));
    assert_eq!(
        mnist.x_train.row(1).slice(ndarray::s![..4]),
        ndarray::array![0.0, 1.0, 0.2, 0.4]
    );
    assert_eq!(mnist.t_test, ndarray::array![4, 9]);
    let raw = load_mnist(d, false).unwrap();
    assert_eq!(
        raw.x_test.row(0).slice(ndarray::s![..4]),
        ndarray::array![0.0, 255.0, 51.0, 102.0]
    );
}
