//! The book's own tooling: what `cargo xtask`, the browser check and the tests need to make
//! and check the pages, and no chapter's program ever uses (their run-time plumbing is the
//! `support` crate).
//!
//! | module | what |
//! |---|---|
//! | [`book`] | the book's pages, and the programs they run |
//! | [`commands`] | the workspace's commands, run from the tools |
//! | [`po`] | the gettext catalogues of the Japanese edition |
//! | [`glossary`] | the glossary's data file, and the two index pages made from it |
//! | [`results`] | the Results page: the book's numbers, ours, and the tests that assert them |
//! | [`measurements`] | the Measurements page, the book's one table of times |
//! | [`mutation`] | the results of mutation testing, and the page that sums them up |
//! | [`table`] | tables of generated pages, their words translated, their numbers left alone |
//! | [`transcript`] | what a program prints, cut into the sections the pages include |
//! | [`run_box`] | the options the Run boxes of the site show, checked against the programs |

pub mod book;
pub mod commands;
pub mod glossary;
pub mod measurements;
pub mod mutation;
pub mod po;
pub mod results;
pub mod run_box;
pub mod table;
pub mod transcript;
