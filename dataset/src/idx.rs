//! The IDX format MNIST is distributed in: a big-endian header (a magic number, then one
//! 32-bit size per dimension) followed by the raw bytes, here gzip-compressed.
//!
//! The header is read and checked before the data: a header that declares more data than
//! the file can hold is refused at once, and the data is read only up to what the header
//! declares, so no size written in a damaged file decides how much memory is taken.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;
use ndarray::ArrayView2;

use crate::error::IdxError;

/// Magic number of an IDX file of unsigned bytes with three dimensions (count, rows, cols).
pub const IMAGES_MAGIC: u32 = 0x0000_0803;
/// Magic number of an IDX file of unsigned bytes with one dimension (count).
pub const LABELS_MAGIC: u32 = 0x0000_0801;

/// The most that gzip's compression (deflate) can shrink data: one 258-byte repeat coded in
/// two bits. A gzip file of n bytes therefore decompresses to at most 1032 n bytes.
const MAX_DEFLATE_RATIO: u128 = 1032;

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
    Ok(Images {
        count: dims[0],
        rows: dims[1],
        cols: dims[2],
        pixels,
    })
}

/// Reads a gzip-compressed IDX file of labels (`*-labels-idx1-ubyte.gz`).
pub fn read_labels(path: &Path) -> Result<Vec<u8>, IdxError> {
    let (_, labels) = read_idx(path, "labels", LABELS_MAGIC, 1)?;
    Ok(labels)
}

/// Decompresses `path` and returns its sizes and its data, after checking the magic number,
/// that the sizes fit in the file, and that the data is exactly as long as they say.
fn read_idx(
    path: &Path,
    kind: &'static str,
    magic: u32,
    ndim: usize,
) -> Result<(Vec<usize>, Vec<u8>), IdxError> {
    let open_error = |cause| IdxError::Open {
        path: path.to_owned(),
        cause,
    };
    let file = File::open(path).map_err(open_error)?;
    let file_len = file.metadata().map_err(open_error)?.len();
    let mut file = BufReader::new(file);
    check_gzip_start(path, &mut file)?;
    let gzip_error = |cause| IdxError::Gzip {
        path: path.to_owned(),
        cause,
    };
    let mut gz = MultiGzDecoder::new(file);

    let header_len = 4 * (1 + ndim);
    let mut header = Vec::with_capacity(header_len);
    (&mut gz)
        .take(header_len as u64)
        .read_to_end(&mut header)
        .map_err(gzip_error)?;
    let short_header = || IdxError::Header {
        path: path.to_owned(),
        kind,
        expected: header_len,
        found: header.len(),
    };
    let words: Vec<u32> = header
        .chunks_exact(4)
        .map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]))
        .collect();
    let Some(&found) = words.first() else {
        return Err(short_header());
    };
    if found != magic {
        return Err(IdxError::Magic {
            path: path.to_owned(),
            kind,
            expected: magic,
            found,
        });
    }
    if words.len() < 1 + ndim {
        return Err(short_header());
    }
    let dims: Vec<usize> = words[1..].iter().map(|&d| d as usize).collect();
    // Images of 0 rows or 0 columns hold no pixels, so no file size could bound their count.
    if dims[1..].contains(&0) {
        return Err(IdxError::NoPixels {
            path: path.to_owned(),
            declared: declared(kind, &dims),
        });
    }

    let bytes: u128 = words[1..].iter().map(|&d| u128::from(d)).product();
    let limit = u128::from(file_len) * MAX_DEFLATE_RATIO;
    let expected = match usize::try_from(bytes) {
        Ok(expected) if bytes <= limit => expected,
        _ => {
            return Err(IdxError::TooLarge {
                path: path.to_owned(),
                declared: declared(kind, &dims),
                bytes,
                file_len,
                limit,
            });
        }
    };
    let mut data = Vec::new();
    (&mut gz)
        .take(expected as u64)
        .read_to_end(&mut data)
        .map_err(gzip_error)?;
    // Reading on to the end also checks gzip's checksum of the whole file.
    let extra = io::copy(&mut gz, &mut io::sink()).map_err(gzip_error)?;
    if data.len() != expected || extra > 0 {
        return Err(IdxError::Size {
            path: path.to_owned(),
            kind,
            count: dims[0],
            expected,
            found: data.len() as u64 + extra,
        });
    }
    Ok((dims, data))
}

/// Refuses an empty file, and a file that does not start as gzip files do, before
/// decompressing; an uncompressed IDX file is recognised and named.
fn check_gzip_start(path: &Path, file: &mut impl BufRead) -> Result<(), IdxError> {
    let start = file.fill_buf().map_err(|cause| IdxError::Open {
        path: path.to_owned(),
        cause,
    })?;
    match start {
        [] => Err(IdxError::Empty {
            path: path.to_owned(),
        }),
        [0x1f, 0x8b, ..] => Ok(()),
        _ => Err(IdxError::NotGzip {
            path: path.to_owned(),
            found: start
                .iter()
                .take(4)
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(" "),
            note: if start.starts_with(&[0, 0, 8]) {
                " (an IDX file that is already decompressed: this loader reads the .gz files \
                 as they are downloaded)"
            } else {
                ""
            },
        }),
    }
}

/// What a header declares, in words: "60000 images of 28 × 28 pixels", "60000 labels".
fn declared(kind: &str, dims: &[usize]) -> String {
    match dims {
        [count, pixels @ ..] if !pixels.is_empty() => {
            let sizes: Vec<String> = pixels.iter().map(usize::to_string).collect();
            format!("{count} {kind} of {} pixels", sizes.join(" × "))
        }
        _ => format!("{} {kind}", dims.first().copied().unwrap_or(0)),
    }
}
