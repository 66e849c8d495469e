//! What a check says when the learner's code is not there yet.

/// Why an exercise does not pass yet.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The code reached a `todo!()`: where it is, and what it says.
    NotDone {
        file: String,
        line: u32,
        message: String,
    },
    /// The code ran, and something is not as the book has it: the words for the learner.
    Wrong(String),
}

/// What a check returns: `Ok(())` when the code does what the book's does.
pub type Checked = Result<(), Failure>;

impl Failure {
    /// The message the learner reads.
    pub fn explain(&self) -> String {
        match self {
            Failure::NotDone {
                file,
                line,
                message,
            } => {
                let said = if message.is_empty() {
                    String::new()
                } else {
                    format!("\n  (the todo!() says: {message})")
                };
                format!(
                    "not done yet: open {file} and replace the todo!() on line {line} with your code.{said}"
                )
            }
            Failure::Wrong(message) => message.clone(),
        }
    }
}

/// Adds a hint to a check's message, for the mistake the check has just seen.
pub trait Hint {
    fn hint(self, text: &str) -> Self;
}

impl<T> Hint for Result<T, Failure> {
    fn hint(self, text: &str) -> Self {
        self.map_err(|failure| match failure {
            Failure::Wrong(message) => Failure::Wrong(format!("{message}\n  Hint: {text}")),
            not_done => not_done,
        })
    }
}
