//! `Images::image(i)`: image `i` is the `i`-th run of rows × cols pixels, seen as rows × cols.

use dataset::Images;
use ndarray::array;

#[test]
fn each_image_is_its_own_block_of_pixels_in_rows() {
    // Three images of 2 × 3: the pixels 0, 1, …, 17 in order.
    let images = Images {
        count: 3,
        rows: 2,
        cols: 3,
        pixels: (0..18).collect(),
    };
    assert_eq!(images.image(0), array![[0, 1, 2], [3, 4, 5]]);
    assert_eq!(images.image(1), array![[6, 7, 8], [9, 10, 11]]);
    assert_eq!(images.image(2), array![[12, 13, 14], [15, 16, 17]]);
}
