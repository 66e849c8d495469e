//! Every `rust` code block of the pages compiles here, with this crate's dependencies and
//! nothing else: any of them can be pasted into `src/main.rs` and run. `build.rs` makes each
//! block a module of this test; the root crate's tests (skeptic) run them.

include!(concat!(env!("OUT_DIR"), "/page_blocks.rs"));

use std::fs;

#[test]
fn every_rust_block_of_the_pages_compiles_in_the_scratch_crate() {
    let mut fences = 0;
    for entry in fs::read_dir("../book").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "md") {
            let page = fs::read_to_string(&path).unwrap();
            fences += page.lines().filter(|l| l.trim() == "```rust").count();
        }
    }
    assert_eq!(BLOCKS.len(), fences);
    assert!(fences >= 50, "{fences} blocks");
    for page in ["ch01", "ch02", "ch03", "ch04", "ch05"] {
        assert!(
            BLOCKS
                .iter()
                .any(|(file, _)| file.starts_with(&format!("book/{page}"))),
            "no block from {page}"
        );
    }
}
