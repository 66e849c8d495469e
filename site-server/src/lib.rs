//! The built site (`cargo xtask site`) served on 127.0.0.1 only, as any static file server
//! would serve it: tower-http's `ServeDir` does the serving (file types, `index.html` for a
//! folder, caching headers), axum and tokio the listening. The reader's `cargo book` and the
//! browser check both serve the site with it, so the check sees the site as the reader's
//! command serves it. (Opened as files, the pages could neither search nor start the Run
//! boxes' programs.)

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;

use anyhow::Context;
use axum::Router;
use tokio::net::TcpListener;
use tokio::runtime::Runtime;
use tower_http::services::{ServeDir, ServeFile};

/// A server answering in the background; it stops when dropped.
pub struct Server {
    runtime: Runtime,
    address: SocketAddr,
}

impl Server {
    /// Serves the files under `root` on 127.0.0.1 at `port` (0: any free port).
    pub fn start(root: &Path, port: u16) -> anyhow::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_io()
            .build()?;
        let wanted = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let listener = runtime.block_on(TcpListener::bind(wanted));
        let listener = listener.with_context(|| format!("cannot listen on {wanted}"))?;
        let address = listener.local_addr()?;
        // A missing page gets mdBook's own 404 page, with the 404 status.
        let missing = ServeFile::new(root.join("404.html"));
        let site = Router::new().fallback_service(ServeDir::new(root).not_found_service(missing));
        runtime.spawn(async move { axum::serve(listener, site).await });
        Ok(Self { runtime, address })
    }

    /// The site's address, `http://127.0.0.1:PORT/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Serves until the program is stopped (Ctrl+C).
    pub fn wait(self) {
        self.runtime.block_on(std::future::pending::<()>());
    }
}
