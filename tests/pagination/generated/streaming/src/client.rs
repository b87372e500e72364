// Code generated from `tests/fixtures/streaming.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The client.
/// A client for ObjectStore.
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

    /// Reads an object, its body streamed to the caller.
    pub fn download_object(
        &self,
    ) -> crate::operation::download_object::DownloadObjectFluentBuilder {
        crate::operation::download_object::DownloadObjectFluentBuilder::new(self.clone())
    }

    /// Stores an object, its body streamed from the caller.
    pub fn upload_object(
        &self,
    ) -> crate::operation::upload_object::UploadObjectFluentBuilder {
        crate::operation::upload_object::UploadObjectFluentBuilder::new(self.clone())
    }
}

/// `send` for operations with a `@streaming` blob payload: the request
/// body may stream, and a 2xx response comes back with its body unread
/// (error responses come fully read). Retries happen only before the body
/// is handed over.
pub(crate) async fn send_streaming(
    client: &Client,
    operation: &::smithy_runtime::Operation,
    request: ::smithy_runtime::http::StreamingHttpRequest,
    host_prefix: Option<&str>,
) -> Result<
    ::smithy_runtime::http::StreamingHttpResponse,
    ::smithy_runtime::error::UnhandledError,
> {
    let mut endpoint = crate::endpoint::resolve(client.config())
        .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    if let Some(prefix) = host_prefix {
        endpoint = endpoint
            .with_host_prefix(prefix)
            .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    }
    client.runtime.send_streaming(operation, request, &endpoint).await
}
