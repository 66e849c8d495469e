//! What a chapter's program prints, cut into sections and kept as `output.txt` beside its
//! figures, for the book's pages to include by anchor
//! (`{{#include figures/ch05/output.txt:5_7_3}}`). Every output a page shows is then what the
//! program printed, and each chapter's tests compare the program's output with that file.
//!
//! A section starts at a line `§<number> <title>` (`§5.7.3 gradient check on 3 images`) and
//! runs to the next one; its anchor is the number with `_` for `.` (`5_7_3`). Lines that
//! belong to one run only, `time: …` and `wrote <path>`, are left out.

use std::fs;
use std::path::Path;

use anyhow::{Context, bail};

/// How a section of output is compared with the book's copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The same text on every computer: values the book prints, exact arithmetic.
    Exact,
    /// The same text, but numbers built from rounding errors (a gradient check's tiny
    /// differences) may differ by up to 1% from one processor to another.
    Close,
    /// A seeded training run: thousands of steps carry each processor's rounding forward, so
    /// the last digits differ between computers. Its own tests check it in bands instead.
    Run,
}

/// How each section of the chapters' programs is compared: the gradient checks' tiny
/// differences closely, the training runs not at all (their tests check them in bands),
/// everything else exactly.
pub fn kind(anchor: &str) -> Kind {
    match anchor {
        "4_5_1" | "5_7_3" => Kind::Close,
        "4_5_2" | "4_5" | "5_7_4" => Kind::Run,
        _ => Kind::Exact,
    }
}

/// One section of a program's output.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The anchor: the section's number with `_` for `.`.
    pub anchor: String,
    /// Its lines, the `§` line first, each ending in a line break.
    pub text: String,
}

/// Whether a printed line belongs to this run only and is left out of `output.txt`.
fn run_only(line: &str) -> bool {
    line.starts_with("time: ") || line.starts_with("wrote ")
}

/// Cuts a program's standard output into its sections.
pub fn sections(stdout: &str) -> anyhow::Result<Vec<Section>> {
    let mut sections: Vec<Section> = Vec::new();
    for line in stdout.lines() {
        if run_only(line) {
            continue;
        }
        if let Some(rest) = line.strip_prefix('§') {
            let number = rest.split_whitespace().next().unwrap_or("");
            let anchor = number.replace('.', "_");
            let numbered = anchor.starts_with(|c: char| c.is_ascii_digit());
            if !numbered || !anchor.chars().all(|c| c.is_alphanumeric() || c == '_') {
                bail!("the section line {line:?} does not start with a number like §5.7.3");
            }
            if sections.iter().any(|s| s.anchor == anchor) {
                bail!("two sections are numbered §{number}");
            }
            sections.push(Section {
                anchor,
                text: String::new(),
            });
        }
        let Some(section) = sections.last_mut() else {
            bail!("{line:?} is printed before the first §-numbered section");
        };
        section.text.push_str(line);
        section.text.push('\n');
    }
    for section in &mut sections {
        // The blank lines that set sections apart on the screen are not part of them.
        let kept = section.text.trim_end().len();
        section.text.truncate(kept);
        section.text.push('\n');
    }
    Ok(sections)
}

/// The text of `output.txt` for the output of `command`.
pub fn output_file(command: &str, sections: &[Section]) -> String {
    let mut text = format!(
        "# What `{command}` printed, cut into sections that the book's pages include by\n\
         # anchor. Written by `cargo xtask book`; times and paths are left out.\n"
    );
    for section in sections {
        let anchor = &section.anchor;
        text += &format!("ANCHOR: {anchor}\n{}ANCHOR_END: {anchor}\n", section.text);
    }
    text
}

/// Reads the sections of an `output.txt` that [`output_file`] wrote.
pub fn parse_output_file(text: &str) -> anyhow::Result<Vec<Section>> {
    let mut sections = Vec::new();
    let mut open: Option<Section> = None;
    for line in text.lines() {
        if let Some(mut section) = open.take() {
            if line == format!("ANCHOR_END: {}", section.anchor) {
                sections.push(section);
            } else {
                section.text.push_str(line);
                section.text.push('\n');
                open = Some(section);
            }
        } else if let Some(anchor) = line.strip_prefix("ANCHOR: ") {
            open = Some(Section {
                anchor: anchor.to_string(),
                text: String::new(),
            });
        }
    }
    if let Some(section) = open {
        bail!("section {} never ends", section.anchor);
    }
    Ok(sections)
}

