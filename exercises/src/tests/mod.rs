//! One test per exercise, named as the exercise is: `cargo test -p exercises ch03_softmax`
//! runs one, `cargo test -p exercises` all of them. A failing test prints the check's message
//! and nothing else, in the reader's language (`DLFS_LANG`, else the computer's, as
//! [`support::Lang::from_env`] finds it). The `checker_` tests check the checker itself.

mod checker;

use libtest_mimic::{Arguments, Failed, Trial};

pub fn main() {
    let args = Arguments::from_args();
    let lang = support::Lang::from_env();
    let exercises = crate::EXERCISES.into_iter().map(|exercise| {
        Trial::test(exercise.name, move || {
            exercise
                .run()
                .map_err(|failure| Failed::from(failure.explain(lang)))
        })
    });
    let trials = exercises.chain(checker::trials()).collect();
    libtest_mimic::run(&args, trials).exit();
}
