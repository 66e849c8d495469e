//! Deep Learning from Scratch, in Rust: one crate per chapter of the book, re-exported here
//! so that `dlfs::ch02::xor` and `ch02::xor` name the same function. This crate also owns
//! the tests of the book's pages (`tests/`): every snippet compiled and run, every included
//! listing and figure checked.

pub use ch01;
pub use ch02;
pub use ch03;
pub use ch04;
pub use ch05;
pub use dataset;
