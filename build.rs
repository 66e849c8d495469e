//! Hands every page of the book to skeptic, which turns each `rust` code block into a test
//! (see tests/skeptic.rs).

use std::path::{Path, PathBuf};

fn markdown_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("listing book/").path();
        if path.is_dir() {
            markdown_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            found.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=book");
    let mut pages = Vec::new();
    markdown_files(Path::new("book"), &mut pages);
    pages.sort();
    skeptic::generate_doc_tests(&pages);
}
