//! Request checksums: `Content-MD5` for operations with `@httpChecksumRequired`,
//! and the SHA-256 and tree hash headers of Glacier uploads (a service
//! customization, see [`set_glacier_checksums`]).

use sha2::Digest;

use crate::error::BuildError;
use crate::http::{HeaderMap, HeaderName, HeaderValue, HttpRequest, StreamingHttpRequest};
use crate::ByteStream;

/// The MD5 digest of `data` (RFC 1321). MD5 is only used here as the integrity
/// check some services require, never for security.
pub fn md5(data: &[u8]) -> [u8; 16] {
    ::md5::Md5::digest(data).into()
}

/// Sets the `Content-MD5` header (base64 of the body's MD5) unless the request
/// already has one.
pub fn set_content_md5(request: &mut HttpRequest, shape: &'static str) -> Result<(), BuildError> {
    if request.headers.contains_key("content-md5") {
        return Ok(());
    }
    let digest = crate::Blob::new(md5(&request.body).to_vec()).to_base64();
    request
        .append_header("Content-MD5", &digest)
        .map_err(|_| BuildError::invalid_field(shape, "Content-MD5", "is not a valid HTTP header value"))
}

/// The size of the chunks whose SHA-256 hashes are the leaves of a Glacier tree
/// hash: 1 MiB.
pub const GLACIER_TREE_HASH_CHUNK: usize = 1024 * 1024;

const CONTENT_SHA256: &str = "x-amz-content-sha256";
const TREE_HASH: &str = "x-amz-sha256-tree-hash";

/// The two checksums Glacier requires of an upload's payload, lowercase hex.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlacierChecksums {
    /// The SHA-256 of the whole payload (`x-amz-content-sha256`).
    pub sha256: String,
    /// The SHA-256 tree hash of the payload (`x-amz-sha256-tree-hash`), see
    /// [`glacier_tree_hash`].
    pub tree_hash: String,
}

/// Computes [`GlacierChecksums`] in one pass over a payload given in pieces of
/// any size, holding one chunk's hasher and `O(log n)` subtree hashes.
#[derive(Clone, Debug, Default)]
pub struct GlacierHasher {
    whole: sha2::Sha256,
    chunk: sha2::Sha256,
    chunk_len: usize,
    /// Complete subtrees not yet paired, left to right: (height, hash), heights
    /// strictly decreasing, like the bits of a binary counter.
    subtrees: Vec<(u32, [u8; 32])>,
}

impl GlacierHasher {
    /// A hasher of an empty payload.
    pub fn new() -> Self {
        Self::default()
    }

    /// Hashes the next bytes of the payload.
    pub fn update(&mut self, mut data: &[u8]) {
        self.whole.update(data);
        while !data.is_empty() {
            let take = (GLACIER_TREE_HASH_CHUNK - self.chunk_len).min(data.len());
            self.chunk.update(&data[..take]);
            self.chunk_len += take;
            data = &data[take..];
            if self.chunk_len == GLACIER_TREE_HASH_CHUNK {
                self.finish_chunk();
            }
        }
    }

    fn finish_chunk(&mut self) {
        let mut node = (0, digest(std::mem::take(&mut self.chunk)));
        self.chunk_len = 0;
        // Pair equal subtrees as soon as both exist: the pairs Glacier's
        // level-by-level construction makes, from the left.
        while self.subtrees.last().is_some_and(|(height, _)| *height == node.0) {
            let (height, left) = self.subtrees.pop().expect("checked");
            node = (height + 1, pair(&left, &node.1));
        }
        self.subtrees.push(node);
    }

    /// The checksums of everything hashed. An empty payload has one (empty)
    /// chunk: both checksums are the SHA-256 of nothing.
    pub fn finish(mut self) -> GlacierChecksums {
        if self.chunk_len > 0 || self.subtrees.is_empty() {
            self.finish_chunk();
        }
        // What is left are subtrees of decreasing heights: an odd node is
        // carried up unchanged until it meets its left neighbour, so they
        // combine from the right.
        let mut subtrees = self.subtrees.into_iter().rev().map(|(_, hash)| hash);
        let mut root = subtrees.next().expect("at least one chunk");
        for left in subtrees {
            root = pair(&left, &root);
        }
        GlacierChecksums {
            sha256: hex::encode(digest(self.whole)),
            tree_hash: hex::encode(root),
        }
    }
}

