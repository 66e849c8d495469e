//! The §5.7 training run, arranged for speed, beside the clear version in
//! [`crate::two_layer_net`]. The same network (Affine → ReLU → Affine → SoftmaxWithLoss)
//! and the same arithmetic, with four changes:
//!
//! - An MNIST image is about 80% blank paper. The first layer's product x·W1 only needs the
//!   rows of W1 for pixels that are not 0, so images are stored as their non-zero pixels.
//! - The first layer's dx (the derivative for the input image) is never needed, so it is not
//!   computed; and W1 is updated straight from each image's contribution, without building
//!   the full dW1 first.
//! - The hidden layer is padded with always-zero neurons to a multiple of 16, so the inner
//!   loops run over whole blocks of 16 numbers, which the compiler turns into SIMD
//!   instructions (four f64 at a time with AVX2).
//! - Accuracy is computed on all cores at once, each core taking a share of the images.
//!
//! The tests (`tests/fast_path.rs`) check that steps here and steps of the clear version
//! give the same parameters, and the same accuracy.

use ch03::{argmax, softmax_batch};
use ch04::{Learner, Params, cross_entropy_error_batch};
use dataset::Mnist;
use ndarray::{Array1, Array2, Axis, s};

/// Images stored by their non-zero pixels, row after row (the "CSR" layout).
#[derive(Debug, Clone)]
pub struct SparseImages {
    starts: Vec<usize>,
    pixels: Vec<u32>,
    values: Vec<f64>,
}

