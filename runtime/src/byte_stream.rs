//! [`ByteStream`]: the body of a `@streaming` blob, sent or received chunk by
//! chunk without holding the whole of it in memory.

use std::fmt;
use std::future::Future;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;

use crate::error::BoxError;

/// How many bytes a file body reads at a time.
const FILE_CHUNK: usize = 64 * 1024;

type BoxStream = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>;
type OpenFuture = Pin<Box<dyn Future<Output = io::Result<tokio::fs::File>> + Send>>;

/// The body of a `@streaming` blob: bytes in memory, a file, or any stream of
/// chunks. Operation inputs take one (`impl Into<ByteStream>`), operation
/// outputs hand one back, to read chunk by chunk as it arrives.
///
/// * In memory: `ByteStream::from(vec)`, from `Bytes`, `Vec<u8>`, `String`,
///   `&'static [u8]`, `&'static str` or a [`Blob`](crate::Blob).
/// * A file: [`ByteStream::from_path`], read in chunks of 64 KiB when sent (with
///   tokio's file support: send it from a tokio runtime).
/// * A stream: [`ByteStream::from_stream`], any
///   `Stream<Item = Result<Bytes, E>> + Send`.
///
/// In-memory and file bodies can be [re-opened](Self::reopen), so a request
/// whose attempt failed is retried with the whole body again. A body made with
/// [`from_stream`](Self::from_stream) can be read only once: a request with
/// such a body is sent at most once (never retried).
///
/// Read it with [`next`](Self::next), as a [`Stream`], or all at once with
/// [`collect`](Self::collect). `Debug` shows what kind of body it is, never its data.
///
/// ```
/// use smithy_runtime::ByteStream;
///
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// let mut body = ByteStream::from("hello");
/// assert_eq!(body.content_length(), Some(5));
/// let mut received = Vec::new();
/// while let Some(chunk) = body.next().await {
///     received.extend_from_slice(&chunk.unwrap());
/// }
/// assert_eq!(received, b"hello");
/// assert_eq!(ByteStream::from(vec![1, 2]).collect().await.unwrap(), vec![1, 2]);
/// # });
/// ```
pub struct ByteStream {
    // A mutex only so that `ByteStream` is `Sync` (the stream of chunks need not
    // be); polling goes through `get_mut` and never locks.
    inner: Mutex<Inner>,
    /// Counts the chunks read, for the read timeout of the request this body is
    /// sent with (a long upload is progress, not a stall).
    progress: Option<Progress>,
}

/// A count of chunks read from bodies, shared between a body and the watchdog
/// of its request's read timeout.
#[derive(Clone, Debug, Default)]
pub(crate) struct Progress(Arc<AtomicU64>);

