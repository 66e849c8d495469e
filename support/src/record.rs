//! What a training run records, and the CSV file it is kept in, so that its figures can be
//! drawn again without training again.

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

    /// Writes the history as CSV: `iteration,loss`, then `epoch,train_acc,test_acc`, two
    /// tables one after the other in one file (so the CSV writer is `flexible`).
    pub fn save_csv(&self, path: &Path) -> anyhow::Result<()> {
        let write = || -> anyhow::Result<()> {
            let mut csv = csv::WriterBuilder::new().flexible(true).from_path(path)?;
            csv.write_record(["iteration", "loss"])?;
            for (i, loss) in self.train_loss_list.iter().enumerate() {
                csv.write_record([i.to_string(), loss.to_string()])?;
            }
            csv.write_record(["epoch", "train_acc", "test_acc"])?;
            let epochs = self.epochs().into_iter().enumerate();
            for (epoch, (train, test)) in epochs {
                csv.write_record([epoch.to_string(), train.to_string(), test.to_string()])?;
            }
            Ok(csv.flush()?)
        };
        write().with_context(|| format!("writing {}", path.display()))
    }

    /// Reads what [`History::save_csv`] wrote.
    pub fn load_csv(path: &Path) -> anyhow::Result<History> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .with_context(|| format!("reading {}", path.display()))?;
        let mut history = History::default();
        let mut epochs = false;
        for record in reader.records() {
            let record = record.with_context(|| format!("reading {}", path.display()))?;
            let line = record.position().map_or(0, |p| p.line());
            let fields: Vec<&str> = record.iter().collect();
            match fields.as_slice() {
                ["iteration", "loss"] => {}
                ["epoch", "train_acc", "test_acc"] => epochs = true,
                [_, loss] if !epochs => history.train_loss_list.push(number(path, line, loss)?),
                [_, train, test] if epochs => {
                    history.train_acc_list.push(number(path, line, train)?);
                    history.test_acc_list.push(number(path, line, test)?);
                }
                _ => anyhow::bail!("{} line {line}: unexpected {fields:?}", path.display()),
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

fn number(path: &Path, line: u64, field: &str) -> anyhow::Result<f64> {
    field
        .parse()
        .with_context(|| format!("{} line {line}: {field:?} is not a number", path.display()))
}
