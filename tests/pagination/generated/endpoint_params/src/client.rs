// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! The client.
/// A client for EndpointService.
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

    /// Deletes a thing.
    pub fn delete_thing(
        &self,
    ) -> crate::operation::delete_thing::DeleteThingFluentBuilder {
        crate::operation::delete_thing::DeleteThingFluentBuilder::new(self.clone())
    }

    /// Gets a thing.
    pub fn get_thing(&self) -> crate::operation::get_thing::GetThingFluentBuilder {
        crate::operation::get_thing::GetThingFluentBuilder::new(self.clone())
    }

    /// Lists kinds.
    pub fn list_kinds(&self) -> crate::operation::list_kinds::ListKindsFluentBuilder {
        crate::operation::list_kinds::ListKindsFluentBuilder::new(self.clone())
    }

    /// Lists things.
    pub fn list_things(&self) -> crate::operation::list_things::ListThingsFluentBuilder {
        crate::operation::list_things::ListThingsFluentBuilder::new(self.clone())
    }

    /// Puts a thing.
    pub fn put_thing(&self) -> crate::operation::put_thing::PutThingFluentBuilder {
        crate::operation::put_thing::PutThingFluentBuilder::new(self.clone())
    }

    /// Tags things.
    pub fn tag_things(&self) -> crate::operation::tag_things::TagThingsFluentBuilder {
        crate::operation::tag_things::TagThingsFluentBuilder::new(self.clone())
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
    endpoint_params: crate::endpoint::ParamsBuilder,
) -> Result<
    ::smithy_runtime::http::HttpResponse,
    ::smithy_runtime::error::UnhandledError,
> {
    let mut endpoint = crate::endpoint::resolve(
            &client.runtime,
            operation,
            endpoint_params,
        )
        .await
        .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    if let Some(prefix) = host_prefix {
        endpoint = endpoint
            .with_host_prefix(prefix)
            .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
    }
    client.runtime.send(operation, request, &endpoint).await
}
