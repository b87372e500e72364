// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Paginators: the pages of each `@paginated` operation as a [`Stream`], and their items.
//!
//! Get one from the operation's call builder with `into_paginator()`, for example `client.list_all().into_paginator()`. Paging stops after the page whose next token is absent, empty, or the same as the token that asked for it, and after the first error.
//!
//! Each paginator and item stream also has an inherent `next().await`, for callers without `futures-util`.
//!
//! - [`ListAllPaginator`], the pages of `ListAll`
//! - [`ListNestedPaginator`], the pages of `ListNested`
//! - [`ListTagsPaginator`], the pages of `ListTags`
//! - [`ListThingsPaginator`], the pages of `ListThings`
pub use ::smithy_runtime::paginator::{Items, Stream};

/// The pages of `ListAll`: a [`Stream`] of `Result<ListAllOutput, ListAllError>`, one call per page.
///
/// Get one from [`ListAllFluentBuilder::into_paginator`](crate::operation::list_all::ListAllFluentBuilder::into_paginator). Each request sends the `nextToken` that the page before returned in `nextToken`.
#[derive(Debug)]
pub struct ListAllPaginator(
    ::smithy_runtime::paginator::Pages<
        crate::operation::list_all::ListAllFluentBuilder,
        crate::operation::list_all::ListAllOutput,
        crate::operation::list_all::ListAllError,
    >,
);
impl ListAllPaginator {
    pub(crate) fn new(
        builder: crate::operation::list_all::ListAllFluentBuilder,
    ) -> Self {
        let first = builder.get_next_token().clone();
        Self(
            ::smithy_runtime::paginator::Pages::new(
                builder,
                first,
                list_all_page,
                list_all_next_token,
            ),
        )
    }

    /// Sets `maxResults`, the most items the service returns per page; it is sent with every page's request.
    pub fn page_size(self, page_size: i32) -> Self {
        Self(self.0.map_builder(|builder| builder.max_results(page_size)))
    }

    /// The next page, `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<
        Result<
            crate::operation::list_all::ListAllOutput,
            crate::operation::list_all::ListAllError,
        >,
    > {
        self.0.next().await
    }
}

impl Stream for ListAllPaginator {
    type Item = Result<
        crate::operation::list_all::ListAllOutput,
        crate::operation::list_all::ListAllError,
    >;
    fn poll_next(
        mut self: ::std::pin::Pin<&mut Self>,
        cx: &mut ::std::task::Context<'_>,
    ) -> ::std::task::Poll<Option<Self::Item>> {
        ::std::pin::Pin::new(&mut self.0).poll_next(cx)
    }
}

fn list_all_page(
    builder: crate::operation::list_all::ListAllFluentBuilder,
    token: Option<String>,
) -> ::smithy_runtime::http::BoxFuture<
    'static,
    Result<
        crate::operation::list_all::ListAllOutput,
        crate::operation::list_all::ListAllError,
    >,
> {
    Box::pin(builder.set_next_token(token).send())
}

fn list_all_next_token(
    page: &crate::operation::list_all::ListAllOutput,
) -> Option<&str> {
    page.next_token.as_deref()
}

/// The pages of `ListNested`: a [`Stream`] of `Result<ListNestedOutput, ListNestedError>`, one call per page.
///
/// Get one from [`ListNestedFluentBuilder::into_paginator`](crate::operation::list_nested::ListNestedFluentBuilder::into_paginator). Each request sends the `token` that the page before returned in `result.next`.
#[derive(Debug)]
pub struct ListNestedPaginator(
    ::smithy_runtime::paginator::Pages<
        crate::operation::list_nested::ListNestedFluentBuilder,
        crate::operation::list_nested::ListNestedOutput,
        crate::operation::list_nested::ListNestedError,
    >,
);
impl ListNestedPaginator {
    pub(crate) fn new(
        builder: crate::operation::list_nested::ListNestedFluentBuilder,
    ) -> Self {
        let first = builder.get_token().clone();
        Self(
            ::smithy_runtime::paginator::Pages::new(
                builder,
                first,
                list_nested_page,
                list_nested_next_token,
            ),
        )
    }

    /// Sets `limit`, the most items the service returns per page; it is sent with every page's request.
    pub fn page_size(self, page_size: i32) -> Self {
        Self(self.0.map_builder(|builder| builder.limit(page_size)))
    }

