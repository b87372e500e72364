//! [`TestServer`]: a real HTTP/1.1 server on `127.0.0.1` that answers with scripted
//! responses and records the requests it receives.

use std::collections::VecDeque;
use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

use http_body_util::BodyExt as _;
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

use crate::credentials::Credentials;
use crate::http::{Bytes, HeaderMap, HeaderName, HeaderValue, Method};
use crate::{ClientConfig, ClientConfigBuilder, RetryConfig};

/// The status the server answers with when its script has run out: `501`, which
/// no client retries, with error code [`TestServer::SCRIPT_EXHAUSTED`].
const EXHAUSTED_STATUS: u16 = 501;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Action {
    Respond,
    Hang,
    Close,
}

/// One scripted reply of a [`TestServer`]: a response (status, headers, body), a
/// reply that never comes ([`hang`](Self::hang)), or a connection closed without
/// an answer ([`close_connection`](Self::close_connection)); any of them after an
/// optional [`delay`](Self::with_delay).
///
/// ```
/// use smithy_runtime::test_util::ScriptedResponse;
/// use std::time::Duration;
///
/// let throttled = ScriptedResponse::json(429, r#"{"message":"slow down"}"#)
///     .with_header("x-amzn-ErrorType", "ThrottlingException")
///     .with_delay(Duration::from_millis(10));
/// assert_eq!(throttled.status(), 429);
/// ```
#[derive(Clone)]
pub struct ScriptedResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Bytes,
    /// Send the body chunked, in pieces of this many bytes.
    chunk_size: Option<usize>,
    /// Send only this many bytes of the body, then nothing more.
    stall_after: Option<usize>,
    delay: Option<Duration>,
    action: Action,
}

impl ScriptedResponse {
    /// A response with this status, no headers and an empty body.
    pub fn new(status: u16) -> Self {
        ScriptedResponse {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
            chunk_size: None,
            stall_after: None,
            delay: None,
            action: Action::Respond,
        }
    }

    /// A response with this status, `Content-Type: application/json` and `body`.
    pub fn json(status: u16, body: impl Into<Bytes>) -> Self {
        Self::new(status)
            .with_header("content-type", "application/json")
            .with_body(body)
    }

    /// `200 OK` with a JSON body.
    pub fn ok_json(body: impl Into<Bytes>) -> Self {
        Self::json(200, body)
    }

    /// A restJson1 error: status, `X-Amzn-ErrorType: code`, a request id, and a JSON
    /// body `{"message": message}`.
    pub fn error(status: u16, code: &str, message: &str) -> Self {
        let body = serde_json::json!({ "message": message }).to_string();
        Self::json(status, body)
            .with_header("x-amzn-errortype", code)
            .with_header("x-amzn-requestid", "test-request-id")
    }

    /// A reply that never comes: the server reads the request, then holds the
    /// connection open without answering (for timeout tests).
    pub fn hang() -> Self {
        ScriptedResponse {
            action: Action::Hang,
            ..Self::new(0)
        }
    }

    /// The server reads the request, then closes the connection without answering
    /// (the client sees a connection error).
    pub fn close_connection() -> Self {
        ScriptedResponse {
            action: Action::Close,
            ..Self::new(0)
        }
    }

    /// Appends a header (kept in order, repeated names allowed). An invalid name or
    /// value panics when the response is sent.
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the body.
    pub fn with_body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// Sends the body with chunked transfer encoding (no `Content-Length`), in
    /// chunks of `chunk_size` bytes, as a streaming service would.
    pub fn with_chunked_body(mut self, body: impl Into<Bytes>, chunk_size: usize) -> Self {
        self.body = body.into();
        self.chunk_size = Some(chunk_size.max(1));
        self
    }

    /// Sends the status, the headers (with the whole body's `Content-Length`,
    /// unless the body is [chunked](Self::with_chunked_body)) and the first
    /// `sent` bytes of the body, then nothing more while the connection stays
    /// open: a server that stalls in the middle of a body, for read-timeout
    /// tests.
    ///
    /// ```
    /// use smithy_runtime::test_util::ScriptedResponse;
    ///
    /// let stalled = ScriptedResponse::ok_json(r#"{"execution":{"jobId":"j"}}"#).with_body_stalling_after(5);
    /// assert_eq!(stalled.status(), 200);
    /// ```
    pub fn with_body_stalling_after(mut self, sent: usize) -> Self {
        self.stall_after = Some(sent);
        self
    }

    /// Waits this long after reading the request before replying (or hanging, or
    /// closing).
    pub fn with_delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// The status (`0` for [`hang`](Self::hang) and
    /// [`close_connection`](Self::close_connection)).
    pub fn status(&self) -> u16 {
        self.status
    }

