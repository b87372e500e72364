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

    /// A future that completes after `duration`, ending a timeout (connect aside:
    /// attempt, operation and read timeouts). The default is [`sleep`](Self::sleep);
    /// a test double that skips the retry backoff keeps real time here, so that
    /// timeouts still fire only when they should.
    fn timeout_sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.sleep(duration)
    }
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

/// Timeouts. `None` means no limit. Every timeout is on by default, so that no
/// call waits forever on a silent network or a stalled server:
///
/// | timeout | default | bounds |
/// |---|---|---|
/// | [connect](Self::with_connect_timeout) | 3.1 s (as the AWS SDKs) | DNS, TCP and the TLS handshake of a new connection |
/// | [read](Self::with_read_timeout) | 20 s (the AWS SDKs' stalled-stream grace period) | a pause with no progress: no request bytes taken by the connection and no response head while waiting for it, or no response bytes while reading a body, streaming bodies included |
/// | [attempt](Self::with_attempt_timeout) | 60 s | one attempt: connecting, sending the request (its whole body), and receiving the response (its whole body, except a streaming body handed to the caller) |
/// | [operation](Self::with_operation_timeout) | none | the whole call, retries and backoff included |
///
/// A timed-out attempt, whichever timeout fired, is retried as a transient error.
/// Raise the attempt timeout (or turn it off) for large uploads over slow links;
/// the read timeout still catches a stall.
///
/// ```
/// use smithy_runtime::TimeoutConfig;
/// use std::time::Duration;
///
/// let t = TimeoutConfig::default()
///     .with_attempt_timeout(Some(Duration::from_secs(5)))
///     .with_operation_timeout(Some(Duration::from_secs(20)));
/// assert_eq!(t.connect_timeout(), Some(Duration::from_millis(3100)));
/// assert_eq!(t.read_timeout(), Some(Duration::from_secs(20)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeoutConfig {
    connect: Option<Duration>,
    read: Option<Duration>,
    attempt: Option<Duration>,
    operation: Option<Duration>,
}

impl Default for TimeoutConfig {
    /// Connect 3.1 s, read 20 s, attempt 60 s, no operation timeout (see the table
    /// on [`TimeoutConfig`]).
    fn default() -> Self {
        TimeoutConfig {
            connect: Some(Duration::from_millis(3100)),
            read: Some(Duration::from_secs(20)),
            attempt: Some(Duration::from_secs(60)),
            operation: None,
        }
    }
}

impl TimeoutConfig {
    /// No timeouts at all.
    pub fn disabled() -> Self {
        TimeoutConfig {
            connect: None,
            read: None,
            attempt: None,
            operation: None,
        }
    }

    /// Limit on establishing a connection: DNS lookup, TCP connect and TLS
    /// handshake together. Applied by the default transport (a transport of your
    /// own applies its own).
    pub fn with_connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect = timeout;
        self
    }

    /// Stalled-stream protection: the longest pause with no progress. While
    /// waiting for the response head, progress is the connection taking request
    /// body bytes (a long upload is not a stall); while reading a response body,
    /// it is bytes arriving. Covers the bodies of streaming operations handed to
    /// the caller too: a stalled body then yields an error of kind
    /// [`ByteStreamErrorKind::Timeout`](crate::byte_stream::ByteStreamErrorKind::Timeout)
    /// instead of hanging. Before a response comes, a fired read timeout fails
    /// the attempt, which is retried.
    pub fn with_read_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.read = timeout;
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

    /// The read (stalled-stream) timeout.
    pub fn read_timeout(&self) -> Option<Duration> {
        self.read
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
    let mut timer = sleep.timeout_sleep(limit);
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
