//! Running the workspace's commands from the book's tools (`cargo xtask`, the browser
//! check): each in the repository, failing with what it printed.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, ensure};
use support::paths::repository;

/// `program <args>`, to be run in the repository.
pub fn tool(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.current_dir(repository()).args(args);
    command
}

/// `cargo <args>`, to be run in the repository.
pub fn cargo(args: &[&str]) -> Command {
    tool(env!("CARGO"), args)
}

/// Runs one of the workspace's programs in release mode and returns what it printed.
pub fn cargo_run(package: &str, bin: &str, args: &[&str]) -> anyhow::Result<String> {
    cargo_run_with(package, bin, &[], args)
}

/// [`cargo_run`], with some of the package's cargo features turned on.
pub fn cargo_run_with(
    package: &str,
    bin: &str,
    features: &[&str],
    args: &[&str],
) -> anyhow::Result<String> {
    eprintln!("running {bin} {}", args.join(" "));
    let run = ["run", "--quiet", "--release", "-p", package, "--bin", bin];
    let features = features.join(",");
    output(cargo(&run).args(["--features", &features, "--"]).args(args))
}

/// Runs `command`, its output shown as it goes; fails unless it succeeds.
pub fn run(command: &mut Command) -> anyhow::Result<()> {
    let what = format!("{command:?}");
    let status = command.status().context(what.clone())?;
    ensure!(status.success(), "{what} failed");
    Ok(())
}

/// Runs `command` and returns what it printed; fails with what it printed on standard error.
pub fn output(command: &mut Command) -> anyhow::Result<String> {
    let what = format!("{command:?}");
    let output = command.output().context(what.clone())?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    ensure!(output.status.success(), "{what} failed:\n{stderr}");
    Ok(String::from_utf8(output.stdout)?)
}

/// What a chapter's program did, run as `program <args> --out <out>`: whether it succeeded,
/// and what it printed on standard output and on standard error (the programs' tests).
pub fn run_into(
    program: &str,
    args: &[&str],
    out: &Path,
) -> anyhow::Result<(bool, String, String)> {
    let run = Command::new(program)
        .args(args)
        .arg("--out")
        .arg(out)
        .output();
    let run = run.with_context(|| format!("running {program}"))?;
    let (stdout, stderr) = (
        String::from_utf8(run.stdout)?,
        String::from_utf8(run.stderr)?,
    );
    Ok((run.status.success(), stdout, stderr))
}

/// Removes the directory `dir` and all it holds, if it is there.
pub fn remove_dir(dir: &Path) -> anyhow::Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

/// Writes `text` to `path` and says so.
pub fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}
