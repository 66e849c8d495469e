//! The benchmarks are `benches/*.rs` (`cargo bench -p bench`); this library holds what two of
//! them share: timing a call without criterion's statistics, for `cargo xtask measure`.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// The seconds of one call of `f`: `f` is called at least `calls` times, and then as often as
/// fits in `within`, and the time is the average.
pub fn seconds_per_call<T>(calls: u32, within: Duration, mut f: impl FnMut() -> T) -> f64 {
    let start = Instant::now();
    let mut made = 0;
    while made < calls || start.elapsed() < within {
        black_box(f());
        made += 1;
    }
    start.elapsed().as_secs_f64() / f64::from(made)
}
