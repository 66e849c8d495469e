//! `cargo bench -p bench --bench training`: one training step and one full evaluation with the layers the
//! chapter teaches (the appendix's engine has its own: `cargo bench -p bench --bench fast`).

use std::hint::black_box;

use ch04::Learner;
use ch05::{LayerLearner, TwoLayerNet};
use criterion::{Criterion, criterion_group, criterion_main};
use dataset::load_mnist;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::paths::mnist_dir;

fn benches(c: &mut Criterion) {
    let mnist = load_mnist(&mnist_dir(), true).expect("MNIST in data/mnist");
    let mut rng = StdRng::seed_from_u64(42);
    let network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    // Mini-batches drawn as in training, so that the images are scattered in memory.
    let batches: Vec<Vec<usize>> = (0..1000)
        .map(|_| (0..100).map(|_| rng.random_range(0..60000)).collect())
        .collect();
    let mut batch = batches.iter().cycle();

    let mut layers = LayerLearner {
        network,
        data: &mnist,
    };
    c.bench_function("layers: one training step (batch 100)", |b| {
        b.iter(|| layers.step(black_box(batch.next().expect("endless")), 0.1))
    });
    let mut group = c.benchmark_group("slow");
    group.sample_size(10);
    group.bench_function("layers: one evaluation (60000 + 10000 images)", |b| {
        b.iter(|| layers.evaluate())
    });
    group.finish();
}

criterion_group!(training, benches);
criterion_main!(training);
