//! Request compression (`@requestCompression`): gzip of the request body.
//!
//! DEFLATE (RFC 1951) and the gzip member around it (RFC 1952) come from
//! `flate2` with its pure-Rust backend (`miniz_oxide`), the CRC-32 from
//! `crc32fast`.

use std::io::Write as _;

use flate2::Compression;

use crate::error::BuildError;
use crate::http::HttpRequest;

/// The smallest body the client compresses by default, as the AWS SDKs do
/// (`request_min_compression_size_bytes`): smaller ones are sent as is.
pub const DEFAULT_MIN_COMPRESSION_SIZE: usize = 10_240;

/// Compresses the body of `request` with gzip when it has at least `min_size`
/// bytes: appends `gzip` to `Content-Encoding` (after any encoding the caller
/// set) and updates `Content-Length`.
pub fn gzip_request(request: &mut HttpRequest, shape: &'static str, min_size: usize) -> Result<(), BuildError> {
    if request.body.len() < min_size {
        return Ok(());
    }
    let invalid =
        |header: &'static str| move |_| BuildError::invalid_field(shape, header, "is not a valid HTTP header value");
    let previous: Vec<String> = request
        .headers
        .get_all("content-encoding")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect();
    let mut encodings: Vec<&str> = previous
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect();
    encodings.push("gzip");
    let encoding = encodings.join(", ");
    request.headers.remove("content-encoding");
    request
        .append_header("Content-Encoding", &encoding)
        .map_err(invalid("Content-Encoding"))?;
    let compressed = gzip(&request.body);
    if request.headers.contains_key("content-length") {
        request.headers.remove("content-length");
        request
            .append_header("Content-Length", &compressed.len().to_string())
            .map_err(invalid("Content-Length"))?;
    }
    request.body = compressed.into();
    Ok(())
}

/// How hard [`gzip`] and [`deflate`] compress: zlib's default level, the one
/// the AWS SDKs use.
fn level() -> Compression {
    Compression::default()
}

/// `data` as one gzip member (RFC 1952): no file name or other optional
/// fields, modification time 0, operating system "unknown".
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let out = Vec::with_capacity(data.len() / 4 + 32);
    let mut encoder = flate2::write::GzEncoder::new(out, level());
    encoder.write_all(data).expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

/// The CRC-32 (IEEE) of `data`, as gzip stores it.
pub fn crc32(data: &[u8]) -> u32 {
    crc32fast::hash(data)
}

/// `data` as a raw DEFLATE stream (RFC 1951), without a gzip or zlib wrapper.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let out = Vec::with_capacity(data.len() / 4 + 16);
    let mut encoder = flate2::write::DeflateEncoder::new(out, level());
    encoder.write_all(data).expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;

    use super::*;

    fn gunzip(member: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(member)
            .read_to_end(&mut out)
            .expect("a valid gzip member");
        out
    }

    fn inflate(raw: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::DeflateDecoder::new(raw)
            .read_to_end(&mut out)
            .expect("a valid DEFLATE stream");
        out
    }

    fn json() -> Vec<u8> {
        br#"{"items":[{"name":"a","value":1},{"name":"b","value":2},{"name":"c","value":3}]}"#.repeat(300)
    }

    #[test]
    fn crc32_check_value() {
        // The check value of CRC-32/ISO-HDLC, the CRC of gzip and zlib.
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn deflate_round_trips() {
        let json = json();
        // Incompressible bytes longer than the 32 KiB window, then JSON.
        let mut bytes: Vec<u8> = (0..70_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        bytes.extend_from_slice(&json);
        for data in [
            &b""[..],
            b"a",
            b"abcabcabcabc",
            b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            &json,
            &bytes,
        ] {
            assert_eq!(inflate(&deflate(data)), data);
            assert_eq!(gunzip(&gzip(data)), data);
        }
        assert!(deflate(&json).len() * 5 < json.len(), "repetitive JSON compresses");
    }

    #[test]
    fn gzip_member_layout() {
        let data = b"hello hello hello";
        let member = gzip(data);
        // ID1 ID2, CM = 8 (deflate), FLG = 0 (no optional fields), MTIME = 0.
        assert_eq!(&member[..8], &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
        assert_eq!(member[9], 0xff, "OS: unknown");
        let n = member.len();
        // The trailer: CRC-32 then ISIZE, little-endian.
        // CRC-32 of the input, computed independently (Python's zlib.crc32).
        assert_eq!(&member[n - 8..n - 4], &0xe5f9_8880u32.to_le_bytes());
        assert_eq!(&member[n - 8..n - 4], &crc32(data).to_le_bytes());
        assert_eq!(&member[n - 4..], &17u32.to_le_bytes());
        // With no optional fields, the DEFLATE stream starts right after the
        // 10-byte header and ends at the trailer.
        assert_eq!(inflate(&member[10..n - 8]), data);
        assert_eq!(gunzip(&member), data);
    }

    #[test]
    fn requests_are_compressed_from_the_minimum_size() {
        let body = json();
        let len = body.len();
        let mut small = HttpRequest::new(crate::http::Method::POST, "/").body(body.clone());
        gzip_request(&mut small, "S", len + 1).unwrap();
        assert_eq!(small.header_str("content-encoding"), None);
        assert_eq!(small.body, body);
        let mut request = HttpRequest::new(crate::http::Method::POST, "/")
            .header("Content-Encoding", "custom")
            .unwrap()
            .header("Content-Length", &len.to_string())
            .unwrap()
            .body(body.clone());
        gzip_request(&mut request, "S", len).unwrap();
        assert_eq!(request.header_str("content-encoding"), Some("custom, gzip"));
        assert!(request.body.len() * 5 < len, "{} bytes", request.body.len());
        assert_eq!(
            request.header_str("content-length"),
            Some(request.body.len().to_string().as_str())
        );
        assert_eq!(gunzip(&request.body), body);
    }
}
