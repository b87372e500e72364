//! Keep-alive connections that run inside the call using them.
//!
//! hyper's HTTP/1 [`Connection`](http1::Connection) is the future that does a
//! connection's socket I/O. Instead of spawning it as a task of its own (one task hop and one more
//! poll of the runtime's driver per call), the call polls it beside the response
//! it waits for, and the response body polls it while it is read. A connection
//! whose response was read to the end goes back to the pool for the next call.

use std::collections::HashMap;
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures_core::Stream;
use http_body::Body;
use hyper::body::Incoming;
use hyper::client::conn::http1::{self, SendRequest};

use crate::error::BoxError;
use crate::http::Bytes;

/// What a connection runs on: TCP, or TLS over TCP.
pub(super) type Io = hyper_rustls::MaybeHttpsStream<hyper_util::rt::TokioIo<tokio::net::TcpStream>>;

/// The request body type of every connection.
pub(super) type RequestBody = super::RequestBody;

/// Idle connections by `scheme://authority`.
#[derive(Debug, Default)]
pub(super) struct Pool {
    idle: Mutex<HashMap<String, Vec<Idle>>>,
    /// Tests: check out pooled connections without the readiness check, to
    /// produce the race that check cannot rule out (the server closing the
    /// connection just after it).
    #[cfg(test)]
    pub(super) unchecked: std::sync::atomic::AtomicBool,
}

/// A connection waiting for its next request.
struct Idle {
    connection: Leased,
    since: Instant,
}

impl std::fmt::Debug for Idle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Idle")
            .field("since", &self.since)
            .finish_non_exhaustive()
    }
}

/// How long an unused connection is kept, as hyper's pooling client keeps them
/// by default; one the server closed sooner is noticed and dropped at checkout.
pub(super) const IDLE_TIMEOUT: Duration = Duration::from_secs(90);

impl Pool {
    /// The most recently used idle connection to `key` that is still open and
    /// ready for a request, if any; closed and expired ones are dropped.
    pub(super) async fn checkout(&self, key: &str) -> Option<Leased> {
        loop {
            let idle = self
                .idle
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .get_mut(key)?
                .pop()?;
            if idle.since.elapsed() > IDLE_TIMEOUT {
                continue;
            }
            let mut connection = idle.connection;
            #[cfg(test)]
            if self.unchecked.load(std::sync::atomic::Ordering::Relaxed) {
                return Some(connection);
            }
            if connection.ready().await {
                return Some(connection);
            }
        }
    }

    /// Keeps `connection` for the next request to its host, unless it has closed.
    fn check_in(&self, connection: Leased) {
        if connection.io.is_none() {
            return;
        }
        let idle = Idle {
            since: Instant::now(),
            connection,
        };
        let mut pool = self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // The host's list exists after its first connection: no key copied per call.
        match pool.get_mut(&idle.connection.key) {
            Some(list) => {
                list.retain(|i| i.since.elapsed() <= IDLE_TIMEOUT);
                list.push(idle);
            }
            None => {
                pool.insert(idle.connection.key.clone(), vec![idle]);
            }
        }
    }
}

/// A connection in use by one call: the handle that sends requests and the
/// connection future that does the I/O.
pub(super) struct Leased {
    send: SendRequest<RequestBody>,
    /// `None` once it has completed: the connection is closed.
    io: Option<Pin<Box<http1::Connection<Io, RequestBody>>>>,
    /// The pool's key of the connection's host.
    key: String,
}

/// Why a request got no response.
pub(super) enum SendError {
    /// The connection closed before the request was written: it can go out on
    /// another connection.
    NotSent(Box<hyper::Request<RequestBody>>, hyper::Error),
    /// Failed after the request (or part of it) was written.
    Failed(BoxError),
}

impl Leased {
    /// Starts HTTP/1 on a new connection, for the call that opened it.
    pub(super) async fn handshake(io: Io, key: String) -> Result<Leased, hyper::Error> {
        let (send, connection) = http1::handshake(io).await?;
        Ok(Leased {
            send,
            io: Some(Box::pin(connection)),
            key,
        })
    }

    /// Runs the connection's I/O until it waits; `false` once it has closed.
    fn drive(&mut self, cx: &mut Context<'_>) -> Result<bool, hyper::Error> {
        let Some(io) = &mut self.io else {
            return Ok(false);
        };
        match io.as_mut().poll(cx) {
            Poll::Pending => Ok(true),
            Poll::Ready(result) => {
                self.io = None;
                result.map(|()| false)
            }
        }
    }

    /// Whether the connection takes a new request (an idle one may have been
    /// closed by the server meanwhile).
    async fn ready(&mut self) -> bool {
        poll_fn(|cx| match self.drive(cx) {
            Ok(true) => self.send.poll_ready(cx).map(|r| r.is_ok()),
            Ok(false) | Err(_) => Poll::Ready(false),
        })
        .await
    }

    /// Sends `request` and waits for the response head, running the connection
    /// meanwhile; the response body keeps running it until the body's end, then
    /// returns it to `pool`.
    pub(super) async fn send(
        mut self,
        request: hyper::Request<RequestBody>,
        pool: Arc<Pool>,
    ) -> Result<hyper::Response<DrivenBody>, SendError> {
        let mut response = std::pin::pin!(self.send.try_send_request(request));
        let result = poll_fn(|cx| {
            // The connection first: it may read the response the call waits for.
            // When it fails, the response future ends too, with hyper's error
            // (and the request back if none of it was written).
            let _ = self.drive(cx);
            response.as_mut().poll(cx)
        })
        .await;
        match result {
            Ok(response) => Ok(response.map(|body| DrivenBody {
                body,
                connection: Some(self),
                pool,
            })),
            Err(mut e) => match e.take_message() {
                Some(request) => Err(SendError::NotSent(Box::new(request), e.into_error())),
                None => Err(SendError::Failed(e.into_error().into())),
            },
        }
    }
}

/// A response body that runs its connection while it is read, and returns the
/// connection to the pool at its end. Dropped before its end, it closes the
/// connection (HTTP/1 cannot skip the rest of a response).
pub(super) struct DrivenBody {
    body: Incoming,
    connection: Option<Leased>,
    pool: Arc<Pool>,
}

impl Stream for DrivenBody {
    type Item = Result<Bytes, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if let Some(connection) = &mut this.connection {
            // When the connection fails, the body ends with hyper's error, below.
            let _ = connection.drive(cx);
        }
        loop {
            return match Pin::new(&mut this.body).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => match frame.into_data() {
                    Ok(data) => Poll::Ready(Some(Ok(data))),
                    // Trailers are not part of the body.
                    Err(_trailers) => continue,
                },
                Poll::Ready(Some(Err(e))) => {
                    this.connection = None;
                    Poll::Ready(Some(Err(e.into())))
                }
                Poll::Ready(None) => {
                    if let Some(connection) = this.connection.take() {
                        this.pool.check_in(connection);
                    }
                    Poll::Ready(None)
                }
                Poll::Pending => Poll::Pending,
            };
        }
    }
}