impl Progress {
    /// How many chunks were read so far.
    pub(crate) fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }

    fn bump(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

enum Inner {
    /// In memory: the whole body, and what is left to read (`None` once read).
    Bytes {
        all: Bytes,
        left: Option<Bytes>,
    },
    File(FileBody),
    Stream(BoxStream),
}

struct FileBody {
    path: Arc<Path>,
    /// The file's length when the body was made: what is read and sent.
    len: u64,
    left: u64,
    state: FileState,
}

enum FileState {
    Closed,
    Opening(OpenFuture),
    Open(tokio::fs::File),
    Done,
}

impl ByteStream {
    /// A body holding these bytes.
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        let all = bytes.into();
        Self::from_inner(Inner::Bytes {
            left: Some(all.clone()),
            all,
        })
    }

    /// An empty body.
    pub fn empty() -> Self {
        Self::new(Bytes::new())
    }

    /// A body holding static bytes (no copy).
    pub fn from_static(bytes: &'static [u8]) -> Self {
        Self::new(Bytes::from_static(bytes))
    }

    /// A body read from the file at `path`, in chunks, when it is sent. Its
    /// length is the file's length now; the file is opened again for each
    /// attempt of a request, so retries resend it whole.
    ///
    /// Fails when the file's metadata cannot be read or it is not a file.
    pub fn from_path(path: impl AsRef<Path>) -> io::Result<Self> {
        let path: PathBuf = path.as_ref().to_path_buf();
        let metadata = std::fs::metadata(&path)?;
        if !metadata.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{}` is not a file", path.display()),
            ));
        }
        let len = metadata.len();
        Ok(Self::from_inner(Inner::File(FileBody {
            path: path.into(),
            len,
            left: len,
            state: FileState::Closed,
        })))
    }

    /// A body read from `stream` as it is sent. Its length is unknown (the
    /// request is sent with chunked transfer encoding, and signed with
    /// `UNSIGNED-PAYLOAD`), and it can be read only once, so a request with this
    /// body is **not retried**.
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError>,
    {
        Self::from_inner(Inner::Stream(Box::pin(MapErr(Box::pin(stream)))))
    }

    fn from_inner(inner: Inner) -> Self {
        ByteStream {
            inner: Mutex::new(inner),
            progress: None,
        }
    }

    /// This body, counting each chunk read in `progress`.
    pub(crate) fn with_progress(mut self, progress: Progress) -> Self {
        self.progress = Some(progress);
        self
    }

    fn with_inner<T>(&self, f: impl FnOnce(&Inner) -> T) -> T {
        f(&self.inner.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn inner_mut(&mut self) -> &mut Inner {
        self.inner.get_mut().unwrap_or_else(|e| e.into_inner())
    }

    /// The body's whole length in bytes, when known (in memory and files; not
    /// streams).
    pub fn content_length(&self) -> Option<u64> {
        self.with_inner(|inner| match inner {
            Inner::Bytes { all, .. } => Some(all.len() as u64),
            Inner::File(file) => Some(file.len),
            Inner::Stream(_) => None,
        })
    }

    /// The whole body, when it is held in memory.
    pub fn bytes(&self) -> Option<Bytes> {
        self.with_inner(|inner| match inner {
            Inner::Bytes { all, .. } => Some(all.clone()),
            _ => None,
        })
    }

    /// Whether [`reopen`](Self::reopen) works: in-memory and file bodies.
    pub fn is_reopenable(&self) -> bool {
        self.with_inner(|inner| !matches!(inner, Inner::Stream(_)))
    }

    /// A new body with the same data from its start (however much of this one
    /// was read), for in-memory and file bodies; `None` for streams.
    pub fn reopen(&self) -> Option<ByteStream> {
        self.with_inner(|inner| match inner {
            Inner::Bytes { all, .. } => Some(ByteStream::new(all.clone())),
            Inner::File(file) => Some(Self::from_inner(Inner::File(FileBody {
                path: file.path.clone(),
                len: file.len,
                left: file.len,
                state: FileState::Closed,
            }))),
            Inner::Stream(_) => None,
        })
    }

    /// The next chunk, `None` at the end. Chunks are never empty.
    pub async fn next(&mut self) -> Option<Result<Bytes, ByteStreamError>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// Reads the rest of the body into memory.
    pub async fn collect(mut self) -> Result<Bytes, ByteStreamError> {
        if let Inner::Bytes { left, .. } = self.inner_mut() {
            return Ok(left.take().unwrap_or_default());
        }
        let mut out = Vec::new();
        while let Some(chunk) = self.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out.into())
    }
}

impl Default for ByteStream {
    /// An empty body.
    fn default() -> Self {
        Self::empty()
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, ByteStreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let poll = self.poll_chunk(cx);
        if let (Poll::Ready(Some(Ok(_))), Some(progress)) = (&poll, &self.progress) {
            progress.bump();
        }
        poll
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }
}

impl ByteStream {
    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, ByteStreamError>>> {
        match self.inner_mut() {
            Inner::Bytes { left, .. } => Poll::Ready(left.take().filter(|b| !b.is_empty()).map(Ok)),
            Inner::File(file) => file.poll_chunk(cx),
            Inner::Stream(stream) => loop {
                match stream.as_mut().poll_next(cx) {
                    Poll::Ready(Some(Ok(chunk))) if chunk.is_empty() => continue,
                    Poll::Ready(Some(Ok(chunk))) => return Poll::Ready(Some(Ok(chunk))),
                    Poll::Ready(Some(Err(e))) => {
                        // A wrapped body's own error (a read timeout) keeps its kind.
                        let e = match e.downcast::<ByteStreamError>() {
                            Ok(e) => *e,
                            Err(e) => ByteStreamError::stream(e),
                        };
                        return Poll::Ready(Some(Err(e)));
                    }
                    Poll::Ready(None) => return Poll::Ready(None),
                    Poll::Pending => return Poll::Pending,
                }
            },
        }
    }
}

impl FileBody {
    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, ByteStreamError>>> {
        use tokio::io::AsyncRead;
        loop {
            match &mut self.state {
                FileState::Closed => {
                    let path = self.path.clone();
                    self.state = FileState::Opening(Box::pin(async move { tokio::fs::File::open(&*path).await }));
                }
                FileState::Opening(open) => match open.as_mut().poll(cx) {
                    Poll::Ready(Ok(file)) => self.state = FileState::Open(file),
                    Poll::Ready(Err(e)) => {
                        self.state = FileState::Done;
                        return Poll::Ready(Some(Err(ByteStreamError::io(&self.path, e))));
                    }
                    Poll::Pending => return Poll::Pending,
                },
                FileState::Open(file) => {
                    if self.left == 0 {
                        self.state = FileState::Done;
                        continue;
                    }
                    let size = usize::try_from(self.left).map_or(FILE_CHUNK, |left| left.min(FILE_CHUNK));
                    let mut buf = vec![0u8; size];
                    let mut read_buf = tokio::io::ReadBuf::new(&mut buf);
                    match Pin::new(file).poll_read(cx, &mut read_buf) {
                        Poll::Ready(Ok(())) => {
                            let n = read_buf.filled().len();
                            if n == 0 {
                                self.state = FileState::Done;
                                let e = io::Error::new(
                                    io::ErrorKind::UnexpectedEof,
                                    format!("the file is {} bytes shorter than when the body was made", self.left),
                                );
                                return Poll::Ready(Some(Err(ByteStreamError::io(&self.path, e))));
                            }
                            buf.truncate(n);
                            self.left -= n as u64;
                            return Poll::Ready(Some(Ok(Bytes::from(buf))));
                        }
                        Poll::Ready(Err(e)) => {
                            self.state = FileState::Done;
                            return Poll::Ready(Some(Err(ByteStreamError::io(&self.path, e))));
                        }
                        Poll::Pending => return Poll::Pending,
                    }
                }
                FileState::Done => return Poll::Ready(None),
            }
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.with_inner(|inner| match inner {
            Inner::Bytes { all, .. } => f.debug_struct("ByteStream").field("bytes", &all.len()).finish(),
            Inner::File(file) => f
                .debug_struct("ByteStream")
                .field("path", &file.path)
                .field("len", &file.len)
                .finish(),
            Inner::Stream(_) => f.debug_struct("ByteStream").field("stream", &"..").finish(),
        })
    }
}

impl From<Bytes> for ByteStream {
    fn from(bytes: Bytes) -> Self {
        Self::new(bytes)
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(bytes: Vec<u8>) -> Self {
        Self::new(bytes)
    }
}

impl From<String> for ByteStream {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl From<&'static [u8]> for ByteStream {
    fn from(bytes: &'static [u8]) -> Self {
        Self::from_static(bytes)
    }
}

impl From<&'static str> for ByteStream {
    fn from(text: &'static str) -> Self {
        Self::from_static(text.as_bytes())
    }
}

impl From<crate::Blob> for ByteStream {
    fn from(blob: crate::Blob) -> Self {
        Self::new(blob.into_inner())
    }
}

/// Maps a stream's errors into [`BoxError`] (the stream is boxed, so this is
/// `Unpin` whatever the stream is).
struct MapErr<S>(Pin<Box<S>>);

impl<S, E> Stream for MapErr<S>
where
    S: Stream<Item = Result<Bytes, E>>,
    E: Into<BoxError>,
{
    type Item = Result<Bytes, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0
            .as_mut()
            .poll_next(cx)
            .map(|item| item.map(|r| r.map_err(Into::into)))
    }
}

/// Reading a [`ByteStream`] failed: the file could not be read, or the stream
/// (a source given to [`ByteStream::from_stream`], or the connection of a
/// response) failed.
#[derive(Debug)]
pub struct ByteStreamError {
    kind: ByteStreamErrorKind,
    source: BoxError,
}

/// What kind of [`ByteStreamError`] this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ByteStreamErrorKind {
    /// A file body could not be opened or read.
    Io,
    /// The stream of chunks failed (its source, or the connection).
    Stream,
    /// No data arrived for the read timeout
    /// ([`TimeoutConfig::with_read_timeout`](crate::TimeoutConfig::with_read_timeout)):
    /// the stream stalled.
    Timeout,
}

impl ByteStreamError {
    fn io(path: &Path, e: io::Error) -> Self {
        let message = format!("cannot read `{}`: {e}", path.display());
        ByteStreamError {
            kind: ByteStreamErrorKind::Io,
            source: Box::new(io::Error::new(e.kind(), message)),
        }
    }

    /// A stream failure with this cause.
    pub fn stream(source: impl Into<BoxError>) -> Self {
        ByteStreamError {
            kind: ByteStreamErrorKind::Stream,
            source: source.into(),
        }
    }

    /// The stream stalled: no data for `limit`.
    pub(crate) fn timeout(limit: std::time::Duration) -> Self {
        ByteStreamError {
            kind: ByteStreamErrorKind::Timeout,
            source: format!("no data received for {limit:?} (read timeout)").into(),
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ByteStreamErrorKind {
        self.kind
    }
}

impl fmt::Display for ByteStreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ByteStreamErrorKind::Io => f.write_str("reading the body failed"),
            ByteStreamErrorKind::Stream => f.write_str("the body stream failed"),
            ByteStreamErrorKind::Timeout => f.write_str("the body stream stalled"),
        }
    }
}

impl std::error::Error for ByteStreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A file under the temp directory, removed when dropped.
    pub(crate) struct TempFile(pub(crate) PathBuf);

    impl TempFile {
        pub(crate) fn new(name: &str, contents: &[u8]) -> Self {
            let path = std::env::temp_dir().join(format!(
                "smithy-runtime-{}-{}-{name}",
                std::process::id(),
                fastrand::u64(..)
            ));
            std::fs::write(&path, contents).unwrap();
            TempFile(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    struct Chunks(Vec<Result<Bytes, std::io::Error>>);

    impl Stream for Chunks {
        type Item = Result<Bytes, std::io::Error>;
        fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Poll::Ready((!self.0.is_empty()).then(|| self.0.remove(0)))
        }
    }

    fn assert_send_sync<T: Send + Sync + Unpin>() {}

    #[test]
    fn is_send_sync_and_unpin() {
        assert_send_sync::<ByteStream>();
    }

    #[tokio::test]
    async fn bytes_are_one_chunk_and_reopen() {
        let mut body = ByteStream::from(&b"abc"[..]);
        assert_eq!(body.content_length(), Some(3));
        assert_eq!(body.next().await.unwrap().unwrap(), "abc");
        assert!(body.next().await.is_none());
        assert_eq!(body.reopen().unwrap().collect().await.unwrap(), "abc");
        assert!(ByteStream::default().next().await.is_none());
        assert_eq!(format!("{:?}", ByteStream::from("secret")), "ByteStream { bytes: 6 }");
    }

    #[tokio::test]
    async fn files_read_in_bounded_chunks_and_reopen() {
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let file = TempFile::new("chunks", &data);
        let mut body = ByteStream::from_path(&file.0).unwrap();
        assert_eq!(body.content_length(), Some(200_000));
        assert!(body.is_reopenable() && body.bytes().is_none());
        let again = body.reopen().unwrap();
        let mut got = Vec::new();
        let mut chunks = 0;
        while let Some(chunk) = body.next().await {
            let chunk = chunk.unwrap();
            assert!(!chunk.is_empty() && chunk.len() <= FILE_CHUNK);
            chunks += 1;
            got.extend_from_slice(&chunk);
        }
        assert!(chunks >= 4, "{chunks} chunks");
        assert_eq!(got, data);
        assert_eq!(again.collect().await.unwrap(), data);
        assert!(format!("{again:?}", again = ByteStream::from_path(&file.0).unwrap()).contains("len: 200000"));
        assert!(ByteStream::from_path(std::env::temp_dir()).is_err());
    }

    #[tokio::test]
    async fn a_missing_file_fails_when_read() {
        let file = TempFile::new("gone", b"x");
        let body = ByteStream::from_path(&file.0).unwrap();
        drop(file);
        let err = body.collect().await.unwrap_err();
        assert_eq!(err.kind(), ByteStreamErrorKind::Io);
        // The layer says what failed, its source why.
        assert_eq!(err.to_string(), "reading the body failed");
        let cause = std::error::Error::source(&err).unwrap().to_string();
        assert!(cause.contains("cannot read"), "{cause}");
    }

    #[tokio::test]
    async fn streams_are_one_shot_and_skip_empty_chunks() {
        let stream = Chunks(vec![Ok(Bytes::from("a")), Ok(Bytes::new()), Ok(Bytes::from("b"))]);
        let mut body = ByteStream::from_stream(stream);
        assert_eq!(body.content_length(), None);
        assert!(!body.is_reopenable() && body.reopen().is_none());
        assert_eq!(body.next().await.unwrap().unwrap(), "a");
        assert_eq!(body.next().await.unwrap().unwrap(), "b");
        assert!(body.next().await.is_none());
        let failing = Chunks(vec![Ok(Bytes::from("a")), Err(std::io::Error::other("boom"))]);
        let err = ByteStream::from_stream(failing).collect().await.unwrap_err();
        assert_eq!(err.kind(), ByteStreamErrorKind::Stream);
        assert_eq!(err.to_string(), "the body stream failed");
        assert_eq!(std::error::Error::source(&err).unwrap().to_string(), "boom");
    }
}
