//! `cargo xtask setup`: installs what building the book needs, with cargo and rustup, skipping
//! what is already there — the same on Linux, macOS and Windows. mdBook 0.5, mdbook-katex (math
//! rendered at build time), mdbook-linkcheck2 (link checks), mdbook-i18n-helpers (the Japanese
//! edition, from `po/ja.po`), Pagefind (search that understands Japanese) and Rust's
//! wasm32-wasip1 target (the Run boxes). KaTeX's stylesheet and fonts come with the repository
//! (`book/katex/`), so nothing else is fetched.

use crate::{cargo, output, run, tool};

/// A program installed with `cargo install --locked`.
struct Tool {
    krate: &'static str,
    version: &'static str,
    /// The program that tells whether it is installed.
    program: &'static str,
    features: &'static [&'static str],
}

const TOOLS: [Tool; 5] = [
    // mdbook-katex 0.10.0 is built against mdBook 0.5.3 (it warns under any other version)
    // and renders with KaTeX 0.16.4, the version of the stylesheet in book/katex/.
    Tool {
        krate: "mdbook",
        version: "0.5.3",
        program: "mdbook",
        features: &[],
    },
    Tool {
        krate: "mdbook-katex",
        version: "0.10.0",
        program: "mdbook-katex",
        features: &[],
    },
    Tool {
        krate: "mdbook-linkcheck2",
        version: "0.13.0",
        program: "mdbook-linkcheck2",
        features: &[],
    },
    // Its programs print no version: `cargo install --list` tells which is installed.
    Tool {
        krate: "mdbook-i18n-helpers",
        version: "0.4.0",
        program: "mdbook-gettext",
        features: &[],
    },
    // The "extended" build of Pagefind segments Japanese text into words.
    Tool {
        krate: "pagefind",
        version: "1.6.0",
        program: "pagefind",
        features: &["extended"],
    },
];

/// The target the Run boxes' programs are compiled for (`cargo xtask site`).
pub const WASM: &str = "wasm32-wasip1";

impl Tool {
    /// Whether this version is installed: the program says so, or cargo does (for the
    /// programs that print no version).
    fn installed(&self, list: &str) -> bool {
        let Ok(said) = tool(self.program, &["--version"]).output() else {
            return false;
        };
        let line = format!("{} v{}:", self.krate, self.version);
        String::from_utf8_lossy(&said.stdout).contains(self.version)
            || list.lines().any(|l| l == line)
    }
}

pub fn setup() -> anyhow::Result<()> {
    let list = output(&mut cargo(&["install", "--list"]))?;
    for tool in &TOOLS {
        if tool.installed(&list) {
            println!("{} {}: already installed", tool.krate, tool.version);
            continue;
        }
        println!("installing {} {} (a few minutes)", tool.krate, tool.version);
        let mut install = cargo(&["install", "--locked", "--quiet", tool.krate]);
        install.args(["--version", tool.version]);
        for feature in tool.features {
            install.args(["--features", feature]);
        }
        run(&mut install)?;
    }
    let targets = output(&mut tool("rustup", &["target", "list", "--installed"]))?;
    if targets.lines().any(|t| t == WASM) {
        println!("{WASM}: already installed");
    } else {
        run(&mut tool("rustup", &["target", "add", WASM]))?;
    }
    Ok(())
}
