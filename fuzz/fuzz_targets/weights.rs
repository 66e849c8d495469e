//! The weights readers (the book's pickle and our .npz) on any bytes: they may refuse them,
//! never panic, and a network they accept has the shapes of a weights.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir();
    let id = std::process::id();
    for (extension, load) in [
        (
            "pkl",
            dataset::weights::load_pickle as fn(&std::path::Path) -> _,
        ),
        ("npz", dataset::weights::load_npz),
    ] {
        let path = dir.join(format!("dlfs-fuzz-weights-{id}.{extension}"));
        std::fs::write(&path, data).unwrap();
        if let Ok(weights) = load(&path) {
            assert_eq!(weights.w1.ncols(), weights.b1.len());
            assert_eq!(weights.w1.ncols(), weights.w2.nrows());
            assert_eq!(weights.w2.ncols(), weights.b2.len());
            assert_eq!(weights.w2.ncols(), weights.w3.nrows());
            assert_eq!(weights.w3.ncols(), weights.b3.len());
        }
    }
});
