//! Training trains the layers in the list: change a layer, or the list, and what learns
//! changes with it (§5.7.2's promise that layers make any network easy to build).

use ch04::{Learner, TrainConfig, train};
use ch05::{Affine, Layer, LayerLearner, Relu, Sigmoid, SoftmaxWithLoss, TwoLayerNet};
use dataset::{Mnist, load_mnist};
use ndarray::{Array1, Array2};
use ndarray_rand::RandomExt;
use ndarray_rand::rand_distr::StandardNormal;
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::Progress;
use support::paths::mnist_dir;

fn affine(inputs: usize, outputs: usize, rng: &mut StdRng) -> Box<Affine> {
    let scale = 1.0 / (inputs as f64).sqrt();
    let w = scale * Array2::random_using((inputs, outputs), StandardNormal, rng);
    Box::new(Affine::new(w, Array1::zeros(outputs)))
}

/// Trains `layers` for 300 steps and returns the mean loss of the first and of the last 20.
fn train_300(mnist: &Mnist, layers: Vec<Box<dyn Layer>>, rng: &mut StdRng) -> (f64, f64) {
    let mut learner = LayerLearner {
        network: TwoLayerNet {
            layers,
            last_layer: SoftmaxWithLoss::default(),
        },
        data: mnist,
    };
    let config = TrainConfig {
        iters_num: 300,
        ..TrainConfig::default()
    };
    let losses = train(&mut learner, &config, rng, &Progress::silent())
        .unwrap()
        .train_loss_list;
    let mean = |l: &[f64]| l.iter().sum::<f64>() / l.len() as f64;
    (mean(&losses[..20]), mean(&losses[280..]))
}

#[test]
fn sigmoid_in_place_of_relu_learns() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(5);
    let layers: Vec<Box<dyn Layer>> = vec![
        affine(784, 30, &mut rng),
        Box::new(Sigmoid::default()),
        affine(30, 10, &mut rng),
    ];
    let (first, last) = train_300(&mnist, layers, &mut rng);
    assert!(last < 0.5 * first, "loss {first} -> {last}");
}

#[test]
fn three_affine_layers_learn() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(6);
    let layers: Vec<Box<dyn Layer>> = vec![
        affine(784, 30, &mut rng),
        Box::new(Relu::default()),
        affine(30, 20, &mut rng),
        Box::new(Relu::default()),
        affine(20, 10, &mut rng),
    ];
    let (first, last) = train_300(&mnist, layers, &mut rng);
    assert!(last < 0.5 * first, "loss {first} -> {last}");
}

/// A ReLU whose backward forgot its mask: a learner's edit to `Relu::backward`.
#[derive(Default)]
struct ReluWithoutMask(Relu);

impl Layer for ReluWithoutMask {
    fn name(&self) -> &'static str {
        "Relu"
    }
    fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
        self.0.forward(x)
    }
    fn backward(&mut self, dout: Array2<f64>) -> Array2<f64> {
        dout
    }
}

#[test]
fn a_changed_layer_changes_what_trains() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let run = |relu: Box<dyn Layer>| {
        let mut rng = StdRng::seed_from_u64(7);
        let start = ch04::TwoLayerNet::new(784, 20, 10, 0.01, &mut rng).params;
        let mut network = TwoLayerNet::from_params(start);
        network.layers[1] = relu;
        let mut learner = LayerLearner {
            network,
            data: &mnist,
        };
        let batch: Vec<usize> = (0..100).collect();
        (0..5)
            .map(|_| learner.step(&batch, 0.1))
            .collect::<Vec<f64>>()
    };
    let right = run(Box::<Relu>::default());
    let broken = run(Box::<ReluWithoutMask>::default());
    assert_eq!(right[0], broken[0], "the same start");
    assert_ne!(right[1..], broken[1..], "the edit must change the steps");
}

/// An Affine layer as a learner might write their own: `backward` and `params`, but not
/// `backward_without_dx`, which it takes from the `Layer` trait.
struct MyAffine(Affine);

