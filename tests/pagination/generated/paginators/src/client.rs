// Code generated from `tests/fixtures/paginators.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The client.
/// A client for PagerService.
///
/// Cheap to clone: clones share one configuration. Each method starts a call of one operation.
#[derive(Clone, Debug)]
pub struct Client {
    runtime: ::smithy_runtime::ClientRuntime,
}

impl Client {
    /// A client with this configuration.
    pub fn new(config: crate::Config) -> Self {
        Self {
            runtime: ::smithy_runtime::ClientRuntime::new(config),
        }
    }

    /// The client's configuration.
    pub fn config(&self) -> &crate::Config {
        self.runtime.config()
    }

    /// Pages without items: only pages.
    pub fn list_all(&self) -> crate::operation::list_all::ListAllFluentBuilder {
        crate::operation::list_all::ListAllFluentBuilder::new(self.clone())
    }

    /// Lists values whose next token and items sit in nested structures.
    pub fn list_nested(&self) -> crate::operation::list_nested::ListNestedFluentBuilder {
        crate::operation::list_nested::ListNestedFluentBuilder::new(self.clone())
    }

    /// Lists tags: the items are the entries of a map.
    pub fn list_tags(&self) -> crate::operation::list_tags::ListTagsFluentBuilder {
        crate::operation::list_tags::ListTagsFluentBuilder::new(self.clone())
    }

    /// Lists things, a page at a time (token, page size and items from the service defaults and the operation).
    pub fn list_things(&self) -> crate::operation::list_things::ListThingsFluentBuilder {
        crate::operation::list_things::ListThingsFluentBuilder::new(self.clone())
    }
}

/// Sends a serialized request through `client` to the endpoint resolved
/// for the call (with the operation's host prefix, if any), with auth, retries and
/// timeouts, and returns the raw response. A free function, so no
/// operation name can clash with it.
pub(crate) async fn send(
    client: &Client,
    operation: &::smithy_runtime::Operation,
    request: ::smithy_runtime::http::HttpRequest,
    host_prefix: Option<&str>,
) -> Result<
    ::smithy_runtime::http::HttpResponse,
    ::smithy_runtime::error::UnhandledError,
> {
    let mut endpoint = crate::endpoint::resolve(client.config())
        .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    if let Some(prefix) = host_prefix {
        endpoint = endpoint
            .with_host_prefix(prefix)
            .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    }
    client.runtime.send(operation, request, &endpoint).await
}
