//! Sleeping and timeouts, through a pluggable [`AsyncSleep`].

use std::fmt;
use std::future::{poll_fn, Future};
use std::pin::pin;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use crate::http::BoxFuture;

/// Sleeps; used for retry backoff and for timeouts. The default is [`TokioSleep`].
pub trait AsyncSleep: Send + Sync + fmt::Debug {
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// A sleep implementation shared between clients.
pub type SharedSleep = Arc<dyn AsyncSleep>;

/// Sleeps with `tokio::time::sleep` (so tokio's paused test time applies).
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSleep;

impl AsyncSleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// Timeouts. `None` means no limit.
///
/// ```
/// use smithy_runtime::TimeoutConfig;
/// use std::time::Duration;
///
/// let t = TimeoutConfig::default()
///     .with_attempt_timeout(Some(Duration::from_secs(5)))
///     .with_operation_timeout(Some(Duration::from_secs(20)));
/// assert_eq!(t.connect_timeout(), Some(Duration::from_millis(3100)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeoutConfig {
    connect: Option<Duration>,
    attempt: Option<Duration>,
    operation: Option<Duration>,
}

impl Default for TimeoutConfig {
    /// Connect timeout 3.1 s (as the AWS SDKs), no attempt or operation timeout.
    fn default() -> Self {
        TimeoutConfig {
            connect: Some(Duration::from_millis(3100)),
            attempt: None,
            operation: None,
        }
    }
}

impl TimeoutConfig {
    /// No timeouts at all.
    pub fn disabled() -> Self {
        TimeoutConfig {
            connect: None,
            attempt: None,
            operation: None,
        }
    }

    /// Limit on establishing a connection (TCP and TLS), applied by the default transport.
    pub fn with_connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect = timeout;
        self
    }

    /// Limit on one attempt: signing, sending, and reading the whole response. A
    /// timed-out attempt is retried.
    pub fn with_attempt_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.attempt = timeout;
        self
    }

    /// Limit on the whole operation, retries and backoff included.
    pub fn with_operation_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.operation = timeout;
        self
    }

    /// The connect timeout.
    pub fn connect_timeout(&self) -> Option<Duration> {
        self.connect
    }

    /// The attempt timeout.
    pub fn attempt_timeout(&self) -> Option<Duration> {
        self.attempt
    }

    /// The operation timeout.
    pub fn operation_timeout(&self) -> Option<Duration> {
        self.operation
    }
}

/// Runs `future` with a time limit; `Err(())` when the limit passes first.
pub(crate) async fn timeout<F: Future>(
    sleep: &dyn AsyncSleep,
    limit: Option<Duration>,
    future: F,
) -> Result<F::Output, ()> {
    let Some(limit) = limit else {
        return Ok(future.await);
    };
    let mut future = pin!(future);
    let mut timer = sleep.sleep(limit);
    poll_fn(|cx| {
        if let Poll::Ready(v) = future.as_mut().poll(cx) {
            return Poll::Ready(Ok(v));
        }
        if timer.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Err(()));
        }
        Poll::Pending
    })
    .await
}
