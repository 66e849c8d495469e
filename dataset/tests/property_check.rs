//! What the property tests share: a runner that tries 64 inputs in a plain `cargo test` and
//! `PROPTEST_CASES` when it is set (CI tries thousands), and a check that counts the inputs
//! tried and refused, for CI's log.

use std::cell::Cell;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// A runner with `PROPTEST_CASES` cases when it is set, else 64: enough to catch a regression,
/// few enough to keep `cargo test` quick.
fn runner() -> TestRunner {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 64;
    }
    config.failure_persistence = None;
    TestRunner::new(config)
}

/// Runs `property` on inputs drawn from `strategy`; each call returns whether the input was
/// refused. Prints how many inputs were tried and how many refused, then `held`: what the
/// property showed of every input.
pub fn check<S: Strategy>(
    what: &str,
    held: &str,
    strategy: S,
    property: impl Fn(S::Value) -> Result<bool, TestCaseError>,
) {
    let (tried, refused) = (Cell::new(0_u64), Cell::new(0_u64));
    runner()
        .run(&strategy, |input| {
            tried.set(tried.get() + 1);
            if property(input)? {
                refused.set(refused.get() + 1);
            }
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{what}: {failure}"));
    println!(
        "{what}: {} inputs tried, {} refused with an error; {held}",
        tried.get(),
        refused.get()
    );
}
