//! Nothing to link: this package is its benchmarks, `benches/*.rs` (`cargo bench -p bench`).
