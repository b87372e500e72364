//! Paginators: the pages of a paginated operation (`@paginated`) as a
//! [`Stream`], and the items of those pages as another.
//!
//! A generated crate wraps [`Pages`] in one type per paginated operation
//! (`crate::paginator::ListThingsPaginator`); this module holds the state
//! machine they share. Both streams are hand-written over `futures-core` only,
//! so they also offer an inherent `next().await` for callers without
//! `futures-util`.
//!
//! Paging stops after the page whose next token is absent, empty, or the same
//! as the token that asked for it (a service that repeats a token would
//! otherwise loop forever), and after the first error.

use std::future::poll_fn;
use std::pin::Pin;
use std::task::{Context, Poll};

pub use futures_core::Stream;

use crate::http::BoxFuture;

/// Sends one request of a paginated operation: the call builder and the token
/// of the page to ask for.
pub type FetchPage<B, P, E> = fn(B, Option<String>) -> BoxFuture<'static, Result<P, E>>;

/// Reads the next token of a page.
pub type NextToken<P> = fn(&P) -> Option<&str>;

enum State<P, E> {
    /// The next request asks for the page of this token.
    Ready(Option<String>),
    /// A request is in flight; it asked with `sent`.
    InFlight {
        future: BoxFuture<'static, Result<P, E>>,
        sent: Option<String>,
    },
    /// No more pages.
    Done,
}

/// The pages of a paginated operation, one call per page, in order.
///
/// `B` is the call builder (cloned for each page), `P` the output and `E` the
/// error of the operation.
pub struct Pages<B, P, E> {
    builder: B,
    fetch: FetchPage<B, P, E>,
    next_token: NextToken<P>,
    state: State<P, E>,
}

impl<B, P, E> Pages<B, P, E> {
    /// Pages of the calls `builder` describes: the first asks with
    /// `first_token` (the token the caller set, if any), each next one with the
    /// token `next_token` reads from the page before.
    pub fn new(builder: B, first_token: Option<String>, fetch: FetchPage<B, P, E>, next_token: NextToken<P>) -> Self {
        Pages {
            builder,
            fetch,
            next_token,
            state: State::Ready(first_token),
        }
    }

    /// Changes the call builder; meant for settings made before the first page
    /// (such as the page size), which later pages keep.
    pub fn map_builder(mut self, f: impl FnOnce(B) -> B) -> Self {
        self.builder = f(self.builder);
        self
    }

    /// The items of each page, one after the other; `items` takes them out of a page.
    pub fn items<T>(self, items: fn(P) -> Vec<T>) -> Items<B, P, E, T> {
        Items {
            pages: self,
            items,
            buffer: Vec::new().into_iter(),
        }
    }
}

impl<B: Clone, P, E> Pages<B, P, E> {
    /// The next page, `None` when there are no more.
    pub async fn next(&mut self) -> Option<Result<P, E>> {
        poll_fn(|cx| self.poll_page(cx)).await
    }

    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<P, E>>> {
        loop {
            match &mut self.state {
                State::Done => return Poll::Ready(None),
                State::Ready(token) => {
                    let sent = token.take();
                    let future = (self.fetch)(self.builder.clone(), sent.clone());
                    self.state = State::InFlight { future, sent };
                }
                State::InFlight { future, sent } => {
                    let result = match future.as_mut().poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(result) => result,
                    };
                    self.state = match &result {
                        Err(_) => State::Done,
                        Ok(page) => match (self.next_token)(page) {
                            None | Some("") => State::Done,
                            Some(next) if Some(next) == sent.as_deref() => State::Done,
                            Some(next) => State::Ready(Some(next.to_owned())),
                        },
                    };
                    return Poll::Ready(Some(result));
                }
            }
        }
    }
}

// No field is ever pinned in place: the in-flight future is boxed.
impl<B, P, E> Unpin for Pages<B, P, E> {}

impl<B: Clone, P, E> Stream for Pages<B, P, E> {
    type Item = Result<P, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_page(cx)
    }
}

