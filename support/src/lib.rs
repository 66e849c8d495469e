//! The plumbing of this book: what every chapter's program needs and no chapter teaches.
//! Lessons live in the chapter crates; this crate holds the rest, written once.
//!
//! | module | what |
//! |---|---|
//! | [`paths`] | where the repository, its data and a run's output are |
//! | [`po`] | the gettext catalogues of the Japanese edition |
//! | [`glossary`] | the glossary's data file, and the two index pages made from it |
//! | [`results`] | the Results page: the book's numbers, ours, and the tests that assert them |
//! | [`html`] | tables of generated pages, as HTML the translation tools leave alone |
//! | [`cli`] | the command-line options the programs share |
//! | [`progress`] | the progress bar and the per-epoch lines of a training run |
//! | [`record`] | what a training run records, as CSV |
//! | [`transcript`] | what a program prints, cut into the sections the pages include |
//! | [`numpy_str`](mod@numpy_str) | arrays printed the way NumPy prints them |
//! | [`exit`] | how a program ends on an error |

pub mod cli;
pub mod exit;
pub mod glossary;
pub mod html;
pub mod numpy_str;
pub mod paths;
pub mod po;
pub mod progress;
pub mod record;
pub mod results;
pub mod transcript;

pub use exit::exit_code;
pub use numpy_str::numpy_str;
pub use progress::Progress;
pub use record::History;