    /// The next page, `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<
        Result<
            crate::operation::list_nested::ListNestedOutput,
            crate::operation::list_nested::ListNestedError,
        >,
    > {
        self.0.next().await
    }

    /// The items (`result.page.values`) of every page, one after the other.
    pub fn items(self) -> ListNestedItems {
        self.0.items(list_nested_items)
    }
}

impl Stream for ListNestedPaginator {
    type Item = Result<
        crate::operation::list_nested::ListNestedOutput,
        crate::operation::list_nested::ListNestedError,
    >;
    fn poll_next(
        mut self: ::std::pin::Pin<&mut Self>,
        cx: &mut ::std::task::Context<'_>,
    ) -> ::std::task::Poll<Option<Self::Item>> {
        ::std::pin::Pin::new(&mut self.0).poll_next(cx)
    }
}

/// The items (`result.page.values`) of every page of `ListNested`, one after the other: a [`Stream`] of `Result<item, error>` that ends after the first error.
///
/// Get one from [`ListNestedPaginator::items`].
pub type ListNestedItems = Items<
    crate::operation::list_nested::ListNestedFluentBuilder,
    crate::operation::list_nested::ListNestedOutput,
    crate::operation::list_nested::ListNestedError,
    String,
>;
fn list_nested_page(
    builder: crate::operation::list_nested::ListNestedFluentBuilder,
    token: Option<String>,
) -> ::smithy_runtime::http::BoxFuture<
    'static,
    Result<
        crate::operation::list_nested::ListNestedOutput,
        crate::operation::list_nested::ListNestedError,
    >,
> {
    Box::pin(builder.set_token(token).send())
}

fn list_nested_next_token(
    page: &crate::operation::list_nested::ListNestedOutput,
) -> Option<&str> {
    page.result.as_ref().and_then(|v| v.next.as_deref())
}

fn list_nested_items(
    page: crate::operation::list_nested::ListNestedOutput,
) -> Vec<String> {
    page.result.map(|v| v.page).map(|v| v.values).unwrap_or_default()
}

/// The pages of `ListTags`: a [`Stream`] of `Result<ListTagsOutput, ListTagsError>`, one call per page.
///
/// Get one from [`ListTagsFluentBuilder::into_paginator`](crate::operation::list_tags::ListTagsFluentBuilder::into_paginator). Each request sends the `nextToken` that the page before returned in `nextToken`.
#[derive(Debug)]
pub struct ListTagsPaginator(
    ::smithy_runtime::paginator::Pages<
        crate::operation::list_tags::ListTagsFluentBuilder,
        crate::operation::list_tags::ListTagsOutput,
        crate::operation::list_tags::ListTagsError,
    >,
);
impl ListTagsPaginator {
    pub(crate) fn new(
        builder: crate::operation::list_tags::ListTagsFluentBuilder,
    ) -> Self {
        let first = builder.get_next_token().clone();
        Self(
            ::smithy_runtime::paginator::Pages::new(
                builder,
                first,
                list_tags_page,
                list_tags_next_token,
            ),
        )
    }

    /// Sets `maxResults`, the most items the service returns per page; it is sent with every page's request.
    pub fn page_size(self, page_size: i64) -> Self {
        Self(self.0.map_builder(|builder| builder.max_results(page_size)))
    }

    /// The next page, `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<
        Result<
            crate::operation::list_tags::ListTagsOutput,
            crate::operation::list_tags::ListTagsError,
        >,
    > {
        self.0.next().await
    }

    /// The items (`tags`) of every page, one after the other.
    pub fn items(self) -> ListTagsItems {
        self.0.items(list_tags_items)
    }
}

impl Stream for ListTagsPaginator {
    type Item = Result<
        crate::operation::list_tags::ListTagsOutput,
        crate::operation::list_tags::ListTagsError,
    >;
    fn poll_next(
        mut self: ::std::pin::Pin<&mut Self>,
        cx: &mut ::std::task::Context<'_>,
    ) -> ::std::task::Poll<Option<Self::Item>> {
        ::std::pin::Pin::new(&mut self.0).poll_next(cx)
    }
}

