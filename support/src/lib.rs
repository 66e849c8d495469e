//! The plumbing of this book: what every chapter's program needs and no chapter teaches.
//! Lessons live in the chapter crates; this crate holds the rest, written once. The book's own
//! tooling (translations, generated pages, output transcripts) is the `booktools` crate.
//!
//! | module | what |
//! |---|---|
//! | [`paths`] | where the repository, its data and a run's output are |
//! | [`cli`] | the command-line options the programs share |
//! | [`progress`] | the progress bar and the per-epoch lines of a training run |
//! | [`record`] | what a training run records, as CSV |
//! | [`numpy_str`](mod@numpy_str) | arrays printed the way NumPy prints them |
//! | [`exit`] | how a program ends on an error |
//! | [`lang`] | the book's two languages, and the reader's |

pub mod cli;
pub mod exit;
pub mod lang;
pub mod numpy_str;
pub mod paths;
pub mod progress;
pub mod record;

pub use exit::exit_code;
pub use lang::Lang;
pub use numpy_str::numpy_str;
pub use progress::Progress;
pub use record::History;
