//! Chapter 3, neural networks: activation functions, softmax, the forward pass, and reading
//! handwritten digits.

pub mod accuracy_cnt;
pub mod forward;
pub mod relu;
pub mod sigmoid;
pub mod softmax;
pub mod step_function;

use ndarray::Array1;

use crate::check::{Checked, Tolerance, same, text, written, yours};

/// An activation function for one number, `h`, applied to every value of each of `inputs` as
/// `x.mapv(h)` does, against `key`, chapter 3's own.
fn activation_like_key(
    section: &str,
    name: &str,
    h: fn(f64) -> f64,
    key: fn(f64) -> f64,
    inputs: &[&[f64]],
) -> Checked {
    for &x in inputs {
        let x = Array1::from(x.to_vec());
        let input = written(x.view().into_dyn());
        let what = text!(
            "{section} {name} of {input}, as ch03::{name} computes it,",
            "{section} {input} の {name} (ch03::{name} の計算と比べて)",
        );
        same(
            &what,
            &x.mapv(key),
            &yours(&what, || x.mapv(h))?,
            Tolerance::abs(1e-12),
        )?;
    }
    Ok(())
}