impl<B, P, E> std::fmt::Debug for Pages<B, P, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = match &self.state {
            State::Ready(token) => format!("Ready({token:?})"),
            State::InFlight { sent, .. } => format!("InFlight({sent:?})"),
            State::Done => "Done".to_owned(),
        };
        f.debug_struct("Pages").field("state", &state).finish()
    }
}

/// The items of the pages of a paginated operation, flattened across pages.
/// An error ends the stream after it is yielded.
pub struct Items<B, P, E, T> {
    pages: Pages<B, P, E>,
    items: fn(P) -> Vec<T>,
    buffer: std::vec::IntoIter<T>,
}

impl<B: Clone, P, E, T> Items<B, P, E, T> {
    /// The next item, `None` when there are no more.
    pub async fn next(&mut self) -> Option<Result<T, E>> {
        poll_fn(|cx| self.poll_item(cx)).await
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<T, E>>> {
        loop {
            if let Some(item) = self.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match self.pages.poll_page(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(Some(Ok(page))) => self.buffer = (self.items)(page).into_iter(),
            }
        }
    }
}

impl<B, P, E, T> Unpin for Items<B, P, E, T> {}

impl<B: Clone, P, E, T> Stream for Items<B, P, E, T> {
    type Item = Result<T, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

impl<B, P, E, T> std::fmt::Debug for Items<B, P, E, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;

    /// A builder whose "call" answers from a fixed table: token -> (items, next).
    #[derive(Clone)]
    struct Table(&'static [(Option<&'static str>, &'static [u32], Option<&'static str>)]);

    #[derive(Debug)]
    struct Page(Vec<u32>, Option<String>);

    fn fetch(table: Table, token: Option<String>) -> BoxFuture<'static, Result<Page, String>> {
        let row = table.0.iter().find(|(t, _, _)| t.map(str::to_owned) == token);
        let result = match row {
            Some((_, items, next)) => Ok(Page(items.to_vec(), next.map(str::to_owned))),
            None => Err(format!("no page for {token:?}")),
        };
        Box::pin(async move { result })
    }

    fn next_token(page: &Page) -> Option<&str> {
        page.1.as_deref()
    }

    fn block_on<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(future)
    }

    fn collect(table: Table) -> Vec<Result<Vec<u32>, String>> {
        block_on(async {
            let mut pages = Pages::new(table, None, fetch, next_token);
            let mut out = Vec::new();
            while let Some(page) = pages.next().await {
                out.push(page.map(|p| p.0));
            }
            out
        })
    }

    #[test]
    fn stops_at_absent_empty_and_repeated_tokens() {
        let absent = Table(&[(None, &[1], Some("a")), (Some("a"), &[2], None)]);
        assert_eq!(collect(absent), vec![Ok(vec![1]), Ok(vec![2])]);
        let empty = Table(&[(None, &[1], Some(""))]);
        assert_eq!(collect(empty), vec![Ok(vec![1])]);
        let repeated = Table(&[(None, &[1], Some("a")), (Some("a"), &[2], Some("a"))]);
        assert_eq!(collect(repeated), vec![Ok(vec![1]), Ok(vec![2])]);
    }

    #[test]
    fn an_error_ends_the_pages() {
        let broken = Table(&[(None, &[1], Some("missing"))]);
        assert_eq!(
            collect(broken),
            vec![Ok(vec![1]), Err("no page for Some(\"missing\")".to_owned())]
        );
    }

    #[test]
    fn items_flatten_across_pages() {
        let table = Table(&[
            (None, &[1, 2], Some("a")),
            (Some("a"), &[], Some("b")),
            (Some("b"), &[3], None),
        ]);
        let items = block_on(async {
            let mut items = Pages::new(table, None, fetch, next_token).items(|p| p.0);
            let mut out = Vec::new();
            while let Some(item) = items.next().await {
                out.push(item.expect("no error"));
            }
            out
        });
        assert_eq!(items, vec![1, 2, 3]);
    }
}
