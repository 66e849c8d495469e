//! The command-line option every program that reads MNIST shares (chapters 3 to 5).

use std::path::PathBuf;

use dataset::{IdxError, Mnist};

/// Where to read MNIST from.
#[derive(Debug, clap::Args)]
pub struct MnistArgs {
    /// Directory holding the four MNIST .gz files [default: $DLFS_MNIST_DIR, else data/mnist]
    #[arg(long, value_name = "DIR")]
    pub mnist_dir: Option<PathBuf>,
}

impl MnistArgs {
    /// The directory to read: `--mnist-dir`, else `$DLFS_MNIST_DIR`, else `data/mnist`.
    pub fn dir(&self) -> PathBuf {
        dataset::resolve_dir(self.mnist_dir.as_deref())
    }

    /// Reads the four files from [`MnistArgs::dir`], pixels scaled to 0.0–1.0.
    pub fn load(&self) -> Result<Mnist, IdxError> {
        dataset::load_mnist(&self.dir(), true)
    }
}
