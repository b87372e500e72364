//! Body caps and timeouts of the client runtime with the default transport,
//! against raw servers on 127.0.0.1 that misbehave on purpose: a TLS handshake
//! that never completes, a head that never comes, a body that stalls or
//! trickles, bodies larger than the caps (announced or not).
#![cfg(feature = "default-transport")]

mod support;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use smithy_runtime::byte_stream::ByteStreamErrorKind;
use smithy_runtime::credentials::Credentials;
use smithy_runtime::endpoint::Endpoint;
use smithy_runtime::error::{ErrorKind, UnhandledError};
use smithy_runtime::http::{HttpRequest, HttpTransport, Method, StreamingHttpRequest, TransportErrorKind};
use smithy_runtime::limits::BodyTooLarge;
use smithy_runtime::transport::HyperTransport;
use smithy_runtime::{AuthMode, BodyLimits, ClientConfig, ClientRuntime, Operation, RetryConfig, TimeoutConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

use support::{raw_server, read_head};

const OP: Operation = Operation::new("GetThing", "TestService", &[AuthMode::None]);
const MIB: usize = 1024 * 1024;
/// A guard against a test hanging when the behaviour under test is missing.
const HANG_GUARD: Duration = Duration::from_secs(20);

/// Keeps the connection open without sending anything more.
async fn hold(sock: TcpStream) {
    tokio::time::sleep(Duration::from_secs(60)).await;
    drop(sock);
}

fn runtime(timeouts: TimeoutConfig, limits: BodyLimits, max_attempts: u32) -> ClientRuntime {
    ClientRuntime::new(
        ClientConfig::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .retry_config(
                RetryConfig::standard()
                    .with_max_attempts(max_attempts)
                    .with_initial_backoff(Duration::ZERO),
            )
            .timeout_config(timeouts)
            .body_limits(limits)
            .build(),
    )
}

fn get() -> HttpRequest {
    HttpRequest::new(Method::GET, "/things/t")
}

async fn send(rt: &ClientRuntime, url: String) -> Result<smithy_runtime::http::HttpResponse, UnhandledError> {
    tokio::time::timeout(HANG_GUARD, rt.send(&OP, get(), &Endpoint::new(url)))
        .await
        .expect("the call hung")
}

fn too_large(err: &UnhandledError) -> &BodyTooLarge {
    assert_eq!(err.kind(), ErrorKind::BodyTooLarge, "{err:?}");
    std::error::Error::source(err)
        .and_then(|s| s.downcast_ref::<BodyTooLarge>())
        .unwrap_or_else(|| panic!("the source is not a BodyTooLarge: {err:?}"))
}

const MS_300: Option<Duration> = Some(Duration::from_millis(300));

#[tokio::test]
async fn connect_timeout_covers_a_tls_handshake_that_never_completes() {
    // TCP connects at once; the TLS handshake gets no answer.
    let (addr, accepted) = raw_server(hold).await;
    let rt = runtime(
        TimeoutConfig::disabled().with_connect_timeout(MS_300),
        BodyLimits::default(),
        2,
    );
    let start = Instant::now();
    let err = send(&rt, format!("https://{addr}")).await.unwrap_err();
    let elapsed = start.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert!(
        smithy_runtime::error::DisplayErrorContext(&err)
            .to_string()
            .contains("connect timeout"),
        "{err}"
    );
    // Timed out, then retried once: two connections, two limits.
    assert_eq!(accepted.load(Ordering::SeqCst), 2);
    assert!(elapsed >= Duration::from_millis(600), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");

    // The transport alone says it is a timeout.
    let transport = HyperTransport::builder().connect_timeout(MS_300).build().unwrap();
    let request = HttpRequest::new(Method::GET, format!("https://{addr}/"));
    let err = tokio::time::timeout(HANG_GUARD, transport.send(request))
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(err.kind(), TransportErrorKind::Timeout, "{err}");
}

#[tokio::test]
async fn read_timeout_fires_when_the_head_never_comes() {
    let (addr, accepted) = raw_server(|mut sock| async move {
        read_head(&mut sock).await;
        hold(sock).await;
    })
    .await;
    let rt = runtime(
        TimeoutConfig::disabled().with_read_timeout(MS_300),
        BodyLimits::default(),
        2,
    );
    let start = Instant::now();
    let err = send(&rt, format!("http://{addr}")).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert!(
        smithy_runtime::error::DisplayErrorContext(&err)
            .to_string()
            .contains("read timeout"),
        "{err}"
    );
    assert_eq!(accepted.load(Ordering::SeqCst), 2, "a timed-out attempt is retried");
    assert!(start.elapsed() >= Duration::from_millis(600));
}

#[tokio::test]
async fn attempt_timeout_fires_when_the_head_never_comes() {
    let (addr, _) = raw_server(|mut sock| async move {
        read_head(&mut sock).await;
        hold(sock).await;
    })
    .await;
    let rt = runtime(
        TimeoutConfig::disabled().with_attempt_timeout(MS_300),
        BodyLimits::default(),
        1,
    );
    let err = send(&rt, format!("http://{addr}")).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert!(
        smithy_runtime::error::DisplayErrorContext(&err)
            .to_string()
            .contains("attempt 1"),
        "{err}"
    );
}

/// Sends a 200 head announcing 100 bytes, and 10 of them.
async fn head_and_ten_bytes(mut sock: TcpStream) {
    read_head(&mut sock).await;
    sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n0123456789")
        .await
        .unwrap();
    hold(sock).await;
}

#[tokio::test]
async fn read_timeout_fires_when_the_body_stalls() {
    let (addr, accepted) = raw_server(head_and_ten_bytes).await;
    let rt = runtime(
        TimeoutConfig::disabled().with_read_timeout(MS_300),
        BodyLimits::default(),
        1,
    );
    let start = Instant::now();
    let err = send(&rt, format!("http://{addr}")).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert!(
        smithy_runtime::error::DisplayErrorContext(&err)
            .to_string()
            .contains("stalled"),
        "{err}"
    );
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_eq!(accepted.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_streaming_body_that_stalls_ends_with_a_timeout_error() {
    let (addr, _) = raw_server(head_and_ten_bytes).await;
    let rt = runtime(
        TimeoutConfig::disabled().with_read_timeout(MS_300),
        BodyLimits::default(),
        1,
    );
    let request = StreamingHttpRequest::from(get());
    let response = tokio::time::timeout(
        HANG_GUARD,
        rt.send_streaming(&OP, request, &Endpoint::new(format!("http://{addr}"))),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(response.status, 200);
    let mut body = response.body;
    let mut received = Vec::new();
    let err = tokio::time::timeout(HANG_GUARD, async {
        loop {
            match body.next().await {
                Some(Ok(chunk)) => received.extend_from_slice(&chunk),
                Some(Err(e)) => break e,
                None => panic!("the body ended instead of failing"),
            }
        }
    })
    .await
    .expect("the stalled body hung");
    assert_eq!(received, b"0123456789");
    assert_eq!(err.kind(), ByteStreamErrorKind::Timeout, "{err}");
    assert!(body.next().await.is_none());
}

#[tokio::test]
async fn a_slow_body_that_keeps_coming_is_not_a_stall() {
    // A byte every 100 ms for 1.2 s: slower than the read timeout in total, but
    // never silent for that long.
    let (addr, _) = raw_server(|mut sock| async move {
        read_head(&mut sock).await;
        sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 12\r\n\r\n")
            .await
            .unwrap();
        for b in b"abcdefghijkl" {
            tokio::time::sleep(Duration::from_millis(100)).await;
            sock.write_all(&[*b]).await.unwrap();
        }
        hold(sock).await;
    })
    .await;
    let rt = runtime(
        TimeoutConfig::disabled().with_read_timeout(MS_300),
        BodyLimits::default(),
        1,
    );
    let response = send(&rt, format!("http://{addr}")).await.unwrap();
    assert_eq!(response.body, "abcdefghijkl");

    // The attempt timeout bounds it all the same.
    let timeouts = TimeoutConfig::disabled()
        .with_read_timeout(MS_300)
        .with_attempt_timeout(Some(Duration::from_millis(500)));
    let err = send(&runtime(timeouts, BodyLimits::default(), 1), format!("http://{addr}"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
}

/// Writes a 200 head (with `content-length: total`, or chunked when `None`),
/// then up to 100 MiB of body in 1 MiB chunks, and reports how many body bytes
/// it wrote before the connection was closed under it (or all of them).
async fn big_body(content_length: bool, status: u16) -> (SocketAddr, mpsc::UnboundedReceiver<usize>, Arc<AtomicUsize>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let (addr, accepted) = raw_server(move |mut sock| {
        let tx = tx.clone();
        async move {
            read_head(&mut sock).await;
            let total = 100 * MIB;
            let head = match content_length {
                true => format!("HTTP/1.1 {status} X\r\ncontent-length: {total}\r\n\r\n"),
                false => format!("HTTP/1.1 {status} X\r\ntransfer-encoding: chunked\r\n\r\n"),
            };
            sock.write_all(head.as_bytes()).await.unwrap();
            let chunk = vec![b'x'; MIB];
            let mut written = 0;
            while written < total {
                let ok = match content_length {
                    true => sock.write_all(&chunk).await.is_ok(),
                    false => {
                        let mut framed = format!("{:x}\r\n", chunk.len()).into_bytes();
                        framed.extend_from_slice(&chunk);
                        framed.extend_from_slice(b"\r\n");
                        sock.write_all(&framed).await.is_ok()
                    }
                };
                if !ok {
                    break;
                }
                written += MIB;
            }
            let _ = tx.send(written);
        }
    })
    .await;
    (addr, rx, accepted)
}

#[tokio::test]
async fn an_announced_body_over_the_cap_is_refused_unread() {
    let (addr, mut written, _) = big_body(true, 200).await;
    let limits = BodyLimits::default().with_max_response_body(MIB as u64);
    let rt = runtime(TimeoutConfig::default(), limits, 3);
    let err = send(&rt, format!("http://{addr}")).await.unwrap_err();
    let e = too_large(&err);
    assert_eq!((e.limit(), e.content_length()), (MIB as u64, Some(100 * MIB as u64)));
    assert_eq!(err.status(), Some(200));
    assert!(
        smithy_runtime::error::DisplayErrorContext(&err)
            .to_string()
            .contains("104857600 bytes, over the limit of 1048576 bytes (BodyLimits::max_response_body)"),
        "{err}"
    );
    // The client closed the connection: the server could not write it all.
    let written = tokio::time::timeout(HANG_GUARD, written.recv()).await.unwrap().unwrap();
    assert!(written < 100 * MIB, "the server wrote all {written} bytes");
}

#[tokio::test]
async fn an_unannounced_body_over_the_cap_stops_the_download() {
    let (addr, mut written, accepted) = big_body(false, 200).await;
    let limits = BodyLimits::default().with_max_response_body(4 * MIB as u64);
    let rt = runtime(TimeoutConfig::default(), limits, 3);
    let err = send(&rt, format!("http://{addr}")).await.unwrap_err();
    let e = too_large(&err);
    assert_eq!((e.limit(), e.content_length()), (4 * MIB as u64, None));
    // Not retried: one download, stopped early (the socket buffers aside, the
    // client read about its cap).
    let written = tokio::time::timeout(HANG_GUARD, written.recv()).await.unwrap().unwrap();
    assert!(written < 100 * MIB, "the server wrote all {written} bytes");
    assert_eq!(accepted.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn error_bodies_are_capped_at_1_mib_by_default() {
    // Announced.
    let (addr, _, _) = big_body(true, 500).await;
    let rt = runtime(TimeoutConfig::default(), BodyLimits::default(), 1);
    let err = send(&rt, format!("http://{addr}")).await.unwrap_err();
    let e = too_large(&err);
    assert_eq!((e.status(), e.limit()), (500, MIB as u64));
    assert!(
        smithy_runtime::error::DisplayErrorContext(&err)
            .to_string()
            .contains("BodyLimits::max_error_body"),
        "{err}"
    );

    // Not announced, for a streaming operation (whose error bodies are read
    // into memory).
    let (addr, mut written, _) = big_body(false, 503).await;
    let request = StreamingHttpRequest::from(get());
    let err = tokio::time::timeout(
        HANG_GUARD,
        rt.send_streaming(&OP, request, &Endpoint::new(format!("http://{addr}"))),
    )
    .await
    .unwrap()
    .unwrap_err();
    let e = too_large(&err);
    assert_eq!((e.status(), e.limit(), e.content_length()), (503, MIB as u64, None));
    let written = tokio::time::timeout(HANG_GUARD, written.recv()).await.unwrap().unwrap();
    assert!(written < 100 * MIB, "the server wrote all {written} bytes");
}

#[tokio::test]
async fn bodies_within_their_caps_are_read() {
    let body_of = |len: usize, status: u16| {
        move |mut sock: TcpStream| async move {
            read_head(&mut sock).await;
            let head = format!("HTTP/1.1 {status} X\r\ncontent-length: {len}\r\n\r\n");
            sock.write_all(head.as_bytes()).await.unwrap();
            sock.write_all(&vec![b'x'; len]).await.unwrap();
            hold(sock).await;
        }
    };
    let rt = runtime(TimeoutConfig::default(), BodyLimits::default(), 1);
    // 2 MiB is over the error cap but well within the 64 MiB response cap.
    let (addr, _) = raw_server(body_of(2 * MIB, 200)).await;
    let response = send(&rt, format!("http://{addr}")).await.unwrap();
    assert_eq!(response.body.len(), 2 * MIB);
    // An error body of exactly the cap is read.
    let (addr, _) = raw_server(body_of(MIB, 500)).await;
    let response = send(&rt, format!("http://{addr}")).await.unwrap();
    assert_eq!((response.status, response.body.len()), (500, MIB));
}

#[tokio::test]
async fn a_slow_upload_is_not_a_stall() {
    // The server answers once it has the whole (chunked) request body.
    let (addr, _) = raw_server(|mut sock| async move {
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        while !got.ends_with(b"0\r\n\r\n") {
            let n = sock.read(&mut buf).await.unwrap();
            if n == 0 {
                return;
            }
            got.extend_from_slice(&buf[..n]);
        }
        sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok")
            .await
            .unwrap();
        hold(sock).await;
    })
    .await;
    // Twelve chunks, one every 100 ms: 1.2 s of upload, never silent for the
    // 300 ms read timeout.
    let (tx, rx) = mpsc::channel::<Result<bytes::Bytes, std::io::Error>>(1);
    tokio::spawn(async move {
        for _ in 0..12 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            tx.send(Ok(bytes::Bytes::from_static(b"chunk"))).await.unwrap();
        }
    });
    let body = smithy_runtime::ByteStream::from_stream(ReceiverStream(rx));
    let request = StreamingHttpRequest::from_parts(HttpRequest::new(Method::PUT, "/things/t"), body);
    let rt = runtime(
        TimeoutConfig::disabled().with_read_timeout(MS_300),
        BodyLimits::default(),
        1,
    );
    let start = Instant::now();
    let response = tokio::time::timeout(
        HANG_GUARD,
        rt.send_streaming(&OP, request, &Endpoint::new(format!("http://{addr}"))),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(response.status, 200);
    assert!(start.elapsed() >= Duration::from_millis(1200));
    assert_eq!(response.body.collect().await.unwrap(), "ok");
}

/// The receiving end of a channel as a stream of chunks.
struct ReceiverStream(mpsc::Receiver<Result<bytes::Bytes, std::io::Error>>);

impl futures_core::Stream for ReceiverStream {
    type Item = Result<bytes::Bytes, std::io::Error>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}
