//! Test helpers for users' tests of code that calls a generated client.
//!
//! * [`TestServer`] (feature `test-util`): a real HTTP/1.1 server on `127.0.0.1`
//!   that answers with [`ScriptedResponse`]s in order (status, headers, body, an
//!   optional delay, a reply that never comes, a body that stalls midway, a closed
//!   connection) and records every request ([`RecordedRequest`]: method, path and
//!   query as sent, headers, body). The client runs unchanged (endpoint, SigV4,
//!   HTTP transport, retries, timeouts): point its endpoint URL at
//!   [`TestServer::url`], or build its configuration with
//!   [`TestServer::config_builder`]. The server stops when dropped.
//! * [`ScriptedTransport`] (always available, no network): an
//!   [`HttpTransport`] that answers with canned
//!   [`HttpResponse`]s (or transport errors, or never) and records the requests it
//!   gets, with the absolute URI and the signing headers. Plug it in with
//!   `ClientConfig::builder().transport(transport.clone())`; cheaper than a server,
//!   and it works without tokio's network features.
//! * [`InstantSleep`]: a sleep that returns at once and records the durations, to
//!   test retry backoff without waiting.
//!
//! `ScriptedTransport` and `InstantSleep` are always compiled (they have no
//! dependencies of their own); `TestServer` needs the `test-util` feature, which
//! brings hyper's server and tokio's network support:
//!
//! ```toml
//! [dev-dependencies]
//! smithy-runtime = { path = "...", features = ["test-util"] }
//! ```
//!
//! See [`TestServer`] for an example with a server; with `ScriptedTransport`:
//!
//! ```
//! use smithy_runtime::endpoint::Endpoint;
//! use smithy_runtime::http::{HttpRequest, HttpResponse, Method};
//! use smithy_runtime::test_util::ScriptedTransport;
//! use smithy_runtime::{AuthMode, ClientConfig, ClientRuntime, Operation, RetryConfig};
//! use std::time::Duration;
//!
//! # tokio_test_block_on(async {
//! let transport = ScriptedTransport::new()
//!     .with_response(HttpResponse::new(503, "{}"))
//!     .with_response(HttpResponse::new(200, r#"{"execution":{}}"#));
//! let config = ClientConfig::builder()
//!     .region("us-east-1")
//!     .transport(transport.clone())
//!     .retry_config(RetryConfig::standard().with_initial_backoff(Duration::ZERO))
//!     .build();
//! let runtime = ClientRuntime::new(config);
//! const OP: Operation = Operation::new("DescribeJobExecution", "IotJobsDataPlane", &[AuthMode::None]);
//! let response = runtime
//!     .send(&OP, HttpRequest::new(Method::GET, "/things/t/jobs/j"), &Endpoint::new("https://example.com"))
//!     .await
//!     .unwrap();
//! assert_eq!(response.status, 200);
//! assert_eq!(transport.requests().len(), 2);
//! assert_eq!(transport.requests()[0].uri, "https://example.com/things/t/jobs/j");
//! # });
//! # fn tokio_test_block_on<F: std::future::Future>(f: F) -> F::Output {
//! #     tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
//! # }
//! ```
// Without the feature, the links to the server's items have nothing to point to.
#![cfg_attr(not(feature = "test-util"), allow(rustdoc::broken_intra_doc_links))]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::http::{BoxFuture, HttpRequest, HttpResponse, HttpTransport, TransportError, TransportErrorKind};
use crate::sleep::AsyncSleep;

#[cfg(feature = "test-util")]
mod server;
#[cfg(feature = "test-util")]
pub use server::{RecordedRequest, ScriptedResponse, TestServer};

#[derive(Debug)]
enum Reply {
    Response(HttpResponse),
    Error(TransportErrorKind, String),
    Hang,
}

#[derive(Debug, Default)]
struct State {
    replies: VecDeque<Reply>,
    requests: Vec<HttpRequest>,
}