impl Layer for MyAffine {
    fn name(&self) -> &'static str {
        "MyAffine"
    }
    fn forward(&mut self, x: Array2<f64>) -> Array2<f64> {
        self.0.forward(x)
    }
    fn backward(&mut self, dout: Array2<f64>) -> Array2<f64> {
        self.0.backward(dout)
    }
    fn params(&mut self) -> Vec<ch05::Param<'_>> {
        self.0.params()
    }
}

/// Two networks that differ only in their first layer, a learner's `MyAffine` or chapter 5's
/// `Affine` with the same weights, and a small batch to give them.
fn theirs_and_ours() -> ([TwoLayerNet; 2], Array2<f64>, Array1<usize>) {
    let mut rng = StdRng::seed_from_u64(3);
    let x = Array2::random_using((4, 6), StandardNormal, &mut rng);
    let t = Array1::from(vec![0, 2, 1, 2]);
    let mut rng = StdRng::seed_from_u64(5);
    let (w1, w2) = (affine(6, 5, &mut rng), affine(5, 3, &mut rng));
    let network = |first: Box<dyn Layer>, second: Box<Affine>| TwoLayerNet {
        layers: vec![first, Box::new(Relu::default()), second],
        last_layer: SoftmaxWithLoss::default(),
    };
    let theirs = network(Box::new(MyAffine(*w1.clone())), w2.clone());
    ([theirs, network(w1, w2)], x, t)
}

#[test]
fn a_first_layer_of_ones_own_gets_its_gradients_too() {
    let (networks, x, t) = theirs_and_ours();
    let [theirs, ours] = networks.map(|mut network| {
        network.gradient(x.clone(), &t);
        network.param_grads()
    });
    assert_eq!(theirs, ours);
    assert!(
        theirs[0].iter().any(|&g| g != 0.0),
        "W1's gradient must be computed"
    );
}

/// A layer of one's own gets `forward_nudged` from the `Layer` trait: move the entry, run
/// `forward` again, put the entry back. The numerical gradient through it is the one through
/// Affine's shortcut, to rounding, and the network's parameters are as they were.
#[test]
fn a_layer_of_ones_own_is_nudged_the_plain_way_and_put_back() {
    let (networks, x, t) = theirs_and_ours();
    let [theirs, ours] = networks.map(|mut network| {
        let before = network.param_values();
        let gradient = network.numerical_gradient(&x, &t);
        let after = network.param_values();
        assert_eq!(after, before, "the parameters must be put back");
        gradient
    });
    for (theirs, ours) in theirs.iter().zip(&ours) {
        approx::assert_abs_diff_eq!(theirs, ours, epsilon = 1e-9);
    }
    assert!(theirs[0].iter().any(|&g| g.abs() > 1e-3), "W1's gradient");
}

#[test]
#[ignore = "the full run: cargo test --release -p ch05 --test tests layer_lists -- --ignored"]
fn the_books_training_run_ends_at_0_965_or_better() {
    let mnist = load_mnist(&mnist_dir(), true).unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let mut learner = LayerLearner {
        network: TwoLayerNet::new(784, 50, 10, 0.01, &mut rng),
        data: &mnist,
    };
    let history = train(
        &mut learner,
        &TrainConfig::default(),
        &mut rng,
        &Progress::silent(),
    )
    .unwrap();
    assert_eq!(history.test_acc_list.len(), 17);
    let (_, test_acc) = learner.evaluate();
    assert!(test_acc >= 0.965, "test accuracy {test_acc}");
}

/// Each layer says what it is, with the book's names for the keys of its `OrderedDict`:
/// messages and the appendix's engine rely on them.
#[test]
fn layers_name_themselves_as_the_book_does() {
    let mut rng = StdRng::seed_from_u64(8);
    let mut network = TwoLayerNet::new(4, 3, 2, 0.01, &mut rng);
    let names: Vec<&str> = network.layers.iter().map(|layer| layer.name()).collect();
    assert_eq!(names, ["Affine", "Relu", "Affine"]);
    network.layers[1] = Box::new(Sigmoid::default());
    assert_eq!(network.layers[1].name(), "Sigmoid");
}