    fn into_hyper(self) -> hyper::Response<ScriptedBody> {
        let len = self.body.len();
        let mut response = hyper::Response::new(ScriptedBody {
            data: self.body,
            len,
            chunk_size: self.chunk_size,
            stall_after: self.stall_after,
        });
        *response.status_mut() =
            hyper::StatusCode::from_u16(self.status).expect("scripted status is a valid HTTP status");
        for (name, value) in &self.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .unwrap_or_else(|_| panic!("scripted header name `{name}` is invalid"));
            let value =
                HeaderValue::from_str(value).unwrap_or_else(|_| panic!("scripted value of header `{name}` is invalid"));
            response.headers_mut().append(name, value);
        }
        response
    }
}

/// A scripted body: whole (with its length), or in chunks of unknown total
/// length; cut short and stalled after `stall_after` bytes if set.
#[derive(Debug)]
struct ScriptedBody {
    /// What is left to send.
    data: Bytes,
    /// The whole body's length.
    len: usize,
    chunk_size: Option<usize>,
    stall_after: Option<usize>,
}

impl Body for ScriptedBody {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.data.is_empty() {
            return Poll::Ready(None);
        }
        let sent = self.len - self.data.len();
        let mut n = self.chunk_size.unwrap_or(usize::MAX).min(self.data.len());
        if let Some(stall_after) = self.stall_after {
            if sent >= stall_after {
                // Never woken: the connection stays open with nothing more to read.
                return Poll::Pending;
            }
            n = n.min(stall_after - sent);
        }
        let chunk = self.data.split_to(n);
        Poll::Ready(Some(Ok(Frame::data(chunk))))
    }

    fn is_end_stream(&self) -> bool {
        self.data.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        match self.chunk_size {
            Some(_) => SizeHint::default(),
            None => SizeHint::with_exact(self.data.len() as u64),
        }
    }
}

impl fmt::Debug for ScriptedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ScriptedResponse");
        match self.action {
            Action::Respond => d
                .field("status", &self.status)
                .field("headers", &self.headers)
                .field("body", &String::from_utf8_lossy(&self.body))
                .field("stall_after", &self.stall_after),
            Action::Hang => d.field("action", &"hang"),
            Action::Close => d.field("action", &"close connection"),
        };
        d.field("delay", &self.delay).finish()
    }
}

/// A request as a [`TestServer`] received it.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The method.
    pub method: Method,
    /// The request target exactly as sent: path and query, still percent-encoded
    /// (`/things/a%2Fb/jobs/%24next?x=1`).
    pub uri: String,
    /// The headers (names lowercase).
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
}

impl RecordedRequest {
    /// The path, as sent (without the query).
    pub fn path(&self) -> &str {
        self.uri.split_once('?').map_or(&self.uri, |(path, _)| path)
    }

    /// The query string, as sent (without the `?`), if there is one.
    pub fn query(&self) -> Option<&str> {
        self.uri.split_once('?').map(|(_, query)| query)
    }

    /// The first value of header `name` (case-insensitive), if it is valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as text (lossy UTF-8).
    pub fn body_str(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body parsed as JSON; panics with the body when it is not JSON.
    pub fn body_json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("request body is not JSON ({e}): {}", self.body_str()))
    }
}

