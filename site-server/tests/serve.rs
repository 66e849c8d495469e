//! What a browser asks of the server, asked over a plain TCP connection.

use std::io::{Read, Write};
use std::net::TcpStream;

use site_server::Server;

/// The server's answer to `GET path`: its status line, headers and body.
fn get(server: &Server, path: &str) -> String {
    let address = server
        .url()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let mut stream = TcpStream::connect(address).expect("the server listens");
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn serves_pages_programs_and_a_404() {
    let site = std::env::temp_dir().join(format!("site-server-test-{}", std::process::id()));
    std::fs::create_dir_all(site.join("ja")).unwrap();
    std::fs::write(site.join("index.html"), "<p>the book</p>").unwrap();
    std::fs::write(site.join("ja/index.html"), "<p>日本語版</p>").unwrap();
    std::fs::write(site.join("404.html"), "<p>no such page</p>").unwrap();
    std::fs::write(site.join("ch05.wasm"), b"\0asm").unwrap();
    let server = Server::start(&site, 0).unwrap();
    assert!(
        server.url().starts_with("http://127.0.0.1:"),
        "{}",
        server.url()
    );

    let page = get(&server, "/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.ends_with("<p>the book</p>"), "{page}");
    assert!(get(&server, "/ja/").ends_with("<p>日本語版</p>"));
    // Without its slash, a folder is a redirect to the folder.
    let folder = get(&server, "/ja");
    assert!(folder.starts_with("HTTP/1.1 307"), "{folder}");
    // Browsers compile a program as it arrives only if it comes as application/wasm.
    assert!(get(&server, "/ch05.wasm").contains("content-type: application/wasm"));
    let missing = get(&server, "/nowhere.html");
    assert!(missing.starts_with("HTTP/1.1 404"), "{missing}");
    assert!(missing.ends_with("<p>no such page</p>"), "{missing}");
    std::fs::remove_dir_all(site).unwrap();
}
