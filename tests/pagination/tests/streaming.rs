//! `@streaming` blob payloads of a generated client, against a real HTTP server
//! on 127.0.0.1: downloads read chunk by chunk, uploads from a file (resent whole
//! on retry) or from a one-shot stream.

use std::path::PathBuf;
use std::pin::Pin;
use std::task::{Context, Poll};

use smithy_runtime::http::Bytes;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};
use smithy_runtime::ByteStream;
use streaming_fixture::operation::download_object::DownloadObjectError;
use streaming_fixture::operation::upload_object::UploadObjectError;
use streaming_fixture::Client;

/// The largest chunk a download may hand over: far less than the body.
const MAX_CHUNK: usize = 1024 * 1024;

fn data(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 253) as u8).collect()
}

/// A file under the temp directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> Self {
        let path = std::env::temp_dir().join(format!("streaming-fixture-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Reads a download chunk by chunk, checking each against `expected` at its
/// offset (never joining them); returns the chunk sizes.
async fn read_in_chunks(mut body: ByteStream, expected: &[u8]) -> Vec<usize> {
    let mut offset = 0;
    let mut sizes = Vec::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.expect("the body reads");
        assert_eq!(&chunk[..], &expected[offset..offset + chunk.len()], "bytes at {offset}");
        offset += chunk.len();
        sizes.push(chunk.len());
    }
    assert_eq!(offset, expected.len(), "the whole body arrived");
    sizes
}

#[tokio::test]
async fn a_chunked_download_is_read_chunk_by_chunk() {
    let body = data(4 * 1024 * 1024 + 123);
    let server = TestServer::start().await;
    server.push(
        ScriptedResponse::new(200)
            .with_header("x-object-version", "v7")
            .with_chunked_body(body.clone(), 64 * 1024),
    );
    let client = Client::new(server.config_builder().build());
    let out = client.download_object().key("big").send().await.expect("downloaded");
    assert_eq!(out.version.as_deref(), Some("v7"));
    assert_eq!(out.content_length, None, "chunked: no length");
    let sizes = read_in_chunks(out.body, &body).await;
    assert!(sizes.len() > 1, "one chunk only: {sizes:?}");
    assert!(sizes.iter().all(|s| *s <= MAX_CHUNK), "a chunk too large: {sizes:?}");

    let sent = &server.requests()[0];
    assert_eq!(sent.uri, "/objects/big");
    assert!(sent.header("authorization").is_some());
}

#[tokio::test]
async fn a_download_with_a_length_streams_too_and_5xx_before_it_are_retried() {
    let body = data(3 * 1024 * 1024);
    let server = TestServer::with_responses([
        ScriptedResponse::error(503, "ServiceUnavailable", "busy"),
        ScriptedResponse::new(200).with_body(body.clone()),
    ])
    .await;
    let client = Client::new(server.config_builder().build());
    let out = client.download_object().key("k").send().await.expect("downloaded");
    assert_eq!(out.content_length, Some(body.len() as i64));
    let sizes = read_in_chunks(out.body, &body).await;
    assert!(sizes.len() > 1 && sizes.iter().all(|s| *s <= MAX_CHUNK), "{sizes:?}");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn an_error_response_to_a_download_parses_into_the_modeled_error() {
    let server = TestServer::with_responses([ScriptedResponse::error(404, "NoSuchKey", "no object `gone`")]).await;
    let client = Client::new(server.config_builder().build());
    let error = client.download_object().key("gone").send().await.unwrap_err();
    let DownloadObjectError::NoSuchKey(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.message.as_deref(), Some("no object `gone`"));
    assert_eq!(server.request_count(), 1, "a 404 is not retried");
}

#[tokio::test]
async fn a_file_upload_sends_exactly_the_file_unsigned() {
    let contents = data(300_000);
    let file = TempFile::new("upload", &contents);
    let server = TestServer::with_responses([ScriptedResponse::new(200).with_header("ETag", "\"abc\"")]).await;
    let client = Client::new(server.config_builder().build());
    let out = client
        .upload_object()
        .key("movie.mp4")
        .body(ByteStream::from_path(&file.0).unwrap())
        .send()
        .await
        .expect("uploaded");
    assert_eq!(out.etag.as_deref(), Some("\"abc\""));

    let sent = &server.requests()[0];
    assert_eq!(sent.method, "PUT");
    assert_eq!(sent.uri, "/objects/movie.mp4");
    assert!(
        sent.body == contents,
        "the server received other bytes ({} of {})",
        sent.body.len(),
        contents.len()
    );
    assert_eq!(sent.header("x-amz-content-sha256"), Some("UNSIGNED-PAYLOAD"));
    assert_eq!(sent.header("content-length"), Some("300000"));
    assert_eq!(sent.header("content-type"), Some("application/octet-stream"));
    let auth = sent.header("authorization").unwrap();
    assert!(
        auth.contains("/us-east-1/objectstore/aws4_request") && auth.contains("x-amz-content-sha256"),
        "{auth}"
    );
}

#[tokio::test]
async fn a_retried_upload_resends_the_whole_file() {
    let contents = data(200_000);
    let file = TempFile::new("retried", &contents);
    let server = TestServer::with_responses([
        ScriptedResponse::error(503, "ServiceUnavailable", "busy"),
        ScriptedResponse::new(200),
    ])
    .await;
    let client = Client::new(server.config_builder().build());
    client
        .upload_object()
        .key("k")
        .content_type("video/mp4")
        .body(ByteStream::from_path(&file.0).unwrap())
        .send()
        .await
        .expect("uploaded on the second attempt");
    let sent = server.requests();
    assert_eq!(sent.len(), 2);
    for request in &sent {
        assert!(request.body == contents, "an attempt sent {} bytes", request.body.len());
        assert_eq!(request.header("content-type"), Some("video/mp4"));
    }
}

/// A one-shot source of chunks.
struct Chunks(Vec<&'static str>);

impl futures_core::Stream for Chunks {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready((!self.0.is_empty()).then(|| Ok(Bytes::from_static(self.0.remove(0).as_bytes()))))
    }
}

#[tokio::test]
async fn a_stream_upload_is_chunked_and_never_retried() {
    let server = TestServer::with_responses([
        ScriptedResponse::error(503, "ServiceUnavailable", "busy"),
        ScriptedResponse::new(200),
    ])
    .await;
    let client = Client::new(server.config_builder().build());
    let body = ByteStream::from_stream(Chunks(vec!["one ", "two ", "three"]));
    let error = client.upload_object().key("k").body(body).send().await.unwrap_err();
    let UploadObjectError::Unhandled(error) = error else {
        panic!("{error:?}")
    };
    assert_eq!(error.status(), Some(503));
    let sent = server.requests();
    assert_eq!(sent.len(), 1, "a one-shot body is not resent");
    assert_eq!(sent[0].body_str(), "one two three");
    assert_eq!(sent[0].header("transfer-encoding"), Some("chunked"));
    assert_eq!(sent[0].header("x-amz-content-sha256"), Some("UNSIGNED-PAYLOAD"));
}

#[tokio::test]
async fn an_upload_without_a_body_sends_an_empty_one() {
    let server = TestServer::with_responses([ScriptedResponse::new(200)]).await;
    let client = Client::new(server.config_builder().build());
    client.upload_object().key("empty").send().await.expect("uploaded");
    let sent = &server.requests()[0];
    assert!(sent.body.is_empty());
    assert_eq!(sent.header("content-type"), None);
}