/// A transport that answers each request with the next canned reply, in order,
/// and records every request it gets (with the absolute URI and the signing
/// headers). Clones share the script and the record.
///
/// When the script runs out it answers with a [`TransportErrorKind::Other`] error.
///
/// A downstream crate unit-tests its own code that calls a generated client
/// (here `iot_jobs_data`) without any network:
///
/// (The client crate is not a dependency of this runtime, so the block is shown as
/// text; `generated/iot-jobs-data/tests/scripted_transport.rs` runs this pattern.)
///
/// ```text
/// use iot_jobs_data::{Client, Config};
/// use smithy_runtime::http::HttpResponse;
/// use smithy_runtime::test_util::ScriptedTransport;
///
/// let transport = ScriptedTransport::new().with_response(HttpResponse::new(
///     200,
///     r#"{"execution":{"jobId":"j","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1}}"#,
/// ));
/// let client = Client::new(
///     Config::builder()
///         .region("us-east-1")
///         .credentials(iot_jobs_data::config::Credentials::new("AKID", "SECRET", None))
///         .transport(transport.clone())
///         .build(),
/// );
/// let out = my_code_under_test(&client).await;
/// let sent = &transport.requests()[0];
/// assert_eq!(sent.uri, "https://data.jobs.iot.us-east-1.amazonaws.com/things/t/jobs/j");
/// assert!(sent.header_str("authorization").is_some());
/// ```
#[derive(Clone, Debug, Default)]
pub struct ScriptedTransport {
    state: Arc<Mutex<State>>,
}

impl ScriptedTransport {
    /// An empty script.
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a response to the script.
    pub fn with_response(self, response: HttpResponse) -> Self {
        self.push_response(response);
        self
    }

    /// Adds a transport error to the script.
    pub fn with_error(self, kind: TransportErrorKind, message: impl Into<String>) -> Self {
        self.push_error(kind, message);
        self
    }

    /// Adds a reply that never comes (for timeout tests).
    pub fn with_hang(self) -> Self {
        self.push_hang();
        self
    }

    /// Adds a response to the script.
    pub fn push_response(&self, response: HttpResponse) {
        self.state().replies.push_back(Reply::Response(response));
    }

    /// Adds a transport error to the script.
    pub fn push_error(&self, kind: TransportErrorKind, message: impl Into<String>) {
        self.state().replies.push_back(Reply::Error(kind, message.into()));
    }

    /// Adds a reply that never comes.
    pub fn push_hang(&self) {
        self.state().replies.push_back(Reply::Hang);
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<HttpRequest> {
        self.state().requests.clone()
    }

    /// How many canned replies are left.
    pub fn remaining(&self) -> usize {
        self.state().replies.len()
    }
}

impl HttpTransport for ScriptedTransport {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        let reply = {
            let mut state = self.state();
            state.requests.push(request);
            state.replies.pop_front()
        };
        Box::pin(async move {
            match reply {
                Some(Reply::Response(r)) => Ok(r),
                Some(Reply::Error(kind, message)) => Err(TransportError::new(kind, message)),
                Some(Reply::Hang) => std::future::pending().await,
                None => Err(TransportError::other("ScriptedTransport: no more canned replies")),
            }
        })
    }
}

/// A sleep that returns at once and records the durations asked for: the retry
/// backoff takes no time in tests. Timeouts keep tokio's clock
/// ([`AsyncSleep::timeout_sleep`] is `tokio::time::sleep`), so they fire only
/// when they should.
#[derive(Clone, Debug, Default)]
pub struct InstantSleep {
    slept: Arc<Mutex<Vec<Duration>>>,
}

impl InstantSleep {
    /// A new recorder.
    pub fn new() -> Self {
        Self::default()
    }

    /// The durations asked for so far.
    pub fn slept(&self) -> Vec<Duration> {
        self.slept.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl AsyncSleep for InstantSleep {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.slept.lock().unwrap_or_else(|e| e.into_inner()).push(duration);
        Box::pin(async {})
    }

    fn timeout_sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn instant_sleep_skips_backoff_but_not_timeouts() {
        let sleep = InstantSleep::new();
        let start = tokio::time::Instant::now();
        sleep.sleep(Duration::from_secs(3)).await;
        assert_eq!(start.elapsed(), Duration::ZERO);
        assert_eq!(sleep.slept(), vec![Duration::from_secs(3)]);
        sleep.timeout_sleep(Duration::from_secs(5)).await;
        assert_eq!(start.elapsed(), Duration::from_secs(5));
    }
}
