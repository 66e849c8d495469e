//! Chapter 1 of the book (Python入門, an introduction to Python) retold for Rust: the language,
//! ndarray in NumPy's place and plotters (behind the book's crate `plots`) in Matplotlib's.
//! Most of the chapter lives in the book's pages as small runnable snippets; this crate holds
//! what they and later chapters use.
//!
//! | the book | module |
//! |---|---|
//! | §1.4.2 classes (クラス) | [`man`] |
//! | §1.6 Matplotlib: drawing a graph, showing an image | [`figures`] |

pub mod figures;
pub mod man;

pub use man::Man;
