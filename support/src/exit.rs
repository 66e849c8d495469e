//! How the chapters' programs end: on an error, one plain message and a non-zero exit code,
//! never a panic or a backtrace.

use std::process::ExitCode;

/// Turns a program's result into its exit code, printing the error and its causes
/// (`error: loading the weights: cannot open …`).
pub fn exit_code(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
