//! A share of the hidden layer: some neighbouring neurons with everything that belongs to
//! them alone, so that one core can train them while another trains the rest.

use std::ops::Range;

use ch04::Params;
use ndarray::{Array1, Array2, ArrayView2, Axis, s};

use crate::aligned::AlignedRows;
use crate::kernels::{LANES, MAX_STRIP, hidden_kernel, strip, update_w1_kernel};
use crate::sparse::SparseImages;

/// Neighbouring hidden neurons: their columns of W1, their biases in b1, their rows of W2.
/// A strip is a whole number of SIMD registers wide; the last strip of the layer is padded
/// with neurons whose weights are all 0 and stay 0 (their output is ReLU(0) = 0, so every
/// gradient reaching their weights is 0 too).
#[derive(Debug, Clone)]
struct Strip {
    /// The strip's neurons in the whole hidden layer, without the padding.
    neurons: Range<usize>,
    /// pixels × width
    w1: AlignedRows,
    b1: Array1<f64>,
    /// width × classes
    w2: Array2<f64>,
}

impl Strip {
    fn new(params: &Params, first: usize, width: usize) -> Strip {
        let hidden = params.b1.len();
        let neurons = first..(first + width).min(hidden);
        let real = neurons.len();
        let mut strip = Strip {
            neurons: neurons.clone(),
            w1: AlignedRows::zeros(params.w1.nrows(), width),
            b1: Array1::zeros(width),
            w2: Array2::zeros((width, params.w2.ncols())),
        };
        let w1 = params.w1.slice(s![.., neurons.clone()]);
        strip.w1.view_mut().slice_mut(s![.., ..real]).assign(&w1);
        let b1 = params.b1.slice(s![neurons.clone()]);
        strip.b1.slice_mut(s![..real]).assign(&b1);
        let w2 = params.w2.slice(s![neurons, ..]);
        strip.w2.slice_mut(s![..real, ..]).assign(&w2);
        strip
    }

    fn width(&self) -> usize {
        self.b1.len()
    }

    /// ReLU(x·W1 + b1) for the images `rows`, one row each.
    fn hidden(&self, images: &SparseImages, rows: &[usize]) -> Array2<f64> {
        let mut h = Array2::zeros((rows.len(), self.width()));
        let out = h.as_slice_mut().expect("a fresh array is contiguous");
        let w1 = self.w1.as_slice();
        let b1 = self.b1.as_slice().expect("b1 is contiguous");
        strip!(self.width(), hidden_kernel(images, rows, w1, b1, out));
        h
    }

    /// Backward through this strip's share of Affine2, through ReLU and Affine1, and the
    /// gradient step for the strip's parameters. `h` is the strip's output for `batch`,
    /// `dy` the derivative of the loss with respect to the scores.
    fn backward(
        &mut self,
        images: &SparseImages,
        batch: &[usize],
        h: &Array2<f64>,
        dy: ArrayView2<f64>,
        learning_rate: f64,
    ) {
        let mut dh = dy.dot(&self.w2.t());
        dh.zip_mut_with(h, |d, &h| {
            if h <= 0.0 {
                *d = 0.0;
            }
        });
        self.w2.scaled_add(-learning_rate, &h.t().dot(&dy));
        self.b1.scaled_add(-learning_rate, &dh.sum_axis(Axis(0)));
        let width = self.width();
        let dh = dh.as_slice().expect("dh is contiguous");
        let w1 = self.w1.as_slice_mut();
        strip!(
            width,
            update_w1_kernel(images, batch, dh, learning_rate, w1)
        );
    }
}

/// A share of the hidden layer, cut into strips narrow enough for the kernels.
#[derive(Debug, Clone)]
pub struct Part {
    strips: Vec<Strip>,
}

impl Part {
    /// Cuts the hidden layer of `params` into `count` parts of nearly equal width, each a
    /// whole number of SIMD registers (at most as many parts as registers).
    pub fn split(params: &Params, count: usize) -> Vec<Part> {
        let blocks = params.b1.len().div_ceil(LANES);
        let count = count.clamp(1, blocks.max(1));
        (0..count)
            .map(|j| {
                let (start, end) = (blocks * j / count, blocks * (j + 1) / count);
                let pieces = (end - start).div_ceil(MAX_STRIP / LANES);
                let strips = (0..pieces)
                    .map(|k| {
                        let first = start + (end - start) * k / pieces;
                        let last = start + (end - start) * (k + 1) / pieces;
                        Strip::new(params, first * LANES, (last - first) * LANES)
                    })
                    .collect();
                Part { strips }
            })
            .collect()
    }

