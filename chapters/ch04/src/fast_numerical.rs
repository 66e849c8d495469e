// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

//! Going further, after §4.5: the numerical gradient of [`TwoLayerNet::numerical_gradient`],
//! fast. The same central difference (L(θ + h) − L(θ − h)) / 2h of the same mini-batch loss
//! for every parameter; but where the book's code runs the whole batch through the whole
//! network twice for each parameter, this recomputes only what the nudged parameter changes.

use std::thread;

use ch03::sigmoid;
use ndarray::{Array1, Array2, ArrayView1, Zip};

use crate::loss::Targets;
use crate::two_layer_net::{Params, TwoLayerNet};

/// How far the fast numerical gradient may be from the book's, in any one entry. The two
/// compute the same central differences, but add up in a different order, and each order
/// rounds a little differently: they differ by about 1e-12.
pub const TOLERANCE: f64 = 1e-10;

/// The nudge h of the central difference, as in `numerical_gradient` (§4.3.1).
const H: f64 = 1e-4;

impl TwoLayerNet {
    /// The same numerical gradient as [`TwoLayerNet::numerical_gradient`], the central
    /// difference of the batch's loss for every parameter, computed by redoing only what
    /// each nudge changes.
    pub fn fast_numerical_gradient(&self, x: &Array2<f64>, t: &impl Targets) -> Params {
        Pass::new(&self.params, x, t).gradient()
    }
}

// ANCHOR: pass
/// The batch's pass through the network with every step kept: what each nudged parameter
/// starts from, where the book's code starts again from the images.
struct Pass<'a> {
    params: &'a Params,
    /// The input of each hidden unit, `x · W1 + b1`: one row per image.
    a1: Array2<f64>,
    /// The output of each hidden unit, `sigmoid(a1)`.
    z1: Array2<f64>,
    /// The scores, `z1 · W2 + b2`, before softmax.
    a2: Array2<f64>,
    /// The right class of each image.
    classes: Vec<usize>,
    /// The ink of each image: its pixels that are not 0, the only ones through which a
    /// weight of W1 reaches it, grouped by value as (value, pixels).
    ink: Vec<Vec<(f64, Vec<usize>)>>,
}
// ANCHOR_END: pass

