//! Headless Chromium, driven over the DevTools protocol: the messages a browser's own
//! developer tools send, as JSON over a WebSocket.

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::{Value, json};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

/// A running Chromium with one page open.
pub struct Browser {
    child: Child,
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
    /// Events that arrived while waiting for an answer, in order.
    events: Vec<Value>,
}

impl Browser {
    /// Starts Chromium headless, with a fresh profile in `profile`, and opens a page.
    pub fn start(profile: &Path) -> anyhow::Result<Browser> {
        let mut child = Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .context("starting chromium (Debian's package `chromium`)")?;
        let stderr = child.stderr.take().context("chromium's standard error")?;
        let mut lines = BufReader::new(stderr).lines();
        let address = loop {
            let line = lines
                .next()
                .context("chromium ended before it opened its DevTools port")??;
            if let Some(address) = line.strip_prefix("DevTools listening on ") {
                break address.to_string();
            }
        };
        // Keep reading standard error, so that Chromium never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let (socket, _) = tungstenite::connect(&address).context("connecting to chromium")?;
        let mut browser = Browser {
            child,
            socket,
            session: String::new(),
            next_id: 0,
            events: Vec::new(),
        };
        let target = browser.call("Target.createTarget", json!({"url": "about:blank"}))?;
        let target_id = target["targetId"]
            .as_str()
            .context("a target id")?
            .to_string();
        let attached = browser.call(
            "Target.attachToTarget",
            json!({"targetId": target_id, "flatten": true}),
        )?;
        browser.session = attached["sessionId"]
            .as_str()
            .context("a session id")?
            .to_string();
        for domain in ["Page", "Runtime", "Network", "Log"] {
            browser.call(&format!("{domain}.enable"), json!({}))?;
        }
        Ok(browser)
    }

    /// Sends a command to the page (or, before a page is attached, to the browser) and waits
    /// for its answer.
    pub fn call(&mut self, method: &str, params: Value) -> anyhow::Result<Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        self.socket
            .send(Message::Text(message.to_string().into()))?;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let value = self.receive(deadline)?;
            if value["id"] == json!(id) {
                if let Some(error) = value.get("error") {
                    bail!("{method}: {error}");
                }
                return Ok(value["result"].clone());
            }
            self.events.push(value);
        }
    }

    fn receive(&mut self, deadline: Instant) -> anyhow::Result<Value> {
        loop {
            if Instant::now() > deadline {
                bail!("chromium did not answer in time");
            }
            match self.socket.read()? {
                Message::Text(text) => return Ok(serde_json::from_str(text.as_str())?),
                Message::Close(_) => bail!("chromium closed the connection"),
                _ => {}
            }
        }
    }

    /// Opens `url` and waits until it has loaded, then a little longer for its scripts.
    pub fn open(&mut self, url: &str) -> anyhow::Result<()> {
        self.events.clear();
        self.call("Page.navigate", json!({"url": url}))?;
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self
            .events
            .iter()
            .any(|e| e["method"] == "Page.loadEventFired")
        {
            let event = self.receive(deadline)?;
            self.events.push(event);
        }
        self.settle(Duration::from_millis(300))
    }

    /// Waits `time`, collecting events.
    pub fn settle(&mut self, time: Duration) -> anyhow::Result<()> {
        // A harmless evaluation after the pause brings in everything that arrived meanwhile.
        std::thread::sleep(time);
        self.call("Runtime.evaluate", json!({"expression": "0"}))?;
        Ok(())
    }

    /// The events since the last `open`.
    pub fn events(&self) -> &[Value] {
        &self.events
    }

    /// Runs JavaScript in the page (awaiting a promise) and returns its value as JSON.
    pub fn evaluate(&mut self, expression: &str) -> anyhow::Result<Value> {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        )?;
        if let Some(exception) = result.get("exceptionDetails") {
            bail!("the page's JavaScript failed: {exception}");
        }
        Ok(result["result"]["value"].clone())
    }

    /// Sets the size of the window, as a phone (`mobile`) or a desktop.
    pub fn window(&mut self, width: u32, height: u32, mobile: bool) -> anyhow::Result<()> {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        )?;
        Ok(())
    }

    /// Writes a PNG of what the window shows to `path`.
    pub fn screenshot(&mut self, path: &Path) -> anyhow::Result<()> {
        use base64::Engine;
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}))?;
        let data = shot["data"].as_str().context("screenshot data")?;
        let png = base64::engine::general_purpose::STANDARD.decode(data)?;
        std::fs::write(path, png).with_context(|| format!("writing {}", path.display()))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
