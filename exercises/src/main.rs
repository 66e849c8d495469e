//! `cargo run -p exercises`: every exercise checked, which are done, and which is next.

use std::process::ExitCode;

use clap::Parser;
use exercises::check::Failure;
use exercises::{EXERCISES, Exercise};

/// Checks the exercises of chapters 2 to 5 (exercises/src/chNN/*.rs) and says which are done
/// and which one is next, with the command that checks it.
#[derive(Parser)]
#[command(
    version,
    after_help = "Check one exercise with `cargo test -p exercises NAME`, for example `cargo test -p exercises ch03_softmax`."
)]
struct Args {
    /// For the project's CI, on the untouched exercises: succeed only if every check stops at
    /// its exercise's todo!(), that is, no check passes without the reader's code.
    #[arg(long)]
    expect_all_unsolved: bool,
}

fn main() -> ExitCode {
    if Args::parse().expect_all_unsolved {
        expect_all_unsolved()
    } else {
        list();
        ExitCode::SUCCESS
    }
}

fn list() {
    println!("Checking the {} exercises…", EXERCISES.len());
    println!("(✓ done, ✗ started but not passing yet, · not started)\n");
    let mut next: Option<(Exercise, Failure)> = None;
    let mut done = 0;
    for exercise in EXERCISES {
        let outcome = exercise.run();
        let mark = match &outcome {
            Ok(()) => "✓",
            Err(Failure::Wrong(_)) => "✗",
            Err(Failure::NotDone { .. }) => "·",
        };
        let arrow = match (&outcome, &next) {
            (Err(failure), None) => {
                next = Some((exercise, failure.clone()));
                "  ← next"
            }
            _ => "",
        };
        done += usize::from(outcome.is_ok());
        println!(
            "  {mark} {:<28} {:<8} {}{arrow}",
            exercise.name, exercise.section, exercise.title
        );
    }
    let count = EXERCISES.len();
    match next {
        None => println!("\nAll {count} done! The book's code is now yours as well."),
        Some((exercise, failure)) => {
            println!(
                "\n{done} of {count} done. Next: {}, {} ({}).",
                exercise.name, exercise.title, exercise.section
            );
            println!("  {}", failure.explain().replace('\n', "\n  "));
            println!("Check it with: {}", exercise.command());
        }
    }
}

fn expect_all_unsolved() -> ExitCode {
    let mut wrong = 0;
    for exercise in EXERCISES {
        match exercise.run() {
            Err(Failure::NotDone { file, .. }) if file == exercise.file => {}
            Ok(()) => {
                wrong += 1;
                eprintln!("error: {} passes with no code written", exercise.name);
            }
            Err(failure) => {
                wrong += 1;
                eprintln!(
                    "error: {} fails, but not at the todo!() in {}:\n  {}",
                    exercise.name,
                    exercise.file,
                    failure.explain()
                );
            }
        }
    }
    let count = EXERCISES.len();
    if wrong == 0 {
        println!("{count} of {count} exercises stop at their todo!(): no check passes on a stub.");
        ExitCode::SUCCESS
    } else {
        eprintln!("{wrong} of {count} exercises do not stop at their todo!()");
        ExitCode::FAILURE
    }
}
