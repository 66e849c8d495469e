//! Chapter 1 of the book (Python入門, an introduction to Python) retold for Rust: the language,
//! ndarray in NumPy's place and plotters in Matplotlib's. Most of the chapter lives in the
//! book's pages as small runnable snippets; this crate holds what later chapters reuse:
//! the way figures are drawn and saved.

pub mod exit;
pub mod figure;
pub mod figures;
pub mod man;
pub mod numpy_str;

pub use exit::exit_code;
pub use figure::{Canvas, Draw, Figure};
pub use man::Man;
pub use numpy_str::numpy_str;
