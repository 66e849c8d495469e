//! The two loops that take most of the time, written so that the compiler keeps a whole row
//! of hidden neurons in SIMD registers.
//!
//! A kernel works on a *strip* of `S` hidden neurons, `S` a multiple of [`LANES`] known when
//! compiling, so the loops `for k in 0..S` become `S / 4` vector instructions with no loop
//! left. [`strip!`] picks the compiled version for a strip's width at run time.

use crate::sparse::SparseImages;

/// f64 numbers in one AVX2 register.
pub const LANES: usize = 4;

/// The widest strip: 14 registers of sums, leaving two of the sixteen for the rest.
pub const MAX_STRIP: usize = 56;

/// Runs a kernel call compiled for AVX2 and FMA when the processor has them (most x86-64
/// machines of the last decade), else as it is. (On an x86-64 processor without FMA,
/// `mul_add` is computed in software, and the fast path is slower than `--layers`.)
macro_rules! simd {
    ($call:expr) => {{
        #[cfg(target_arch = "x86_64")]
        {
            #[target_feature(enable = "avx2,fma")]
            fn with_avx2_fma<R>(f: impl FnOnce() -> R) -> R {
                f()
            }
            if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
                // The kernels and this closure are `#[inline(always)]`, so their code is
                // compiled inside `with_avx2_fma`, with its instructions.
                // SAFETY: the processor was just checked to support both features.
                unsafe {
                    with_avx2_fma(
                        #[inline(always)]
                        || $call,
                    )
                }
            } else {
                $call
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        $call
    }};
}

/// `strip!(width, kernel(args…))` calls `kernel::<width>(args…)` (through [`simd!`]) for
/// any width 4, 8, …, [`MAX_STRIP`].
macro_rules! strip {
    ($width:expr, $kernel:ident $args:tt) => {
        strip!(@arms $width, $kernel $args, 4 8 12 16 20 24 28 32 36 40 44 48 52 56)
    };
    (@arms $width:expr, $kernel:ident $args:tt, $($s:literal)*) => {
        match $width {
            $($s => $crate::kernels::simd!($kernel::<$s> $args),)*
            other => unreachable!("a strip of {other} neurons"),
        }
    };
}

pub(crate) use {simd, strip};

// `strip!` lists the widths 4, 8, …, 56 itself.
const _: () = assert!(LANES == 4 && MAX_STRIP == 56, "update the widths in strip!");

/// The rows of a strip's matrix (`values.len()` a multiple of `S`) as arrays of `S`.
fn as_rows<const S: usize>(values: &[f64]) -> &[[f64; S]] {
    let (rows, rest) = values.as_chunks::<S>();
    debug_assert!(rest.is_empty());
    rows
}

fn as_rows_mut<const S: usize>(values: &mut [f64]) -> &mut [[f64; S]] {
    let (rows, rest) = values.as_chunks_mut::<S>();
    debug_assert!(rest.is_empty());
    rows
}

/// Affine1 and ReLU for one strip: `out[n]` = ReLU(b1 + Σ value · W1[pixel]) over the
/// non-zero pixels of image `rows[n]`. The sums of a whole row stay in registers
/// while the pixels go by.
#[inline(always)]
pub fn hidden_kernel<const S: usize>(
    images: &SparseImages,
    rows: &[usize],
    w1: &[f64],
    b1: &[f64],
    out: &mut [f64],
) {
    let (w1, out) = (as_rows::<S>(w1), as_rows_mut::<S>(out));
    let b1 = as_rows::<S>(b1)[0];
    let levels = images.levels();
    for (n, (out, &i)) in out.iter_mut().zip(rows).enumerate() {
        // Images are scattered through memory: ask for the one three ahead now, so that it
        // has arrived when its turn comes.
        if let Some(&next) = rows.get(n + 3) {
            images.prefetch(next);
        }
        let mut sum = b1;
        for pixel in images.image(i) {
            let value = levels[usize::from(pixel.level)];
            let w = &w1[usize::from(pixel.index)];
            for k in 0..S {
                sum[k] = value.mul_add(w[k], sum[k]);
            }
        }
        for k in 0..S {
            out[k] = sum[k].max(0.0);
        }
    }
}

/// The gradient step for one strip of W1, without building dW1:
/// W1[pixel] −= lr · value · dh[n] for every non-zero pixel of every image of the batch.
#[inline(always)]
pub fn update_w1_kernel<const S: usize>(
    images: &SparseImages,
    batch: &[usize],
    dh: &[f64],
    learning_rate: f64,
    w1: &mut [f64],
) {
    let (dh, w1) = (as_rows::<S>(dh), as_rows_mut::<S>(w1));
    let levels = images.levels();
    for (&d, &i) in dh.iter().zip(batch) {
        for pixel in images.image(i) {
            let w = &mut w1[usize::from(pixel.index)];
            let step = -learning_rate * levels[usize::from(pixel.level)];
            for k in 0..S {
                w[k] = step.mul_add(d[k], w[k]);
            }
        }
    }
}
