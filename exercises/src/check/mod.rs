//! The checker's tools, shared by every exercise: run the learner's code without letting a
//! panic escape, compare what it gives with what it should give, and say so in words, in
//! English and in Japanese.

mod compare;
mod failure;
mod show;
mod text;
mod yours;

pub use compare::{Tolerance, same, same_number, same_value};
pub use failure::{Checked, Failure, Hint};
pub use show::{show, show_number, written};
pub use text::Text;
pub(crate) use text::text;
pub use yours::yours;
