//! What a training run records, and the CSV file it is kept in, so that its figures can be
//! drawn again without training again.

use std::fs;
use std::path::Path;

use anyhow::Context;

/// What the book's `train_neuralnet.py` records: the loss of every mini-batch, and the
/// accuracy on all training and all test data at the start of every epoch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub train_loss_list: Vec<f64>,
    pub train_acc_list: Vec<f64>,
    pub test_acc_list: Vec<f64>,
}

impl History {
    /// The (train, test) accuracy of each epoch.
    pub fn epochs(&self) -> Vec<(f64, f64)> {
        self.train_acc_list
            .iter()
            .copied()
            .zip(self.test_acc_list.iter().copied())
            .collect()
    }

    /// Writes the history as CSV: `iteration,loss`, then `epoch,train_acc,test_acc`.
    pub fn save_csv(&self, path: &Path) -> anyhow::Result<()> {
        let mut text = String::from("iteration,loss\n");
        for (i, loss) in self.train_loss_list.iter().enumerate() {
            text += &format!("{i},{loss}\n");
        }
        text += "epoch,train_acc,test_acc\n";
        for (epoch, (train, test)) in self
            .train_acc_list
            .iter()
            .zip(&self.test_acc_list)
            .enumerate()
        {
            text += &format!("{epoch},{train},{test}\n");
        }
        fs::write(path, text).with_context(|| format!("writing {}", path.display()))
    }

    /// Reads what [`History::save_csv`] wrote.
    pub fn load_csv(path: &Path) -> anyhow::Result<History> {
        let text =
            fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let mut history = History::default();
        let mut epochs = false;
        for (n, line) in text.lines().enumerate() {
            let fields: Vec<&str> = line.split(',').collect();
            match fields.as_slice() {
                ["iteration", "loss"] => {}
                ["epoch", "train_acc", "test_acc"] => epochs = true,
                [_, loss] if !epochs => history.train_loss_list.push(number(path, n, loss)?),
                [_, train, test] if epochs => {
                    history.train_acc_list.push(number(path, n, train)?);
                    history.test_acc_list.push(number(path, n, test)?);
                }
                _ => anyhow::bail!("{} line {}: unexpected {line:?}", path.display(), n + 1),
            }
        }
        Ok(history)
    }

    /// Whether this run, made again from the same seed, retraces `recorded` for as long as it
    /// went: every loss within `relative` of the recorded one (the last digits may differ
    /// from one processor to another), and the accuracies measured before the first step
    /// the same. Says where it parts from the record.
    pub fn retraces(&self, recorded: &History, relative: f64) -> Result<(), String> {
        let losses = self.train_loss_list.iter().zip(&recorded.train_loss_list);
        for (i, (now, then)) in losses.enumerate() {
            if (now - then).abs() > relative * then.abs() {
                return Err(format!(
                    "step {i}: loss {now}, but the recorded run had {then}: the same start and \
                     the same mini-batches should give the same losses"
                ));
            }
        }
        match (self.epochs().first(), recorded.epochs().first()) {
            (Some(now), Some(then)) if now != then => Err(format!(
                "accuracies before training {now:?}, but the recorded run had {then:?}"
            )),
            _ => Ok(()),
        }
    }
}

fn number(path: &Path, n: usize, field: &str) -> anyhow::Result<f64> {
    field.parse().with_context(|| {
        format!(
            "{} line {}: {field:?} is not a number",
            path.display(),
            n + 1
        )
    })
}
