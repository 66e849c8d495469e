//! The MNIST (IDX) reader on any bytes: it may refuse them, never panic, and what it accepts
//! must be consistent (as many pixels as the header says). The first byte chooses whether the rest is the file itself or is
//! gzip-compressed first, so that the fuzzer reaches the IDX header and not only the gzip
//! check.
#![no_main]

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let bytes = if choice % 2 == 0 {
        rest.to_vec()
    } else {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(rest).unwrap();
        encoder.finish().unwrap()
    };
    let path = std::env::temp_dir().join(format!("dlfs-fuzz-idx-{}.gz", std::process::id()));
    std::fs::write(&path, &bytes).unwrap();
    if let Ok(images) = dataset::read_images(&path) {
        assert_eq!(
            images.pixels.len(),
            images.count * images.rows * images.cols
        );
        for i in 0..images.count {
            assert_eq!(images.image(i).dim(), (images.rows, images.cols));
        }
    }
    // Any byte is a label to the IDX reader; that MNIST's are 0 to 9 is `load_mnist`'s check,
    // which the property tests (dataset/tests/properties.rs) try on whole damaged folders.
    let _ = dataset::read_labels(&path);
});
