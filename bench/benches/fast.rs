//! `cargo bench -p bench --bench fast`: one training step and one full evaluation on the fast path
//! (compare with `cargo bench -p bench --bench training`, the layers the chapter teaches).

use std::hint::black_box;

use ch04::Learner;
use ch05::TwoLayerNet;
use ch05_fast::FastLearner;
use criterion::{Criterion, criterion_group, criterion_main};
use dataset::load_mnist;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::paths::mnist_dir;

fn benches(c: &mut Criterion) {
    let mnist = load_mnist(&mnist_dir(), true).expect("MNIST in data/mnist");
    let mut rng = StdRng::seed_from_u64(42);
    let mut network = TwoLayerNet::new(784, 50, 10, 0.01, &mut rng);
    // Mini-batches drawn as in training, so that the images are scattered in memory.
    let batches: Vec<Vec<usize>> = (0..1000)
        .map(|_| (0..100).map(|_| rng.random_range(0..60000)).collect())
        .collect();
    let mut batch = batches.iter().cycle();

    let mut fast = FastLearner::from_network(&mut network, &mnist).expect("MNIST suits it");
    c.bench_function("fast path: one training step (batch 100)", |b| {
        b.iter(|| fast.step(black_box(batch.next().expect("endless")), 0.1))
    });
    c.bench_function("fast path: one evaluation (60000 + 10000 images)", |b| {
        b.iter(|| fast.evaluate())
    });
}

criterion_group!(fast, benches);
criterion_main!(fast);
