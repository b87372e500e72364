//! Stalled-stream protection: the read timeout of
//! [`TimeoutConfig`](crate::TimeoutConfig), applied while waiting for a
//! response head ([`until_stalled`]) and while reading a body ([`guard_body`]).

use std::future::{poll_fn, Future};
use std::pin::{pin, Pin};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;

use crate::byte_stream::{ByteStream, ByteStreamError, Progress};
use crate::error::BoxError;
use crate::http::BoxFuture;
use crate::sleep::{AsyncSleep, SharedSleep};

/// Runs `future` until it completes, or until `limit` passes with no change of
/// `progress` (`Err(())`). Progress made on another task (the connection
/// taking request body chunks) is seen when the timer ends, which then starts
/// again: a stall is reported between `limit` and twice `limit` after the last
/// progress, never before.
pub(crate) async fn until_stalled<F: Future>(
    sleep: &dyn AsyncSleep,
    limit: Option<Duration>,
    progress: &Progress,
    future: F,
) -> Result<F::Output, ()> {
    let Some(limit) = limit else {
        return Ok(future.await);
    };
    let mut future = pin!(future);
    let mut seen = progress.get();
    let mut timer = sleep.timeout_sleep(limit);
    poll_fn(|cx| {
        if let Poll::Ready(v) = future.as_mut().poll(cx) {
            return Poll::Ready(Ok(v));
        }
        while timer.as_mut().poll(cx).is_ready() {
            let now = progress.get();
            if now == seen {
                return Poll::Ready(Err(()));
            }
            seen = now;
            timer = sleep.timeout_sleep(limit);
        }
        Poll::Pending
    })
    .await
}

/// `body`, failing with a [`ByteStreamErrorKind::Timeout`](crate::byte_stream::ByteStreamErrorKind::Timeout)
/// error when no chunk arrives for `limit`. A body already in memory cannot
/// stall and is returned as is.
pub(crate) fn guard_body(body: ByteStream, sleep: SharedSleep, limit: Option<Duration>) -> ByteStream {
    match limit {
        Some(limit) if body.bytes().is_none() => ByteStream::from_stream(StallGuard {
            body,
            sleep,
            limit,
            timer: None,
            done: false,
        }),
        _ => body,
    }
}

/// A body whose wait for each chunk is bounded by `limit`.
struct StallGuard {
    body: ByteStream,
    sleep: SharedSleep,
    limit: Duration,
    /// Runs while waiting for a chunk; dropped when one arrives.
    timer: Option<BoxFuture<'static, ()>>,
    done: bool,
}

impl Stream for StallGuard {
    type Item = Result<Bytes, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        match Pin::new(&mut this.body).poll_next(cx) {
            Poll::Ready(item) => {
                this.timer = None;
                this.done = item.is_none();
                Poll::Ready(item.map(|r| r.map_err(Into::into)))
            }
            Poll::Pending => {
                let (sleep, limit) = (&this.sleep, this.limit);
                let timer = this.timer.get_or_insert_with(|| sleep.timeout_sleep(limit));
                if timer.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                // The connection is dropped with this body; nothing more comes.
                this.done = true;
                Poll::Ready(Some(Err(Box::new(ByteStreamError::timeout(limit)))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::byte_stream::ByteStreamErrorKind;
    use crate::sleep::TokioSleep;
    use std::sync::Arc;

    /// A stream that yields `first`, then nothing ever again.
    fn stalls_after(first: &'static str) -> ByteStream {
        let mut first = Some(Bytes::from_static(first.as_bytes()));
        ByteStream::from_stream(futures_stream(move || match first.take() {
            Some(b) => Poll::Ready(Some(Ok::<_, std::io::Error>(b))),
            None => Poll::Pending,
        }))
    }

    fn futures_stream<F, T>(f: F) -> impl Stream<Item = T> + Send
    where
        F: FnMut() -> Poll<Option<T>> + Send + Unpin,
    {
        struct S<F>(F);
        impl<F: FnMut() -> Poll<Option<T>> + Unpin, T> Stream for S<F> {
            type Item = T;
            fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<T>> {
                (self.0)()
            }
        }
        S(f)
    }

    #[tokio::test(start_paused = true)]
    async fn a_stalled_body_fails_with_a_timeout_after_the_limit() {
        let start = tokio::time::Instant::now();
        let mut body = guard_body(stalls_after("abc"), Arc::new(TokioSleep), Some(Duration::from_secs(5)));
        assert_eq!(body.next().await.unwrap().unwrap(), "abc");
        let err = body.next().await.unwrap().unwrap_err();
        assert_eq!(err.kind(), ByteStreamErrorKind::Timeout);
        assert_eq!(start.elapsed(), Duration::from_secs(5));
        assert!(
            crate::error::DisplayErrorContext(&err).to_string().contains("5s"),
            "{err}"
        );
        assert!(body.next().await.is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn waiting_ends_on_a_stall_not_on_progress() {
        let progress = Progress::default();
        let limit = Some(Duration::from_secs(2));
        // Progress (a request chunk read) every second for 5 s, then the
        // response after 6 s: no stall.
        let bump = {
            let progress = progress.clone();
            async move {
                for _ in 0..5 {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    let mut b = ByteStream::from_stream(futures_stream({
                        let mut once = Some(Bytes::from_static(b"x"));
                        move || Poll::Ready(once.take().map(Ok::<_, std::io::Error>))
                    }))
                    .with_progress(progress.clone());
                    b.next().await;
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
                "response"
            }
        };
        let start = tokio::time::Instant::now();
        assert_eq!(until_stalled(&TokioSleep, limit, &progress, bump).await, Ok("response"));
        assert_eq!(start.elapsed(), Duration::from_secs(6));
        // No progress at all: the limit.
        let start = tokio::time::Instant::now();
        let never = std::future::pending::<()>();
        assert_eq!(until_stalled(&TokioSleep, limit, &progress, never).await, Err(()));
        assert_eq!(start.elapsed(), Duration::from_secs(2));
    }
}
