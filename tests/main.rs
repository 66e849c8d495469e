//! The root crate's tests, one module per file of this folder, in one test program: the book's
//! pages (every listing, snippet, figure and link), the chapters' files on their pages, the
//! glossary, the Japanese edition and the Results page. Each module's first lines say what it
//! checks.

mod book_pages;
mod chapter_files;
mod figures;
mod glossary;
mod japanese_edition;
mod math_editions;
mod results;
mod skeptic;
