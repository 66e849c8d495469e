//! What a reader sees while a network trains: a progress bar with the time left, and the
//! accuracies of each epoch as the book's `train_neuralnet.py` prints them.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The progress of a training run. Each epoch's line goes to standard output whether or not
/// the bar shows (the bar goes to standard error, and only when that is a terminal), so the
/// accuracies reach a pipe or a file too.
pub struct Progress {
    bar: ProgressBar,
    print_epochs: bool,
    /// Whether the loss goes to standard error as lines (see [`LOSS_LINES`]).
    loss_lines: bool,
}

/// The environment variable the book's Run boxes set (book/run/worker.js): in a web page no
/// terminal shows the bar, so the loss goes to standard error instead, as a line
/// `loss | <iteration> <loss>` every [`LOSS_EVERY`] iterations and at the last one. The page
/// draws those lines as a curve and a bar, and does not print them.
pub const LOSS_LINES: &str = "DLFS_LOSS_LINES";

/// How many iterations apart the loss lines are.
pub const LOSS_EVERY: u64 = 20;

impl Progress {
    /// A bar over `len` iterations, hidden when `quiet`.
    pub fn new(len: usize, quiet: bool) -> Progress {
        let target = if quiet {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let bar = ProgressBar::with_draw_target(Some(len as u64), target);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} iterations, ETA {eta} ({msg})")
                .expect("a valid template"),
        );
        Progress {
            bar,
            print_epochs: true,
            loss_lines: !quiet && std::env::var_os(LOSS_LINES).is_some(),
        }
    }

    /// Shows and prints nothing: for tests and benchmarks.
    pub fn silent() -> Progress {
        Progress {
            bar: ProgressBar::hidden(),
            print_epochs: false,
            loss_lines: false,
        }
    }

    /// One iteration done, with the loss of its mini-batch.
    pub fn step(&self, loss: f64) {
        self.bar.set_message(format!("loss {loss:.4}"));
        self.bar.inc(1);
        let done = self.bar.position();
        if self.loss_lines && (done.is_multiple_of(LOSS_EVERY) || Some(done) == self.bar.length()) {
            eprintln!("loss | {done} {loss}");
        }
    }

    /// An epoch's accuracies, printed as the book prints them.
    pub fn epoch(&self, train_acc: f64, test_acc: f64) {
        if self.print_epochs {
            self.bar
                .suspend(|| println!("{EPOCH_LINE}{train_acc}, {test_acc}"));
        }
    }
}

/// How each epoch's line begins, as in the book's `train_neuralnet.py`.
const EPOCH_LINE: &str = "train acc, test acc | ";

/// The (train, test) accuracies of the epoch lines in a program's output.
pub fn epochs_printed(output: &str) -> Vec<(f64, f64)> {
    output
        .lines()
        .filter_map(|line| line.strip_prefix(EPOCH_LINE)?.split_once(", "))
        .filter_map(|(train, test)| Some((train.parse().ok()?, test.parse().ok()?)))
        .collect()
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
