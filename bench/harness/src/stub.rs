//! The local stub both clients call: an HTTP/1.1 keep-alive server on 127.0.0.1
//! that answers DescribeJobExecution (`GET /things/{thingName}/jobs/{jobId}`) and
//! UpdateJobExecution (`POST` on the same path) with fixed, realistic JSON bodies.
//! A request without a SigV4 `Authorization` header gets a 403, so a client that
//! stopped signing fails the benchmark instead of looking faster.

use std::io;
use std::net::{SocketAddr, TcpListener as StdListener};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The DescribeJobExecution response: a job execution with its job document and
/// status details.
pub const DESCRIBE_BODY: &str = concat!(
    r#"{"execution":{"jobId":"firmware-update-2026-12","thingName":"sensor-0042","#,
    r#""status":"IN_PROGRESS","statusDetails":{"step":"download","progress":"42%"},"#,
    r#""queuedAt":1764580000,"startedAt":1764580060,"lastUpdatedAt":1764580120,"#,
    r#""approximateSecondsBeforeTimedOut":3480,"versionNumber":3,"executionNumber":1,"#,
    r#""jobDocument":"{\"operation\":\"firmware-update\",\"version\":\"2.4.1\","#,
    r#"\"url\":\"https://firmware.example.com/sensor/v2.4.1.bin\","#,
    r#"\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}"}}"#
);

/// The UpdateJobExecution response: the new execution state.
pub const UPDATE_BODY: &str = concat!(
    r#"{"executionState":{"status":"IN_PROGRESS","#,
    r#""statusDetails":{"step":"install","progress":"80%"},"versionNumber":4}}"#
);

/// A running stub; it serves until the process exits.
#[derive(Debug)]
pub struct Stub {
    addr: SocketAddr,
    connections: Arc<AtomicUsize>,
}

impl Stub {
    /// Binds a free port on 127.0.0.1 and serves on a thread of its own.
    pub fn start() -> io::Result<Stub> {
        let listener = StdListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let connections = Arc::new(AtomicUsize::new(0));
        let accepted = connections.clone();
        thread::Builder::new().name("stub".into()).spawn(move || {
            runtime.block_on(async move {
                let listener = TcpListener::from_std(listener).expect("a tokio listener");
                while let Ok((stream, _)) = listener.accept().await {
                    accepted.fetch_add(1, Ordering::Relaxed);
                    tokio::spawn(serve(stream));
                }
            })
        })?;
        Ok(Stub { addr, connections })
    }

    /// How many connections it has accepted.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::Relaxed)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Answers requests on one connection until the client closes it.
async fn serve(mut stream: TcpStream) {
    let _ = stream.set_nodelay(true);
    let mut buf = Vec::with_capacity(4096);
    loop {
        let request = match read_request(&mut stream, &mut buf).await {
            Ok(Some(request)) => request,
            Ok(None) | Err(_) => return,
        };
        if stream.write_all(&respond(&request)).await.is_err() {
            return;
        }
    }
}

/// What the stub looks at in a request.
#[derive(Debug, PartialEq)]
struct Request {
    method: String,
    path: String,
    signed: bool,
}

/// Reads one request (head and `Content-Length` body) into `buf`, keeping any bytes
/// of the next one. `None` when the connection closed between requests.
async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> io::Result<Option<Request>> {
    loop {
        if let Some((request, len)) = parse(buf)? {
            if buf.len() >= len {
                buf.drain(..len);
                return Ok(Some(request));
            }
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// The request and its total length (head and body) once its head is complete.
fn parse(buf: &[u8]) -> io::Result<Option<(Request, usize)>> {
    let Some(head_end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Ok(None);
    };
    let invalid = |what: &str| io::Error::new(io::ErrorKind::InvalidData, what.to_owned());
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|_| invalid("request head is not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let path = request_line
        .next()
        .ok_or_else(|| invalid("no request target"))?
        .to_owned();
    let mut body_len = 0;
    let mut signed = false;
    for line in lines {
        let (name, value) = line.split_once(':').ok_or_else(|| invalid("malformed header"))?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            body_len = value.parse().map_err(|_| invalid("bad content-length"))?;
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(invalid("chunked request bodies are not supported"));
        } else if name.eq_ignore_ascii_case("authorization") {
            signed = value.starts_with("AWS4-HMAC-SHA256 Credential=");
        }
    }
    Ok(Some((Request { method, path, signed }, head_end + 4 + body_len)))
}

/// The full HTTP response to `request`.
fn respond(request: &Request) -> Vec<u8> {
    let job_path = request.path.starts_with("/things/") && request.path.contains("/jobs/");
    let (status, error_type, body) = match (request.method.as_str(), job_path, request.signed) {
        (_, true, false) => (
            "403 Forbidden",
            Some("AccessDeniedException"),
            r#"{"message":"request not signed"}"#,
        ),
        ("GET", true, true) => ("200 OK", None, DESCRIBE_BODY),
        ("POST", true, true) => ("200 OK", None, UPDATE_BODY),
        _ => (
            "404 Not Found",
            Some("ResourceNotFoundException"),
            r#"{"message":"no such operation"}"#,
        ),
    };
    let mut response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         x-amzn-RequestId: 5f9b3c2e-8a4d-4e1b-9c7f-2d6a1e0b4c3f\r\nDate: {}\r\n",
        body.len(),
        httpdate::fmt_http_date(std::time::SystemTime::now()),
    );
    if let Some(error_type) = error_type {
        response.push_str(&format!("x-amzn-ErrorType: {error_type}\r\n"));
    }
    response.push_str("\r\n");
    response.push_str(body);
    response.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_complete_only_with_its_whole_body() {
        let head = "POST /things/t/jobs/j HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\
                    Authorization: AWS4-HMAC-SHA256 Credential=AKID/20261201/us-east-1/iot-jobs-data/aws4_request\r\n\r\n";
        let full = format!("{head}{{}}abcGET");
        let (request, len) = parse(full.as_bytes()).unwrap().unwrap();
        assert_eq!(len, head.len() + 5, "the next request's bytes are not part of this one");
        assert_eq!(
            request,
            Request {
                method: "POST".into(),
                path: "/things/t/jobs/j".into(),
                signed: true
            }
        );
        assert!(
            parse(&full.as_bytes()[..head.len() - 2]).unwrap().is_none(),
            "head not complete yet"
        );
    }

    #[test]
    fn unsigned_requests_are_refused_and_signed_ones_get_the_operation_body() {
        let unsigned = Request {
            method: "GET".into(),
            path: "/things/t/jobs/j".into(),
            signed: false,
        };
        let response = String::from_utf8(respond(&unsigned)).unwrap();
        assert!(response.starts_with("HTTP/1.1 403 "), "{response}");
        let signed = Request {
            signed: true,
            ..unsigned
        };
        let response = String::from_utf8(respond(&signed)).unwrap();
        assert!(response.starts_with("HTTP/1.1 200 OK\r\n"), "{response}");
        assert!(response.contains(&format!("Content-Length: {}\r\n", DESCRIBE_BODY.len())));
        assert!(response.ends_with(DESCRIBE_BODY));
    }
}
