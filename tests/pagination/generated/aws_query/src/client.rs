// Code generated from `tests/fixtures/aws_query.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The client.
/// A client for Queue (awsQuery).
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

    /// Checks that the service answers.
    pub fn ping(&self) -> crate::operation::ping::PingFluentBuilder {
        crate::operation::ping::PingFluentBuilder::new(self.clone())
    }

    /// Sends a message to a queue.
    pub fn send_message(
        &self,
    ) -> crate::operation::send_message::SendMessageFluentBuilder {
        crate::operation::send_message::SendMessageFluentBuilder::new(self.clone())
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
