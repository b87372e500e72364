//! [`BodyLimits`]: how large a response body the client reads into memory.

use std::fmt;

use bytes::Bytes;

use crate::byte_stream::{ByteStream, ByteStreamError};
use crate::http::HeaderMap;

/// Caps on the response bodies a client reads into memory: the body of a
/// successful response of a non-streaming operation (default 64 MiB), and the
/// body of any error response (default 1 MiB), streaming operations included.
/// The body of a successful streaming operation is handed to the caller
/// unread, and is not capped.
///
/// A body over its cap is refused with an error of kind
/// [`ErrorKind::BodyTooLarge`](crate::error::ErrorKind::BodyTooLarge) whose
/// source is a [`BodyTooLarge`]: before reading anything when `Content-Length`
/// announces it, else as soon as the bytes received pass the cap (the
/// connection is then closed, and the rest never read). Memory stays bounded by
/// the cap whatever the server announces or sends.
///
/// ```
/// use smithy_runtime::{BodyLimits, ClientConfig};
///
/// let config = ClientConfig::builder()
///     .body_limits(BodyLimits::default().with_max_response_body(8 * 1024 * 1024))
///     .build();
/// assert_eq!(config.body_limits().max_response_body(), 8 * 1024 * 1024);
/// assert_eq!(config.body_limits().max_error_body(), 1024 * 1024);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodyLimits {
    response: u64,
    error: u64,
}

impl Default for BodyLimits {
    /// 64 MiB for a successful response, 1 MiB for an error response.
    fn default() -> Self {
        BodyLimits {
            response: 64 * 1024 * 1024,
            error: 1024 * 1024,
        }
    }
}

impl BodyLimits {
    /// The cap on the body of a successful (2xx) response, in bytes.
    pub fn with_max_response_body(mut self, bytes: u64) -> Self {
        self.response = bytes;
        self
    }

    /// The cap on the body of an error (non-2xx) response, in bytes.
    pub fn with_max_error_body(mut self, bytes: u64) -> Self {
        self.error = bytes;
        self
    }

    /// The cap on the body of a successful response.
    pub fn max_response_body(&self) -> u64 {
        self.response
    }

    /// The cap on the body of an error response.
    pub fn max_error_body(&self) -> u64 {
        self.error
    }

    /// The cap for a response with this status.
    pub(crate) fn for_status(&self, status: u16) -> u64 {
        if (200..300).contains(&status) {
            self.response
        } else {
            self.error
        }
    }
}

/// A response body larger than its [`BodyLimits`] cap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyTooLarge {
    status: u16,
    limit: u64,
    content_length: Option<u64>,
}

impl BodyTooLarge {
    /// The response's HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The cap the body passed, in bytes.
    pub fn limit(&self) -> u64 {
        self.limit
    }

    /// The body's size when known before reading it: announced by
    /// `Content-Length`, or the length of a body a transport already holds in
    /// memory.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }
}

impl fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let which = if (200..300).contains(&self.status) {
            "max_response_body"
        } else {
            "max_error_body"
        };
        write!(f, "the body of the HTTP {} response is ", self.status)?;
        match self.content_length {
            Some(len) => write!(f, "{len} bytes")?,
            None => f.write_str("larger than that")?,
        }
        write!(f, ", over the limit of {} bytes (BodyLimits::{which})", self.limit)
    }
}

impl std::error::Error for BodyTooLarge {}

/// Why a body could not be read in full.
#[derive(Debug)]
pub(crate) enum CollectError {
    /// Over the cap.
    TooLarge(BodyTooLarge),
    /// The body failed (connection, stall).
    Read(ByteStreamError),
}

/// Reads `body` into memory, refusing it once it passes `limit`: at once when
/// `headers` announce a larger `Content-Length`, else as soon as the chunks
/// received pass it. Never reserves more than `limit` bytes up front.
pub(crate) async fn collect_limited(
    status: u16,
    headers: &HeaderMap,
    mut body: ByteStream,
    limit: u64,
) -> Result<Bytes, CollectError> {
    let too_large = |content_length| {
        CollectError::TooLarge(BodyTooLarge {
            status,
            limit,
            content_length,
        })
    };
    let announced = headers
        .get(::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(len) = announced.filter(|len| *len > limit) {
        return Err(too_large(Some(len)));
    }
    if let Some(bytes) = body.bytes() {
        if bytes.len() as u64 > limit {
            return Err(too_large(Some(bytes.len() as u64)));
        }
        return Ok(bytes);
    }
    // The announced length is at most the limit here; a small first reservation
    // keeps a lying server from costing memory it never sends.
    let reserve = announced.unwrap_or(0).min(64 * 1024);
    let mut out = Vec::with_capacity(usize::try_from(reserve).unwrap_or(0));
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(CollectError::Read)?;
        if (out.len() + chunk.len()) as u64 > limit {
            return Err(too_large(announced));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::pin::Pin;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::task::{Context, Poll};

    /// An endless stream of 1 KiB chunks that counts what it yields.
    struct Endless(Arc<AtomicUsize>);

    impl futures_core::Stream for Endless {
        type Item = Result<Bytes, std::io::Error>;
        fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            self.0.fetch_add(1, Ordering::Relaxed);
            Poll::Ready(Some(Ok(Bytes::from(vec![b'x'; 1024]))))
        }
    }

    fn headers(content_length: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("content-length", content_length.parse().unwrap());
        h
    }

    #[tokio::test]
    async fn content_length_over_the_cap_is_refused_before_reading() {
        let pulled = Arc::new(AtomicUsize::new(0));
        let body = ByteStream::from_stream(Endless(pulled.clone()));
        let Err(CollectError::TooLarge(e)) = collect_limited(200, &headers("10485760"), body, 4096).await else {
            panic!("not refused");
        };
        assert_eq!(
            (e.limit(), e.content_length(), e.status()),
            (4096, Some(10_485_760), 200)
        );
        assert_eq!(pulled.load(Ordering::Relaxed), 0);
        assert_eq!(
            e.to_string(),
            "the body of the HTTP 200 response is 10485760 bytes, over the limit of 4096 bytes (BodyLimits::max_response_body)"
        );
    }

    #[tokio::test]
    async fn a_body_without_length_stops_at_the_cap() {
        let pulled = Arc::new(AtomicUsize::new(0));
        let body = ByteStream::from_stream(Endless(pulled.clone()));
        let Err(CollectError::TooLarge(e)) = collect_limited(500, &HeaderMap::new(), body, 10 * 1024).await else {
            panic!("not refused");
        };
        assert_eq!(e.content_length(), None);
        assert!(e.to_string().contains("BodyLimits::max_error_body"), "{e}");
        // Ten chunks fit, the eleventh passes the cap: nothing more is read.
        assert_eq!(pulled.load(Ordering::Relaxed), 11);
    }

    #[tokio::test]
    async fn bodies_within_the_cap_are_read_whole() {
        let body = collect_limited(200, &headers("5"), ByteStream::from("hello"), 5)
            .await
            .unwrap();
        assert_eq!(body, "hello");
        // In memory (a transport that buffers): the length is checked all the same.
        let Err(CollectError::TooLarge(e)) =
            collect_limited(200, &HeaderMap::new(), ByteStream::from("hello"), 4).await
        else {
            panic!("not refused");
        };
        assert_eq!(e.content_length(), Some(5));
    }
}
