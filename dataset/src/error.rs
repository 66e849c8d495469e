//! Everything that can be wrong with the MNIST folder or one of its files. Each message names
//! the folder or file, what was expected and what was found, so that a reader can fix the
//! data rather than the code.

use std::path::PathBuf;

/// What is wrong with the MNIST folder or one of its files.
///
/// The underlying error is part of the message, as `cause` rather than a `source`, so that a
/// program printing the error with its causes (`{error:#}`) does not say it twice.
#[derive(Debug, thiserror::Error)]
pub enum IdxError {
    #[error(
        "no MNIST folder at {}: {found}. Expected a folder holding {}; the repository's \
         data/mnist has them",
        dir.display(),
        crate::files::FILES.join(", ")
    )]
    NoFolder { dir: PathBuf, found: &'static str },
    #[error(
        "{} holds no {file}: an MNIST folder holds the four files {}. This folder holds: {holds}{note}",
        dir.display(),
        crate::files::FILES.join(", ")
    )]
    Missing {
        dir: PathBuf,
        file: &'static str,
        holds: String,
        note: String,
    },
    #[error("cannot open {}: {cause}", path.display())]
    Open {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error(
        "{} is empty (0 bytes): expected a gzip-compressed IDX file; download it again",
        path.display()
    )]
    Empty { path: PathBuf },
    #[error(
        "{} is not gzip-compressed: a .gz file starts with the bytes 1f 8b, this one starts with {found}{note}",
        path.display()
    )]
    NotGzip {
        path: PathBuf,
        found: String,
        note: &'static str,
    },
    #[error("{} is not a complete gzip file ({cause}); is the download cut short?", path.display())]
    Gzip {
        path: PathBuf,
        cause: std::io::Error,
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
        "{}: the header declares {declared} ({bytes} bytes after the header), more than a \
         gzip file of {file_len} bytes can hold (at most {limit} bytes); the header is damaged",
        path.display()
    )]
    TooLarge {
        path: PathBuf,
        declared: String,
        bytes: u128,
        file_len: u64,
        limit: u128,
    },
    #[error(
        "{}: the header declares {declared}: an image has at least one row and one column of \
         pixels; the header is damaged",
        path.display()
    )]
    NoPixels { path: PathBuf, declared: String },
    #[error(
        "{}: the header promises {count} {kind} ({expected} bytes after the header), found {found} bytes",
        path.display()
    )]
    Size {
        path: PathBuf,
        kind: &'static str,
        count: usize,
        expected: usize,
        found: u64,
    },
    #[error(
        "{}: expected MNIST's images of {} × {} pixels, found images of {rows} × {cols}",
        path.display(),
        crate::files::ROWS,
        crate::files::COLS
    )]
    ImageSize {
        path: PathBuf,
        rows: usize,
        cols: usize,
    },
    #[error(
        "{}: label number {index} (counting from 0) is {found}; MNIST's labels are the digits 0 to 9",
        path.display()
    )]
    Label {
        path: PathBuf,
        index: usize,
        found: u8,
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