/// The items (`tags`) of every page of `ListTags`, one after the other: a [`Stream`] of `Result<item, error>` that ends after the first error.
///
/// Get one from [`ListTagsPaginator::items`].
pub type ListTagsItems = Items<
    crate::operation::list_tags::ListTagsFluentBuilder,
    crate::operation::list_tags::ListTagsOutput,
    crate::operation::list_tags::ListTagsError,
    (String, String),
>;
fn list_tags_page(
    builder: crate::operation::list_tags::ListTagsFluentBuilder,
    token: Option<String>,
) -> ::smithy_runtime::http::BoxFuture<
    'static,
    Result<
        crate::operation::list_tags::ListTagsOutput,
        crate::operation::list_tags::ListTagsError,
    >,
> {
    Box::pin(builder.set_next_token(token).send())
}

fn list_tags_next_token(
    page: &crate::operation::list_tags::ListTagsOutput,
) -> Option<&str> {
    page.next_token.as_deref()
}

fn list_tags_items(
    page: crate::operation::list_tags::ListTagsOutput,
) -> Vec<(String, String)> {
    page.tags.unwrap_or_default().into_iter().collect()
}

/// The pages of `ListThings`: a [`Stream`] of `Result<ListThingsOutput, ListThingsError>`, one call per page.
///
/// Get one from [`ListThingsFluentBuilder::into_paginator`](crate::operation::list_things::ListThingsFluentBuilder::into_paginator). Each request sends the `nextToken` that the page before returned in `nextToken`.
#[derive(Debug)]
pub struct ListThingsPaginator(
    ::smithy_runtime::paginator::Pages<
        crate::operation::list_things::ListThingsFluentBuilder,
        crate::operation::list_things::ListThingsOutput,
        crate::operation::list_things::ListThingsError,
    >,
);
impl ListThingsPaginator {
    pub(crate) fn new(
        builder: crate::operation::list_things::ListThingsFluentBuilder,
    ) -> Self {
        let first = builder.get_next_token().clone();
        Self(
            ::smithy_runtime::paginator::Pages::new(
                builder,
                first,
                list_things_page,
                list_things_next_token,
            ),
        )
    }

    /// Sets `maxResults`, the most items the service returns per page; it is sent with every page's request.
    pub fn page_size(self, page_size: i32) -> Self {
        Self(self.0.map_builder(|builder| builder.max_results(page_size)))
    }

    /// The next page, `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<
        Result<
            crate::operation::list_things::ListThingsOutput,
            crate::operation::list_things::ListThingsError,
        >,
    > {
        self.0.next().await
    }

    /// The items (`things`) of every page, one after the other.
    pub fn items(self) -> ListThingsItems {
        self.0.items(list_things_items)
    }
}

impl Stream for ListThingsPaginator {
    type Item = Result<
        crate::operation::list_things::ListThingsOutput,
        crate::operation::list_things::ListThingsError,
    >;
    fn poll_next(
        mut self: ::std::pin::Pin<&mut Self>,
        cx: &mut ::std::task::Context<'_>,
    ) -> ::std::task::Poll<Option<Self::Item>> {
        ::std::pin::Pin::new(&mut self.0).poll_next(cx)
    }
}

/// The items (`things`) of every page of `ListThings`, one after the other: a [`Stream`] of `Result<item, error>` that ends after the first error.
///
/// Get one from [`ListThingsPaginator::items`].
pub type ListThingsItems = Items<
    crate::operation::list_things::ListThingsFluentBuilder,
    crate::operation::list_things::ListThingsOutput,
    crate::operation::list_things::ListThingsError,
    crate::types::Thing,
>;
fn list_things_page(
    builder: crate::operation::list_things::ListThingsFluentBuilder,
    token: Option<String>,
) -> ::smithy_runtime::http::BoxFuture<
    'static,
    Result<
        crate::operation::list_things::ListThingsOutput,
        crate::operation::list_things::ListThingsError,
    >,
> {
    Box::pin(builder.set_next_token(token).send())
}

fn list_things_next_token(
    page: &crate::operation::list_things::ListThingsOutput,
) -> Option<&str> {
    page.next_token.as_deref()
}

fn list_things_items(
    page: crate::operation::list_things::ListThingsOutput,
) -> Vec<crate::types::Thing> {
    page.things.unwrap_or_default()
}
