//! The weights readers (the book's pickle and our .npz) on any bytes: they may refuse them,
//! never panic, and a network they accept has the shapes of a network.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir();
    let id = std::process::id();
    for (extension, load) in [
        (
            "pkl",
            ch03::weights::load_pickle as fn(&std::path::Path) -> _,
        ),
        ("npz", ch03::weights::load_npz),
    ] {
        let path = dir.join(format!("dlfs-fuzz-weights-{id}.{extension}"));
        std::fs::write(&path, data).unwrap();
        if let Ok(network) = load(&path) {
            assert_eq!(network.w1.ncols(), network.b1.len());
            assert_eq!(network.w1.ncols(), network.w2.nrows());
            assert_eq!(network.w2.ncols(), network.b2.len());
            assert_eq!(network.w2.ncols(), network.w3.nrows());
            assert_eq!(network.w3.ncols(), network.b3.len());
        }
    }
});
