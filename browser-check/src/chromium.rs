//! Headless Chromium, driven with the `headless_chrome` crate over the DevTools protocol: the
//! messages a browser's own developer tools send, and the events a page sends back.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, bail};
use headless_chrome::protocol::cdp::Log::LogEntryLevel;
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption::Png;
use headless_chrome::protocol::cdp::Runtime::ConsoleAPICalledEventTypeOption::Error as ConsoleError;
use headless_chrome::protocol::cdp::types::{Event, Method};
use headless_chrome::protocol::cdp::{Emulation, Network, Runtime};
use headless_chrome::{LaunchOptions, Tab, util::Wait};
use serde_json::{Value, json};

/// A running Chromium with one page open, and since the page was opened, whether it has
/// loaded and what went wrong on it.
pub struct Browser {
    _chromium: headless_chrome::Browser,
    tab: Arc<Tab>,
    events: Arc<Mutex<(bool, Vec<String>)>>,
}

impl Browser {
    /// Starts Debian's `chromium` headless, with a fresh profile in `profile`, and opens a page
    /// that may load what the site at `address` serves and nothing else.
    pub fn start(profile: &Path, address: &str) -> anyhow::Result<Browser> {
        let chromium = headless_chrome::Browser::new(LaunchOptions {
            path: Some("chromium".into()),
            sandbox: false,
            user_data_dir: Some(profile.to_path_buf()),
            // A Run box may take up to `runs`' 300 s, on a slow machine; with a shorter
            // idle timeout the connection closes under a long run.
            idle_browser_timeout: Duration::from_secs(360),
            ..LaunchOptions::default()
        })
        .context("starting chromium (Debian's package `chromium`)")?;
        let browser = Browser {
            tab: chromium.new_tab()?,
            _chromium: chromium,
            events: Arc::default(),
        };
        let (events, address) = (Arc::clone(&browser.events), address.to_string());
        let listener = move |event: &Event| {
            let mut events = events.lock().unwrap();
            events.0 |= matches!(event, Event::PageLoadEventFired(_));
            events.1.extend(problem(event, &address));
        };
        browser.tab.add_event_listener(Arc::new(listener))?;
        browser.tab.enable_runtime()?.enable_log()?;
        browser.call::<Network::Enable>(json!({}))?;
        Ok(browser)
    }

    /// Calls a DevTools method with `params`, written as the protocol writes them.
    fn call<M>(&self, params: Value) -> anyhow::Result<M::ReturnObject>
    where
        M: Method + serde::Serialize + serde::de::DeserializeOwned,
    {
        self.tab.call_method(serde_json::from_value::<M>(params)?)
    }

    /// Opens `url` in a window of a desktop's size or, if `phone`, of a phone's, waits until
    /// it has loaded, and returns what its events told of.
    pub fn open(&self, url: &str, phone: bool) -> anyhow::Result<Vec<String>> {
        let (w, h) = if phone { (390, 844) } else { (1280, 800) };
        let size = json!({"width": w, "height": h, "deviceScaleFactor": 1, "mobile": phone});
        self.call::<Emulation::SetDeviceMetricsOverride>(size)?;
        *self.events.lock().unwrap() = (false, Vec::new());
        self.tab.navigate_to(url)?;
        let loaded = || self.events.lock().unwrap().0.then_some(());
        let wait = Wait::new(Duration::from_secs(20), Duration::from_millis(20));
        if wait.until(loaded).is_err() {
            let waiting: Value = self.check("waitingFor()")?;
            bail!("{url} did not load within 20 s; it waits for {waiting}");
        }
        // A little longer, for its scripts.
        std::thread::sleep(Duration::from_millis(300));
        Ok(self.events.lock().unwrap().1.clone())
    }

    /// Runs JavaScript in the page (awaiting a promise) and returns its value as JSON.
    pub fn evaluate(&self, expression: &str) -> anyhow::Result<Value> {
        let call = json!({"expression": expression, "returnByValue": true, "awaitPromise": true});
        let answer = self.call::<Runtime::Evaluate>(call)?;
        if let Some(details) = answer.exception_details {
            bail!("running the page's JavaScript: {}", failure(&details));
        }
        Ok(answer.result.value.unwrap_or(Value::Null))
    }

    /// Writes a PNG of what the window shows to `path`.
    pub fn screenshot(&self, path: &Path) -> anyhow::Result<()> {
        let png = self.tab.capture_screenshot(Png, None, None, true)?;
        std::fs::write(path, png).with_context(|| format!("writing {}", path.display()))
    }
}

/// What went wrong, if `event` tells of something: a script that failed, a console error,
/// a request that failed or went to another host than `address`.
fn problem(event: &Event, address: &str) -> Option<String> {
    match event {
        Event::RuntimeExceptionThrown(e) => Some(failure(&e.params.exception_details)),
        Event::RuntimeConsoleAPICalled(e) if e.params.Type == ConsoleError => {
            let args = serde_json::to_string(&e.params.args).unwrap_or_default();
            Some(format!("console error: {args}"))
        }
        Event::LogEntryAdded(e) if e.params.entry.level == LogEntryLevel::Error => {
            let entry = &e.params.entry;
            let url = entry.url.as_deref().unwrap_or("");
            Some(format!("console error: {} ({url})", entry.text))
        }
        Event::NetworkRequestWillBeSent(e) => {
            let url = &e.params.request.url;
            let local = [address, "data:", "about:", "blob:"];
            let local = local.iter().any(|start| url.starts_with(start));
            (!local).then(|| format!("a request to another host: {url}"))
        }
        Event::NetworkLoadingFailed(e) if e.params.canceled != Some(true) => {
            Some(format!("a request failed: {}", e.params.error_text))
        }
        _ => None,
    }
}

/// That a script failed, and what it tells of its failure.
fn failure(details: &Runtime::ExceptionDetails) -> String {
    let exception = details.exception.as_ref();
    let description = exception.and_then(|e| e.description.as_deref());
    format!("a script failed: {}", description.unwrap_or(&details.text))
}
