// The book includes parts of this file by anchor (ANCHOR lines): keep them in step with book/.

// ANCHOR: program
//! `cargo run -p ch04`: the values of chapter 4, a gradient check, the training run of §4.5,
//! the margin's experiments, and the figures.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use dataset::{Mnist, load_mnist, one_hot};
use ndarray::{array, s};
use rand::SeedableRng;
use rand::rngs::StdRng;
use support::cli::{MnistArgs, OutArgs, TrainArgs};
use support::{Progress, numpy_str};

use ch04::figures::{self, ALL, NUMERICAL_TRAINING_CSV, OVERFITTING_CSV, TRAINING_CSV};
use ch04::gradient_check;
use ch04::{
    Gradient, MnistLearner, TrainConfig, TwoLayerNet, cross_entropy_error, function_1, function_2,
    gradient_descent, hand_made_correct, numerical_diff, numerical_gradient, simple_net_example,
    simple_net_gradient, sum_squared_error, train,
};

/// Reproduces chapter 4 of Deep Learning from Scratch: loss functions, numerical derivatives
/// and gradients, gradient descent, and a two-layer network learning MNIST (§4.5).
#[derive(Parser)]
#[command(version)]
struct Args {
    #[command(flatten)]
    train: TrainArgs,
    /// Train with the numerical gradient, as the book first describes, computed fast
    /// (fast_numerical_gradient): minutes instead of seconds
    #[arg(long)]
    numerical: bool,
    /// With --numerical: the book's numerical_gradient itself, far slower still (see the
    /// ETA)
    #[arg(long, requires = "numerical")]
    naive: bool,
    #[command(flatten)]
    mnist: MnistArgs,
    #[command(flatten)]
    out: OutArgs,
}