fn digest(hasher: sha2::Sha256) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(&hasher.finalize());
    out
}

fn pair(left: &[u8; 32], right: &[u8; 32]) -> [u8; 32] {
    let mut hasher = sha2::Sha256::new();
    hasher.update(left);
    hasher.update(right);
    digest(hasher)
}

/// Both [`GlacierChecksums`] of `data`.
pub fn glacier_checksums(data: &[u8]) -> GlacierChecksums {
    let mut hasher = GlacierHasher::new();
    hasher.update(data);
    hasher.finish()
}

/// The SHA-256 tree hash of `data`, lowercase hex, as the Glacier documentation
/// defines it ("Computing Checksums"): the SHA-256 of each 1 MiB chunk (the last
/// may be shorter), then the SHA-256 of each pair of neighbouring hashes, level
/// by level, an odd last hash carried up unchanged, until one is left. A payload
/// of at most 1 MiB has the tree hash of its SHA-256.
pub fn glacier_tree_hash(data: &[u8]) -> String {
    glacier_checksums(data).tree_hash
}

/// Whether `headers` already have both Glacier checksums.
fn has_glacier_checksums(headers: &HeaderMap) -> bool {
    headers.contains_key(CONTENT_SHA256) && headers.contains_key(TREE_HASH)
}

/// Sets the Glacier checksum headers `headers` do not have yet (a tree hash the
/// caller computed, from an input member, is kept).
fn insert_glacier_checksums(headers: &mut HeaderMap, checksums: &GlacierChecksums) {
    for (name, value) in [(CONTENT_SHA256, &checksums.sha256), (TREE_HASH, &checksums.tree_hash)] {
        if !headers.contains_key(name) {
            let value = HeaderValue::from_str(value).expect("lowercase hex is a valid header value");
            headers.insert(HeaderName::from_static(name), value);
        }
    }
}

fn one_shot_stream(shape: &'static str, member: &'static str) -> BuildError {
    BuildError::invalid_field(
        shape,
        member,
        "is a one-shot stream (`ByteStream::from_stream`), which cannot get the SHA-256 and tree hash \
         Glacier requires before the payload is sent; give the body in memory or as a file \
         (`ByteStream::from_path`)",
    )
}

/// Glacier customization of uploads with a `@streaming` payload `body`: sets the
/// `x-amz-content-sha256` (SHA-256 of the payload) and `x-amz-sha256-tree-hash`
/// ([`glacier_tree_hash`]) headers that Glacier requires, unless the request
/// has them already.
///
/// * A body in memory is hashed now.
/// * A file body is left for [`set_glacier_file_checksums`], which the
///   generated `send` calls: it reads the file once, asynchronously.
/// * A one-shot stream ([`ByteStream::from_stream`]) is an error: it can be read
///   only once, to be sent, so nothing can hash it beforehand.
pub fn set_glacier_checksums(
    request: &mut HttpRequest,
    shape: &'static str,
    member: &'static str,
    body: &ByteStream,
) -> Result<(), BuildError> {
    if has_glacier_checksums(&request.headers) {
        return Ok(());
    }
    match body.bytes() {
        Some(bytes) => insert_glacier_checksums(&mut request.headers, &glacier_checksums(&bytes)),
        None if body.is_reopenable() => {}
        None => return Err(one_shot_stream(shape, member)),
    }
    Ok(())
}

