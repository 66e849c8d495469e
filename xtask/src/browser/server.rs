//! The built site served with `tiny_http` on 127.0.0.1 only: the browser check reads every
//! page through it, as a reader's browser would.

use std::path::{Path, PathBuf};

use anyhow::anyhow;
use percent_encoding::percent_decode_str;
use tiny_http::{Header, Request, Response, Server};

/// Serves the files under `root` on a free port of 127.0.0.1, in a background thread, for
/// as long as the program runs. Returns the site's address, `http://127.0.0.1:PORT/`.
pub fn serve(root: &Path) -> anyhow::Result<String> {
    let server = Server::http("127.0.0.1:0").map_err(|e| anyhow!("starting a web server: {e}"))?;
    let address = format!("http://{}/", server.server_addr());
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            // Each in its own thread, so that no answer waits for another; one the browser
            // gave up on is no concern of the check.
            let root = root.clone();
            std::thread::spawn(move || answer(request, &root));
        }
    });
    Ok(address)
}

/// Answers one request: the file, or 404.
fn answer(request: Request, root: &Path) -> std::io::Result<()> {
    let file = file_for(root, request.url());
    let Some((file, handle)) = file.and_then(|f| std::fs::File::open(&f).ok().map(|h| (f, h)))
    else {
        return request.respond(Response::from_string("not found").with_status_code(404));
    };
    let mut kind = mime_guess::from_path(&file)
        .first_or_octet_stream()
        .to_string();
    if kind.starts_with("text/") || kind.ends_with("javascript") {
        kind += "; charset=utf-8";
    }
    let response = Response::from_file(handle);
    match Header::from_bytes("Content-Type", kind) {
        Ok(header) => request.respond(response.with_header(header)),
        Err(()) => request.respond(response),
    }
}

/// The file a URL names under `root` (`%E6%97%A5` and the like decoded, for Japanese names),
/// `index.html` for a directory; none outside `root`.
fn file_for(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let mut file = root.to_path_buf();
    for part in percent_decode_str(path).decode_utf8_lossy().split('/') {
        match part {
            ".." => return None,
            "" => {}
            part => file.push(part),
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_site_and_are_decoded() {
        let root = Path::new("/site");
        assert_eq!(
            file_for(root, "/ja/a.html?x=1"),
            Some(PathBuf::from("/site/ja/a.html"))
        );
        assert_eq!(file_for(root, "/../etc/passwd"), None);
        assert_eq!(file_for(root, "/%2e%2e/etc/passwd"), None);
        assert_eq!(
            file_for(root, "/%E6%97%A5.html"),
            Some(PathBuf::from("/site/日.html"))
        );
    }
}
