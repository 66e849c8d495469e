//! Your scratch pad: `cargo run -p scratch` compiles this file and runs its `main`.
//!
//! To run a code block from a page of the book:
//!
//! 1. On the page, click the eye at the top right of the block ("Show hidden lines").
//!    Hidden lines appear: usually `fn main() {` at the start and `}` at the end.
//! 2. Click the copy button beside the eye, and paste the block over everything in this file.
//! 3. Run `cargo run -p scratch`. A block that checks values with `assert!` prints nothing
//!    when they are right, and stops with a message when one is not.
//!
//! Hidden lines: in a page's source (`book/*.md`), a line of a `rust` block that begins with
//! `# ` is part of the program, but the page does not show it, to keep the block to the idea
//! it shows. The `# ` is not code: without it, `# fn main() {` is `fn main() {`. Hidden lines
//! are mostly `fn main() {` and `}`, where every Rust program starts and ends; a few blocks
//! hide a `use` line or a line that keeps a test quiet as well.
//!
//! You can also paste only the lines the page shows, inside `main` below: for most blocks
//! that is the same program, since `use` lines may stand inside a function too.
//!
//! Every chapter crate (`ch01` to `ch05`), `dataset`, `support`, `ndarray`, `approx`,
//! `plotters` and `rand` can be used here. `git restore scratch/src/main.rs` brings this file
//! back as it was.

fn main() {
    println!(
        "Paste a block from a page into scratch/src/main.rs, then run `cargo run -p scratch`."
    );
}
