//! The Run boxes of the built site (`book/theme/run.js`) show each option of a program with
//! the value the program takes when the option is left out. run.js cannot ask the program
//! before it runs, so it keeps a table of them; the programs' tests compare that table with
//! what each program's `--help` says, so that a box never shows one value and runs another.

use std::collections::BTreeMap;
use std::process::Command;

use anyhow::{Context, bail, ensure};
use support::paths::repository;

/// The defaults run.js shows for `program`: its line `program: { name: "value", … },` in the
/// table `const defaults`.
pub fn page_defaults(program: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let path = repository().join("book/theme/run.js");
    let js = std::fs::read_to_string(&path).with_context(|| format!("reading {path:?}"))?;
    let table = js
        .split("const defaults = {")
        .nth(1)
        .and_then(|rest| rest.split("\n    };").next())
        .context("run.js has no `const defaults = { … };`")?;
    let line = table
        .lines()
        .find_map(|line| line.trim().strip_prefix(&format!("{program}: {{")))
        .with_context(|| format!("run.js's defaults have no line for {program}"))?;
    let pairs = line.trim_end_matches([',', ' ', '}']).split(", ");
    pairs
        .map(|pair| {
            let (name, value) = pair.split_once(": ").context(pair.to_owned())?;
            Ok((unquote(name).to_owned(), unquote(value).to_owned()))
        })
        .collect()
}

fn unquote(text: &str) -> &str {
    text.trim().trim_matches('"')
}

/// The defaults `program --help` gives, `[default: …]`, by option name (without `--`); the
/// options without a default are left out.
pub fn help_defaults(program: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let help = Command::new(program).arg("--help").output()?;
    ensure!(help.status.success(), "{program} --help failed");
    let mut defaults = BTreeMap::new();
    let mut option = None;
    for line in String::from_utf8(help.stdout)?.lines() {
        // A short flag first, as in `-h, --help`, is left out.
        let line = line.trim_start();
        let line = line
            .get(4..)
            .filter(|_| line.get(2..4) == Some(", "))
            .unwrap_or(line);
        if let Some(name) = line.strip_prefix("--") {
            option = name.split([' ', '=']).next().map(str::to_owned);
        }
        if let Some((_, value)) = line.split_once("[default: ") {
            let name = option.clone().context("a default before any option")?;
            defaults.insert(name, value.trim_end_matches(']').to_owned());
        }
    }
    Ok(defaults)
}

/// Fails, saying which, unless run.js shows every option of `page_program` that `binary`
/// has a default for, with that default. `binary` is the program's executable.
pub fn check_defaults(page_program: &str, binary: &str) -> anyhow::Result<()> {
    let (page, program) = (page_defaults(page_program)?, help_defaults(binary)?);
    let differ: Vec<String> = page
        .iter()
        .filter(|(name, value)| program.get(*name) != Some(value))
        .map(|(name, value)| {
            let theirs = program.get(name).map_or("no default", String::as_str);
            format!("--{name}: the page shows {value}, the program takes {theirs}")
        })
        .collect();
    if !differ.is_empty() {
        bail!(
            "The Run box of {page_program} (book/theme/run.js, `const defaults`) shows other \
             defaults than the program's --help:\n{}\nChange run.js to what --help says.",
            differ.join("\n")
        );
    }
    Ok(())
}
