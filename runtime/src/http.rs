//! HTTP messages and the pluggable [`HttpTransport`] that sends them.
//!
//! The generated serializers build an [`HttpRequest`] whose `uri` is the path and
//! query relative to the endpoint (`/things/t/jobs/j?includeJobDocument=true`); the
//! [`ClientRuntime`](crate::ClientRuntime) joins it with the resolved endpoint,
//! signs it, and hands it to the transport with an absolute URI.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

pub use ::bytes::Bytes;
pub use ::http::{HeaderMap, HeaderName, HeaderValue, Method};

use crate::byte_stream::{ByteStream, ByteStreamError};
use crate::error::BoxError;

/// A boxed, `Send` future: what the object-safe async traits of this crate return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// An HTTP request: method, URI, headers and a fully buffered body.
#[derive(Clone, PartialEq)]
pub struct HttpRequest {
    /// The method.
    pub method: Method,
    /// Before [`ClientRuntime::send`](crate::ClientRuntime::send): the path and query
    /// relative to the endpoint, starting with `/`. When a transport sees it: the
    /// absolute URL (`https://host:port/path?query`).
    pub uri: String,
    /// The headers.
    pub headers: HeaderMap,
    /// The body (empty for none).
    pub body: Bytes,
}

impl HttpRequest {
    /// A request with no headers and an empty body.
    pub fn new(method: Method, uri: impl Into<String>) -> Self {
        HttpRequest {
            method,
            uri: uri.into(),
            headers: HeaderMap::new(),
            body: Bytes::new(),
        }
    }

    /// Appends a header (keeping earlier values of the same name). Values that are
    /// not valid header values are an error naming the header.
    pub fn header(mut self, name: &str, value: &str) -> Result<Self, InvalidHeader> {
        self.append_header(name, value)?;
        Ok(self)
    }

    /// Appends a header in place; see [`header`](Self::header).
    pub fn append_header(&mut self, name: &str, value: &str) -> Result<(), InvalidHeader> {
        let invalid = || InvalidHeader { name: name.to_owned() };
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
        let value = HeaderValue::from_str(value).map_err(|_| invalid())?;
        self.headers.append(name, value);
        Ok(())
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// The first value of header `name`, if it is valid UTF-8.
    pub fn header_str(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("uri", &self.uri)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &DebugBody(&self.body))
            .finish()
    }
}

/// An HTTP response: status, headers and a fully buffered body.
#[derive(Clone, PartialEq)]
pub struct HttpResponse {
    /// The status code (`200`).
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
}

impl HttpResponse {
    /// A response with no headers.
    pub fn new(status: u16, body: impl Into<Bytes>) -> Self {
        HttpResponse {
            status,
            headers: HeaderMap::new(),
            body: body.into(),
        }
    }

    /// Appends a header; panics on an invalid name or value (meant for tests and
    /// hand-built responses; transports fill `headers` directly).
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        let name = HeaderName::from_bytes(name.as_bytes()).expect("valid header name");
        let value = HeaderValue::from_str(value).expect("valid header value");
        self.headers.append(name, value);
        self
    }

    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The first value of header `name`, if it is valid UTF-8.
    pub fn header_str(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl fmt::Debug for HttpResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &DebugBody(&self.body))
            .finish()
    }
}

struct DebugBody<'a>(&'a [u8]);

impl fmt::Debug for DebugBody<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::error::debug_bytes(f, self.0)
    }
}

/// Headers with the signature and the session token hidden.
struct RedactedHeaders<'a>(&'a HeaderMap);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (name, value) in self.0 {
            let secret = name == "authorization" || name == "x-amz-security-token";
            if secret {
                m.entry(&name.as_str(), &"** redacted **");
            } else {
                m.entry(&name.as_str(), value);
            }
        }
        m.finish()
    }
}

/// A request whose body is a [`ByteStream`] (a `@streaming` blob payload, or
/// any request on its way to [`HttpTransport::send_streaming`]). `Debug` hides
/// the signature and session token, and never shows the body's data.
pub struct StreamingHttpRequest {
    /// The method.
    pub method: Method,
    /// The URI; see [`HttpRequest::uri`].
    pub uri: String,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: ByteStream,
}

impl StreamingHttpRequest {
    /// `head`'s method, URI and headers (its buffered body is dropped) with `body`.
    pub fn from_parts(head: HttpRequest, body: ByteStream) -> Self {
        StreamingHttpRequest {
            method: head.method,
            uri: head.uri,
            headers: head.headers,
            body,
        }
    }

    /// The method, URI and headers (with an empty body), and the body.
    pub fn into_parts(self) -> (HttpRequest, ByteStream) {
        let head = HttpRequest {
            method: self.method,
            uri: self.uri,
            headers: self.headers,
            body: Bytes::new(),
        };
        (head, self.body)
    }

    /// The request with its whole body read into memory.
    pub async fn into_buffered(self) -> Result<HttpRequest, ByteStreamError> {
        let (mut head, body) = self.into_parts();
        head.body = body.collect().await?;
        Ok(head)
    }
}

