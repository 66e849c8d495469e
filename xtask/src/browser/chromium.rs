//! Headless Chromium, driven with the `headless_chrome` crate over the DevTools protocol: the
//! messages a browser's own developer tools send, and the events a page sends back.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use headless_chrome::protocol::cdp::Log::LogEntryLevel;
use headless_chrome::protocol::cdp::Runtime::ConsoleAPICalledEventTypeOption;
use headless_chrome::protocol::cdp::types::{Event, Method};
use headless_chrome::protocol::cdp::{Emulation, Network, Page, Runtime};
use headless_chrome::{LaunchOptions, Tab};
use serde_json::{Value, json};

/// A running Chromium with one page open, and what went wrong on the page since it was opened.
pub struct Browser {
    _chromium: headless_chrome::Browser,
    tab: Arc<Tab>,
    problems: Arc<Mutex<Vec<String>>>,
    loaded: Arc<AtomicBool>,
}

impl Browser {
    /// Starts Debian's `chromium` headless, with a fresh profile in `profile`, and opens a page
    /// that may load what the site at `address` serves and nothing else.
    pub fn start(profile: &Path, address: &str) -> anyhow::Result<Browser> {
        let chromium = headless_chrome::Browser::new(LaunchOptions {
            path: Some("chromium".into()),
            sandbox: false,
            user_data_dir: Some(profile.to_path_buf()),
            idle_browser_timeout: Duration::from_secs(120),
            ..LaunchOptions::default()
        })
        .context("starting chromium (Debian's package `chromium`)")?;
        let browser = Browser {
            tab: chromium.new_tab()?,
            _chromium: chromium,
            problems: Arc::default(),
            loaded: Arc::default(),
        };
        let (problems, loaded) = (Arc::clone(&browser.problems), Arc::clone(&browser.loaded));
        let address = address.to_string();
        browser
            .tab
            .add_event_listener(Arc::new(move |event: &Event| {
                if let Event::PageLoadEventFired(_) = event {
                    loaded.store(true, Ordering::SeqCst);
                } else if let Some(problem) = problem(event, &address) {
                    problems
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(problem);
                }
            }))?;
        browser.tab.enable_runtime()?.enable_log()?;
        browser.call::<Network::Enable>(json!({}))?;
        // One request a connection: tiny_http can leave a new connection waiting behind
        // idle ones the browser keeps open, and a page then never finishes loading.
        let close = json!({"headers": {"Connection": "close"}});
        browser.call::<Network::SetExtraHTTPHeaders>(close)?;
        Ok(browser)
    }

    /// Calls a DevTools method with `params`, written as the protocol writes them.
    fn call<M>(&self, params: Value) -> anyhow::Result<M::ReturnObject>
    where
        M: Method + serde::Serialize + serde::de::DeserializeOwned,
    {
        self.tab.call_method(serde_json::from_value::<M>(params)?)
    }

    /// Opens `url` and waits until it has loaded.
    pub fn open(&self, url: &str) -> anyhow::Result<()> {
        self.lock_problems().clear();
        self.loaded.store(false, Ordering::SeqCst);
        self.tab.navigate_to(url)?;
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.loaded.load(Ordering::SeqCst) {
            if Instant::now() > deadline {
                let waiting = self.check("waitingFor()")?;
                bail!("{url} did not load within 20 s; it waits for {waiting}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // A little longer, for its scripts.
        std::thread::sleep(Duration::from_millis(300));
        Ok(())
    }

    fn lock_problems(&self) -> std::sync::MutexGuard<'_, Vec<String>> {
        self.problems.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// What the page's events told of since the last `open`.
    pub fn problems(&self) -> Vec<String> {
        self.lock_problems().clone()
    }

    /// Runs JavaScript in the page (awaiting a promise) and returns its value as JSON.
    pub fn evaluate(&self, expression: &str) -> anyhow::Result<Value> {
        let answer = self.call::<Runtime::Evaluate>(
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        )?;
        if let Some(exception) = answer.exception_details {
            let description = exception.exception.and_then(|e| e.description);
            bail!(
                "the page's JavaScript failed: {}",
                description.unwrap_or(exception.text)
            );
        }
        Ok(answer.result.value.unwrap_or(Value::Null))
    }

    /// Sets the size of the window, as a phone (`mobile`) or a desktop.
    pub fn window(&self, width: u32, height: u32, mobile: bool) -> anyhow::Result<()> {
        self.call::<Emulation::SetDeviceMetricsOverride>(
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        )?;
        Ok(())
    }

    /// Writes a PNG of what the window shows to `path`.
    pub fn screenshot(&self, path: &Path) -> anyhow::Result<()> {
        let png = self.tab.capture_screenshot(
            Page::CaptureScreenshotFormatOption::Png,
            None,
            None,
            true,
        )?;
        std::fs::write(path, png).with_context(|| format!("writing {}", path.display()))
    }
}

/// What went wrong, if `event` tells of something: a script that failed, a console error,
/// a request that failed or went to another host than `address`.
fn problem(event: &Event, address: &str) -> Option<String> {
    match event {
        Event::RuntimeExceptionThrown(e) => {
            let details = &e.params.exception_details;
            let description = details
                .exception
                .as_ref()
                .and_then(|e| e.description.as_ref());
            let description = description.unwrap_or(&details.text);
            Some(format!("a script failed: {description}"))
        }
        Event::RuntimeConsoleAPICalled(e)
            if e.params.Type == ConsoleAPICalledEventTypeOption::Error =>
        {
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