/// Where `fresh` output differs from the book's copy, section by section. Every section of
/// the book's copy must still be printed; each is compared as `kind_of` its anchor says.
pub fn differences(
    book: &[Section],
    fresh: &[Section],
    kind_of: impl Fn(&str) -> Kind,
) -> Vec<String> {
    let mut found = Vec::new();
    for expected in book {
        let Some(got) = fresh.iter().find(|s| s.anchor == expected.anchor) else {
            found.push(format!("section {} is no longer printed", expected.anchor));
            continue;
        };
        let same = match kind_of(&expected.anchor) {
            Kind::Exact => got.text == expected.text,
            Kind::Close => close(&got.text, &expected.text),
            Kind::Run => true,
        };
        if !same {
            found.push(format!(
                "section {} differs.\nThe book shows:\n{}The program now prints:\n{}",
                expected.anchor, expected.text, got.text
            ));
        }
    }
    for extra in fresh {
        if !book.iter().any(|s| s.anchor == extra.anchor) {
            found.push(format!(
                "section {} is not in the book's copy",
                extra.anchor
            ));
        }
    }
    found
}

/// The same words, and numbers within 1% of each other.
fn close(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == ':' || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| match (x.parse::<f64>(), y.parse::<f64>()) {
                (Ok(x), Ok(y)) => (x - y).abs() <= 0.01 * x.abs().max(y.abs()),
                _ => x == y,
            })
}

/// Compares what a chapter's program printed (`stdout`) with the book's copy of its output
/// in `book_dir`; the error lists every difference and says what it means.
pub fn check_against_book(
    book_dir: &Path,
    stdout: &str,
    kind_of: impl Fn(&str) -> Kind,
) -> Result<(), String> {
    let path = book_dir.join("output.txt");
    let book = fs::read_to_string(&path)
        .with_context(|| format!("reading {}", path.display()))
        .and_then(|text| parse_output_file(&text))
        .map_err(|e| format!("{e:#}"))?;
    let fresh = sections(stdout).map_err(|e| format!("the program's output: {e:#}"))?;
    let found = differences(&book, &fresh, kind_of);
    if found.is_empty() {
        return Ok(());
    }
    Err(format!(
        "the program's output differs from what the book shows ({}):\n\n{}\n\n\
         If you changed the code, this is what your change does: the page still shows the \
         original output. (Only a maintainer regenerates the book's copy, with `cargo xtask \
         book`, after checking that the new output is right.)",
        path.display(),
        found.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STDOUT: &str = "§1.2 values\nx: 1.5\n\n§1.3 check\nW1:2.939940573814807e-10\n\
        time: numerical gradient 1.8 s\n\n§1.4 training\ntrain acc, test acc | 0.9, 0.91\n\
        wrote target/runs/ch01/training.csv\n";

    fn kind(anchor: &str) -> Kind {
        match anchor {
            "1_3" => Kind::Close,
            "1_4" => Kind::Run,
            _ => Kind::Exact,
        }
    }

    #[test]
    fn output_is_cut_at_numbered_lines_without_times_and_paths() {
        let found = sections(STDOUT).unwrap();
        assert_eq!(
            found,
            [
                Section {
                    anchor: "1_2".into(),
                    text: "§1.2 values\nx: 1.5\n".into()
                },
                Section {
                    anchor: "1_3".into(),
                    text: "§1.3 check\nW1:2.939940573814807e-10\n".into()
                },
                Section {
                    anchor: "1_4".into(),
                    text: "§1.4 training\ntrain acc, test acc | 0.9, 0.91\n".into()
                },
            ]
        );
        let file = output_file("cargo run -p ch01", &found);
        assert!(file.contains("ANCHOR: 1_2\n§1.2 values\nx: 1.5\nANCHOR_END: 1_2\n"));
        assert_eq!(parse_output_file(&file).unwrap(), found);
    }

    #[test]
    fn differences_follow_each_sections_kind() {
        let book = sections(STDOUT).unwrap();
        let mut fresh = book.clone();
        assert!(differences(&book, &fresh, kind).is_empty());
        fresh[1].text = "§1.3 check\nW1:2.95e-10\n".into(); // within 1%
        fresh[2].text = "§1.4 training\ntrain acc, test acc | 0.5, 0.5\n".into(); // a run
        assert!(differences(&book, &fresh, kind).is_empty());
        fresh[1].text = "§1.3 check\nW1:3.1e-10\n".into();
        fresh[0].text = "§1.2 values\nx: 1.50\n".into();
        let found = differences(&book, &fresh, kind);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("section 1_2 differs"), "{found:?}");
        assert!(found[1].starts_with("section 1_3 differs"), "{found:?}");
        let found = differences(&book, &fresh[..2], kind);
        assert_eq!(found[2], "section 1_4 is no longer printed");
    }

    #[test]
    fn unnumbered_or_repeated_sections_are_refused() {
        assert!(sections("hello\n§1.1 x\n").is_err());
        assert!(sections("§1.1 x\n§1.1 y\n").is_err());
        assert!(sections("§ x\n").is_err());
        assert!(parse_output_file("ANCHOR: x\n1\n").is_err());
    }
}
