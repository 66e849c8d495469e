//! The built site served on 127.0.0.1 only, by Python's own `http.server`: the browser check
//! reads every page through it, as a reader's browser would.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::Context;

/// The server, stopped when dropped.
pub struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

/// Serves the files under `root` on a free port of 127.0.0.1. Returns the server and the
/// site's address, `http://127.0.0.1:PORT/`, once it answers.
pub fn serve(root: &Path) -> anyhow::Result<(Server, String)> {
    let mut python = Command::new("python3");
    python.args(["-u", "-m", "http.server", "--bind", "127.0.0.1"]);
    python.arg("--directory").arg(root).arg("0");
    python.stdout(Stdio::piped()).stderr(Stdio::null());
    let mut child = python.spawn().context("starting python3 -m http.server")?;
    let stdout = child.stdout.take().context("the server's output")?;
    let server = Server(child);
    // It says where once it listens: `Serving HTTP on 127.0.0.1 port N (http://…/) ...`.
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    let address = line.split(['(', ')']).nth(1);
    let address = address.with_context(|| format!("no address in {line:?}"))?;
    Ok((server, address.to_string()))
}
