//! Request compression (`@requestCompression`): gzip of the request body.
//!
//! A small, dependency-free DEFLATE encoder: LZ77 matches found with hash
//! chains over a 32 KiB window, written in one block with the fixed Huffman
//! codes of RFC 1951, inside a gzip member (RFC 1952). It favours simplicity
//! over ratio; JSON bodies still shrink several times.

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

/// `data` as a gzip member.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    out.extend_from_slice(&deflate(data));
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

/// The CRC-32 (IEEE) of `data`, as gzip stores it.
pub fn crc32(data: &[u8]) -> u32 {
    let table: [u32; 256] = std::array::from_fn(|n| {
        (0..8).fold(
            n as u32,
            |c, _| if c & 1 == 1 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 },
        )
    });
    !data.iter().fold(!0u32, |crc, &b| {
        table[((crc ^ u32::from(b)) & 0xff) as usize] ^ (crc >> 8)
    })
}

const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const WINDOW: usize = 32 * 1024;
const MAX_MATCH: usize = 258;
const MAX_CHAIN: usize = 64;

struct BitWriter {
    out: Vec<u8>,
    bits: u64,
    count: u32,
}

impl BitWriter {
    /// Writes the `n` low bits of `value`, least significant first.
    fn bits(&mut self, value: u32, n: u32) {
        self.bits |= u64::from(value) << self.count;
        self.count += n;
        while self.count >= 8 {
            self.out.push(self.bits as u8);
            self.bits >>= 8;
            self.count -= 8;
        }
    }

    /// Writes a Huffman code of `len` bits, most significant first.
    fn code(&mut self, code: u32, len: u32) {
        self.bits(code.reverse_bits() >> (32 - len), len);
    }

    /// A literal/length symbol in the fixed code.
    fn symbol(&mut self, symbol: u16) {
        let s = u32::from(symbol);
        match symbol {
            0..=143 => self.code(0x30 + s, 8),
            144..=255 => self.code(0x190 + s - 144, 9),
            256..=279 => self.code(s - 256, 7),
            _ => self.code(0xc0 + s - 280, 8),
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.bits as u8);
        }
        self.out
    }
}