impl<'a> Pass<'a> {
    fn new(params: &'a Params, x: &Array2<f64>, t: &impl Targets) -> Pass<'a> {
        let a1 = x.dot(&params.w1) + &params.b1;
        let z1 = a1.mapv(sigmoid);
        let a2 = z1.dot(&params.w2) + &params.b2;
        Pass {
            params,
            a1,
            z1,
            a2,
            classes: (0..x.nrows()).map(|n| t.class_of(n)).collect(),
            ink: x.rows().into_iter().map(ink).collect(),
        }
    }

    /// Every parameter's central difference, the hidden units shared out among the
    /// processor's cores.
    fn gradient(&self) -> Params {
        let units: Vec<usize> = (0..self.params.b1.len()).collect();
        let cores = thread::available_parallelism().map_or(1, usize::from);
        let share = units.len().div_ceil(cores).max(1);
        let per_unit: Vec<UnitGradient> = thread::scope(|scope| {
            let workers: Vec<_> = units
                .chunks(share)
                .map(|chunk| {
                    scope.spawn(|| {
                        let gradients = chunk.iter().map(|&j| self.unit_gradient(j));
                        gradients.collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| worker.join().expect("a worker thread panicked"))
                .collect()
        });

        let p = self.params;
        let mut grad = Params {
            w1: Array2::zeros(p.w1.raw_dim()),
            b1: Array1::zeros(p.b1.raw_dim()),
            w2: Array2::zeros(p.w2.raw_dim()),
            b2: self.b2_gradient(),
        };
        for (j, unit) in per_unit.into_iter().enumerate() {
            grad.w1.column_mut(j).assign(&unit.w1);
            grad.b1[j] = unit.b1;
            grad.w2.row_mut(j).assign(&unit.w2);
        }
        grad
    }

    // ANCHOR: unit_gradient
    /// The gradient for the parameters of hidden unit `j`: column `j` of W1, `b1[j]`, and
    /// row `j` of W2.
    fn unit_gradient(&self, j: usize) -> UnitGradient {
        let mut scores = Array1::zeros(self.a2.ncols());
        let mut w1 = Array1::zeros(self.params.w1.nrows());
        let mut b1 = 0.0;
        for n in 0..self.classes.len() {
            let a = self.a1[[n, j]];
            let mut loss = |input| self.loss_with_hidden_input(n, j, input, &mut scores);
            // b1[j] moves the unit's input by h, in every image.
            b1 += loss(a + H) - loss(a - H);
            // W1[i][j] moves it by h times pixel i: only in the images where pixel i is ink,
            // and by the same amount for every pixel of the same value.
            for (value, pixels) in &self.ink[n] {
                let difference = loss(a + H * value) - loss(a - H * value);
                for &i in pixels {
                    w1[i] += difference;
                }
            }
        }
        // W2[j][k] moves score k by h times the unit's output, in every image.
        let w2 = (0..self.a2.ncols()).map(|k| {
            let mut sum = 0.0;
            for n in 0..self.classes.len() {
                let (s, by) = (self.a2[[n, k]], H * self.z1[[n, j]]);
                sum += self.loss_with_score(n, k, s + by, &mut scores)
                    - self.loss_with_score(n, k, s - by, &mut scores);
            }
            self.central_difference(sum)
        });
        UnitGradient {
            w1: w1.mapv(|sum| self.central_difference(sum)),
            b1: self.central_difference(b1),
            w2: w2.collect(),
        }
    }
    // ANCHOR_END: unit_gradient

    /// The gradient for b2: `b2[k]` moves score k by h, in every image.
    fn b2_gradient(&self) -> Array1<f64> {
        let mut scores = Array1::zeros(self.a2.ncols());
        let b2 = (0..self.a2.ncols()).map(|k| {
            let mut sum = 0.0;
            for n in 0..self.classes.len() {
                let s = self.a2[[n, k]];
                sum += self.loss_with_score(n, k, s + H, &mut scores)
                    - self.loss_with_score(n, k, s - H, &mut scores);
            }
            self.central_difference(sum)
        });
        b2.collect()
    }

    // ANCHOR: nudged_losses
    /// The loss of image `n` when hidden unit `j`'s input is `a` instead of `a1[n][j]`: the
    /// unit's output changes by `sigmoid(a) − z1[n][j]`, each score by that change times
    /// the unit's weight to it in W2, and nothing else moves. `scores` is room to work in.
    fn loss_with_hidden_input(&self, n: usize, j: usize, a: f64, scores: &mut Array1<f64>) -> f64 {
        let change = sigmoid(a) - self.z1[[n, j]];
        Zip::from(&mut *scores)
            .and(self.a2.row(n))
            .and(self.params.w2.row(j))
            .for_each(|score, &a2, &w2| *score = a2 + change * w2);
        image_loss(scores, self.classes[n])
    }

    /// The loss of image `n` when its score `k` is `s` instead of `a2[n][k]`.
    fn loss_with_score(&self, n: usize, k: usize, s: f64, scores: &mut Array1<f64>) -> f64 {
        scores.assign(&self.a2.row(n));
        scores[k] = s;
        image_loss(scores, self.classes[n])
    }
    // ANCHOR_END: nudged_losses

    // ANCHOR: central_difference
    /// (L(θ + h) − L(θ − h)) / 2h, from the sum over the images of each image's loss with
    /// θ + h minus its loss with θ − h. The batch's loss L is the mean of the images'
    /// losses, so the difference of the two means is this sum divided by the batch size:
    /// all the images, not only those the nudge reached, which add 0 to the sum.
    fn central_difference(&self, sum_of_differences: f64) -> f64 {
        let batch_size = self.classes.len() as f64;
        sum_of_differences / batch_size / (2.0 * H)
    }
    // ANCHOR_END: central_difference
}

/// The pixels of an image that are not 0, grouped by value: (value, pixels).
fn ink(image: ArrayView1<f64>) -> Vec<(f64, Vec<usize>)> {
    let mut pixels: Vec<(f64, usize)> = image.iter().copied().zip(0..).collect();
    pixels.retain(|&(value, _)| value != 0.0);
    pixels.sort_by(|a, b| a.0.total_cmp(&b.0));
    let same_value = pixels.chunk_by(|a, b| a.0 == b.0);
    same_value
        .map(|same| (same[0].0, same.iter().map(|&(_, i)| i).collect()))
        .collect()
}

/// One image's term of the batch's loss (§4.2.4): −log(y + 1e-7), y being the probability
/// softmax gives the right class. `cross_entropy_error_batch` is the mean of these terms.
/// The scores are used up: each becomes its exp.
fn image_loss(scores: &mut Array1<f64>, class: usize) -> f64 {
    let delta = 1e-7;
    let c = scores.fold(f64::NEG_INFINITY, |max, &s| max.max(s));
    scores.mapv_inplace(|s| (s - c).exp());
    let y = scores[class] / scores.sum();
    -(y + delta).ln()
}

/// The gradient for one hidden unit's parameters.
struct UnitGradient {
    w1: Array1<f64>,
    b1: f64,
    w2: Array1<f64>,
}

#[cfg(test)]
mod tests {
    //! The comparison with the book's numerical gradient would catch a fast gradient that
    //! skips a parameter or a pixel: each mistake leaves a difference far above TOLERANCE.

    use super::*;
    use ndarray::array;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    /// A small network, and a batch whose images have ink of a few values, blank paper too.
    fn example() -> (TwoLayerNet, Array2<f64>, Array2<f64>) {
        let mut rng = StdRng::seed_from_u64(7);
        let net = TwoLayerNet::new(6, 4, 3, 1.0, &mut rng);
        let x = array![
            [0.0, 1.0, 0.5, 0.0, 1.0, 0.25],
            [0.5, 0.0, 0.5, 1.0, 0.0, 0.0],
            [0.0, 0.25, 1.0, 0.0, 0.75, 1.0]
        ];
        let t = array![[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]];
        (net, x, t)
    }

    /// The largest difference from the book's numerical gradient, over every parameter.
    fn worst_difference(net: &TwoLayerNet, x: &Array2<f64>, t: &Array2<f64>, grad: &Params) -> f64 {
        let naive = net.numerical_gradient(x, t);
        let differences = grad.max_abs_diff(&naive).map(|(_, diff)| diff);
        differences.into_iter().fold(0.0, f64::max)
    }

    #[test]
    fn the_example_passes_the_comparison() {
        let (net, x, t) = example();
        let grad = net.fast_numerical_gradient(&x, &t);
        assert!(worst_difference(&net, &x, &t, &grad) <= TOLERANCE);
    }

    #[test]
    fn skipping_one_pixel_of_one_image_fails_the_comparison() {
        let (net, x, t) = example();
        let mut pass = Pass::new(&net.params, &x, &t);
        // Image 1's pixels of value 0.5 are 0 and 2: leave out pixel 2.
        assert_eq!(pass.ink[1][0], (0.5, vec![0, 2]));
        pass.ink[1][0].1.pop();
        let diff = worst_difference(&net, &x, &t, &pass.gradient());
        assert!(diff > 1e3 * TOLERANCE, "only {diff:e}");
    }

    #[test]
    fn skipping_a_pixel_in_every_image_fails_the_comparison() {
        let (net, x, t) = example();
        let mut pass = Pass::new(&net.params, &x, &t);
        for image in &mut pass.ink {
            for (_, pixels) in image.iter_mut() {
                pixels.retain(|&i| i != 5);
            }
        }
        let diff = worst_difference(&net, &x, &t, &pass.gradient());
        assert!(diff > 1e3 * TOLERANCE, "only {diff:e}");
    }

    #[test]
    fn skipping_a_parameter_fails_the_comparison() {
        let (net, x, t) = example();
        let grad = net.fast_numerical_gradient(&x, &t);
        // Each parameter array in turn with its last entry never computed, left at 0.
        for skip in 0..4 {
            let mut wrong = grad.clone();
            match skip {
                0 => wrong.w1[[5, 3]] = 0.0,
                1 => wrong.b1[3] = 0.0,
                2 => wrong.w2[[3, 2]] = 0.0,
                _ => wrong.b2[2] = 0.0,
            }
            let diff = worst_difference(&net, &x, &t, &wrong);
            assert!(diff > 1e3 * TOLERANCE, "parameter {skip}: only {diff:e}");
        }
    }
}
