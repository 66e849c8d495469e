//! `cargo book` (an alias of `cargo xtask read`): the reader's one command to read the book on
//! their own computer, the same on Linux, macOS and Windows. It installs the book tools that are
//! missing, builds the site (both editions, search, the Run boxes), serves it on 127.0.0.1
//! and opens the edition asked for in the browser, until Ctrl+C.

use clap::ValueEnum;
use site_server::Server;
use support::paths::repository;

/// An edition of the book.
#[derive(Clone, Copy, ValueEnum)]
pub enum Lang {
    /// English
    En,
    /// 日本語
    Ja,
}

#[derive(clap::Args)]
pub struct Options {
    /// The edition to open (the other is one click away, at the top of every page)
    #[arg(long, value_enum, default_value = "en")]
    lang: Lang,
    /// The port on 127.0.0.1 (if it is taken, a free one is used)
    #[arg(long, default_value_t = 3000)]
    port: u16,
    /// Only serve the site: do not open a browser
    #[arg(long)]
    no_open: bool,
}

pub fn read(options: &Options) -> anyhow::Result<()> {
    crate::setup::setup()?;
    crate::site::site()?;
    let site = repository().join("target/book/html");
    let server = Server::start(&site, options.port).or_else(|taken| {
        eprintln!("{taken:#}; using a free port instead");
        Server::start(&site, 0)
    })?;
    let edition = match options.lang {
        Lang::En => server.url(),
        Lang::Ja => format!("{}ja/", server.url()),
    };
    println!("\nThe book: {0} (English), {0}ja/ (日本語)", server.url());
    println!("Stop serving it with Ctrl+C.");
    if !options.no_open
        && let Err(e) = open::that_detached(&edition)
    {
        println!("(No browser opened ({e}): open the address above in yours.)");
    }
    server.wait();
    Ok(())
}
