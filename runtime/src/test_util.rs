//! Test helpers for users' unit tests (no network): a [`ScriptedTransport`] that
//! answers with canned responses and records requests, and an [`InstantSleep`]
//! that records sleeps without waiting.
//!
//! Always compiled (no feature to enable): it has no dependencies of its own, and
//! downstream crates use it from their tests, where this crate's `cfg(test)` is off.
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
//! const OP: Operation = Operation::new("DescribeJobExecution", "IotJobsDataPlane", AuthMode::None);
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

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::http::{
    BoxFuture, HttpRequest, HttpResponse, HttpTransport, TransportError, TransportErrorKind,
};
use crate::sleep::AsyncSleep;

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
        self.state()
            .replies
            .push_back(Reply::Error(kind, message.into()));
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
                None => Err(TransportError::other(
                    "ScriptedTransport: no more canned replies",
                )),
            }
        })
    }
}

/// A sleep that returns at once and records the durations asked for. Meant for
/// retry tests; timeouts configured with it fire at once, so leave them unset.
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
        self.slept
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(duration);
        Box::pin(async {})
    }
}
