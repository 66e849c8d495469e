//! Gathers every `rust` code block of the book's pages (`book/*.md`) for
//! `tests/page_blocks.rs`, which compiles them all with this crate's dependencies: the proof
//! that any block can be pasted into `src/main.rs` and run. Using the scratch pad does not
//! need this file.

use std::fmt::Write;
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=../book");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut pages: Vec<PathBuf> = fs::read_dir("../book")
        .expect("reading book/")
        .map(|entry| entry.expect("listing book/").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    pages.sort();

    let mut modules = String::new();
    let mut list = String::new();
    for page in &pages {
        let text = fs::read_to_string(page).expect("reading a page");
        let stem = page
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a page's name");
        for (line, program) in rust_blocks(&text) {
            let name = format!("{}_line_{line}", stem.replace('-', "_"));
            let file = out.join(format!("{name}.rs"));
            fs::write(&file, program).expect("writing a block");
            writeln!(
                modules,
                "#[allow(warnings, clippy::all)]\nmod {name} {{\n    include!({file:?});\n}}"
            )
            .unwrap();
            writeln!(list, "    (\"book/{stem}.md\", {line}),").unwrap();
        }
    }
    let generated = format!(
        "{modules}\n/// Each block compiled above: its page, and the line its fence starts on.\nconst BLOCKS: &[(&str, usize)] = &[\n{list}];\n"
    );
    fs::write(out.join("page_blocks.rs"), generated).expect("writing page_blocks.rs");
}

/// The `rust` blocks that the book compiles (not `rust,ignore`), each as the line its fence
/// starts on and the whole program: hidden lines shown, and wrapped in `fn main` if it has
/// none, as mdBook and skeptic do.
fn rust_blocks(page: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, line) in page.lines().enumerate() {
        let fence = line.trim_start().starts_with("```");
        match open.take() {
            None if line.trim() == "```rust" => open = Some((i + 1, String::new())),
            None => {}
            Some((start, program)) if fence => blocks.push((start, with_main(program))),
            Some((start, mut program)) => {
                program.push_str(unhidden(line));
                program.push('\n');
                open = Some((start, program));
            }
        }
    }
    blocks
}

/// A line as the program has it: `# ` at its start hides it on the page, and is not code.
fn unhidden(line: &str) -> &str {
    let code = line.trim_start();
    if code == "#" {
        ""
    } else {
        code.strip_prefix("# ").unwrap_or(line)
    }
}

fn with_main(program: String) -> String {
    if program.contains("fn main") {
        program
    } else {
        format!("fn main() {{\n{program}}}\n")
    }
}