impl fmt::Debug for StreamingHttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamingHttpRequest")
            .field("method", &self.method)
            .field("uri", &self.uri)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &self.body)
            .finish()
    }
}

impl From<HttpRequest> for StreamingHttpRequest {
    fn from(request: HttpRequest) -> Self {
        StreamingHttpRequest {
            method: request.method,
            uri: request.uri,
            headers: request.headers,
            body: ByteStream::new(request.body),
        }
    }
}

/// A response whose body is a [`ByteStream`], read as it arrives.
#[derive(Debug)]
pub struct StreamingHttpResponse {
    /// The status code.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: ByteStream,
}

impl StreamingHttpResponse {
    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The status and headers as an [`HttpResponse`], and the body. When the body
    /// is already in memory (error responses, which
    /// [`ClientRuntime::send_streaming`](crate::ClientRuntime::send_streaming)
    /// reads in full), the `HttpResponse` holds it too (a cheap shared copy), so
    /// code that parses an `HttpResponse` works unchanged; otherwise its body is
    /// empty.
    pub fn into_parts(self) -> (HttpResponse, ByteStream) {
        let head = HttpResponse {
            status: self.status,
            headers: self.headers,
            body: self.body.bytes().unwrap_or_default(),
        };
        (head, self.body)
    }

    /// The response with its whole body read into memory.
    pub async fn into_buffered(self) -> Result<HttpResponse, ByteStreamError> {
        let (mut head, body) = self.into_parts();
        head.body = body.collect().await?;
        Ok(head)
    }
}

impl From<HttpResponse> for StreamingHttpResponse {
    fn from(response: HttpResponse) -> Self {
        StreamingHttpResponse {
            status: response.status,
            headers: response.headers,
            body: ByteStream::new(response.body),
        }
    }
}

/// A header name or value that is not valid HTTP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidHeader {
    name: String,
}

impl InvalidHeader {
    /// The header's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for InvalidHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid HTTP header name or value for `{}`", self.name)
    }
}

impl std::error::Error for InvalidHeader {}

/// Sends requests. Object safe: share one as [`SharedTransport`]
/// (`Arc<dyn HttpTransport>`).
///
/// Implement it to use your own HTTP client, a proxy, or canned responses (see
/// [`ScriptedTransport`](crate::test_util::ScriptedTransport)). The request's
/// `uri` is absolute.
///
/// [`send`](Self::send) takes and returns whole bodies.
/// [`send_streaming`](Self::send_streaming) (what the client calls) takes and
/// returns [`ByteStream`] bodies; its default implementation reads the request
/// body into memory, calls `send`, and hands back the buffered response, so a
/// transport that implements only `send` works for every operation (streaming
/// ones included, holding their bodies in memory). The built-in
/// `HyperTransport` (feature `default-transport`) streams both ways.
pub trait HttpTransport: Send + Sync + fmt::Debug {
    /// Sends one request and reads the whole response.
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>>;

    /// Sends one request whose body may stream, and returns the response once
    /// its status and headers arrived, with a body that may stream.
    ///
    /// A failure to read the request body is a [`TransportErrorKind::Other`]
    /// error (not retried).
    fn send_streaming(
        &self,
        request: StreamingHttpRequest,
    ) -> BoxFuture<'_, Result<StreamingHttpResponse, TransportError>> {
        Box::pin(async move {
            let request = request.into_buffered().await.map_err(TransportError::other)?;
            self.send(request).await.map(StreamingHttpResponse::from)
        })
    }
}

/// A transport shared between clients.
pub type SharedTransport = Arc<dyn HttpTransport>;

/// What went wrong in a transport; decides whether the attempt is retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be made (DNS, refused, TLS handshake); retried.
    Connect,
    /// The connection broke while sending or receiving; retried.
    Io,
    /// The transport's own timeout fired; retried as a timeout.
    Timeout,
    /// Anything else (an invalid request, a misconfiguration); not retried.
    Other,
}

/// A failure to send a request or receive its response.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: BoxError,
}

impl TransportError {
    /// An error of the given kind.
    pub fn new(kind: TransportErrorKind, source: impl Into<BoxError>) -> Self {
        TransportError {
            kind,
            source: source.into(),
        }
    }

    /// A connection could not be made.
    pub fn connect(source: impl Into<BoxError>) -> Self {
        Self::new(TransportErrorKind::Connect, source)
    }

    /// The connection broke.
    pub fn io(source: impl Into<BoxError>) -> Self {
        Self::new(TransportErrorKind::Io, source)
    }

    /// The transport timed out.
    pub fn timeout(source: impl Into<BoxError>) -> Self {
        Self::new(TransportErrorKind::Timeout, source)
    }

    /// Any other failure (not retried).
    pub fn other(source: impl Into<BoxError>) -> Self {
        Self::new(TransportErrorKind::Other, source)
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "connection failed",
            TransportErrorKind::Io => "connection error",
            TransportErrorKind::Timeout => "transport timeout",
            TransportErrorKind::Other => "transport error",
        };
        // The cause is the source, not repeated here.
        f.write_str(what)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}