/// `data` as a raw DEFLATE stream: one final block with the fixed codes.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut w = BitWriter {
        out: Vec::with_capacity(data.len() / 2 + 16),
        bits: 0,
        count: 0,
    };
    w.bits(1, 1); // BFINAL
    w.bits(1, 2); // BTYPE = fixed Huffman
    let hash =
        |i: usize| ((usize::from(data[i]) << 10) ^ (usize::from(data[i + 1]) << 5) ^ usize::from(data[i + 2])) & 0x7fff;
    let mut head = vec![usize::MAX; 1 << 15];
    let mut prev = vec![usize::MAX; data.len()];
    let insert = |i: usize, head: &mut Vec<usize>, prev: &mut Vec<usize>| {
        if i + 3 <= data.len() {
            let h = hash(i);
            prev[i] = head[h];
            head[h] = i;
        }
    };
    let mut i = 0;
    while i < data.len() {
        let (mut best_len, mut best_dist) = (0, 0);
        if i + 3 <= data.len() {
            let mut candidate = head[hash(i)];
            let mut chain = 0;
            let max = MAX_MATCH.min(data.len() - i);
            while candidate != usize::MAX && i - candidate <= WINDOW && chain < MAX_CHAIN {
                let len = data[candidate..]
                    .iter()
                    .zip(&data[i..i + max])
                    .take_while(|(a, b)| a == b)
                    .count();
                if len > best_len {
                    (best_len, best_dist) = (len, i - candidate);
                    if len == max {
                        break;
                    }
                }
                candidate = prev[candidate];
                chain += 1;
            }
        }
        if best_len >= 3 {
            let code = LENGTH_BASE
                .iter()
                .rposition(|&b| usize::from(b) <= best_len)
                .expect("a length code");
            w.symbol(257 + code as u16);
            w.bits(
                (best_len - usize::from(LENGTH_BASE[code])) as u32,
                u32::from(LENGTH_EXTRA[code]),
            );
            let dcode = DIST_BASE
                .iter()
                .rposition(|&b| usize::from(b) <= best_dist)
                .expect("a distance code");
            w.code(dcode as u32, 5);
            w.bits(
                (best_dist - usize::from(DIST_BASE[dcode])) as u32,
                u32::from(DIST_EXTRA[dcode]),
            );
            for j in i..i + best_len {
                insert(j, &mut head, &mut prev);
            }
            i += best_len;
        } else {
            w.symbol(u16::from(data[i]));
            insert(i, &mut head, &mut prev);
            i += 1;
        }
    }
    w.symbol(256);
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inflates a stream of fixed-Huffman blocks (what [`deflate`] writes).
    fn inflate_fixed(data: &[u8]) -> Vec<u8> {
        let mut pos = 0usize;
        let mut bit = |n: u32| -> u32 {
            let mut v = 0;
            for k in 0..n {
                let b = (data[pos / 8] >> (pos % 8)) & 1;
                v |= u32::from(b) << k;
                pos += 1;
            }
            v
        };
        let mut out: Vec<u8> = Vec::new();
        loop {
            let last = bit(1);
            assert_eq!(bit(2), 1, "a fixed-Huffman block");
            loop {
                let mut code = 0;
                for _ in 0..7 {
                    code = (code << 1) | bit(1);
                }
                let symbol = if code <= 0x17 {
                    256 + code
                } else {
                    code = (code << 1) | bit(1);
                    match code {
                        0x30..=0xbf => code - 0x30,
                        0xc0..=0xc7 => 280 + code - 0xc0,
                        _ => 144 + ((code << 1) | bit(1)) - 0x190,
                    }
                };
                match symbol {
                    0..=255 => out.push(symbol as u8),
                    256 => break,
                    _ => {
                        let k = (symbol - 257) as usize;
                        let len = usize::from(LENGTH_BASE[k]) + bit(u32::from(LENGTH_EXTRA[k])) as usize;
                        let mut d = 0;
                        for _ in 0..5 {
                            d = (d << 1) | bit(1);
                        }
                        let dist = usize::from(DIST_BASE[d as usize]) + bit(u32::from(DIST_EXTRA[d as usize])) as usize;
                        for _ in 0..len {
                            out.push(out[out.len() - dist]);
                        }
                    }
                }
            }
            if last == 1 {
                return out;
            }
        }
    }

    #[test]
    fn crc32_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn deflate_round_trips() {
        let json = br#"{"items":[{"name":"a","value":1},{"name":"b","value":2},{"name":"c","value":3}]}"#.repeat(300);
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
            assert_eq!(inflate_fixed(&deflate(data)), data);
        }
        assert!(deflate(&json).len() * 5 < json.len(), "repetitive JSON compresses");
    }

    #[test]
    fn gzip_member_layout() {
        let member = gzip(b"hello hello hello");
        assert_eq!(&member[..4], &[0x1f, 0x8b, 8, 0]);
        let n = member.len();
        assert_eq!(&member[n - 4..], &17u32.to_le_bytes());
        assert_eq!(&member[n - 8..n - 4], &crc32(b"hello hello hello").to_le_bytes());
        assert_eq!(inflate_fixed(&member[10..n - 8]), b"hello hello hello");
    }

    #[test]
    fn requests_are_compressed_from_the_minimum_size() {
        let body = vec![b'x'; 100];
        let mut small = HttpRequest::new(crate::http::Method::POST, "/").body(body.clone());
        gzip_request(&mut small, "S", 101).unwrap();
        assert_eq!(small.header_str("content-encoding"), None);
        let mut request = HttpRequest::new(crate::http::Method::POST, "/")
            .header("Content-Encoding", "custom")
            .unwrap()
            .header("Content-Length", "100")
            .unwrap()
            .body(body.clone());
        gzip_request(&mut request, "S", 100).unwrap();
        assert_eq!(request.header_str("content-encoding"), Some("custom, gzip"));
        assert_eq!(
            request.header_str("content-length"),
            Some(request.body.len().to_string().as_str())
        );
        let n = request.body.len();
        assert_eq!(inflate_fixed(&request.body[10..n - 8]), body);
    }
}
