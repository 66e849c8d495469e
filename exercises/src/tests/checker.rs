//! Tests of the checker: the names select one exercise each, and the messages say what the
//! exercises' pages promise.

use crate::EXERCISES;
use crate::check::{Failure, Text, Tolerance, same, same_number, text, yours};
use libtest_mimic::{Failed, Trial};
use ndarray::array;
use support::Lang;

pub fn trials() -> Vec<Trial> {
    vec![
        Trial::test("checker_names_select_one_exercise_each", names),
        Trial::test("checker_messages_give_the_books_value_and_yours", values),
        Trial::test("checker_messages_give_shapes", shapes),
        Trial::test("checker_todo_is_not_done_yet", todo),
        Trial::test("checker_first_message_as_the_pages_show_it", first_message),
    ]
}

/// Compares what a check said, in each language, with what it should have said.
fn says(said: Result<(), Failure>, expected: Text) -> Result<(), Failed> {
    let Err(failure) = said else {
        return Err(format!("expected {expected:?}, got Ok").into());
    };
    for lang in Lang::ALL {
        let (got, want) = (failure.explain(lang), expected.get(lang));
        if got != want {
            return Err(format!("{lang:?}: expected {want:?}, got {got:?}").into());
        }
    }
    Ok(())
}

/// `cargo test -p exercises NAME` runs every test whose name contains NAME: no name may
/// contain another. And NAME is the file's: `ch03_softmax` is `exercises/src/ch03/softmax.rs`.
fn names() -> Result<(), Failed> {
    for a in EXERCISES {
        let (chapter, stem) = a.name.split_at(4);
        let file = format!("exercises/src/{chapter}/{}.rs", &stem[1..]);
        if a.file != file {
            return Err(format!("{} is in {}, not {file}", a.name, a.file).into());
        }
        for b in EXERCISES {
            if a.name != b.name && b.name.contains(a.name) {
                return Err(format!("`{}` also selects {}", a.command(), b.name).into());
            }
        }
    }
    if EXERCISES.len() < 24 {
        return Err(format!("{} exercises", EXERCISES.len()).into());
    }
    Ok(())
}

fn values() -> Result<(), Failed> {
    says(
        same(
            &text!(
                "§3.5.2 softmax of [0.3, 2.9, 4.0]",
                "§3.5.2 [0.3, 2.9, 4.0] の softmax"
            ),
            &array![0.01821127, 0.24519181, 0.73659691],
            &array![0.3, 0.3, 0.4],
            Tolerance::abs(1e-8),
        ),
        text!(
            "§3.5.2 softmax of [0.3, 2.9, 4.0] should be [0.0182, 0.2452, 0.7366]; yours gave [0.3, 0.3, 0.4]",
            "§3.5.2 [0.3, 2.9, 4.0] の softmax は [0.0182, 0.2452, 0.7366] になるはずですが、あなたのコードでは [0.3, 0.3, 0.4] でした",
        ),
    )?;
    // As many digits as it takes to tell them apart: forgetting the book's delta.
    says(
        same_number(
            &Text::both("E"),
            0.510825457099338,
            0.5108256237659907,
            Tolerance::abs(1e-12),
        ),
        text!(
            "E should be 0.510825; yours gave 0.510826",
            "E は 0.510825 になるはずですが、あなたのコードでは 0.510826 でした",
        ),
    )?;
    says(
        same(
            &Text::both("y"),
            &array![2.06106005e-09, 1.0],
            &array![f64::NAN, 1.0],
            Tolerance::abs(1e-8),
        ),
        text!(
            "y should be [2.061e-9, 1.0]; yours gave [NaN, 1.0]\n  (NaN, \"not a number\", and inf come from arithmetic with no finite answer: exp of a large number such as exp(1000), log(0), 0 × ∞, 0/0 or ∞/∞.)",
            "y は [2.061e-9, 1.0] になるはずですが、あなたのコードでは [NaN, 1.0] でした\n  (NaN (「数ではない」の意味) や inf は、有限の答えがない計算から生まれます: exp(1000) のような大きな数の exp、log(0)、0 × ∞、0/0、∞/∞ などです。)",
        ),
    )
}

fn shapes() -> Result<(), Failed> {
    says(
        same(
            &Text::both("dW"),
            &array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],
            &array![[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]],
            Tolerance::abs(0.0),
        ),
        text!(
            "dW: expected shape [2, 3], yours has [3, 2]",
            "dW: 形状は [2, 3] のはずですが、あなたのコードでは [3, 2] です",
        ),
    )?;
    let product = yours(&text!("§3.3 a product", "§3.3 行列の積"), || {
        array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]].dot(&array![[1.0, 2.0], [3.0, 4.0]])
    });
    let rust = "ndarray: inputs 2 × 3 and 2 × 2 are not compatible for matrix multiplication";
    let expected = text!(
        "§3.3 a product: your code stopped with this message:\n  {rust}\n  The shapes of two arrays do not fit. Print them, as in println!(\"{{:?}}\", x.shape()), to see which.",
        "§3.3 行列の積: あなたのコードは止まりました。メッセージ:\n  {rust}\n  二つの配列の形状が合っていません。println!(\"{{:?}}\", x.shape()) のように形状を表示して、どれかを確かめましょう。",
    );
    says(product.map(drop), expected)
}

/// A `todo!()` says where it is, and what it says in the reader's language.
fn todo() -> Result<(), Failed> {
    let line = line!() + 1;
    let stub = || -> f64 { todo!("write it here / ここに書く") };
    let file = "exercises/src/tests/checker.rs";
    says(
        yours(&Text::both("x"), stub).map(drop),
        text!(
            "not done yet: open {file} and replace the todo!() on line {line} with your code.\n  (the todo!() says: write it here)",
            "まだできていません: {file} を開いて、{line} 行目の todo!() をあなたのコードに置き換えてください。\n  (todo!() に書いてあること: ここに書く)",
        ),
    )
}

/// What the first exercise says before it is done, as Start here shows it (from
/// `book/figures/start/failed-test.txt`, which `cargo xtask book` writes) and as this crate's
/// README quotes it: the same words, and the line its `todo!()` is on now.
fn first_message() -> Result<(), Failed> {
    let top = support::paths::repository();
    let file = EXERCISES[0].file;
    let stub = std::fs::read_to_string(top.join(file)).map_err(|e| format!("{file}: {e}"))?;
    let line = 1 + stub
        .lines()
        .position(|l| l.trim_start().starts_with("todo!("))
        .ok_or(format!("{file} has no todo!()"))?;
    let not_done = Failure::NotDone {
        file: file.to_string(),
        line: line as u32,
        message: String::new(),
    };
    let said = not_done.explain(Lang::En);
    for page in ["book/figures/start/failed-test.txt", "exercises/README.md"] {
        let text = std::fs::read_to_string(top.join(page)).map_err(|e| format!("{page}: {e}"))?;
        if !text.contains(&said) {
            return Err(format!("{page} does not show {said:?}").into());
        }
    }
    Ok(())
}