    /// This part's share of the scores of images `rows` (Σ over strips of
    /// ReLU(x·W1 + b1)·W2), and the hidden outputs on the way (for [`Part::backward`]).
    pub fn forward(&self, images: &SparseImages, rows: &[usize]) -> (Array2<f64>, Hidden) {
        let classes = self.strips[0].w2.ncols();
        let mut scores = Array2::zeros((rows.len(), classes));
        let hidden = self
            .strips
            .iter()
            .map(|strip| {
                let h = strip.hidden(images, rows);
                scores += &h.dot(&strip.w2);
                h
            })
            .collect();
        (scores, Hidden(hidden))
    }

    /// Backward through the part and the gradient step for its parameters, after
    /// [`Part::forward`] on the same `batch` gave `hidden`.
    pub fn backward(
        &mut self,
        images: &SparseImages,
        batch: &[usize],
        hidden: &Hidden,
        dy: ArrayView2<f64>,
        learning_rate: f64,
    ) {
        for (strip, h) in self.strips.iter_mut().zip(&hidden.0) {
            strip.backward(images, batch, h, dy, learning_rate);
        }
    }

    /// Copies this part's parameters into their places in `params` (W1, b1, W2).
    pub fn write_into(&self, params: &mut Params) {
        for strip in &self.strips {
            let (neurons, real) = (strip.neurons.clone(), strip.neurons.len());
            params
                .w1
                .slice_mut(s![.., neurons.clone()])
                .assign(&strip.w1.view().slice(s![.., ..real]));
            params
                .b1
                .slice_mut(s![neurons.clone()])
                .assign(&strip.b1.slice(s![..real]));
            params
                .w2
                .slice_mut(s![neurons, ..])
                .assign(&strip.w2.slice(s![..real, ..]));
        }
    }
}

/// Each strip's hidden output, from [`Part::forward`] for [`Part::backward`].
pub struct Hidden(Vec<Array2<f64>>);

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    /// Parameters whose every number says where it belongs.
    fn numbered(pixels: usize, hidden: usize) -> Params {
        Params {
            w1: Array2::from_shape_fn((pixels, hidden), |(i, j)| (i * 1000 + j) as f64 + 0.5),
            b1: Array1::from_shape_fn(hidden, |j| j as f64 + 0.25),
            w2: Array2::from_shape_fn((hidden, 3), |(j, c)| (j * 10 + c) as f64 + 0.125),
            b2: Array1::zeros(3),
        }
    }

    #[test]
    fn the_parts_put_back_together_are_the_parameters() {
        for hidden in [1, 3, 4, 5, 56, 57, 113, 200] {
            for count in [1, 2] {
                let params = numbered(6, hidden);
                let mut back = Params {
                    w1: Array2::zeros((6, hidden)),
                    b1: Array1::zeros(hidden),
                    w2: Array2::zeros((hidden, 3)),
                    b2: params.b2.clone(),
                };
                for part in Part::split(&params, count) {
                    for strip in &part.strips {
                        let width = strip.width();
                        assert!(width % LANES == 0 && width <= MAX_STRIP, "width {width}");
                        assert!(!strip.neurons.is_empty());
                    }
                    part.write_into(&mut back);
                }
                assert_eq!(back, params, "hidden {hidden}, {count} parts");
            }
        }
    }

    #[test]
    fn padding_neurons_stay_zero_while_the_others_learn() {
        let params = numbered(4, 5);
        let x = array![
            [0.5, 0.0, 1.0, 0.25],
            [0.0, 0.75, 0.0, 1.0],
            [1.0, 1.0, 0.5, 0.0]
        ];
        let images = SparseImages::from_dense(&x).unwrap();
        let batch = [0, 1, 2, 1];
        let mut part = Part::split(&params, 1).remove(0);
        for _ in 0..3 {
            let (_, hidden) = part.forward(&images, &batch);
            let dy = Array2::from_shape_fn((4, 3), |(n, c)| (n as f64 - c as f64) * 0.01);
            part.backward(&images, &batch, &hidden, dy.view(), 0.1);
        }
        let strip = &part.strips[0];
        assert_eq!(strip.width(), 8);
        assert!(strip.w1.view().slice(s![.., 5..]).iter().all(|&v| v == 0.0));
        assert!(strip.b1.slice(s![5..]).iter().all(|&v| v == 0.0));
        assert!(strip.w2.slice(s![5.., ..]).iter().all(|&v| v == 0.0));
        assert_ne!(strip.w1.view().slice(s![.., ..5]), params.w1);
        assert_ne!(strip.w2.slice(s![..5, ..]), params.w2);
    }
}