#[derive(Debug, Default)]
struct State {
    script: VecDeque<ScriptedResponse>,
    requests: Vec<RecordedRequest>,
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    /// Woken whenever a request is recorded.
    recorded: tokio::sync::Notify,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A real HTTP/1.1 server on `127.0.0.1` (a free port) for tests of code that
/// calls a generated client: it answers each request with the next
/// [`ScriptedResponse`], in order, and records every request
/// ([`RecordedRequest`]: method, path and query exactly as sent, headers, body).
/// It stops (and closes every connection) when dropped.
///
/// Unlike [`ScriptedTransport`](super::ScriptedTransport), requests go through the
/// real client stack (endpoint resolution, signing, the HTTP transport, retries and
/// timeouts), so a test sees what the service would see.
///
/// When the script has run out, it answers `501` with error code
/// [`SCRIPT_EXHAUSTED`](Self::SCRIPT_EXHAUSTED) (not retried by the client).
///
/// Needs a tokio runtime with time and IO enabled (`#[tokio::test]` has both) and
/// the `test-util` feature:
///
/// ```toml
/// [dev-dependencies]
/// smithy-runtime = { path = "...", features = ["test-util"] }
/// tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
/// ```
///
/// A downstream crate tests its own function that calls the client like this
/// (here `iot_jobs_data` is the generated client crate):
///
/// (The client crate is not a dependency of this runtime, so the block is shown as
/// text; `generated/iot-jobs-data/tests/` runs tests written this way.)
///
/// ```text
/// use iot_jobs_data::Client;
/// use smithy_runtime::test_util::{ScriptedResponse, TestServer};
///
/// /// The code under test: how many jobs are queued for `thing`?
/// async fn queued_jobs(client: &Client, thing: &str) -> usize {
///     let out = client.get_pending_job_executions().thing_name(thing).send().await.unwrap();
///     out.queued_jobs.unwrap_or_default().len()
/// }
///
/// #[tokio::test]
/// async fn counts_queued_jobs() {
///     let server = TestServer::start().await;
///     server.push(ScriptedResponse::ok_json(
///         r#"{"queuedJobs":[{"jobId":"a","queuedAt":1,"lastUpdatedAt":1,"versionNumber":1}]}"#,
///     ));
///     let client = Client::new(server.config_builder().build());
///     assert_eq!(queued_jobs(&client, "lamp-1").await, 1);
///     assert_eq!(server.requests()[0].uri, "/things/lamp-1/jobs");
/// }
/// ```
///
/// The same, with the runtime alone (what every generated operation calls):
///
/// ```
/// use smithy_runtime::endpoint::Endpoint;
/// use smithy_runtime::http::{HttpRequest, Method};
/// use smithy_runtime::test_util::{ScriptedResponse, TestServer};
/// use smithy_runtime::{AuthMode, ClientRuntime, Operation};
///
/// # #[cfg(feature = "default-transport")]
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// let server = TestServer::start().await;
/// server.push(ScriptedResponse::new(503)); // retried
/// server.push(ScriptedResponse::ok_json(r#"{"execution":{"jobId":"j"}}"#));
///
/// // Region, test credentials, the server's URL, retries without backoff.
/// let runtime = ClientRuntime::new(server.config_builder().build());
/// const OP: Operation = Operation::new(
///     "DescribeJobExecution",
///     "IotLaserThingJobManagerExternalService",
///     &[AuthMode::SigV4 { signing_name: "iot-jobs-data" }],
/// );
/// let endpoint = Endpoint::new(server.url());
/// let response = runtime
///     .send(&OP, HttpRequest::new(Method::GET, "/things/t/jobs/j?includeJobDocument=true"), &endpoint)
///     .await
///     .unwrap();
/// assert_eq!(response.status, 200);
///
/// let requests = server.requests();
/// assert_eq!(requests.len(), 2);
/// assert_eq!(requests[1].method, Method::GET);
/// assert_eq!(requests[1].path(), "/things/t/jobs/j");
/// assert_eq!(requests[1].query(), Some("includeJobDocument=true"));
/// assert!(requests[1].header("authorization").unwrap().starts_with("AWS4-HMAC-SHA256 "));
/// # });
/// ```
pub struct TestServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl TestServer {
    /// The error code (`X-Amzn-ErrorType`) of the answer when the script has run out.
    pub const SCRIPT_EXHAUSTED: &'static str = "TestServerScriptExhausted";

    /// Starts a server on `127.0.0.1` with an empty script; panics when it cannot
    /// bind a port. Call it inside a tokio runtime.
    pub async fn start() -> Self {
        Self::try_start()
            .await
            .unwrap_or_else(|e| panic!("TestServer: cannot listen on 127.0.0.1: {e}"))
    }

    /// Starts a server on `127.0.0.1` with an empty script.
    pub async fn try_start() -> io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::default());
        let task = tokio::spawn(accept_loop(listener, shared.clone()));
        Ok(TestServer { addr, shared, task })
    }

    /// Starts a server with this script.
    pub async fn with_responses(script: impl IntoIterator<Item = ScriptedResponse>) -> Self {
        let server = Self::start().await;
        server.push_all(script);
        server
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The server's base URL, `http://127.0.0.1:PORT`: the client's endpoint URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A client configuration for this server: region `us-east-1`, static test
    /// credentials (`AKIDTEST` / `SECRETTEST`), endpoint URL [`url`](Self::url), and
    /// standard retries without backoff (3 attempts). Change any of it before
    /// `build()`.
    pub fn config_builder(&self) -> ClientConfigBuilder {
        ClientConfig::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKIDTEST", "SECRETTEST", None))
            .endpoint_url(self.url())
            .retry_config(RetryConfig::standard().with_initial_backoff(Duration::ZERO))
    }

    /// Adds a reply to the end of the script.
    pub fn push(&self, response: ScriptedResponse) {
        self.shared.state().script.push_back(response);
    }

    /// Adds replies to the end of the script.
    pub fn push_all(&self, responses: impl IntoIterator<Item = ScriptedResponse>) {
        self.shared.state().script.extend(responses);
    }

    /// The requests received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.state().requests.clone()
    }

    /// How many requests were received so far.
    pub fn request_count(&self) -> usize {
        self.shared.state().requests.len()
    }

    /// How many scripted replies are left.
    pub fn remaining(&self) -> usize {
        self.shared.state().script.len()
    }

    /// Waits until at least `count` requests were received, or `limit` passed;
    /// returns the requests received.
    pub async fn wait_for_requests(&self, count: usize, limit: Duration) -> Vec<RecordedRequest> {
        let wait = async {
            loop {
                let notified = self.shared.recorded.notified();
                if self.request_count() >= count {
                    return;
                }
                notified.await;
            }
        };
        let _ = tokio::time::timeout(limit, wait).await;
        self.requests()
    }
}

