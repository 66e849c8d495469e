//! The second core's thread. It owns one [`Part`] of the hidden layer for the whole
//! training run and does for it what the main thread does for the other part.

use std::sync::Arc;
use std::thread::{self, JoinHandle};

use ndarray::Array2;

use crate::mailbox::Mailbox;
use crate::part::{Hidden, Part};
use crate::sparse::SparseImages;

/// What the main thread asks of the helper.
pub enum Job {
    /// The part's share of the scores of `rows` of the training images (`train`) or the
    /// test images, answered with [`Reply::Scores`]. With `keep`, the helper keeps what
    /// `Backward` will need.
    Forward {
        train: bool,
        rows: Arc<[usize]>,
        keep: bool,
    },
    /// Backward and the gradient step, for the last kept `Forward`. No answer.
    Backward {
        dy: Arc<Array2<f64>>,
        learning_rate: f64,
    },
    /// A copy of the part, answered with [`Reply::Part`].
    Part,
}

/// What the helper answers.
pub enum Reply {
    Scores(Array2<f64>),
    Part(Box<Part>),
    /// The helper panicked (a bug): the main thread panics too instead of waiting forever.
    Died,
}

/// The helper thread and the two mailboxes to and from it. Dropping it ends the thread.
/// Its methods take `&mut self`: one caller at a time, so every answer reaches the caller
/// that asked.
pub struct Helper {
    jobs: Arc<Mailbox<Option<Job>>>,
    replies: Arc<Mailbox<Reply>>,
    thread: Option<JoinHandle<()>>,
}

impl Helper {
    pub fn spawn(
        part: Part,
        train: Arc<SparseImages>,
        test: Arc<SparseImages>,
    ) -> std::io::Result<Helper> {
        let jobs = Arc::new(Mailbox::default());
        let replies = Arc::new(Mailbox::default());
        let thread = {
            let (jobs, replies) = (Arc::clone(&jobs), Arc::clone(&replies));
            thread::Builder::new()
                .name("ch05 helper".into())
                .spawn(move || serve(part, &train, &test, &jobs, &replies))?
        };
        Ok(Helper {
            jobs,
            replies,
            thread: Some(thread),
        })
    }

    pub fn send(&mut self, job: Job) {
        self.jobs.send(Some(job));
    }

    /// The answer to the last `Forward`.
    pub fn scores(&mut self) -> Array2<f64> {
        match self.replies.recv() {
            Reply::Scores(scores) => scores,
            Reply::Died => panic!("the helper thread panicked"),
            Reply::Part(_) => unreachable!("scores were asked for"),
        }
    }

    pub fn part(&mut self) -> Part {
        self.send(Job::Part);
        match self.replies.recv() {
            Reply::Part(part) => *part,
            Reply::Died => panic!("the helper thread panicked"),
            Reply::Scores(_) => unreachable!("the part was asked for"),
        }
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        self.jobs.send(None);
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
            && !thread::panicking()
        {
            panic!("the helper thread panicked");
        }
    }
}

/// The helper's loop: jobs until `None`.
fn serve(
    mut part: Part,
    x_train: &SparseImages,
    x_test: &SparseImages,
    jobs: &Mailbox<Option<Job>>,
    replies: &Mailbox<Reply>,
) {
    struct OnPanic<'a>(&'a Mailbox<Reply>);
    impl Drop for OnPanic<'_> {
        fn drop(&mut self) {
            if thread::panicking() {
                self.0.send(Reply::Died);
            }
        }
    }
    let _on_panic = OnPanic(replies);
    let mut kept: Option<(Arc<[usize]>, Hidden)> = None;
    while let Some(job) = jobs.recv() {
        match job {
            Job::Forward { train, rows, keep } => {
                let (scores, hidden) = part.forward(if train { x_train } else { x_test }, &rows);
                replies.send(Reply::Scores(scores));
                if keep {
                    kept = Some((rows, hidden));
                }
            }
            Job::Backward { dy, learning_rate } => {
                let (batch, hidden) = kept.take().expect("Backward follows a kept Forward");
                part.backward(x_train, &batch, &hidden, dy.view(), learning_rate);
            }
            Job::Part => replies.send(Reply::Part(Box::new(part.clone()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ch04::Params;
    use ndarray::{Array1, array};

    #[test]
    #[should_panic(expected = "the helper thread panicked")]
    fn a_panic_in_the_helper_reaches_the_main_thread() {
        let params = Params {
            w1: Array2::zeros((2, 4)),
            b1: Array1::zeros(4),
            w2: Array2::zeros((4, 3)),
            b2: Array1::zeros(3),
        };
        let images = Arc::new(SparseImages::from_dense(&array![[0.5, 0.0]]).unwrap());
        let part = Part::split(&params, 1).remove(0);
        let mut helper = Helper::spawn(part, Arc::clone(&images), images).unwrap();
        // Image 5 of 1: the helper panics on it (a bug, if it happened in training).
        let rows: Arc<[usize]> = Arc::from([5]);
        helper.send(Job::Forward {
            train: true,
            rows,
            keep: false,
        });
        helper.scores();
    }
}
