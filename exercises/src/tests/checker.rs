//! Tests of the checker: the names select one exercise each, and the messages say what the
//! exercises' pages promise.

use crate::EXERCISES;
use crate::check::{Failure, Tolerance, same, same_number, yours};
use libtest_mimic::{Failed, Trial};
use ndarray::array;

pub fn trials() -> Vec<Trial> {
    vec![
        Trial::test("checker_names_select_one_exercise_each", names),
        Trial::test("checker_messages_give_the_books_value_and_yours", values),
        Trial::test("checker_messages_give_shapes", shapes),
        Trial::test("checker_todo_is_not_done_yet", todo),
    ]
}

/// Compares what a check said with what it should have said.
fn says(said: Result<(), Failure>, expected: &str) -> Result<(), Failed> {
    match said {
        Err(failure) if failure.explain() == expected => Ok(()),
        other => Err(format!("expected {expected:?}, got {other:?}").into()),
    }
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
            "§3.5.2 softmax of [0.3, 2.9, 4.0]",
            &array![0.01821127, 0.24519181, 0.73659691],
            &array![0.3, 0.3, 0.4],
            Tolerance::abs(1e-8),
        ),
        "§3.5.2 softmax of [0.3, 2.9, 4.0] should be [0.0182, 0.2452, 0.7366]; yours gave [0.3, 0.3, 0.4]",
    )?;
    // As many digits as it takes to tell them apart: forgetting the book's delta.
    says(
        same_number(
            "E",
            0.510825457099338,
            0.5108256237659907,
            Tolerance::abs(1e-12),
        ),
        "E should be 0.510825; yours gave 0.510826",
    )?;
    says(
        same(
            "y",
            &array![2.06106005e-09, 1.0],
            &array![f64::NAN, 1.0],
            Tolerance::abs(1e-8),
        ),
        "y should be [2.061e-9, 1.0]; yours gave [NaN, 1.0]\n  (NaN, \"not a number\", and inf come from arithmetic with no finite answer: exp of a large number such as exp(1000), log(0), 0 × ∞, 0/0 or ∞/∞.)",
    )
}

fn shapes() -> Result<(), Failed> {
    says(
        same(
            "dW",
            &array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],
            &array![[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]],
            Tolerance::abs(0.0),
        ),
        "dW: expected shape [2, 3], yours has [3, 2]",
    )?;
    let product = yours("§3.3 a product", || {
        array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]].dot(&array![[1.0, 2.0], [3.0, 4.0]])
    });
    let expected = "§3.3 a product: your code stopped with this message:\n  ndarray: inputs 2 × 3 and 2 × 2 are not compatible for matrix multiplication\n  The shapes of two arrays do not fit. Print them, as in println!(\"{:?}\", x.shape()), to see which.";
    says(product.map(drop), expected)
}

fn todo() -> Result<(), Failed> {
    let line = line!() + 1;
    let stub = || -> f64 { todo!("write it here") };
    says(
        yours("x", stub).map(drop),
        &format!(
            "not done yet: open exercises/src/tests/checker.rs and replace the todo!() on line {line} with your code.\n  (the todo!() says: write it here)"
        ),
    )
}
