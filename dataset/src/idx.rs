//! The IDX format MNIST is distributed in: a big-endian header (a magic number, then one
//! 32-bit size per dimension) followed by the raw bytes, here gzip-compressed.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;
use ndarray::ArrayView2;

/// Magic number of an IDX file of unsigned bytes with three dimensions (count, rows, cols).
pub const IMAGES_MAGIC: u32 = 0x0000_0803;
/// Magic number of an IDX file of unsigned bytes with one dimension (count).
pub const LABELS_MAGIC: u32 = 0x0000_0801;

/// Everything that can be wrong with a data file. Each message names the file, what was
/// expected and what was found, so that a reader can fix the file rather than the code.
#[derive(Debug, thiserror::Error)]
pub enum IdxError {
    #[error("cannot open {}: {source}", path.display())]
    Open {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a complete gzip file ({source}); is the download cut short?", path.display())]
    Gzip {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: an IDX {kind} header is {expected} bytes long, but the file holds only {found} bytes",
        path.display()
    )]
    Header {
        path: PathBuf,
        kind: &'static str,
        expected: usize,
        found: usize,
    },
    #[error(
        "{}: expected an IDX {kind} file (magic number {expected:#010x}), found magic number {found:#010x}",
        path.display()
    )]
    Magic {
        path: PathBuf,
        kind: &'static str,
        expected: u32,
        found: u32,
    },
    #[error(
        "{}: the header promises {count} {kind} ({expected} bytes after the header), found {found} bytes",
        path.display()
    )]
    Size {
        path: PathBuf,
        kind: &'static str,
        count: usize,
        expected: usize,
        found: usize,
    },
    #[error(
        "{} holds {images} images but {} holds {labels} labels; they should be the same set",
        images_path.display(),
        labels_path.display()
    )]
    Count {
        images_path: PathBuf,
        images: usize,
        labels_path: PathBuf,
        labels: usize,
    },
}

/// The images of one IDX file: `count` images of `rows` × `cols` pixels, row by row.
#[derive(Debug, Clone, PartialEq)]
pub struct Images {
    pub count: usize,
    pub rows: usize,
    pub cols: usize,
    pub pixels: Vec<u8>,
}

impl Images {
    /// Image `i` as a `rows` × `cols` view of its pixels (0 is white paper, 255 black ink).
    ///
    /// Panics when `i >= count`, as indexing a slice does.
    pub fn image(&self, i: usize) -> ArrayView2<'_, u8> {
        let len = self.rows * self.cols;
        ArrayView2::from_shape((self.rows, self.cols), &self.pixels[i * len..(i + 1) * len])
            .expect("rows * cols pixels always fill a rows × cols view")
    }
}

/// Reads a gzip-compressed IDX file of images (`*-images-idx3-ubyte.gz`).
pub fn read_images(path: &Path) -> Result<Images, IdxError> {
    let (dims, pixels) = read_idx(path, "images", IMAGES_MAGIC, 3)?;
    let [count, rows, cols] = [dims[0], dims[1], dims[2]];
    check_size(path, "images", count, count * rows * cols, pixels.len())?;
    Ok(Images {
        count,
        rows,
        cols,
        pixels,
    })
}

/// Reads a gzip-compressed IDX file of labels (`*-labels-idx1-ubyte.gz`).
pub fn read_labels(path: &Path) -> Result<Vec<u8>, IdxError> {
    let (dims, labels) = read_idx(path, "labels", LABELS_MAGIC, 1)?;
    check_size(path, "labels", dims[0], dims[0], labels.len())?;
    Ok(labels)
}

/// Decompresses `path`, checks its magic number and splits it into sizes and data.
fn read_idx(
    path: &Path,
    kind: &'static str,
    magic: u32,
    ndim: usize,
) -> Result<(Vec<usize>, Vec<u8>), IdxError> {
    let file = File::open(path).map_err(|source| IdxError::Open {
        path: path.to_owned(),
        source,
    })?;
    let mut bytes = Vec::new();
    GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|source| IdxError::Gzip {
            path: path.to_owned(),
            source,
        })?;

    let header_len = 4 * (1 + ndim);
    let short_header = |found| IdxError::Header {
        path: path.to_owned(),
        kind,
        expected: header_len,
        found,
    };
    let words: Vec<usize> = bytes
        .chunks_exact(4)
        .take(1 + ndim)
        .map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]) as usize)
        .collect();
    match words.first() {
        None => return Err(short_header(bytes.len())),
        Some(&found) if found != magic as usize => {
            return Err(IdxError::Magic {
                path: path.to_owned(),
                kind,
                expected: magic,
                found: found as u32,
            });
        }
        Some(_) if words.len() < 1 + ndim => return Err(short_header(bytes.len())),
        Some(_) => {}
    }
    bytes.drain(..header_len);
    Ok((words[1..].to_vec(), bytes))
}

fn check_size(
    path: &Path,
    kind: &'static str,
    count: usize,
    expected: usize,
    found: usize,
) -> Result<(), IdxError> {
    if expected == found {
        Ok(())
    } else {
        Err(IdxError::Size {
            path: path.to_owned(),
            kind,
            count,
            expected,
            found,
        })
    }
}
