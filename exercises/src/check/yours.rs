//! Running the learner's code: a `todo!()` or any other panic becomes a [`Failure`] with
//! words for the learner, and nothing is printed on the way.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use super::failure::Failure;
use super::text::{Text, text};

thread_local! {
    /// Set while the learner's code runs on this thread: its panics are reported by the
    /// check, not printed by Rust.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    /// Where the last quiet panic happened.
    static WHERE: RefCell<Option<(String, u32)>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Runs `code`, the learner's, and returns what it gives. If it panics: a `todo!()` is
/// [`Failure::NotDone`]; anything else is [`Failure::Wrong`], saying that `what` (the case,
/// with its section) stopped, with Rust's message and, for arrays whose shapes do not fit,
/// what to look at.
pub fn yours<T>(what: &Text, code: impl FnOnce() -> T) -> Result<T, Failure> {
    HOOK.call_once(|| {
        let rust_hook = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.get() {
                let location = info.location().map(|l| (l.file().to_string(), l.line()));
                WHERE.set(location);
            } else {
                rust_hook(info);
            }
        }));
    });
    let was_quiet = QUIET.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(code));
    QUIET.set(was_quiet);
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let (file, line) = WHERE.take().unwrap_or_default();
        stopped(what, &message, file, line)
    })
}

fn stopped(what: &Text, message: &str, file: String, line: u32) -> Failure {
    if let Some(said) = message.strip_prefix("not yet implemented") {
        return Failure::NotDone {
            file,
            line,
            message: said.trim_start_matches(": ").to_string(),
        };
    }
    let Text { en, ja } = what;
    let mut text = if file.starts_with("exercises/") {
        text!(
            "{en}: your code stopped at {file} line {line} with this message:\n  {message}",
            "{ja}: あなたのコードは {file} の {line} 行目で止まりました。メッセージ:\n  {message}",
        )
    } else {
        text!(
            "{en}: your code stopped with this message:\n  {message}",
            "{ja}: あなたのコードは止まりました。メッセージ:\n  {message}",
        )
    };
    let advice = if message.contains("out of bounds") {
        Some(text!(
            "An index goes past the end of an array. Print the array's shape, as in println!(\"{{:?}}\", x.shape()), to see where it ends.",
            "添字が配列の終わりを越えています。println!(\"{{:?}}\", x.shape()) のように配列の形状を表示して、どこで終わるかを確かめましょう。",
        ))
    } else if file.contains("ndarray") || message.contains("ShapeError") {
        Some(text!(
            "The shapes of two arrays do not fit. Print them, as in println!(\"{{:?}}\", x.shape()), to see which.",
            "二つの配列の形状が合っていません。println!(\"{{:?}}\", x.shape()) のように形状を表示して、どれかを確かめましょう。",
        ))
    } else {
        None
    };
    if let Some(advice) = advice {
        text.add_line(advice);
    }
    Failure::Wrong(text)
}