fn main() -> ExitCode {
    support::exit_code(run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<()> {
    let out = args.out.dir("ch04")?;
    let mnist = load_mnist(&args.mnist.dir(), true)?;
    let config = TrainConfig {
        iters_num: args.train.iters,
        batch_size: usize::from(args.train.batch_size),
        learning_rate: args.train.lr,
    };
    config.check(mnist.x_train.nrows())?;
    hand_made_features(&mnist);
    losses();
    derivatives();
    simple_net();

    // ANCHOR: 4_5_2
    let mut rng = StdRng::seed_from_u64(args.train.seed);
    let network = TwoLayerNet::new(784, usize::from(args.train.hidden), 10, 0.01, &mut rng);
    let checked = check_gradients(&network, &mnist);

    let (gradient, name, record) = match (args.numerical, args.naive) {
        (false, _) => (Gradient::Analytic, "analytic", TRAINING_CSV),
        (true, false) => (
            Gradient::FastNumerical,
            "fast numerical",
            NUMERICAL_TRAINING_CSV,
        ),
        (true, true) => (Gradient::Numerical, "numerical", NUMERICAL_TRAINING_CSV),
    };
    println!("\n§4.5.2 training with the {name} gradient, {config:?}");
    let start = Instant::now();
    let mut learner = MnistLearner {
        network,
        data: &mnist,
        gradient,
    };
    let progress = Progress::new(config.iters_num, args.train.quiet);
    let history = train(&mut learner, &config, &mut rng, &progress)?;
    drop(progress);
    let seconds = start.elapsed().as_secs_f64();
    let test_acc = learner.network.accuracy(&mnist.x_test, &mnist.t_test);
    println!(
        "final test accuracy {test_acc} after {} iterations",
        config.iters_num
    );
    println!("time: training {seconds:.1} s");
    history.save_csv(&out.join(record))?;
    // ANCHOR_END: 4_5_2

    overfit(&mnist, args.train.seed, &out)?;

    println!();
    write_figures(&out)?;
    Ok(gradient_check::verdict(&checked, "cargo test -p ch04")?)
}

/// Writes every figure whose records are in `out`. Each training run writes its own record,
/// so a figure of a run not made there yet is left out, with a note: Figure 4-9 draws both
/// the analytic run (`cargo run --release -p ch04`) and the numerical one (`-- --numerical`).
fn write_figures(out: &Path) -> anyhow::Result<()> {
    for figure in &ALL {
        let records = figures::records(figure);
        let missing: Vec<&str> = records
            .iter()
            .copied()
            .filter(|record| !out.join(record).exists())
            .collect();
        if missing.is_empty() {
            for &lang in figure.languages() {
                println!("wrote {}", figure.write_in(out, lang)?.display());
            }
        } else {
            eprintln!(
                "note: {} is not drawn: it needs {}, the record of another run with the same \
                 --out (training.csv: `cargo run --release -p ch04`; numerical-training.csv: \
                 `cargo run --release -p ch04 -- --numerical`)",
                figure.file,
                missing.join(" and ")
            );
        }
    }
    Ok(())
}

// ANCHOR: 4_1
/// §4.1: hand-made features and a nearest-centroid classifier, the approach that came
/// before networks that find their own features.
fn hand_made_features(mnist: &Mnist) {
    let correct = hand_made_correct(mnist);
    println!("§4.1 hand-made features (the mean ink of each 4 × 4 block), nearest centroid");
    println!(
        "test accuracy {}",
        correct as f64 / mnist.t_test.len() as f64
    );
}
// ANCHOR_END: 4_1

// ANCHOR: 4_2
/// §4.2: the book's two outputs against the answer "2".
fn losses() {
    let t = array![0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    let y_good = array![0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];
    let y_bad = array![0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0];
    println!(
        "\n§4.2.1 sum_squared_error: {} (answer 2 likely), {} (answer 7 likely)",
        sum_squared_error(y_good.view(), t.view()),
        sum_squared_error(y_bad.view(), t.view())
    );
    println!(
        "\n§4.2.2 cross_entropy_error: {}, {}",
        cross_entropy_error(y_good.view(), t.view()),
        cross_entropy_error(y_bad.view(), t.view())
    );
}
// ANCHOR_END: 4_2

// ANCHOR: 4_3
/// §4.3–4.4: derivatives, partial derivatives, gradients, gradient descent.
fn derivatives() {
    println!("\n§4.3.1 1e-50 as f32: {}", 1e-50_f32);
    println!(
        "\n§4.3.2 numerical_diff(function_1, 5) = {}",
        numerical_diff(function_1, 5.0)
    );
    println!(
        "       numerical_diff(function_1, 10) = {}",
        numerical_diff(function_1, 10.0)
    );
    println!(
        "\n§4.3.3 ∂f/∂x0 at (3, 4) = {}",
        numerical_diff(|x0| x0 * x0 + 4.0_f64.powf(2.0), 3.0)
    );
    println!(
        "       ∂f/∂x1 at (3, 4) = {}",
        numerical_diff(|x1| 3.0_f64.powf(2.0) + x1 * x1, 4.0)
    );
    println!("\n§4.4 numerical_gradient(function_2, x)");
    for point in [array![3.0, 4.0], array![0.0, 2.0], array![3.0, 0.0]] {
        println!(
            "at {}: {}",
            numpy_str(&point),
            numpy_str(&numerical_gradient(function_2, &point))
        );
    }
    let init_x = array![-3.0, 4.0];
    println!("\n§4.4.1 gradient_descent(function_2) from [-3, 4], 100 steps");
    for (lr, what) in [
        (0.1, "0.1"),
        (10.0, "10 (too large)"),
        (1e-10, "1e-10 (too small)"),
    ] {
        let (x, _) = gradient_descent(function_2, &init_x, lr, 100);
        println!("lr {what}: {}", numpy_str(&x));
    }
}
// ANCHOR_END: 4_3

// ANCHOR: 4_4_2
/// §4.4.2: the gradient of simpleNet's loss with respect to its weights.
fn simple_net() {
    let (net, x, t) = simple_net_example();
    let p = net.predict(x.view());
    println!(
        "\n§4.4.2 simpleNet predict: {}, argmax {}",
        numpy_str(&p),
        ch03::argmax(p.view())
    );
    println!("       loss: {}", net.loss(x.view(), t.view()));
    let dw = simple_net_gradient(&net, x.view(), t.view());
    for row in dw.rows() {
        println!("       dW row: {}", numpy_str(row));
    }
}
// ANCHOR_END: 4_4_2

// ANCHOR: 4_5_1
/// Compares the numerical and the analytic gradient on the first three training images.
fn check_gradients(network: &TwoLayerNet, mnist: &Mnist) -> [(&'static str, f64); 4] {
    let x = mnist.x_train.slice(s![..3, ..]).to_owned();
    let t = one_hot(&mnist.t_train.slice(s![..3]).to_owned(), 10);
    let start = Instant::now();
    let numerical = network.numerical_gradient(&x, &t);
    let numerical_seconds = start.elapsed().as_secs_f64();
    let analytic = network.gradient(&x, &t);
    println!(
        "\n§4.5.1 gradient check on 3 images: numerical against analytic, passing below {:e}",
        gradient_check::TOLERANCE
    );
    let checked = numerical.mean_abs_diff(&analytic);
    for (name, diff) in checked {
        println!("{}", gradient_check::report_line(name, diff));
    }
    println!("time: numerical gradient {numerical_seconds:.1} s");
    checked
}
// ANCHOR_END: 4_5_1

// ANCHOR: 4_5
/// Questions from the margin: the network trained on 300 images only, until it knows them
/// by heart. Test accuracy is measured on the first 2000 test images to keep this quick.
fn overfit(mnist: &Mnist, seed: u64, out: &Path) -> anyhow::Result<()> {
    let small = Mnist {
        x_train: mnist.x_train.slice(s![..300, ..]).to_owned(),
        t_train: mnist.t_train.slice(s![..300]).to_owned(),
        x_test: mnist.x_test.slice(s![..2000, ..]).to_owned(),
        t_test: mnist.t_test.slice(s![..2000]).to_owned(),
    };
    let mut rng = StdRng::seed_from_u64(seed);
    let network = TwoLayerNet::new(784, 100, 10, 0.01, &mut rng);
    let config = TrainConfig {
        iters_num: 450,
        batch_size: 100,
        learning_rate: 0.5,
    };
    println!("\n§4.5 from the margin: training on 300 images only, {config:?}");
    let mut learner = MnistLearner {
        network,
        data: &small,
        gradient: Gradient::Analytic,
    };
    // A second or two: no progress bar, and the 150 epochs are in the figure, not printed.
    let history = train(&mut learner, &config, &mut rng, &Progress::silent())?;
    let network = learner.network;
    println!(
        "after {} epochs: train acc {}, test acc {}",
        history.train_acc_list.len(),
        network.accuracy(&small.x_train, &small.t_train),
        network.accuracy(&small.x_test, &small.t_test)
    );
    history.save_csv(&out.join(OVERFITTING_CSV))
}
// ANCHOR_END: 4_5
// ANCHOR_END: program
