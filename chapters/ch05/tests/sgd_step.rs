//! §5.7: `TwoLayerNet::sgd_step` moves every parameter of every layer by −lr times the
//! gradient backpropagation left in that layer.

use ch05::TwoLayerNet;
use ndarray::{Array2, ArrayD, array};
use rand::SeedableRng;
use rand::rngs::StdRng;

#[test]
fn every_parameter_moves_against_its_own_gradient() {
    let mut rng = StdRng::seed_from_u64(3);
    let mut network = TwoLayerNet::new(4, 3, 2, 0.5, &mut rng);
    let x = Array2::from_shape_fn((5, 4), |(i, j)| (i as f64 - 2.0) * 0.3 + j as f64 * 0.1);
    let t = array![0_usize, 1, 1, 0, 1];
    network.gradient(x, &t);
    let (before, grads): (Vec<ArrayD<f64>>, Vec<ArrayD<f64>>) =
        (network.param_values(), network.param_grads());
    network.sgd_step(0.25);
    let names = network.param_names();
    for (((name, after), before), grad) in names
        .iter()
        .zip(network.param_values())
        .zip(before)
        .zip(grads)
    {
        assert!(
            grad.iter().any(|g| *g != 0.0),
            "{name}: a gradient of zeros tests nothing"
        );
        let expected = &before - &(0.25 * &grad);
        assert_eq!(
            after, expected,
            "§5.7 sgd_step: {name} must move by −lr × its gradient"
        );
    }
}