impl fmt::Debug for TestServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.shared.state();
        f.debug_struct("TestServer")
            .field("addr", &self.addr)
            .field("requests", &state.requests.len())
            .field("remaining", &state.script.len())
            .finish()
    }
}

impl Drop for TestServer {
    /// Stops accepting and closes every open connection (hung ones too).
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Accepts connections until aborted; the connections live in a `JoinSet` owned by
/// this task, so aborting it closes them all.
async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        while connections.try_join_next().is_some() {}
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        connections.spawn(async move {
            let service = service_fn(move |request| handle(shared.clone(), request));
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Why a connection was closed on purpose (the error hyper gets from the service).
#[derive(Debug)]
struct CloseConnection;

impl fmt::Display for CloseConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("scripted: close the connection")
    }
}

impl std::error::Error for CloseConnection {}

async fn handle(
    shared: Arc<Shared>,
    request: hyper::Request<Incoming>,
) -> Result<hyper::Response<ScriptedBody>, CloseConnection> {
    let (parts, body) = request.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return Err(CloseConnection),
    };
    let uri = parts
        .uri
        .path_and_query()
        .map_or_else(|| parts.uri.to_string(), |pq| pq.as_str().to_owned());
    let recorded = RecordedRequest {
        method: parts.method,
        uri,
        headers: parts.headers,
        body,
    };
    let next = {
        let mut state = shared.state();
        let next = state.script.pop_front();
        if next.is_none() {
            tracing::warn!(method = %recorded.method, uri = %recorded.uri, "TestServer: no scripted response left");
        }
        let exhausted = next.is_none().then(|| {
            format!(
                "TestServer: no scripted response left for {} {}",
                recorded.method, recorded.uri
            )
        });
        state.requests.push(recorded);
        next.unwrap_or_else(|| {
            ScriptedResponse::json(
                EXHAUSTED_STATUS,
                serde_json::json!({ "message": exhausted }).to_string(),
            )
            .with_header("x-amzn-errortype", TestServer::SCRIPT_EXHAUSTED)
        })
    };
    shared.recorded.notify_waiters();
    if let Some(delay) = next.delay {
        tokio::time::sleep(delay).await;
    }
    match next.action {
        Action::Respond => Ok(next.into_hyper()),
        Action::Hang => std::future::pending::<Result<_, CloseConnection>>().await,
        Action::Close => Err(CloseConnection),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    use tokio::net::TcpStream;

    /// Sends raw bytes, returns everything the server answers until it closes.
    async fn raw(server: &TestServer, request: &str) -> String {
        let mut stream = TcpStream::connect(server.addr()).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut out = Vec::new();
        let _ = stream.read_to_end(&mut out).await;
        String::from_utf8_lossy(&out).into_owned()
    }

    #[tokio::test]
    async fn answers_in_order_and_records_requests_as_sent() {
        let server = TestServer::with_responses([
            ScriptedResponse::json(201, r#"{"a":1}"#).with_header("x-test", "yes"),
            ScriptedResponse::new(204),
        ])
        .await;
        let first = raw(
            &server,
            "POST /things/%2E%2E/jobs/$next?q=a%20b&x HTTP/1.1\r\nHost: h\r\nX-Custom: 1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
        )
        .await;
        assert!(first.starts_with("HTTP/1.1 201 Created\r\n"), "{first}");
        assert!(
            first.contains("x-test: yes\r\n") && first.ends_with(r#"{"a":1}"#),
            "{first}"
        );
        let second = raw(&server, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").await;
        assert!(second.starts_with("HTTP/1.1 204"), "{second}");

        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        let r = &requests[0];
        assert_eq!(r.method, Method::POST);
        assert_eq!(r.uri, "/things/%2E%2E/jobs/$next?q=a%20b&x");
        assert_eq!(r.path(), "/things/%2E%2E/jobs/$next");
        assert_eq!(r.query(), Some("q=a%20b&x"));
        assert_eq!(r.header("x-custom"), Some("1"));
        assert_eq!(r.body_str(), "hello");
        assert_eq!(requests[1].query(), None);
        assert_eq!(server.remaining(), 0);
    }

    #[tokio::test]
    async fn an_exhausted_script_answers_501() {
        let server = TestServer::start().await;
        let answer = raw(&server, "GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").await;
        assert!(answer.starts_with("HTTP/1.1 501"), "{answer}");
        assert!(answer.contains(TestServer::SCRIPT_EXHAUSTED), "{answer}");
        assert!(answer.contains("GET /x"), "{answer}");
        assert_eq!(server.request_count(), 1);
    }

    #[tokio::test]
    async fn close_connection_answers_nothing() {
        let server = TestServer::with_responses([ScriptedResponse::close_connection()]).await;
        let answer = raw(&server, "GET / HTTP/1.1\r\nHost: h\r\n\r\n").await;
        assert_eq!(answer, "");
        assert_eq!(server.request_count(), 1);
    }

    #[tokio::test]
    async fn hang_never_answers_and_delay_waits() {
        let server = TestServer::with_responses([
            ScriptedResponse::hang(),
            ScriptedResponse::new(200).with_delay(Duration::from_millis(50)),
        ])
        .await;
        let hung = tokio::time::timeout(
            Duration::from_millis(200),
            raw(&server, "GET / HTTP/1.1\r\nHost: h\r\n\r\n"),
        )
        .await;
        assert!(hung.is_err(), "a hung reply must not answer: {hung:?}");
        let start = std::time::Instant::now();
        let answer = raw(&server, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n").await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(start.elapsed() >= Duration::from_millis(50));
        assert_eq!(server.wait_for_requests(2, Duration::from_secs(1)).await.len(), 2);
    }

    #[tokio::test]
    async fn a_stalling_body_sends_the_head_and_its_first_bytes_only() {
        let server = TestServer::with_responses([
            ScriptedResponse::ok_json("0123456789abcdefghij").with_body_stalling_after(5),
            ScriptedResponse::new(200)
                .with_chunked_body("0123456789", 3)
                .with_body_stalling_after(4),
        ])
        .await;
        for expected_tail in ["\r\n\r\n01234", "\r\n3\r\n012\r\n1\r\n3\r\n"] {
            let mut sock = TcpStream::connect(server.addr()).await.unwrap();
            sock.write_all(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n").await.unwrap();
            let mut got = Vec::new();
            let mut buf = [0u8; 1024];
            // Read all that comes within 300 ms: the connection stays open.
            while let Ok(Ok(n)) = tokio::time::timeout(Duration::from_millis(300), sock.read(&mut buf)).await {
                assert_ne!(n, 0, "the connection was closed");
                got.extend_from_slice(&buf[..n]);
            }
            let got = String::from_utf8(got).unwrap();
            assert!(got.starts_with("HTTP/1.1 200 OK"), "{got}");
            assert!(got.ends_with(expected_tail), "{got:?}");
            // The whole body's length is announced.
            assert!(
                !got.contains("content-length") || got.contains("content-length: 20"),
                "{got}"
            );
        }
        assert!(server.requests()[0..2].iter().all(|r| r.uri == "/"));
    }

    #[tokio::test]
    async fn keep_alive_connections_are_served_in_order() {
        let server = TestServer::with_responses([ScriptedResponse::ok_json("1"), ScriptedResponse::ok_json("2")]).await;
        let answer = raw(
            &server,
            "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
        )
        .await;
        assert_eq!(answer.matches("HTTP/1.1 200 OK").count(), 2, "{answer}");
        let uris: Vec<_> = server.requests().into_iter().map(|r| r.uri).collect();
        assert_eq!(uris, ["/1", "/2"]);
    }

    #[tokio::test]
    async fn dropping_the_server_closes_the_port_and_hung_connections() {
        let server = TestServer::with_responses([ScriptedResponse::hang()]).await;
        let addr = server.addr();
        let mut hung = TcpStream::connect(addr).await.unwrap();
        hung.write_all(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n").await.unwrap();
        server.wait_for_requests(1, Duration::from_secs(2)).await;
        drop(server);
        let mut out = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(2), hung.read_to_end(&mut out)).await;
        assert!(read.is_ok(), "the hung connection must be closed on drop");
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(TcpStream::connect(addr).await.is_err(), "still listening after drop");
    }
}
