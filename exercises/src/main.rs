//! `cargo run -p exercises`: every exercise checked, which are done, and which is next, in
//! English or in Japanese.

use std::process::ExitCode;

use clap::Parser;
use exercises::check::Failure;
use exercises::{EXERCISES, Exercise};
use support::Lang;

/// Checks the exercises of chapters 2 to 5 (exercises/src/chNN/*.rs) and says which are done
/// and which one is next, with the command that checks it.
#[derive(Parser)]
#[command(
    version,
    after_help = "Check one exercise with `cargo test -p exercises NAME`, for example `cargo test -p exercises ch03_softmax`.\n\
                  The checks speak Japanese when DLFS_LANG is ja, or when the computer's language is Japanese (LANG=ja_JP.UTF-8)."
)]
struct Args {
    /// The language of the messages: en (English) or ja (日本語) [default: the computer's
    /// language, else English]
    #[arg(long, value_enum, env = "DLFS_LANG")]
    lang: Option<Lang>,

    /// For the project's CI, on the untouched exercises: succeed only if every check stops at
    /// its exercise's todo!(), that is, no check passes without the reader's code.
    #[arg(long)]
    expect_all_unsolved: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let lang = args.lang.unwrap_or_else(Lang::from_env);
    if args.expect_all_unsolved {
        expect_all_unsolved(lang)
    } else {
        list(lang);
        ExitCode::SUCCESS
    }
}

fn list(lang: Lang) {
    let count = EXERCISES.len();
    println!(
        "{}",
        lang.pick(
            format!("Checking the {count} exercises…\n(✓ done, ✗ started but not passing yet, · not started)\n"),
            format!("{count} 問の練習問題をチェックしています…\n(✓ できた、✗ 書き始めたがまだ通らない、· まだ手をつけていない)\n"),
        )
    );
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
                lang.pick("  ← next", "  ← 次はこれ")
            }
            _ => "",
        };
        done += usize::from(outcome.is_ok());
        println!(
            "  {mark} {:<28} {:<8} {}{arrow}",
            exercise.name,
            exercise.section,
            exercise.title(lang)
        );
    }
    match next {
        None => println!(
            "\n{}",
            lang.pick(
                format!("All {count} done! The book's code is now yours as well."),
                format!("{count} 問すべてできました! 本のコードは、もうあなたのものでもあります。"),
            )
        ),
        Some((exercise, failure)) => {
            let (name, title, section) = (exercise.name, exercise.title(lang), exercise.section);
            println!(
                "\n{}",
                lang.pick(
                    format!("{done} of {count} done. Next: {name}, {title} ({section})."),
                    format!("{count} 問中 {done} 問できました。次は {name}: {title} ({section})。"),
                )
            );
            println!("  {}", failure.explain(lang).replace('\n', "\n  "));
            println!(
                "{} {}",
                lang.pick("Check it with:", "チェックするには:"),
                exercise.command()
            );
        }
    }
}

/// The project's own check: messages in `lang`, so that CI can run it in either language.
fn expect_all_unsolved(lang: Lang) -> ExitCode {
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
                    failure.explain(lang)
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
