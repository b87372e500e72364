//! The floor under both clients: a blocking socket that writes a fixed request and
//! reads the stub's whole response, with nothing else in the call. Its time per
//! call is what the machine's loopback round trip and the stub cost; what a client
//! takes above it is the client's own. On a machine whose system calls are slow,
//! the floor is most of a fast client's call, and calls/s ratios shrink toward 1.

use std::io::{self, Read, Write};
use std::net::TcpStream;

/// A request of the shape both clients send: method, path, SigV4 headers of full
/// length and the JSON body. Its signature is a fixed string (the stub checks that
/// a request is signed, not what it is signed with), so the call does no work of
/// its own. `None` for an operation the benchmark does not make.
pub fn request(op: &str) -> Option<Vec<u8>> {
    let (method, body) = match op {
        "describe" => ("GET", ""),
        "update" => (
            "POST",
            r#"{"status":"IN_PROGRESS","statusDetails":{"step":"install","progress":"80%"}}"#,
        ),
        _ => return None,
    };
    let mut head = format!(
        "{method} /things/sensor-0042/jobs/firmware-update-2026-12 HTTP/1.1\r\n\
         host: 127.0.0.1\r\n\
         user-agent: client-bench-floor\r\n\
         x-amz-date: 20261201T120000Z\r\n\
         authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/us-east-1/iot-jobs-data/aws4_request, \
         SignedHeaders=host;x-amz-date, \
         Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7\r\n"
    );
    if !body.is_empty() {
        head.push_str(&format!(
            "content-type: application/json\r\ncontent-length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    head.push_str(body);
    Some(head.into_bytes())
}

/// One keep-alive connection to the stub.
#[derive(Debug)]
pub struct RawClient {
    stream: TcpStream,
    buf: Vec<u8>,
}

impl RawClient {
    /// Connects to `http://HOST:PORT`, with Nagle's algorithm off as in both clients.
    pub fn connect(endpoint: &str) -> io::Result<RawClient> {
        let addr = endpoint.strip_prefix("http://").unwrap_or(endpoint);
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        Ok(RawClient {
            stream,
            buf: Vec::with_capacity(4096),
        })
    }

    /// Writes `request` and reads the whole response (head and `Content-Length`
    /// body); returns the body's length. Any status but 200 is an error, so a
    /// request the stub refuses never counts as a call.
    pub fn call(&mut self, request: &[u8]) -> io::Result<usize> {
        self.stream.write_all(request)?;
        self.buf.clear();
        loop {
            if let Some((head_len, body_len)) = response_lengths(&self.buf)? {
                if self.buf.len() >= head_len + body_len {
                    return Ok(body_len);
                }
            }
            let mut chunk = [0u8; 4096];
            let n = self.stream.read(&mut chunk)?;
            if n == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the stub closed the connection",
                ));
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }
}

/// The length of a response's head and of its body, once the head is complete.
fn response_lengths(buf: &[u8]) -> io::Result<Option<(usize, usize)>> {
    let Some(head_end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
        return Ok(None);
    };
    let invalid = |what: String| io::Error::new(io::ErrorKind::InvalidData, what);
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|_| invalid("response head is not UTF-8".into()))?;
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap_or_default();
    if !status.starts_with("HTTP/1.1 200 ") {
        return Err(invalid(format!("the stub answered `{status}`")));
    }
    let body_len = lines
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse().ok())
        .ok_or_else(|| invalid("response without a Content-Length".into()))?;
    Ok(Some((head_end + 4, body_len)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_is_complete_only_with_its_whole_body() {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n";
        assert_eq!(response_lengths(&head.as_bytes()[..head.len() - 2]).unwrap(), None);
        assert_eq!(
            response_lengths(format!("{head}{{\"a\":").as_bytes()).unwrap(),
            Some((head.len(), 7))
        );
    }

    #[test]
    fn a_refusal_is_an_error_naming_the_status() {
        let refused = b"HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\n{}";
        let error = response_lengths(refused).unwrap_err();
        assert!(error.to_string().contains("403 Forbidden"), "{error}");
    }

    #[test]
    fn requests_exist_for_both_operations_only() {
        let update = String::from_utf8(request("update").unwrap()).unwrap();
        let (head, body) = update.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("POST /things/"), "{head}");
        assert!(head.ends_with(&format!("\r\ncontent-length: {}", body.len())), "{head}");
        assert!(request("describe").unwrap().starts_with(b"GET /things/"));
        assert_eq!(request("list"), None);
    }
}