/// The rest of [`set_glacier_checksums`], in the generated `send`: the checksums
/// of a file body, read once here (a copy re-opened from its start) before the
/// request is sent. Requests that have both headers are returned as they are.
/// The SigV4 signature reads a file body once more to hash it, as for any file
/// body.
pub async fn set_glacier_file_checksums(
    mut request: StreamingHttpRequest,
    shape: &'static str,
    member: &'static str,
) -> Result<StreamingHttpRequest, BuildError> {
    if has_glacier_checksums(&request.headers) {
        return Ok(request);
    }
    let checksums = match request.body.bytes() {
        Some(bytes) => glacier_checksums(&bytes),
        None => {
            let mut copy = request.body.reopen().ok_or_else(|| one_shot_stream(shape, member))?;
            let mut hasher = GlacierHasher::new();
            while let Some(chunk) = copy.next().await {
                let chunk = chunk.map_err(|e| {
                    BuildError::invalid_field(shape, member, format!("cannot be read to compute its checksums: {e}"))
                })?;
                hasher.update(&chunk);
            }
            hasher.finish()
        }
    };
    insert_glacier_checksums(&mut request.headers, &checksums);
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_matches_rfc_1321() {
        assert_eq!(hex::encode(md5(b"")), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(hex::encode(md5(b"abc")), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hex::encode(md5(b"message digest")), "f96b697d7cb7938d525a2f31aaf161d0");
        let long = b"12345678901234567890123456789012345678901234567890123456789012345678901234567890";
        assert_eq!(hex::encode(md5(long)), "57edf4a22be3c955ac49da2e2107b67a");
    }

    #[test]
    fn content_md5_header() {
        let mut request =
            HttpRequest::new(crate::http::Method::POST, "/").body(&b"{\"foo\":\"base64 encoded md5 checksum\"}"[..]);
        set_content_md5(&mut request, "S").unwrap();
        assert_eq!(request.header_str("content-md5"), Some("iB0/3YSo7maijL0IGOgA9g=="));
    }

    const MIB: usize = GLACIER_TREE_HASH_CHUNK;

    /// A payload with no repeating 1 MiB chunk: byte `i` is `(31 i + 7) mod 251`.
    fn payload(len: usize) -> Vec<u8> {
        (0..len).map(|i| ((i * 31 + 7) % 251) as u8).collect()
    }

    // Expected values computed independently with Python's hashlib, following
    // the Glacier documentation ("Computing Checksums") level by level.

    #[test]
    fn glacier_tree_hash_of_at_most_one_chunk_is_its_sha256() {
        let hello = glacier_checksums(b"hello world");
        let expected = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";
        assert_eq!((hello.sha256.as_str(), hello.tree_hash.as_str()), (expected, expected));
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(glacier_tree_hash(b""), empty);
        let one_mib = "1c59b8670027384143781a8a8bff2f3b44bd8818d0f53b13b064c2375a1afe38";
        assert_eq!(glacier_tree_hash(&payload(MIB)), one_mib);
        assert_eq!(glacier_checksums(&payload(MIB)).sha256, one_mib);
    }

    #[test]
    fn glacier_tree_hash_pairs_1_mib_chunks_level_by_level() {
        // (length, tree hash, SHA-256 of the whole).
        let cases = [
            (
                MIB + 1, // sha256(sha256(chunk 0) || sha256(last byte))
                "bdbb3466665ed8cbe8fc26d6cd3ee2d7c88f427bef2982246317b76917649519",
                "455ced47859eda55f31afb1ed6e145648da8b8a50cc2fa1059abc4e356838615",
            ),
            (
                2 * MIB,
                "fef73e6be8f9dd6f083b04c99d6fd732691441f983b2305c8137cd5cd9ace701",
                "4695b93998d2be3cae3354ad1d00a054abc3de0241a6fa2e632f7824108f45a2",
            ),
            (
                3 * MIB, // the third chunk's hash is carried up: h(h(0, 1), 2)
                "81a3077073609f2b1b874527a1643f699ea522b188a05975fbf0a07009ddd50e",
                "9c858aecb2673a768ee641b231391f0be6189325d64cb0a68f0e4e1be9bfa68b",
            ),
            (
                // The documentation's example archive: 6.5 MiB, 7 chunks.
                13 * MIB / 2,
                "6fc4d8ad8ecc22fbf0ac660a58411cf4892593862a9a31bab040264b99949386",
                "8caea707defa61372b0cb45e9e558f0b08eba30d2fc6bca2c0fbf1e09094142b",
            ),
            (
                7 * MIB,
                "9008d6f84e79d0ba05a94db38a7d888381b682a5fffab495de569d84d876d2c5",
                "b5556c9bf4b47fc9e60c11bfc39dae9f44bfd0df5d3271b9e8fa04c02e18611e",
            ),
        ];
        for (len, tree_hash, sha256) in cases {
            let data = payload(len);
            let expected = GlacierChecksums {
                sha256: sha256.into(),
                tree_hash: tree_hash.into(),
            };
            assert_eq!(glacier_checksums(&data), expected, "{len} bytes");
            // In pieces that do not line up with the chunks: the same.
            let mut hasher = GlacierHasher::new();
            for piece in data.chunks(300_001) {
                hasher.update(piece);
            }
            assert_eq!(hasher.finish(), expected, "{len} bytes in pieces");
        }
    }

    #[test]
    fn glacier_multipart_parts_combine_into_the_archive_tree_hash() {
        // The documentation's multipart example: the 6.5 MiB archive in 4 MiB
        // parts; the tree hash of the part tree hashes is the archive's.
        let data = payload(13 * MIB / 2);
        let (first, second) = (glacier_tree_hash(&data[..4 * MIB]), glacier_tree_hash(&data[4 * MIB..]));
        assert_eq!(
            first,
            "ec79743dff1d2be2d798c502ea0101f6829731e88df6ff2bddcbcef6191c05a4"
        );
        assert_eq!(
            second,
            "b1e7f3ff5a4f5852cc1b5211050dc0ad9665df5e48cbe893f56c21f5491046d5"
        );
        let unhex = |s: &str| -> [u8; 32] { hex::decode(s).unwrap().try_into().unwrap() };
        assert_eq!(
            hex::encode(pair(&unhex(&first), &unhex(&second))),
            glacier_tree_hash(&data)
        );
    }

    /// A stream of one chunk, read once.
    struct OneChunk(Option<bytes::Bytes>);

    impl futures_core::Stream for OneChunk {
        type Item = Result<bytes::Bytes, std::io::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            std::task::Poll::Ready(self.0.take().map(Ok))
        }
    }

    const HELLO: &str = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";

    #[test]
    fn glacier_headers_for_bodies_in_memory_keep_a_given_tree_hash() {
        let mut request = HttpRequest::new(crate::http::Method::POST, "/");
        set_glacier_checksums(&mut request, "S", "body", &ByteStream::from("hello world")).unwrap();
        assert_eq!(request.header_str("x-amz-content-sha256"), Some(HELLO));
        assert_eq!(request.header_str("x-amz-sha256-tree-hash"), Some(HELLO));

        let mut request = HttpRequest::new(crate::http::Method::POST, "/")
            .header("X-Amz-Sha256-Tree-Hash", "given")
            .unwrap();
        set_glacier_checksums(&mut request, "S", "body", &ByteStream::from("hello world")).unwrap();
        assert_eq!(request.header_str("x-amz-content-sha256"), Some(HELLO));
        assert_eq!(request.header_str("x-amz-sha256-tree-hash"), Some("given"));
    }

    #[tokio::test]
    async fn glacier_file_bodies_are_hashed_in_send_and_one_shot_streams_rejected() {
        let file = crate::byte_stream::tests::TempFile::new("glacier", &payload(MIB + 1));
        let body = ByteStream::from_path(&file.0).unwrap();
        let mut head = HttpRequest::new(crate::http::Method::PUT, "/");
        set_glacier_checksums(&mut head, "S", "body", &body).unwrap();
        assert!(head.headers.get("x-amz-sha256-tree-hash").is_none(), "left for `send`");
        let request = StreamingHttpRequest::from_parts(head, body);
        let request = set_glacier_file_checksums(request, "S", "body").await.unwrap();
        assert_eq!(
            request.headers.get("x-amz-sha256-tree-hash").unwrap(),
            "bdbb3466665ed8cbe8fc26d6cd3ee2d7c88f427bef2982246317b76917649519"
        );
        assert_eq!(
            request.headers.get("x-amz-content-sha256").unwrap(),
            "455ced47859eda55f31afb1ed6e145648da8b8a50cc2fa1059abc4e356838615"
        );
        // The body itself was not read: it is sent whole.
        let sent = request.into_buffered().await.unwrap();
        assert_eq!(sent.body.len(), MIB + 1);

        let stream = ByteStream::from_stream(OneChunk(Some(bytes::Bytes::from_static(b"hello world"))));
        let mut head = HttpRequest::new(crate::http::Method::PUT, "/");
        let error = set_glacier_checksums(&mut head, "UploadArchiveInput", "body", &stream).unwrap_err();
        assert!(error.to_string().contains("one-shot stream"), "{error}");
        let request = StreamingHttpRequest::from_parts(head, stream);
        assert!(set_glacier_file_checksums(request, "S", "body").await.is_err());
    }
}
