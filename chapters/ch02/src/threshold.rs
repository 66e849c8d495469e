// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! §2.3.1: the first, simplest gate, with a threshold θ (theta) instead of a bias.
//! §2.3.3 rewrites it with a bias; that version is [`crate::gates::and`].

// ANCHOR: and
/// AND with weights 0.5, 0.5 and threshold 0.7: fires (1) only when both inputs are 1.
pub fn and(x1: u8, x2: u8) -> u8 {
    let (w1, w2, theta) = (0.5, 0.5, 0.7);
    let tmp = f64::from(x1) * w1 + f64::from(x2) * w2;
    if tmp <= theta { 0 } else { 1 }
}
// ANCHOR_END: and
