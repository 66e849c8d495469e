//! MNIST images stored by their non-zero pixels.

use ndarray::Array2;

/// One non-zero pixel: where it is in the image, and which of the [`SparseImages`]'s
/// levels of grey it has. Four bytes instead of the eight of an f64.
#[derive(Debug, Clone, Copy)]
pub struct Pixel {
    pub index: u16,
    pub level: u8,
}

/// Images stored by their non-zero pixels, image after image (the "CSR" layout). About 80%
/// of an MNIST image is blank background (0), and its other pixels have at most 255 levels
/// of grey, so this takes a tenth of the memory of the f64 images: a mini-batch of images
/// scattered through memory arrives from it much sooner.
#[derive(Debug)]
pub struct SparseImages {
    starts: Vec<usize>,
    pixels: Vec<Pixel>,
    /// The value of each level: `levels[pixel.level as usize]`, exactly as in the images.
    levels: Box<[f64; 256]>,
}

impl SparseImages {
    /// The non-zero pixels of each row of `x`: an error if a row has more than 65,536
    /// pixels or the rows more than 255 different non-zero values (MNIST: 784 and 255).
    pub fn from_dense(x: &Array2<f64>) -> anyhow::Result<SparseImages> {
        anyhow::ensure!(
            x.ncols() <= 1 << 16,
            "the fast path takes images of at most 65,536 pixels, not {}",
            x.ncols()
        );
        let mut levels = Levels::default();
        let mut images = SparseImages {
            starts: vec![0],
            pixels: Vec::new(),
            levels: Box::new([0.0; 256]),
        };
        for row in x.rows() {
            let owned;
            let row = match row.to_slice() {
                Some(row) => row,
                None => {
                    owned = row.to_vec();
                    &owned
                }
            };
            // Blank paper comes in long runs: skip it eight pixels at a time.
            for (chunk, values) in row.chunks(8).enumerate() {
                if values.iter().all(|&value| value == 0.0) {
                    continue;
                }
                for (offset, &value) in values.iter().enumerate() {
                    if value != 0.0 {
                        let level = levels.level_of(value).ok_or_else(|| {
                            anyhow::anyhow!(
                                "the fast path takes images with at most 255 different \
                                 non-zero pixel values"
                            )
                        })?;
                        let index = (chunk * 8 + offset) as u16;
                        images.pixels.push(Pixel { index, level });
                    }
                }
            }
            images.starts.push(images.pixels.len());
        }
        images.levels[1..=levels.values.len()].copy_from_slice(&levels.values);
        Ok(images)
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The value of each level of grey.
    pub fn levels(&self) -> &[f64; 256] {
        &self.levels
    }

    /// The non-zero pixels of image `i`.
    pub fn image(&self, i: usize) -> &[Pixel] {
        &self.pixels[self.starts[i]..self.starts[i + 1]]
    }

    /// Asks the processor to start loading image `i` into its cache, so that it is there
    /// when a kernel comes to it.
    #[inline(always)]
    pub fn prefetch(&self, i: usize) {
        prefetch(self.image(i));
    }
}

/// The levels of grey met so far, numbered from 1 in the order met. Finding a value's
/// level is the inner loop of [`SparseImages::from_dense`] (ten million pixels for MNIST),
/// so it is a small hash table on the value's bits rather than a search.
struct Levels {
    values: Vec<f64>,
    /// 0 for an empty slot, else the level whose value hashes here (or was pushed on to here).
    slots: [u8; 1024],
}

impl Default for Levels {
    fn default() -> Self {
        Levels {
            values: Vec::new(),
            slots: [0; 1024],
        }
    }
}

impl Levels {
    /// The level of `value`, a new one if it is new; `None` when that would be the 256th.
    fn level_of(&mut self, value: f64) -> Option<u8> {
        let bits = value.to_bits();
        // Fibonacci hashing: the top 10 bits of the product are well mixed.
        let mut slot = (bits.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize;
        loop {
            match self.slots[slot] {
                0 if self.values.len() == 255 => return None,
                0 => {
                    self.values.push(value);
                    let level = self.values.len() as u8;
                    self.slots[slot] = level;
                    return Some(level);
                }
                level if self.values[usize::from(level) - 1].to_bits() == bits => {
                    return Some(level);
                }
                _ => slot = (slot + 1) % self.slots.len(),
            }
        }
    }
}

/// Prefetches the cache lines that hold `data`.
#[inline(always)]
fn prefetch<T>(data: &[T]) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        let bytes = std::mem::size_of_val(data);
        let start = data.as_ptr().cast::<i8>();
        // Every 64 bytes from the start, and the last byte: the start need not begin a line.
        for offset in (0..bytes).step_by(64).chain(bytes.checked_sub(1)) {
            // SAFETY: `offset < bytes`, so `start.add(offset)` stays inside `data`; and a
            // prefetch is only a hint to the processor, which never faults.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(start.add(offset)) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{ShapeBuilder, array};

    /// Image `i` as (position, value) pairs.
    fn decode(images: &SparseImages, i: usize) -> Vec<(u16, f64)> {
        let levels = images.levels();
        images
            .image(i)
            .iter()
            .map(|p| (p.index, levels[usize::from(p.level)]))
            .collect()
    }

    #[test]
    fn keeps_the_non_zero_pixels_exactly() {
        let x = array![[0.0, 0.5, 0.0, 1.0 / 3.0], [2.0, 0.0, 0.0, 0.5]];
        let images = SparseImages::from_dense(&x).unwrap();
        assert_eq!(images.len(), 2);
        assert_eq!(decode(&images, 0), [(1, 0.5), (3, 1.0 / 3.0)]);
        assert_eq!(decode(&images, 1), [(0, 2.0), (3, 0.5)]);
    }

    #[test]
    fn a_column_major_array_gives_the_same_images() {
        let x = array![[0.0, 0.5, 0.0, 0.25], [2.0, 0.0, 0.0, 0.5]];
        let mut column_major = Array2::zeros(x.dim().f());
        column_major.assign(&x);
        assert!(column_major.row(0).as_slice().is_none());
        let (a, b) = (
            SparseImages::from_dense(&x).unwrap(),
            SparseImages::from_dense(&column_major).unwrap(),
        );
        for i in 0..2 {
            assert_eq!(decode(&a, i), decode(&b, i));
        }
    }

    #[test]
    fn too_many_levels_is_an_error() {
        let x = Array2::from_shape_fn((1, 300), |(_, j)| j as f64 + 1.0);
        let err = SparseImages::from_dense(&x).unwrap_err().to_string();
        assert!(err.contains("at most 255 different"), "{err}");
        let levels = |n: usize| Array2::from_shape_fn((1, 300), move |(_, j)| (j % n) as f64 + 1.0);
        assert!(SparseImages::from_dense(&levels(255)).is_ok());
        assert!(SparseImages::from_dense(&levels(256)).is_err());
    }

    #[test]
    fn minus_zero_is_blank_and_nan_is_kept() {
        let x = array![[-0.0, f64::NAN, 0.5]];
        let images = SparseImages::from_dense(&x).unwrap();
        let pixels = decode(&images, 0);
        assert_eq!(pixels.len(), 2);
        assert_eq!(pixels[0].0, 1);
        assert!(pixels[0].1.is_nan());
        assert_eq!(pixels[1], (2, 0.5));
    }

    #[test]
    fn images_wider_than_65536_pixels_are_an_error() {
        assert!(SparseImages::from_dense(&Array2::zeros((1, 1 << 16))).is_ok());
        let err = SparseImages::from_dense(&Array2::zeros((1, (1 << 16) + 1))).unwrap_err();
        assert!(err.to_string().contains("at most 65,536 pixels"), "{err}");
    }
}