impl SparseImages {
    pub fn from_dense(x: &Array2<f64>) -> SparseImages {
        let mut images = SparseImages {
            starts: vec![0],
            pixels: Vec::new(),
            values: Vec::new(),
        };
        for row in x.rows() {
            for (pixel, &value) in row.iter().enumerate() {
                if value != 0.0 {
                    images.pixels.push(pixel as u32);
                    images.values.push(value);
                }
            }
            images.starts.push(images.pixels.len());
        }
        images
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The non-zero pixels of image `i`: their positions and values.
    fn image(&self, i: usize) -> (&[u32], &[f64]) {
        let range = self.starts[i]..self.starts[i + 1];
        (&self.pixels[range.clone()], &self.values[range])
    }
}

/// Runs `kernel(args…)` compiled for AVX2 and FMA when the processor has them (most x86-64
/// machines of the last decade), else as it is. The kernels are plain loops over blocks of
/// 16 numbers; the compiler does the vectorising.
macro_rules! simd {
    ($kernel:ident($($arg:expr),*)) => {{
        #[cfg(target_arch = "x86_64")]
        {
            #[target_feature(enable = "avx2,fma")]
            fn with_avx2_fma(f: impl FnOnce()) {
                f()
            }
            if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
                // SAFETY: the processor was just checked to support both features.
                unsafe { with_avx2_fma(#[inline(always)] || $kernel($($arg),*)) }
            } else {
                $kernel($($arg),*)
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        $kernel($($arg),*)
    }};
}

/// The hidden layer's width is padded to a multiple of this.
const BLOCK: usize = 16;
type Block = [f64; BLOCK];

fn block(slice: &[f64], start: usize) -> Block {
    slice[start..start + BLOCK]
        .try_into()
        .expect("widths are whole blocks")
}

/// `out` (one padded row per image) = ReLU(b1 + Σ value · W1[pixel]) over each image's
/// non-zero pixels. Two pixels at a time, into two sets of sums: each addition then waits
/// for the one two pixels back, not the one just before.
#[inline(always)]
fn hidden_kernel(images: &SparseImages, rows: &[usize], w1: &[f64], b1: &[f64], out: &mut [f64]) {
    let width = b1.len();
    for (out, &i) in out.chunks_exact_mut(width).zip(rows) {
        let (pixels, values) = images.image(i);
        for start in (0..width).step_by(BLOCK) {
            let mut even = block(b1, start);
            let mut odd: Block = [0.0; BLOCK];
            let mut pairs = pixels.chunks_exact(2).zip(values.chunks_exact(2));
            for (p, v) in &mut pairs {
                let w0 = block(w1, p[0] as usize * width + start);
                let w1_ = block(w1, p[1] as usize * width + start);
                for k in 0..BLOCK {
                    even[k] = v[0].mul_add(w0[k], even[k]);
                    odd[k] = v[1].mul_add(w1_[k], odd[k]);
                }
            }
            if pixels.len() % 2 == 1 {
                let (p, v) = (pixels[pixels.len() - 1], values[values.len() - 1]);
                let w = block(w1, p as usize * width + start);
                for k in 0..BLOCK {
                    even[k] = v.mul_add(w[k], even[k]);
                }
            }
            for k in 0..BLOCK {
                out[start + k] = (even[k] + odd[k]).max(0.0);
            }
        }
    }
}

/// W1[pixel] −= lr · value · dh[image] for every non-zero pixel of every image of the batch:
/// the gradient step for W1 without building dW1.
#[inline(always)]
fn update_w1_kernel(images: &SparseImages, batch: &[usize], dh: &[f64], lr: f64, w1: &mut [f64]) {
    let width = dh.len() / batch.len();
    for (d, &i) in dh.chunks_exact(width).zip(batch) {
        let (pixels, values) = images.image(i);
        for start in (0..width).step_by(BLOCK) {
            let d = block(d, start);
            for (&pixel, &v) in pixels.iter().zip(values) {
                let row = pixel as usize * width + start;
                let w: &mut Block = (&mut w1[row..row + BLOCK])
                    .try_into()
                    .expect("widths are whole blocks");
                let step = -lr * v;
                for k in 0..BLOCK {
                    w[k] = step.mul_add(d[k], w[k]);
                }
            }
        }
    }
}

/// The network's parameters, padded, and the data, ready for [`ch04::train`].
pub struct FastLearner<'a> {
    /// W1, b1, W2, b2 with the hidden layer padded by always-zero neurons.
    padded: Params,
    hidden: usize,
    data: &'a Mnist,
    x_train: SparseImages,
    x_test: SparseImages,
}

impl<'a> FastLearner<'a> {
    pub fn new(params: Params, data: &'a Mnist) -> FastLearner<'a> {
        let hidden = params.b1.len();
        let width = hidden.div_ceil(BLOCK) * BLOCK;
        let mut padded = Params {
            w1: Array2::zeros((params.w1.nrows(), width)),
            b1: Array1::zeros(width),
            w2: Array2::zeros((width, params.w2.ncols())),
            b2: params.b2,
        };
        padded.w1.slice_mut(s![.., ..hidden]).assign(&params.w1);
        padded.b1.slice_mut(s![..hidden]).assign(&params.b1);
        padded.w2.slice_mut(s![..hidden, ..]).assign(&params.w2);
        FastLearner {
            padded,
            hidden,
            data,
            x_train: SparseImages::from_dense(&data.x_train),
            x_test: SparseImages::from_dense(&data.x_test),
        }
    }

    /// The parameters without the padding.
    pub fn params(&self) -> Params {
        let (p, h) = (&self.padded, self.hidden);
        Params {
            w1: p.w1.slice(s![.., ..h]).to_owned(),
            b1: p.b1.slice(s![..h]).to_owned(),
            w2: p.w2.slice(s![..h, ..]).to_owned(),
            b2: p.b2.clone(),
        }
    }

    /// ReLU(x·W1 + b1) for the images `rows`, one (padded) row each.
    fn hidden(&self, images: &SparseImages, rows: &[usize]) -> Array2<f64> {
        let p = &self.padded;
        let w1 = p.w1.as_slice().expect("W1 is contiguous");
        let b1 = p.b1.as_slice().expect("b1 is contiguous");
        let mut h = Array2::zeros((rows.len(), b1.len()));
        let out = h.as_slice_mut().expect("a fresh array is contiguous");
        simd!(hidden_kernel(images, rows, w1, b1, out));
        h
    }

    /// How many of `images` the network classifies as `labels`, using every core.
    pub fn accuracy_cnt(&self, images: &SparseImages, labels: &Array1<usize>) -> usize {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let rows: Vec<usize> = (0..images.len()).collect();
        let share = rows.len().div_ceil(cores).max(1);
        std::thread::scope(|scope| {
            let counts: Vec<_> = rows
                .chunks(share)
                .map(|rows| scope.spawn(move || self.count_correct(images, labels, rows)))
                .collect();
            counts
                .into_iter()
                .map(|c| c.join().expect("a counting thread panicked"))
                .sum()
        })
    }

    fn count_correct(
        &self,
        images: &SparseImages,
        labels: &Array1<usize>,
        rows: &[usize],
    ) -> usize {
        let p = &self.padded;
        rows.chunks(500)
            .map(|block| {
                let scores = self.hidden(images, block).dot(&p.w2) + &p.b2;
                block
                    .iter()
                    .zip(scores.rows())
                    .filter(|&(&i, y)| argmax(y) == labels[i])
                    .count()
            })
            .sum()
    }
}

impl Learner for FastLearner<'_> {
    fn train_size(&self) -> usize {
        self.x_train.len()
    }

    fn step(&mut self, batch: &[usize], learning_rate: f64) -> f64 {
        let labels: Array1<usize> = batch.iter().map(|&i| self.data.t_train[i]).collect();

        // forward: Affine1 + ReLU on the sparse images, then Affine2 and SoftmaxWithLoss
        let h = self.hidden(&self.x_train, batch);
        let p = &mut self.padded;
        let y = softmax_batch(&(h.dot(&p.w2) + &p.b2));
        let loss = cross_entropy_error_batch(&y, &labels);

        // backward: SoftmaxWithLoss, Affine2, ReLU
        let mut dy = y;
        for (i, &label) in labels.iter().enumerate() {
            dy[[i, label]] -= 1.0;
        }
        dy /= batch.len() as f64;
        let mut dh = dy.dot(&p.w2.t());
        dh.zip_mut_with(&h, |d, &h| {
            if h <= 0.0 {
                *d = 0.0;
            }
        });

        // update: Affine2's parameters, then Affine1's, image by image
        p.w2.scaled_add(-learning_rate, &h.t().dot(&dy));
        p.b2.scaled_add(-learning_rate, &dy.sum_axis(Axis(0)));
        p.b1.scaled_add(-learning_rate, &dh.sum_axis(Axis(0)));
        let w1 = p.w1.as_slice_mut().expect("W1 is contiguous");
        let dh = dh.as_slice().expect("dh is contiguous");
        simd!(update_w1_kernel(
            &self.x_train,
            batch,
            dh,
            learning_rate,
            w1
        ));
        loss
    }

    fn evaluate(&mut self) -> (f64, f64) {
        let (train, test) = (&self.x_train, &self.x_test);
        let train_acc = self.accuracy_cnt(train, &self.data.t_train) as f64 / train.len() as f64;
        let test_acc = self.accuracy_cnt(test, &self.data.t_test) as f64 / test.len() as f64;
        (train_acc, test_acc)
    }
}
